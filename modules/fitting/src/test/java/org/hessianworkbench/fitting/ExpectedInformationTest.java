package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.models.expression.LossSpec;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * {@code --information expected}: the covariance from the family's mean and variance reproduces R's
 * {@code summary.glm} standard errors ({@code <case>.se-r} of the {@code named-*-r.txt} sets, R's
 * expected information), while the observed information keeps the Hessian's ({@code <case>.se}); for
 * canonical links the two are the same to rounding.
 */
class ExpectedInformationTest {

    private static RegressionModel model(String csv, ModelKind kind, String formula, LossSpec loss) {
        return new ModelRequest(TestData.file(csv), kind, formula, null, null, 1e-3, false, loss, null)
                .loadRegression();
    }

    private static void close(double[] expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], actual[j], tolerance * Math.abs(expected[j]), what + " [" + j + "]");
        }
    }

    private static double[] se(FitReport r) {
        return r.coefficients().stream().mapToDouble(c -> c.stdError()).toArray();
    }

    /** Observed SEs are {@code .se}, expected ones {@code .se-r}, and the summary gives their largest gap. */
    private static void check(ReferenceSet ref, String c, RegressionModel m, FitOptions options) {
        FitReport observed = Fitter.fit(m, options, Information.OBSERVED);
        FitReport expected = Fitter.fit(m, options, Information.EXPECTED);
        close(ref.numbers(c + ".se"), se(observed), Tolerances.R_GLM, c + " observed");
        close(ref.numbers(c + ".se-r"), se(expected), Tolerances.R_GLM, c + " expected = R's glm");
        double gap = 0;
        double[] so = ref.numbers(c + ".se");
        double[] sr = ref.numbers(c + ".se-r");
        for (int j = 0; j < so.length; j++) {
            gap = Math.max(gap, Math.abs(so[j] - sr[j]) / sr[j]);
        }
        assertTrue(gap > 1e-3, c + ": a non-canonical link's two informations differ");
        for (FitReport r : List.of(observed, expected)) {
            assertEquals(gap, r.information().maxRelativeDifference(), 1e-6 * gap, c + " the reported gap");
            assertTrue(!r.information().canonicalLink(), c);
        }
        assertEquals(Information.EXPECTED, expected.information().used());
    }

    @Test
    void nonCanonicalLinksReproduceRsGlm() {
        ReferenceSet spector = ReferenceSet.load("named-spector-r");
        for (String c : List.of("probit", "cloglog")) {
            check(spector, c, model("spector.csv", ModelKind.fromCliName(c), "GRADE ~ GPA + TUCE + PSI", LossSpec.NONE),
                    FitOptions.defaults());
        }
        check(spector, "probit-interaction", model("spector.csv", ModelKind.PROBIT, "GRADE ~ GPA * PSI",
                LossSpec.NONE), FitOptions.defaults());
        ReferenceSet grouped = ReferenceSet.load("named-grouped-r");
        for (String c : List.of("probit", "cloglog")) {
            check(grouped, c, model("grouped_binomial.csv", ModelKind.fromCliName(c), "cbind(s, f) ~ dose + group",
                    LossSpec.NONE), FitOptions.defaults());
        }
        check(ReferenceSet.load("named-gamma-r"), "gamma-log", model("gamma_positive.csv", ModelKind.GAMMA,
                "y ~ x1 + x2", LossSpec.NONE), FitOptions.defaults());
        check(ReferenceSet.load("named-negbin-r"), "negbin-fixed", model("overdispersed_counts.csv",
                ModelKind.NEGATIVE_BINOMIAL, "count ~ x + dose", new LossSpec(null, null, Map.of("k", 1.5), null)),
                FitOptions.defaults());
    }

    @Test
    void canonicalLinksGiveTheObservedInformation() {
        RegressionModel logistic = model("spector.csv", ModelKind.LOGISTIC, "GRADE ~ GPA + TUCE + PSI", LossSpec.NONE);
        RegressionModel gamma = model("gamma_positive.csv", ModelKind.GAMMA, "y ~ x1 + x2",
                new LossSpec(null, "inverse", Map.of(), null));
        RegressionModel linear = model("spector.csv", ModelKind.LINEAR, "GPA ~ TUCE + PSI", LossSpec.NONE);
        double[] y = gamma.response();
        double meanY = java.util.Arrays.stream(y).average().orElseThrow();
        FitOptions gammaStart = FitOptions.defaults().withStart(new double[] {1 / meanY, 0, 0});
        for (Object[] c : new Object[][] {{logistic, FitOptions.defaults()}, {gamma, gammaStart},
                {linear, FitOptions.defaults()}}) {
            RegressionModel m = (RegressionModel) c[0];
            FitReport observed = Fitter.fit(m, (FitOptions) c[1], Information.OBSERVED);
            FitReport expected = Fitter.fit(m, (FitOptions) c[1], Information.EXPECTED);
            close(se(observed), se(expected), Tolerances.CANONICAL_INFORMATION, m.kind() + " canonical");
            assertTrue(expected.information().canonicalLink(), m.kind().cliName());
            assertTrue(expected.information().maxRelativeDifference() < Tolerances.CANONICAL_INFORMATION,
                    m.kind() + ": the two informations' standard errors, compared in the fit");
        }
    }

    @Test
    void refusedWithoutAVarianceFunction() {
        RegressionModel huber = model("huber_outliers.csv", ModelKind.HUBER, "y ~ x",
                new LossSpec(null, null, Map.of("delta", 1.345), null));
        RegressionModel custom = model("spector.csv", ModelKind.CUSTOM, "GRADE ~ GPA",
                new LossSpec(ExpressionModelFitTest.PROBIT, null, Map.of(), "Phi(eta)"));
        for (RegressionModel m : List.of(huber, custom)) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> Fitter.fit(m, FitOptions.defaults(), Information.EXPECTED));
            assertEquals(FittingMessages.EXPECTED_INFORMATION_NOT_AVAILABLE, e.key(), m.kind().cliName());
            assertEquals(null, Fitter.fit(m, FitOptions.defaults(), Information.OBSERVED).information(),
                    "no comparison without an expected information");
        }
    }

    /**
     * With the expected information the sandwich's bread and hat values are R's for a {@code glm}
     * ({@code sandwich-probit-r.txt}); R's estimate there stopped at glm's own convergence (about 3e-10
     * relative from the refitted one), hence the glm tolerance.
     */
    @Test
    void aSandwichOnTheExpectedInformationIsRsVcovHC() {
        ReferenceSet ref = ReferenceSet.load("sandwich-probit-r");
        RegressionModel probit = model("spector.csv", ModelKind.PROBIT, "GRADE ~ GPA + TUCE + PSI", LossSpec.NONE);
        for (StandardErrors type : List.of(StandardErrors.HC0, StandardErrors.HC1, StandardErrors.HC2,
                StandardErrors.HC3)) {
            FitOptions options = FitOptions.defaults().withStandardErrors(type);
            FitReport expected = Fitter.fit(probit, options, Information.EXPECTED);
            close(ref.numbers(type.cliName()), se(expected), Tolerances.R_GLM, type + " on the expected information");
            if (type == StandardErrors.HC0) {
                // HC0 is B M B: its bread is the inverse information, which differs between the two
                double[] observed = se(Fitter.fit(probit, options, Information.OBSERVED));
                assertTrue(Math.abs(observed[2] - ref.numbers("hc0")[2]) > 1e-4 * ref.numbers("hc0")[2],
                        "the observed information's bread is another sandwich");
            }
        }
    }
}
