package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.derivatives.diagnosis.DiagnosisCode;
import org.hessianworkbench.derivatives.diagnosis.Remedy;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.models.product.ProductModel;
import org.hessianworkbench.optimizers.Convergence;
import org.hessianworkbench.optimizers.OptimizerOptions;
import org.hessianworkbench.optimizers.StopReason;
import org.hessianworkbench.testkit.ScaleExamples;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * {@code fit}'s default stop on the badly scaled examples, and what a fit that did not
 * converge says about itself.
 */
class ConvergenceFitTest {

    private static RegressionModel income(int offset) {
        return Workbench.model(DataSet.fromCsvText("income-" + offset, ScaleExamples.incomeCsv(offset)), "poisson",
                "y ~ INCOME + AGE");
    }

    private static RegressionModel dollars() {
        return Workbench.model(DataSet.fromCsvText("dollars", ScaleExamples.dollarsCsv(0)), "logistic", "y ~ DOLLARS + x");
    }

    @Test
    void theIncomeExampleConvergesFromZerosByTheNewtonDecrement() {
        // data set 15 is the symptom: before, "NOT converged after 1000 iterations (gradient norm 7.3)"
        for (int offset : new int[] {15, 8, 10, 11, 12, 14, 16, 19, 23, 24, 26, 27, 29, 0}) {
            RegressionModel m = income(offset);
            FitReport r = Fitter.fit(m, FitOptions.defaults());
            assertTrue(r.converged(), offset + ": " + r.optimization().message());
            assertEquals(StopReason.NEWTON_DECREMENT, r.optimization().stopReason());
            assertEquals(7, r.iterations(), offset + ": iterations from zeros");
            assertTrue(r.diagnoses().stream().noneMatch(d -> d.code() == DiagnosisCode.NOT_CONVERGED));
            double[] b = r.estimate();
            double lambda2 = Convergence.newtonDecrement(m.objective().hessian(b), m.objective().gradient(b));
            assertTrue(lambda2 / 2 <= Convergence.DECREMENT_TOL * Math.abs(m.objective().value(b)), offset + ": " + lambda2);
            // the estimate is near the truth the counts were drawn at (within 5 standard errors)
            for (int j = 0; j < 3; j++) {
                double se = r.coefficients().get(j).stdError();
                assertTrue(Math.abs(b[j] - ScaleExamples.INCOME_TRUTH[j]) < 5 * se, offset + " " + j);
            }
        }
    }

    @Test
    void aGivenGradientToleranceKeepsItsMeaning() {
        FitReport r = Fitter.fit(income(15), FitOptions.defaults().withOptimizerOptions(OptimizerOptions.DEFAULTS.withGtol(1e-3)));
        assertEquals(StopReason.GTOL, r.optimization().stopReason(), r.optimization().message());
        assertTrue(r.optimization().gradientNorm() <= 1e-3);
    }

    @Test
    void gradientDescentOnDollarsSaysItDidNotConvergeAndFlagsItsNumbers() {
        FitReport gd = Fitter.fit(dollars(), FitOptions.defaults().withOptimizer("gradient-descent"));
        assertFalse(gd.converged());
        assertEquals(StopReason.MAX_ITERATIONS, gd.optimization().stopReason());
        Diagnosis d = gd.diagnoses().get(0);
        assertEquals(DiagnosisCode.NOT_CONVERGED, d.code());
        assertEquals(Diagnosis.Severity.WARNING, d.severity());
        assertEquals(List.of(Remedy.MORE_ITERATIONS), d.remedies());
        assertTrue(d.message().contains("not to be trusted"), d.message());
        assertTrue(Diagnosis.anyFails(gd.diagnoses()));
        // what it would have claimed: the coefficient of x "not significant" although its truth is p ~ 1e-8
        FitReport newton = Fitter.fit(dollars(), FitOptions.defaults());
        assertTrue(newton.converged());
        assertTrue(newton.diagnoses().isEmpty(), newton.diagnoses().toString());
        assertTrue(newton.coefficients().get(2).pValue() < 1e-6);
        assertTrue(gd.coefficients().get(2).pValue() > 0.5);
    }

    @Test
    void noProgressIsNotConvergedButMoreIterationsWouldNotHelp() {
        FitReport r = Fitter.fit(dollars(), FitOptions.defaults().withOptimizer("gradient-descent")
                .withOptimizerOptions(OptimizerOptions.scaleInvariant(3)));
        assertEquals(DiagnosisCode.NOT_CONVERGED, r.diagnoses().get(0).code());
        assertEquals(List.of(Remedy.MORE_ITERATIONS), r.diagnoses().get(0).remedies());
        // least squares always converges: no diagnosis
        FitReport qr = Fitter.fit(Workbench.model(Workbench.read(TestData.file("longley.csv")), "linear",
                "TOTEMP ~ GNPDEFL + GNP"), FitOptions.defaults());
        assertTrue(qr.diagnoses().isEmpty());
    }

    @Test
    void aProductFitThatDidNotConvergeSaysSo() {
        java.util.LinkedHashMap<String, String> groups = new java.util.LinkedHashMap<>();
        groups.put("x1", "x1");
        groups.put("x2", "x2");
        ProductModel m = Workbench.productModel(Workbench.read(TestData.file("linear_product_seed42.csv")), "linear-product", "y",
                groups);
        ProductFitReport r = ProductFitter.fit(m, FitOptions.defaults().withOptimizerOptions(OptimizerOptions.scaleInvariant(2)));
        assertFalse(r.optimization().converged());
        assertEquals(DiagnosisCode.NOT_CONVERGED, r.diagnoses().get(0).code());
        assertTrue(Diagnosis.anyFails(r.diagnoses()));
        ProductFitReport full = ProductFitter.fit(m, FitOptions.defaults());
        assertTrue(full.optimization().converged(), full.optimization().message());
        assertTrue(full.diagnoses().stream().noneMatch(d -> d.code() == DiagnosisCode.NOT_CONVERGED));
    }

    @Test
    void theTypicalScaleOfACoefficientIsOneOverTheRmsOfItsColumn() {
        RegressionModel m = income(15);
        double[] typ = m.objective().typicalScale();
        assertEquals(1, typ[0]);
        double sum = 0;
        for (int i = 0; i < m.n(); i++) {
            double v = m.block().get(i, 1);
            sum += v * v;
        }
        assertEquals(1 / Math.sqrt(sum / m.n()), typ[1], Tolerances.REORDERED * typ[1]);
        assertTrue(Matrices.allFinite(new double[][] {typ}));
    }
}
