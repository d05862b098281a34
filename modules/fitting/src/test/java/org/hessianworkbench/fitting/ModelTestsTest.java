package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.junit.jupiter.api.Test;

/**
 * The likelihood-ratio test against the null model and the tests of terms, against UCLA's published
 * output and R (the reference set {@code model-tests-r}, with its script).
 */
class ModelTestsTest {

    /**
     * Against R's values printed with 17 digits: both are the same formula of converged fits (R at
     * {@code epsilon = 1e-14}), so they differ by the optimisers' last steps (statistics about 3e-8
     * relative apart); a tail probability multiplies a statistic's relative error by about \(x/2\)
     * (10 for the Wald test of rank, seen 2.7e-7), so 1e-6 relative.
     */
    private static final double SAME_FORMULA_AS_R = 1e-6;

    private static final ReferenceSet R = ReferenceSet.loadResource(
            "org/hessianworkbench/fitting/tests/model-tests-r.txt");

    private static RegressionModel ucla() {
        return ModelRequest.regression(TestData.file("ucla_binary.csv"), Family.LOGISTIC,
                "admit ~ gre + gpa + C(rank)", false).loadRegression();
    }

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, tolerance * Math.abs(expected), () -> expected + " vs " + actual);
    }

    private static void assertLike(double[] r, ModelTests.Test t) {
        assertRelative(r[0], t.statistic(), SAME_FORMULA_AS_R);
        assertEquals(r[1], t.df());
        if (r.length == 4) {
            assertEquals(r[2], t.df2());
        }
        assertRelative(r[r.length - 1], t.pValue(), SAME_FORMULA_AS_R);
    }

    @Test
    void uclaLikelihoodRatioAgainstTheNullModelIsTheOnePublished() {
        ModelTests.Test lr = Fitter.fit(ucla(), FitOptions.defaults()).lrTest();
        assertEquals("lr", lr.kind());
        assertNull(lr.term());
        // UCLA's page: chi^2 = 41.46 on 5 df, p = 7.578e-08 (to its printed digits)
        assertEquals(41.46, lr.statistic(), 0.005);
        assertEquals(5, lr.df());
        assertEquals(7.578e-08, lr.pValue(), 0.0005e-08);
        assertLike(R.numbers("ucla-lr"), lr);
    }

    @Test
    void uclaRankByWaldAndByRefitAsAodAndDrop1() {
        RegressionModel m = ucla();
        FitReport fit = Fitter.fit(m, FitOptions.defaults());
        List<ModelTests.Test> tests = ModelTests.terms(m, fit, FitOptions.defaults(), List.of("C(rank)"));
        assertEquals(List.of("wald", "lr"), tests.stream().map(ModelTests.Test::kind).toList());
        ModelTests.Test wald = tests.get(0);
        // aod::wald.test as UCLA prints it: chi^2 = 20.9, df = 3, P = 0.00011
        assertEquals(20.9, wald.statistic(), 0.05);
        assertEquals(3, wald.df());
        assertEquals(0.00011, wald.pValue(), 0.000005);
        assertLike(R.numbers("ucla-wald-rank"), wald);
        ModelTests.Test lr = tests.get(1);
        assertLike(R.numbers("ucla-drop1-rank"), lr);
        // independently: the deviance difference of two fits
        RegressionModel without = ModelRequest.regression(TestData.file("ucla_binary.csv"), Family.LOGISTIC,
                "admit ~ gre + gpa", false).loadRegression();
        double difference = Fitter.fit(without, FitOptions.defaults()).stats().deviance() - fit.stats().deviance();
        assertRelative(difference, lr.statistic(), SAME_FORMULA_AS_R);
    }

    @Test
    void longleyGivesRsFTests() {
        RegressionModel m = ModelRequest.regression(TestData.file("longley.csv"), Family.LINEAR,
                "TOTEMP ~ GNPDEFL + GNP + UNEMP + ARMED + POP + YEAR", false).loadRegression();
        FitReport fit = Fitter.fit(m, FitOptions.defaults());
        ModelTests.Test f = fit.lrTest();
        assertEquals("f", f.kind());
        assertLike(R.numbers("longley-f"), f);
        List<ModelTests.Test> tests = ModelTests.terms(m, fit, FitOptions.defaults(), List.of("GNP"));
        assertEquals(List.of("wald", "f"), tests.stream().map(ModelTests.Test::kind).toList());
        assertLike(R.numbers("longley-drop1-gnp"), tests.get(1));
    }

    @Test
    void anUnknownTermNamesTheKnownOnes() {
        RegressionModel m = ucla();
        FitReport fit = Fitter.fit(m, FitOptions.defaults());
        BadInputException e = assertThrows(BadInputException.class,
                () -> ModelTests.terms(m, fit, FitOptions.defaults(), List.of("rank")));
        assertEquals(FittingMessages.UNKNOWN_TERM, e.key());
        assertTrue(e.getMessage().contains("gre, gpa, C(rank)"), e.getMessage());
    }

    @Test
    void separatedDataWithholdTheTests() {
        RegressionModel m = ModelRequest.regression(TestData.file("separated.csv"), Family.LOGISTIC, "y ~ x", false)
                .loadRegression();
        FitReport fit = Fitter.fit(m, FitOptions.defaults());
        assertNull(fit.lrTest());
        assertEquals(List.of(), ModelTests.terms(m, fit, FitOptions.defaults(), List.of("x")));
        assertEquals("the estimate does not exist", ModelTests.withheldReason(fit));
    }

    @Test
    void quasiPoissonGivesRsFTestsWithThePearsonDispersion() {
        RegressionModel m = ModelRequest.regression(TestData.file("overdispersed_counts.csv"), Family.POISSON,
                "count ~ x + dose", false).loadRegression();
        FitOptions options = FitOptions.defaults().withDispersion(DispersionMethod.PEARSON);
        FitReport fit = Fitter.fit(m, options);
        assertEquals("f", fit.lrTest().kind());
        assertLike(R.numbers("quasi-f"), fit.lrTest());
        List<ModelTests.Test> tests = ModelTests.terms(m, fit, options, List.of("dose"));
        assertLike(R.numbers("quasi-f-dose"), tests.get(1));
    }
}
