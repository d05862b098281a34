package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.derivatives.diagnosis.DiagnosisCode;
import org.hessianworkbench.derivatives.diagnosis.Remedy;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * y ~ x1 + x2 + x3 with x3 = x1 + 2 x2 (data/aliased.csv, n = 30): x3 is aliased, the reduced model is
 * fitted, and every number is R's (reference sets aliased-lm-r, aliased-poisson-r, aliased-logistic-r,
 * made by aliased.R). Before: every estimate 0, 26 df, sigma 2.41, R^2 -0.25.
 */
class AliasedFitTest {

    private static final DataSet DATA = Workbench.read(TestData.file("aliased.csv"));

    private static FitReport fitLike(ReferenceSet r, String model) {
        return Workbench.fit(DATA, model, r.text("formula"));
    }

    private static void assertRelative(double expected, double actual, double tol, String what) {
        assertEquals(expected, actual, tol * Math.abs(expected), what);
    }

    private static void assertCoefficientsAndDiagnosis(ReferenceSet r, FitReport fit, double tol) {
        List<ReferenceSet.Coefficient> expected = r.coefficients();
        assertEquals(expected.size(), fit.coefficients().size());
        for (int j = 0; j < expected.size(); j++) {
            ReferenceSet.Coefficient e = expected.get(j);
            Coefficient c = fit.coefficients().get(j);
            assertEquals(e.term(), c.name());
            if (Double.isNaN(e.estimate())) {
                assertTrue(c.aliased(), e.term() + " is aliased");
                assertTrue(Double.isNaN(c.estimate()) && Double.isNaN(c.stdError()) && Double.isNaN(c.pValue()));
                assertEquals(0, fit.estimate()[j], 0, "the reduced fit's point has 0 for an aliased coefficient");
            } else {
                assertFalse(c.aliased());
                assertRelative(e.estimate(), c.estimate(), tol, "estimate " + e.term());
                assertRelative(e.stdError(), c.stdError(), tol, "standard error " + e.term());
            }
        }
        assertEquals(r.integer("residual-df"), fit.stats().residualDf());
        assertEquals(r.integer("residual-df"), (int) (fit.statistic().equals("t") ? fit.df() : r.integer("residual-df")));
        assertRelative(r.number("log-likelihood"), fit.stats().logLikelihood(), tol, "log-likelihood");
        assertRelative(r.number("aic"), fit.stats().aic(), tol, "AIC");
        assertRelative(r.number("deviance"), fit.stats().deviance(), tol, "deviance");
        Diagnosis d = fit.diagnoses().get(0);
        assertEquals(DiagnosisCode.ALIASED, d.code());
        assertEquals(List.of(r.text("aliased").split(" ")), d.coefficients());
        assertEquals(List.of(Remedy.DROP_ALIASED), d.remedies());
        assertFalse(Diagnosis.anyFails(fit.diagnoses()), "aliasing does not fail the verdict: R fits the reduced model");
        assertTrue(fit.covariance().available());
    }

    @Test
    void linearModelAliasesX3AndGivesRsStatistics() {
        ReferenceSet r = ReferenceSet.load("aliased-lm-r");
        FitReport fit = fitLike(r, "linear");
        assertCoefficientsAndDiagnosis(r, fit, Tolerances.R_LM);
        assertEquals(27, fit.stats().residualDf());
        assertRelative(r.number("residual-sd"), fit.stats().sigma(), Tolerances.R_LM, "sigma");
        assertRelative(r.number("r-squared"), fit.stats().rSquared(), Tolerances.R_LM, "R^2");
    }

    @Test
    void linearModelByNewtonAliasesTheSameColumn() {
        ReferenceSet r = ReferenceSet.load("aliased-lm-r");
        FitReport fit = Workbench.fit(Workbench.model(DATA, "linear", r.text("formula")),
                FitOptions.defaults().withOptimizer("newton"));
        assertCoefficientsAndDiagnosis(r, fit, Tolerances.R_GLM_ALIASED);
    }

    @Test
    void poissonModelAliasesX3AsRsGlm() {
        ReferenceSet r = ReferenceSet.load("aliased-poisson-r");
        FitReport fit = fitLike(r, "poisson");
        assertCoefficientsAndDiagnosis(r, fit, Tolerances.R_GLM_ALIASED);
        assertRelative(r.number("null-deviance"), fit.stats().nullDeviance(), Tolerances.R_GLM_ALIASED, "null deviance");
    }

    @Test
    void logisticModelAliasesX3AsRsGlm() {
        ReferenceSet r = ReferenceSet.load("aliased-logistic-r");
        FitReport fit = fitLike(r, "logistic");
        assertCoefficientsAndDiagnosis(r, fit, Tolerances.R_GLM_ALIASED);
        assertRelative(r.number("null-deviance"), fit.stats().nullDeviance(), Tolerances.R_GLM_ALIASED, "null deviance");
    }

    @Test
    void aStartPointForTheFullModelIsCutToTheReducedOne() {
        FitReport fit = Workbench.fit(Workbench.model(DATA, "poisson", "count ~ x1 + x2 + x3"),
                FitOptions.defaults().withStart(new double[] {0.1, 0.1, 0.1, 0.1}));
        assertTrue(fit.coefficients().get(3).aliased());
        assertEquals(3, fit.hessian().hessian().length, "the Hessian is the reduced model's");
    }

    @Test
    void aFullRankDesignCarriesNoAliasedDiagnosis() {
        FitReport fit = Workbench.fit(DATA, "linear", "y ~ x1 + x2");
        assertTrue(fit.diagnoses().isEmpty());
        assertTrue(fit.coefficients().stream().noneMatch(Coefficient::aliased));
    }
}
