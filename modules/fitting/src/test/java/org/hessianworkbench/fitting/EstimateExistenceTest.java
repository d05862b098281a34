package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.derivatives.diagnosis.DiagnosisCode;
import org.hessianworkbench.derivatives.diagnosis.Remedy;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.testkit.TestData;
import org.junit.jupiter.api.Test;

/**
 * The cases of issue 10 where the maximum-likelihood estimate does not exist: complete separation
 * (y = 1[x > 0]), quasi-complete separation (ties on the boundary), a dummy that predicts perfectly, a
 * factor level whose responses are all 0, a Poisson level whose counts are all 0. Each is diagnosed,
 * names the coefficients that run off, and withholds every standard error, test and interval; data
 * that overlap are not diagnosed. Expected coefficients from the geometry of each case (and R's glm,
 * whose estimates for them run off while the others stay finite).
 */
class EstimateExistenceTest {

    private static RegressionModel model(Family family, String formula, String header, int n, IntFunction<String> row) {
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (int i = 0; i < n; i++) {
            csv.append(row.apply(i)).append('\n');
        }
        DataSet data = DataSet.fromCsvText("case.csv", csv.toString());
        return Workbench.model(data, family.kind(), formula);
    }

    private static List<DiagnosisCode> codes(FitReport r) {
        return r.diagnoses().stream().map(Diagnosis::code).toList();
    }

    private static Diagnosis diagnosis(FitReport r, DiagnosisCode code) {
        return r.diagnoses().stream().filter(d -> d.code() == code).findFirst().orElseThrow(() -> new AssertionError(
                "no " + code + " in " + r.diagnoses()));
    }

    /** Separated: both diagnoses, the coefficients that run off, nothing inferential printed. */
    private static void assertDoesNotExist(FitReport r, String kind, List<String> runOff) {
        assertTrue(codes(r).containsAll(List.of(DiagnosisCode.SEPARATION, DiagnosisCode.ESTIMATE_DOES_NOT_EXIST)),
                codes(r).toString());
        Diagnosis separation = diagnosis(r, DiagnosisCode.SEPARATION);
        assertTrue(separation.message().startsWith(kind), separation.message());
        assertEquals(Diagnosis.Severity.WARNING, separation.severity());
        Diagnosis none = diagnosis(r, DiagnosisCode.ESTIMATE_DOES_NOT_EXIST);
        assertEquals(runOff, none.coefficients());
        assertEquals(runOff, separation.coefficients());
        assertTrue(Diagnosis.anyFails(r.diagnoses()), "the verdict fails: exit code 1");
        for (Coefficient c : r.coefficients()) {
            assertTrue(c.withheld(), c.name());
            assertTrue(Double.isNaN(c.stdError()) && Double.isNaN(c.statistic()) && Double.isNaN(c.pValue())
                    && Double.isNaN(c.ciLow()) && Double.isNaN(c.ciHigh()), c.toString());
            assertTrue(Double.isFinite(c.estimate()), "the estimate where the optimiser stopped is still shown");
        }
    }

    @Test
    void completeSeparationTheIssuesExample() {
        RegressionModel m = ModelRequest.regression(TestData.file("separated.csv"), Family.LOGISTIC, "y ~ x", false)
                .loadRegression();
        FitReport r = Fitter.fit(m, FitOptions.defaults());
        assertDoesNotExist(r, "complete separation", List.of("(Intercept)", "x"));
        assertEquals(List.of(DiagnosisCode.SEPARATION, DiagnosisCode.ESTIMATE_DOES_NOT_EXIST,
                DiagnosisCode.FITTED_PROBABILITIES_0_OR_1), codes(r));
        Diagnosis none = diagnosis(r, DiagnosisCode.ESTIMATE_DOES_NOT_EXIST);
        assertEquals(List.of(Remedy.FIRTH), none.remedies());
        assertEquals("the maximum-likelihood estimate does not exist: (Intercept) and x run off to infinity (the estimate "
                + "printed is where the optimiser stopped, and depends on its tolerance); standard errors, tests and "
                + "intervals are withheld", none.message());
        assertEquals(Diagnosis.Severity.NOTE, diagnosis(r, DiagnosisCode.FITTED_PROBABILITIES_0_OR_1).severity());
        // what goes wrong without the diagnosis: the estimate is wherever the optimiser stopped
        FitReport looser = Fitter.fit(m, new FitOptions(null, FitOptions.defaults().hessian(), 0.95, Double.NaN, null,
                FitOptions.defaults().optimizerOptions().withGtol(1e-4), FitOptions.defaults().settings(),
                FitOptions.defaults().normalization()));
        assertTrue(looser.estimate()[1] < r.estimate()[1] / 2, looser.estimate()[1] + " vs " + r.estimate()[1]);
        assertDoesNotExist(looser, "complete separation", List.of("(Intercept)", "x"));
    }

    @Test
    void quasiCompleteSeparationWithTiesOnTheBoundary() {
        // x < 0: y = 0; x > 0: y = 1; at x = 0 five of each: the intercept is pinned at 0, the slope runs off
        FitReport r = Fitter.fit(model(Family.LOGISTIC, "y ~ x", "x,y", 60, i -> {
            if (i < 25) {
                return (-3 + i * 2.9 / 24) + ",0";
            }
            if (i < 35) {
                return "0," + (i % 2);
            }
            return (0.1 + (i - 35) * 2.9 / 24) + ",1";
        }), FitOptions.defaults());
        assertDoesNotExist(r, "quasi-complete separation", List.of("x"));
        assertTrue(diagnosis(r, DiagnosisCode.SEPARATION).message().contains("(x 1)"),
                diagnosis(r, DiagnosisCode.SEPARATION).message());
        assertTrue(diagnosis(r, DiagnosisCode.SEPARATION).message().contains("nonzero for 50 of 60 observations"));
    }

    @Test
    void aDummyThatPredictsPerfectly() {
        // d = 1 -> y = 1 (15 rows); d = 0 -> both responses along x: only d's coefficient runs off
        FitReport r = Fitter.fit(model(Family.LOGISTIC, "y ~ x + d", "x,d,y", 60, i -> {
            double x = ((i * 37) % 60) / 10.0 - 3;
            int d = i % 4 == 0 ? 1 : 0;
            int y = d == 1 ? 1 : ((i * 7) % 5) < 2 + (x > 0 ? 1 : 0) ? 1 : 0;
            return String.format(Locale.ROOT, "%s,%d,%d", x, d, y);
        }), FitOptions.defaults());
        assertDoesNotExist(r, "quasi-complete separation", List.of("d"));
        assertTrue(diagnosis(r, DiagnosisCode.SEPARATION).message().contains("(d 1)"));
    }

    @Test
    void aFactorLevelWhoseResponsesAreAllZero() {
        FitReport r = Fitter.fit(model(Family.LOGISTIC, "y ~ g", "g,y", 60, i -> {
            String g = List.of("a", "b", "c").get(i % 3);
            return g + "," + (g.equals("c") ? 0 : (i * 7) % 5 < 2 ? 1 : 0);
        }), FitOptions.defaults());
        assertDoesNotExist(r, "quasi-complete separation", List.of("gc"));
        assertTrue(diagnosis(r, DiagnosisCode.SEPARATION).message().contains("(gc -1)"));
        assertTrue(diagnosis(r, DiagnosisCode.ESTIMATE_DOES_NOT_EXIST).message().contains(": gc runs off"));
    }

    @Test
    void aPoissonLevelWhoseCountsAreAllZero() {
        RegressionModel m = model(Family.POISSON, "y ~ g", "g,y", 60, i -> {
            String g = List.of("a", "b", "c").get(i % 3);
            return g + "," + (g.equals("b") ? 0 : (i * 7) % 4);
        });
        FitReport r = Fitter.fit(m, FitOptions.defaults());
        assertDoesNotExist(r, "zero counts are separated", List.of("gb"));
        assertTrue(diagnosis(r, DiagnosisCode.SEPARATION).message().contains("(gb -1)"));
        assertTrue(diagnosis(r, DiagnosisCode.ESTIMATE_DOES_NOT_EXIST).remedies().isEmpty(),
                "Firth's penalty is for the logistic model");
        // R's rule (rates below 2.2e-15) applies to where the optimiser stopped: level b's rates there decide
        double[] mu = m.fitted(r.estimate());
        boolean zero = false;
        for (int i = 0; i < mu.length; i++) {
            zero |= mu[i] < 2.2e-15;
        }
        assertEquals(zero, codes(r).contains(DiagnosisCode.FITTED_RATES_ZERO), java.util.Arrays.toString(mu));
        List<Diagnosis> further = EstimateExistence.fittedValues(m, new double[] {0.4, -40, 0});
        assertEquals(1, further.size());
        assertEquals(DiagnosisCode.FITTED_RATES_ZERO, further.get(0).code());
        assertEquals(Diagnosis.Severity.NOTE, further.get(0).severity());
        assertEquals("fitted rates numerically 0 occurred: 20 of 60 are below 2.2e-15", further.get(0).message());
    }

    @Test
    void overlappingDataAreNotDiagnosed() {
        for (String formula : List.of("GRADE ~ GPA + TUCE + PSI", "GRADE ~ PSI")) {
            RegressionModel m = ModelRequest.regression(TestData.file("spector.csv"), Family.LOGISTIC, formula, false)
                    .loadRegression();
            FitReport r = Fitter.fit(m, FitOptions.defaults());
            assertEquals(List.of(), r.diagnoses(), formula);
            assertFalse(r.coefficients().stream().anyMatch(Coefficient::withheld));
        }
        RegressionModel counts = ModelRequest.regression(TestData.file("spector.csv"), Family.POISSON, "GRADE ~ PSI", false)
                .loadRegression();
        assertEquals(List.of(), Fitter.fit(counts, FitOptions.defaults()).diagnoses());
    }

    @Test
    void firthsEstimateExistsOnSeparatedData() {
        RegressionModel m = ModelRequest.regression(TestData.file("separated.csv"), Family.LOGISTIC, "y ~ x", false)
                .loadRegression();
        FitReport r = Fitter.fit(m, FitOptions.defaults().withFirth(true));
        assertFalse(Diagnosis.anyFails(r.diagnoses()), r.diagnoses().toString());
        assertNotEquals(List.of(DiagnosisCode.SEPARATION), codes(r));
        assertTrue(r.coefficients().stream().allMatch(Coefficient::hasStdError));
    }

    @Test
    void directionsAreRoundedToFourDigits() {
        assertEquals("((Intercept) 0.01785, x 1)", EstimateExistence.direction(new double[] {0.0178512345, 1},
                List.of("(Intercept)", "x")));
        assertEquals("(b -0.5)", EstimateExistence.direction(new double[] {0, -0.5}, List.of("a", "b")));
        assertEquals("1.235E-7", EstimateExistence.rounded(1.23456e-7));
    }
}
