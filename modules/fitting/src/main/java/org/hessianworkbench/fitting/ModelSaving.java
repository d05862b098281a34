package org.hessianworkbench.fitting;

import java.util.Arrays;
import org.hessianworkbench.inference.CovarianceResult;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.models.file.ModelFile;
import org.hessianworkbench.models.file.SavedModel;
import org.hessianworkbench.models.product.ProductModel;

/**
 * The saved form of a fit ({@link ModelFile}, version 2): the coefficients (aliased ones as NaN, written
 * null) and what standard errors of predictions need: the covariance the report's standard errors come
 * from (the model's, the expected information's or a sandwich), scaled by the dispersion or
 * \(\hat\sigma^2\), with NaN rows and columns for the aliased coefficients, and the intervals' statistic.
 */
public final class ModelSaving {

    private ModelSaving() {
    }

    /** The saved form of the fit {@code report} of {@code model}. */
    public static SavedModel of(RegressionModel model, FitReport report) {
        int p = report.names().size();
        double[] estimate = report.estimate();
        int[] kept = new int[p];
        int r = 0;
        for (int j = 0; j < p; j++) {
            if (report.coefficients().get(j).aliased()) {
                estimate[j] = Double.NaN;
            } else {
                kept[r++] = j;
            }
        }
        double dispersion = model.kind().estimatesDispersion() ? report.stats().sigma() * report.stats().sigma()
                : report.dispersion() != null ? report.dispersion().used() : 1;
        String information = report.information() == null ? Information.OBSERVED.cliName()
                : report.information().used().cliName();
        return ModelFile.of(model, estimate, inference(report.covariance(), Arrays.copyOf(kept, r), p, dispersion,
                report.statistic(), report.df(), report.se().cliName(), information));
    }

    /** The saved form of the product fit {@code report} of {@code model}, at its normalised estimate. */
    public static SavedModel of(ProductModel model, ProductFitReport report) {
        int p = report.normalized().length;
        int[] all = new int[p];
        Arrays.setAll(all, j -> j);
        double dispersion = Double.isFinite(report.sigma()) ? report.sigma() * report.sigma() : 1;
        double df = "t".equals(report.statistic()) ? report.df() : Double.POSITIVE_INFINITY;
        return ModelFile.of(model, report.normalized(), report.normalization().cliName(),
                inference(report.covariance(), all, p, dispersion, report.statistic(), df,
                        StandardErrors.MODEL.cliName(), null));
    }

    private static SavedModel.Inference inference(CovarianceResult covariance, int[] kept, int p, double dispersion,
                                                  String statistic, double df, String se, String information) {
        if (!(covariance instanceof CovarianceResult.Available a)) {
            return new SavedModel.Inference(null, ((CovarianceResult.Unavailable) covariance).explanation(), dispersion,
                    statistic, df, se, information);
        }
        double[][] reduced = a.covariance();
        double[][] full = new double[p][p];
        for (double[] row : full) {
            Arrays.fill(row, Double.NaN);
        }
        for (int j = 0; j < kept.length; j++) {
            for (int k = 0; k < kept.length; k++) {
                full[kept[j]][kept[k]] = reduced[j][k];
            }
        }
        return new SavedModel.Inference(full, null, dispersion, statistic, df, se, information);
    }
}
