package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.derivatives.HessianMethod;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.FirthLogisticObjective;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * Firth's penalised likelihood against R's brglm2 ({@code method = "brglmFit", type = "AS_mean"}):
 * estimates and standard errors (the inverse Fisher information at the estimate) on the separated
 * example, where the maximum-likelihood estimate does not exist, and on Spector &amp; Mazzeo's data,
 * where it does; the log-likelihood and \(\log\det I\) at the estimate too.
 */
class FirthFitTest {

    private static FitReport firth(ReferenceSet ref, FitOptions options) {
        RegressionModel m = ModelRequest.regression(TestData.file(ref.text("data")), Family.LOGISTIC, ref.text("formula"),
                false).loadRegression();
        return Fitter.fit(m, options.withFirth(true));
    }

    /** A gradient-norm tolerance tight enough for brglm2's digits from every optimiser. */
    private static final double GTOL = 1e-10;

    private static void assertMatches(ReferenceSet ref, FitReport r) {
        assertTrue(r.firth());
        assertTrue(r.converged());
        List<ReferenceSet.Coefficient> expected = ref.coefficients();
        assertEquals(expected.size(), r.coefficients().size());
        for (int j = 0; j < expected.size(); j++) {
            ReferenceSet.Coefficient e = expected.get(j);
            Coefficient c = r.coefficients().get(j);
            assertEquals(e.term(), c.name());
            assertEquals(e.estimate(), c.estimate(), Tolerances.BRGLM2 * Math.abs(e.estimate()), e.term() + " estimate");
            assertEquals(e.stdError(), c.stdError(), Tolerances.BRGLM2 * e.stdError(), e.term() + " standard error");
            assertFalse(c.withheld());
        }
        assertEquals(ref.number("log-likelihood"), r.stats().logLikelihood(),
                Tolerances.BRGLM2 * Math.abs(ref.number("log-likelihood")), "log-likelihood");
        assertEquals(ref.number("deviance"), r.stats().deviance(), Tolerances.BRGLM2 * ref.number("deviance"), "deviance");
        assertEquals(ref.integer("observations"), r.n());
    }

    @Test
    void theSeparatedExampleHasFiniteEstimatesAsBrglm2() {
        ReferenceSet ref = ReferenceSet.load("firth-separated-brglm2");
        FitReport r = firth(ref, FitOptions.defaults());
        assertMatches(ref, r);
        assertTrue(r.diagnoses().stream().noneMatch(d -> d.code().failsVerdict()), r.diagnoses().toString());
        RegressionModel m = ModelRequest.regression(TestData.file("separated.csv"), Family.LOGISTIC, "y ~ x", false)
                .loadRegression();
        double halfLogDet = FirthLogisticObjective.of(m).halfLogDetInformation(r.estimate());
        assertEquals(ref.number("log-det-information"), 2 * halfLogDet,
                Tolerances.BRGLM2 * Math.abs(ref.number("log-det-information")), "log det I");
    }

    @Test
    void spectorAsBrglm2() {
        ReferenceSet ref = ReferenceSet.load("firth-spector-brglm2");
        assertMatches(ref, firth(ref, FitOptions.defaults()));
    }

    @Test
    void everyOptimiserAndExactEngineGivesTheSameAnswer() {
        ReferenceSet ref = ReferenceSet.load("firth-separated-brglm2");
        // the gradient-norm stop the test was written for (gtol 1e-10): the default scale-invariant stop of
        // the quasi-Newton methods (relative change 1e-8, as R's glm) leaves 1e-9 in the standard errors
        FitOptions tight = FitOptions.defaults().withOptimizerOptions(
                FitOptions.defaults().optimizerOptions().withGtol(GTOL));
        for (String optimizer : List.of("newton", "bfgs", "lbfgs", "trust-region")) {
            assertMatches(ref, firth(ref, tight.withOptimizer(optimizer)));
        }
        assertMatches(ref, firth(ref, FitOptions.defaults().withHessian(HessianMethod.AD)));
    }

    @Test
    void firthIsForTheLogisticModelOnly() {
        RegressionModel m = ModelRequest.regression(TestData.file("spector.csv"), Family.POISSON, "GRADE ~ GPA", false)
                .loadRegression();
        BadInputException e = assertThrows(BadInputException.class,
                () -> Fitter.fit(m, FitOptions.defaults().withFirth(true)));
        assertEquals(FittingMessages.FIRTH_NOT_LOGISTIC, e.key());
        assertEquals("Firth's penalised likelihood applies to the logistic model only, not 'poisson'", e.getMessage());
    }

    @Test
    void everyEngineAgreesOnThePenalisedLoss() {
        RegressionModel m = ModelRequest.regression(TestData.file("separated.csv"), Family.LOGISTIC, "y ~ x", false)
                .loadRegression();
        FitReport r = Fitter.fit(m, FitOptions.defaults().withFirth(true));
        CheckReport check = Checker.check(m.kind(), FirthLogisticObjective.of(m), "estimate", r.estimate());
        assertTrue(check.agree(), check.comparisons().toString());
    }
}
