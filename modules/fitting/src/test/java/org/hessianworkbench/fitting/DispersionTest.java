package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.derivatives.diagnosis.DiagnosisCode;
import org.hessianworkbench.derivatives.diagnosis.Remedy;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * Poisson dispersion against R: {@code glm(family = poisson)} and {@code glm(family = quasipoisson)}
 * on overdispersed counts (the reference set {@code quasipoisson-r}, with its R script).
 */
class DispersionTest {

    private static final ReferenceSet R = ReferenceSet.load("quasipoisson-r");

    private static RegressionModel model() {
        return Workbench.model(Workbench.read(TestData.file(R.text("data"))), "poisson", R.text("formula"));
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, Tolerances.R_GLM * Math.abs(expected), what);
    }

    private static void assertCloseP(double expected, double actual, String what) {
        assertEquals(expected, actual, Tolerances.R_GLM_TAIL_P * Math.abs(expected), what);
    }

    @Test
    void poissonFitStatesItsDispersionAndIsDiagnosedOverdispersed() {
        FitReport r = Fitter.fit(model(), FitOptions.defaults());
        List<String> terms = R.words("terms");
        double[] b = R.numbers("estimate");
        double[] se = R.numbers("poisson-se");
        double[] z = R.numbers("poisson-z");
        double[] p = R.numbers("poisson-p");
        for (int j = 0; j < terms.size(); j++) {
            Coefficient c = r.coefficients().get(j);
            assertEquals(terms.get(j), c.name());
            assertClose(b[j], c.estimate(), "estimate " + terms.get(j));
            assertClose(se[j], c.stdError(), "SE " + terms.get(j));
            assertClose(z[j], c.statistic(), "z " + terms.get(j));
            assertCloseP(p[j], c.pValue(), "p " + terms.get(j));
        }
        assertEquals("z", r.statistic());
        Dispersion d = r.dispersion();
        assertEquals(DispersionMethod.FIXED, d.method());
        assertEquals(R.integer("df-residual"), d.df());
        assertClose(R.number("pearson-chi2"), d.pearsonChi2(), "Pearson X^2");
        assertClose(R.number("dispersion"), d.estimate(), "dispersion");
        assertEquals(1, d.used());
        assertClose(R.number("deviance"), r.stats().deviance(), "deviance");
        Diagnosis over = r.diagnoses().stream().filter(x -> x.code() == DiagnosisCode.OVERDISPERSION).findFirst().orElseThrow();
        assertEquals(List.of(Remedy.PEARSON_DISPERSION), over.remedies());
        assertTrue(over.message().contains("assume dispersion 1"), over.message());
        assertTrue(!Diagnosis.anyFails(r.diagnoses()), "overdispersion flags the SEs but does not fail the verdict");
    }

    @Test
    void pearsonDispersionIsRsQuasiPoisson() {
        FitReport r = Fitter.fit(model(), FitOptions.defaults().withDispersion(DispersionMethod.PEARSON));
        double[] b = R.numbers("estimate");
        double[] se = R.numbers("quasi-se");
        double[] t = R.numbers("quasi-t");
        double[] p = R.numbers("quasi-p");
        for (int j = 0; j < b.length; j++) {
            Coefficient c = r.coefficients().get(j);
            assertClose(b[j], c.estimate(), "estimate");
            assertClose(se[j], c.stdError(), "quasi SE");
            assertClose(t[j], c.statistic(), "t");
            assertCloseP(p[j], c.pValue(), "p");
        }
        assertEquals("t", r.statistic());
        assertEquals(R.integer("df-residual"), (int) r.df());
        assertClose(R.number("dispersion"), r.dispersion().used(), "dispersion used");
        assertTrue(r.diagnoses().stream().noneMatch(x -> x.code() == DiagnosisCode.OVERDISPERSION),
                "the SEs already use the dispersion");
    }

    @Test
    void pearsonsStatisticFromTheFittedMeans() {
        // an independent route: the closed form on the fitted means, summed here
        RegressionModel m = model();
        FitReport r = Fitter.fit(m, FitOptions.defaults());
        double[] y = m.response();
        double[] mu = m.fitted(r.estimate());
        double x2 = 0;
        for (int i = 0; i < y.length; i++) {
            x2 += (y[i] - mu[i]) * (y[i] - mu[i]) / mu[i];
        }
        assertEquals(x2, r.dispersion().pearsonChi2(), Tolerances.REORDERED * x2);
    }

    @Test
    void onlyPoissonFitsHaveADispersionAndOnlyThemTheQuasiLikelihood() {
        RegressionModel logistic = Workbench.model(Workbench.read(TestData.file("spector.csv")), "logistic", "GRADE ~ GPA");
        assertNull(Fitter.fit(logistic, FitOptions.defaults()).dispersion());
        BadInputException e = assertThrows(BadInputException.class,
                () -> Fitter.fit(logistic, FitOptions.defaults().withDispersion(DispersionMethod.PEARSON)));
        assertEquals(FittingMessages.DISPERSION_NOT_POISSON, e.key());
        assertEquals("the Pearson dispersion (quasi-likelihood) applies to the poisson and negative-binomial models and to"
                + " grouped binomial data (cbind), not to 'logistic'", e.getMessage());
        BadInputException unknown = assertThrows(BadInputException.class, () -> DispersionMethod.fromCliName("huge"));
        assertEquals(FittingMessages.UNKNOWN_DISPERSION, unknown.key());
        assertEquals("unknown dispersion 'huge' (known: fixed, pearson, huber)", unknown.getMessage());
    }

    @Test
    void aPoissonFitNearDispersionOneIsNotDiagnosed() {
        RegressionModel m = Workbench.model(org.hessianworkbench.design.DataSet.fromCsvText("income",
                org.hessianworkbench.testkit.ScaleExamples.incomeCsv(15)), "poisson", "y ~ INCOME + AGE");
        FitReport r = Fitter.fit(m, FitOptions.defaults());
        assertTrue(r.dispersion().estimate() < Dispersion.OVERDISPERSION_THRESHOLD, "" + r.dispersion());
        assertTrue(r.diagnoses().isEmpty(), r.diagnoses().toString());
    }
}
