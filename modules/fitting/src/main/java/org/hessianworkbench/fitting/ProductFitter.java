package org.hessianworkbench.fitting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.derivatives.HessianEstimate;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.inference.ConstrainedCovariance;
import org.hessianworkbench.inference.CovarianceResult;
import org.hessianworkbench.inference.Covariances;
import org.hessianworkbench.inference.Identifiability;
import org.hessianworkbench.inference.Statistic;
import org.hessianworkbench.inference.Wald;
import org.hessianworkbench.models.product.Normalization;
import org.hessianworkbench.models.product.ProductModel;
import org.hessianworkbench.models.product.SquaredErrorProductLoss;
import org.hessianworkbench.optimizers.OptimizationResult;
import org.hessianworkbench.optimizers.Optimizers;

/**
 * Fits a linear product model and infers what can be inferred: the optimiser stops somewhere on
 * the ridge of equivalent solutions; the Hessian there is analysed for null directions (named: the
 * scale between groups); then the estimate is moved along the ridge to the normalised point and the
 * standard errors come from the covariance restricted to the normalisation's tangent space,
 * \(s\,Z(Z^\top HZ)^{-1}Z^\top\), with \(s = \mathrm{SSE}/(n - p + G - 1)\) for the squared error.
 */
public final class ProductFitter {

    /** The product models' default optimiser: exact Hessian, no positive definiteness needed. */
    public static final String DEFAULT_OPTIMIZER = "trust-region";

    private ProductFitter() {
    }

    /**
     * Fits {@code m} as {@code options} say.
     *
     * @throws BadInputException for an unknown optimiser or a start point of the wrong length
     */
    public static ProductFitReport fit(ProductModel m, FitOptions options) {
        long t0 = System.nanoTime();
        String name = options.optimizer() == null ? DEFAULT_OPTIMIZER : options.optimizer();
        double[] start = options.start() == null ? m.defaultStart() : options.start();
        if (start.length != m.p()) {
            throw StartPoint.lengthMismatch(start.length, m.parameterNames());
        }
        if (options.dispersion() == DispersionMethod.PEARSON) {
            throw new BadInputException(FittingMessages.DISPERSION_NOT_POISSON, m.kind().cliName());
        }
        if (options.se() != StandardErrors.MODEL) {
            throw new BadInputException(FittingMessages.SANDWICH_NOT_SUPPORTED, "a product model");
        }
        OptimizationResult opt = Optimizers.byName(name, options.settings()).minimize(m.objective(), start,
                FitStopping.options(m.objective(), start, options.optimizerOptions()));
        double[] estimate = opt.estimate();
        LinearPredictorObjective f = m.objective();
        double[][] exact = f.hessian(estimate);
        Identifiability id = Identifiability.of(exact, scaleDirections(m, estimate));
        double[][] gn = m.gaussNewtonObjective().hessian(estimate);
        HessianDiagnostics gnDiagnostics = HessianDiagnostics.of(gn);
        double gnDiff = Matrices.maxAbsDiff(exact, gn);

        boolean squared = m.loss() instanceof SquaredErrorProductLoss;
        int groups = m.groups().size();
        int df = m.n() - m.p() + groups - 1;
        double sse = m.sse(estimate);
        double scale = squared ? sse / df : 1;
        Statistic statistic = squared ? Statistic.t(df) : Statistic.z();
        double critical = Double.isNaN(options.z()) ? statistic.critical(options.level()) : options.z();

        double[] point = estimate;
        HessianEstimate h;
        CovarianceResult covariance;
        if (options.normalization() == Normalization.NONE || groups == 1) {
            h = options.hessian().compute(f, estimate);
            covariance = groups == 1 ? Covariances.fromHessian(h.hessian(), scale)
                    : new CovarianceResult.Unavailable(id.diagnostics(), "no normalisation asked (normalisation none): "
                    + Covariances.explain(id.diagnostics()));
        } else {
            ProductModel.Normalized norm = m.normalize(estimate, options.normalization());
            point = norm.beta();
            h = options.hessian().compute(f, point);
            covariance = ConstrainedCovariance.of(h.hessian(), norm.constraints(), scale);
        }
        List<String> groupOf = new ArrayList<>();
        List<String> termOf = new ArrayList<>();
        for (ProductModel.Group g : m.groups()) {
            for (String c : g.columns()) {
                groupOf.add(g.name());
                termOf.add(c);
            }
        }
        return new ProductFitReport(m.kind(), m.description(), m.source(), m.n(), groupOf, termOf,
                estimate, opt, id, gnDiagnostics, gnDiff, groups == 1 ? Normalization.NONE : options.normalization(),
                point, h, covariance, Wald.table(f.parameterNames(), point, covariance, statistic, critical),
                f.value(estimate), sse, squared ? Math.sqrt(scale) : Double.NaN, df, statistic.name(), options.level(),
                critical, (System.nanoTime() - t0) * 1e-9, diagnoses(opt, options));
    }

    /** Whether the optimiser converged, then the engine's diagnoses. */
    private static List<Diagnosis> diagnoses(OptimizationResult opt, FitOptions options) {
        List<Diagnosis> all = new ArrayList<>(FitDiagnoses.notConverged(opt));
        all.addAll(Fitter.engineDiagnoses(options.hessian()));
        return all;
    }

    /** The model's scale directions, named by the groups they trade scale between. */
    public static Map<String, double[]> scaleDirections(ProductModel m, double[] beta) {
        Map<String, double[]> named = new LinkedHashMap<>();
        List<double[]> dirs = m.scaleDirections(beta);
        for (int g = 1; g < m.groups().size(); g++) {
            named.put("scale " + m.groups().get(0).name() + " / " + m.groups().get(g).name(), dirs.get(g - 1));
        }
        return named;
    }
}
