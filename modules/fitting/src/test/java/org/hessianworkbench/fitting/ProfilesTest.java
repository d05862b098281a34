package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.derivatives.diagnosis.DiagnosisCode;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.junit.jupiter.api.Test;

/**
 * Profile-likelihood intervals against R: MASS's published UCLA intervals (a spline through the
 * profile), MASS on a finer profile, and the exact roots found by R's uniroot on glm refits with an
 * offset (the reference set {@code profile-r}, with its script {@code profile.R}).
 */
class ProfilesTest {

    /**
     * Against UCLA's published MASS intervals (10 digits printed): MASS interpolates a spline through
     * a profile computed every zmax/5 (about 0.5 in r), so it carries 4–5 digits; the largest relative
     * difference measured is 1.4e-4 (the upper end of rank4... see the report), so 3e-4.
     */
    private static final double MASS_SPLINE = 3e-4;

    /**
     * Against MASS on a profile 40 times finer (del = zmax/200): its spline error shrinks to 6.5e-8
     * relative (measured, gre's lower end again), so 2e-7.
     */
    private static final double MASS_FINE_SPLINE = 2e-7;

    /**
     * Against R's exact roots (uniroot to 1e-13 SE on refits converged to epsilon 1e-14): both are
     * roots of the same function to {@link Profiles#ROOT_TOLERANCE} SE, so 1e-7 relative to the SE.
     */
    private static final double SAME_ROOTS_IN_SE = 1e-7;

    private static final ReferenceSet R = ReferenceSet.loadResource("org/hessianworkbench/fitting/profile/profile-r.txt");

    /** UCLA's published profile intervals (data/README.md): lower ends then upper ends. */
    private static final double[] PUBLISHED = {-6.2716202334, 0.0001375921, 0.1602959439, -1.3008888002, -2.0276713127,
        -2.4000265384, -1.792547080, 0.004435874, 1.464142727, -0.056745722, -0.670372346, -0.753542605};

    static RegressionModel model(String file, Family family, String formula) {
        return ModelRequest.regression(TestData.file(file), family, formula, false).loadRegression();
    }

    static double[] ends(FitReport r) {
        List<ProfileIntervals.Profile> p = r.profile().profiles();
        double[] e = new double[2 * p.size()];
        for (int j = 0; j < p.size(); j++) {
            e[j] = p.get(j).lower();
            e[p.size() + j] = p.get(j).upper();
        }
        return e;
    }

    /** The largest of \(|a_k - b_k|/|b_k|\). */
    static double maxRelative(double[] a, double[] b) {
        double m = 0;
        for (int k = 0; k < a.length; k++) {
            m = Math.max(m, Math.abs(a[k] - b[k]) / Math.abs(b[k]));
        }
        return m;
    }

    private static void assertInSe(double[] expected, FitReport r, double tolerance) {
        double[] e = ends(r);
        int p = r.coefficients().size();
        for (int k = 0; k < e.length; k++) {
            double se = r.coefficients().get(k % p).stdError();
            assertEquals(expected[k], e[k], tolerance * se, "end " + k + " " + r.diagnoses());
        }
    }

    private static final FitReport UCLA = Workbench.fit(model("ucla_binary.csv", Family.LOGISTIC,
            "admit ~ gre + gpa + C(rank)"), FitOptions.defaults(), IntervalKind.BOTH);

    @Test
    void uclaProfileIntervalsAreRsExactRootsAndMassToItsSplinesDigits() {
        assertInSe(R.numbers("ucla-exact"), UCLA, SAME_ROOTS_IN_SE);
        assertTrue(maxRelative(ends(UCLA), PUBLISHED) < MASS_SPLINE, () -> "published: " + maxRelative(ends(UCLA), PUBLISHED));
        assertTrue(maxRelative(ends(UCLA), R.numbers("ucla-fine")) < MASS_FINE_SPLINE,
                () -> "fine: " + maxRelative(ends(UCLA), R.numbers("ucla-fine")));
        assertEquals(IntervalKind.BOTH, UCLA.profile().kind());
        assertTrue(UCLA.diagnoses().isEmpty(), UCLA.diagnoses()::toString);
    }

    @Test
    void poissonProfileIntervalsAreRsExactRoots() {
        FitReport r = Workbench.fit(model("poisson_income.csv", Family.POISSON, "y ~ INCOME + AGE"),
                FitOptions.defaults(), IntervalKind.PROFILE);
        assertInSe(R.numbers("poisson-exact"), r, SAME_ROOTS_IN_SE);
    }

    @Test
    void quasiPoissonProfilesAreScaledByPearsonsDispersionAgainstTheTQuantile() {
        FitReport r = Workbench.fit(model("overdispersed_counts.csv", Family.POISSON, "count ~ x + dose"),
                FitOptions.defaults().withDispersion(DispersionMethod.PEARSON), IntervalKind.PROFILE);
        assertEquals("t", r.statistic());
        assertInSe(R.numbers("quasi-exact"), r, SAME_ROOTS_IN_SE);
    }

    @Test
    void linearProfileIntervalsAreTheTIntervalsOfConfintLm() {
        FitReport r = Workbench.fit(model("ucla_binary.csv", Family.LINEAR, "gpa ~ gre + C(rank)"),
                FitOptions.defaults(), IntervalKind.BOTH);
        assertInSe(R.numbers("linear-t"), r, SAME_ROOTS_IN_SE);
        for (int j = 0; j < r.coefficients().size(); j++) {
            assertEquals(r.coefficients().get(j).ciLow(), r.profile().profiles().get(j).lower(),
                    SAME_ROOTS_IN_SE * r.coefficients().get(j).stdError());
        }
    }

    @Test
    void firthsPenalisedProfileOnSeparatedDataIsBoundedAndIsRsExactRoots() {
        FitReport r = Workbench.fit(model("separated.csv", Family.LOGISTIC, "y ~ x"),
                FitOptions.defaults().withFirth(true), IntervalKind.PROFILE);
        assertInSe(R.numbers("firth-exact"), r, SAME_ROOTS_IN_SE);
        assertTrue(r.diagnoses().stream().noneMatch(d -> d.code() == DiagnosisCode.UNBOUNDED_INTERVAL));
    }

    @Test
    void separatedDataWithoutFirthHaveNoEndsAndTheSlopeIsUnboundedAbove() {
        FitReport r = Workbench.fit(model("separated.csv", Family.LOGISTIC, "y ~ x"), FitOptions.defaults(),
                IntervalKind.PROFILE);
        for (ProfileIntervals.Profile p : r.profile().profiles()) {
            assertTrue(Double.isNaN(p.lower()) && Double.isNaN(p.upper()), p::toString);
        }
        List<Diagnosis> unbounded = r.diagnoses().stream().filter(d -> d.code() == DiagnosisCode.UNBOUNDED_INTERVAL).toList();
        assertFalse(unbounded.isEmpty());
        Diagnosis x = unbounded.stream().filter(d -> d.coefficients().equals(List.of("x"))).findFirst().orElseThrow();
        assertTrue(x.message().contains("unbounded above"), x.message());
        assertTrue(Diagnosis.anyFails(r.diagnoses()), "the estimate does not exist: the fit fails its verdict");
    }

    @Test
    void waldOnlyAddsNothingAndALossThatIsNotALikelihoodIsRefused() {
        RegressionModel m = model("ucla_binary.csv", Family.LOGISTIC, "admit ~ gre");
        assertNull(Workbench.fit(m, FitOptions.defaults(), IntervalKind.WALD).profile());
        RegressionModel custom = Workbench.customModel(Workbench.read(TestData.file("huber_outliers.csv")),
                "(y - eta)^2", "y ~ x");
        BadInputException e = assertThrows(BadInputException.class,
                () -> Workbench.fit(custom, FitOptions.defaults(), IntervalKind.PROFILE));
        assertEquals(FittingMessages.PROFILE_NEEDS_LIKELIHOOD, e.key());
    }
}
