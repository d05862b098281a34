package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.inference.CovarianceResult;
import org.hessianworkbench.inference.Statistic;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.ModelMessages;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.models.expression.LossSpec;
import org.hessianworkbench.models.file.ModelFile;
import org.hessianworkbench.models.file.SavedModel;
import org.hessianworkbench.models.product.CrossEntropyProductLoss;
import org.hessianworkbench.models.product.ProductModel;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Predictions with delta-method standard errors from a saved model (file version 2) against R's
 * {@code predict(..., se.fit = TRUE)} ({@code predict-r.txt}, made by {@code predict.R}: logistic on
 * UCLA, Poisson, probit with R's expected information, {@code lm} with {@code interval = "confidence"}),
 * and for a product model against central differences of the prediction taken through the saved model.
 */
class PredictionErrorsTest {

    private static final ReferenceSet R = ReferenceSet.load("predict-r");

    @TempDir
    Path dir;

    /** Saved, written, read back: what {@code predict} works on. */
    private SavedModel roundTrip(SavedModel m) throws IOException {
        Path f = dir.resolve("model.json");
        Files.writeString(f, ModelFile.toJson(m));
        return ModelFile.read(f);
    }

    private void check(String c, ModelKind kind, Information information) throws IOException {
        Path data = TestData.file(R.text(c + ".data"));
        RegressionModel m = new ModelRequest(data, kind, R.text(c + ".formula"), null, null, 1e-3, false,
                LossSpec.NONE, null).loadRegression();
        FitReport report = Fitter.fit(m, FitOptions.defaults(), information);
        SavedModel saved = roundTrip(ModelSaving.of(m, report));
        SavedModel.Inference inf = saved.inference();
        Statistic s = "t".equals(inf.statistic()) ? Statistic.t(inf.df()) : Statistic.z();
        if (R.has(c + ".df")) {
            assertEquals(R.number(c + ".df"), inf.df(), c + " t's df");
        }
        SavedModel.Intervals p = saved.predictWithErrors(DataSet.read(data), false, "model.json", s.critical(0.95));
        String[][] keys = {{"link", "absolute"}, {"link-se", ""}, {"response", ""}, {"response-se", ""},
            {"ci-low", ""}, {"ci-high", ""}};
        double[][] ours = {p.link(), p.linkSe(), p.prediction(), p.predictionSe(), p.ciLow(), p.ciHigh()};
        for (int k = 0; k < keys.length; k++) {
            double[] r = R.numbers(c + "." + keys[k][0]);
            for (int i = 0; i < r.length; i++) {
                // the link can be near 0: relative to its standard error there
                double scale = k == 0 ? Math.max(Math.abs(r[i]), R.numbers(c + ".link-se")[i]) : Math.abs(r[i]);
                assertEquals(r[i], ours[k][i], Tolerances.R_PREDICT * scale, c + " " + keys[k][0] + " row " + (i + 1));
            }
        }
    }

    @Test
    void glmAndLmPredictionsAreRs() throws IOException {
        check("logistic", ModelKind.LOGISTIC, Information.OBSERVED);
        check("poisson", ModelKind.POISSON, Information.OBSERVED);
        check("probit", ModelKind.PROBIT, Information.EXPECTED); // R's glm covariance is the expected information's
        check("linear", ModelKind.LINEAR, Information.OBSERVED);
    }

    @Test
    void aliasedCoefficientsAreNullAndAddNoVariance() throws IOException {
        Path data = TestData.file("aliased.csv");
        RegressionModel m = new ModelRequest(data, ModelKind.LINEAR, "y ~ x1 + x2 + x3", null, null, 1e-3, false,
                LossSpec.NONE, null).loadRegression();
        FitReport report = Fitter.fit(m, FitOptions.defaults());
        String json = ModelFile.toJson(ModelSaving.of(m, report));
        assertTrue(json.contains("null"), "an aliased coefficient is written null");
        SavedModel saved = roundTrip(ModelSaving.of(m, report));
        int aliased = report.coefficients().stream().map(k -> k.aliased()).toList().indexOf(true);
        assertTrue(Double.isNaN(saved.parts().get(0).coefficients()[aliased]));
        // the predictions are those of the fit without the aliased column, with its covariance
        DataSet ds = DataSet.read(data);
        SavedModel.Intervals p = saved.predictWithErrors(ds, false, "model.json", 1.96);
        double[] plain = saved.predict(ds, false, "model.json").values();
        double[][] v = ((CovarianceResult.Available) report.covariance()).covariance();
        int kept = report.names().size() - 1;
        assertEquals(kept, v.length);
        for (int i = 0; i < 5; i++) {
            assertEquals(plain[i], p.prediction()[i], 1e-12 * Math.abs(plain[i]));
            assertTrue(p.linkSe()[i] > 0 && Double.isFinite(p.linkSe()[i]));
        }
    }

    @Test
    void aFileWithoutCovarianceIsRefused() throws IOException {
        Path data = TestData.file("spector.csv");
        RegressionModel m = new ModelRequest(data, ModelKind.LOGISTIC, "GRADE ~ GPA", null, null, 1e-3, false,
                LossSpec.NONE, null).loadRegression();
        SavedModel plain = roundTrip(ModelFile.of(m, Fitter.fit(m, FitOptions.defaults()).estimate()));
        assertNull(plain.inference());
        BadInputException e = assertThrows(BadInputException.class,
                () -> plain.predictWithErrors(DataSet.read(data), false, "model.json", 1.96));
        assertEquals(ModelMessages.PREDICT_WITHOUT_COVARIANCE, e.key());
    }

    /**
     * The product model's standard error is \(\sqrt{g^\top Vg}\) with \(g\) the gradient of the product
     * in the normalised coefficients: here \(g\) by central differences of the saved model's own
     * predictions (step 1e-6 relative; the product is quadratic in any two coefficients, so the
     * difference is exact up to rounding, about 1e-10 relative).
     */
    @Test
    void productStandardErrorsFollowTheGradientOfThePrediction() throws IOException {
        List<String> lines = TestData.lines("linear_product_seed42.csv");
        Path small = dir.resolve("product.csv");
        Files.writeString(small, String.join("\n", lines.subList(0, 401)) + "\n");
        DataSet ds = DataSet.read(small);
        LinkedHashMap<String, String> groups = new LinkedHashMap<>();
        groups.put("x1", "ramp(x1, 1, 2, 3)");
        groups.put("x2", "ramp(x2, 5, 6, 7)");
        for (ModelKind kind : List.of(ModelKind.LINEAR_PRODUCT, ModelKind.LINEAR_PRODUCT_CE)) {
            ProductModel m = ProductModel.of(kind.productLoss(2, CrossEntropyProductLoss.DEFAULT_EPS),
                    kind == ModelKind.LINEAR_PRODUCT ? "y" : "y_binary", groups, ds, false);
            ProductFitReport report = ProductFitter.fit(m, FitOptions.defaults());
            SavedModel saved = roundTrip(ModelSaving.of(m, report));
            double[][] v = saved.inference().covariance();
            SavedModel.Intervals p = saved.predictWithErrors(ds, false, "model.json", 1.96);
            double[] plain = saved.predict(ds, false, "model.json").values();
            double[] b = report.normalized();
            int rows = 10;
            double[][] g = new double[rows][b.length];
            double[] link = saved.predictWithErrors(ds, false, "", 0).link();
            for (int j = 0; j < b.length; j++) {
                double h = 1e-6 * Math.max(1, Math.abs(b[j]));
                double[] plus = shifted(saved, m, report, j, h).predict(ds, false, "").values();
                double[] minus = shifted(saved, m, report, j, -h).predict(ds, false, "").values();
                for (int i = 0; i < rows; i++) {
                    g[i][j] = (plus[i] - minus[i]) / (2 * h);
                }
            }
            for (int i = 0; i < rows; i++) {
                double var = 0;
                for (int j = 0; j < b.length; j++) {
                    for (int k = 0; k < b.length; k++) {
                        var += g[i][j] * v[j][k] * g[i][k];
                    }
                }
                assertEquals(Math.sqrt(var), p.linkSe()[i], 1e-6 * Math.sqrt(var), kind + " row " + (i + 1));
                double low = link[i] - 1.96 * p.linkSe()[i];
                double high = link[i] + 1.96 * p.linkSe()[i];
                if (kind == ModelKind.LINEAR_PRODUCT_CE) {
                    // the cross-entropy model's prediction is a probability, clipped to [eps, 1 - eps]
                    low = Math.min(Math.max(low, saved.clip()), 1 - saved.clip());
                    high = Math.min(Math.max(high, saved.clip()), 1 - saved.clip());
                } else {
                    assertEquals(link[i], plain[i], 1e-12 * Math.abs(plain[i]), "unclipped: the product itself");
                }
                assertEquals(low, p.ciLow()[i], 1e-12, kind + " lower end");
                assertEquals(high, p.ciHigh()[i], 1e-12, kind + " upper end");
            }
        }
    }

    /** The saved model with normalised coefficient {@code j} moved by {@code h}. */
    private static SavedModel shifted(SavedModel saved, ProductModel m, ProductFitReport report, int j, double h) {
        double[] b = report.normalized();
        b[j] += h;
        return ModelFile.of(m, b, saved.normalization());
    }
}
