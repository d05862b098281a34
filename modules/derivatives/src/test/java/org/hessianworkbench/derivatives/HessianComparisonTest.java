package org.hessianworkbench.derivatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * The three measures of a comparison, each against a hand computation; "agree" from the equilibrated
 * difference alone, the error estimate's coverage apart.
 */
class HessianComparisonTest {

    /** A curvature of 1e6 beside one of 1e-4 (a column of thousands beside one of hundredths). */
    private static final double[][] B = {{1e6, 5}, {5, 1e-4}};

    /** B with its small diagonal entry doubled: invisible normwise, a factor 2 of that parameter's curvature. */
    private static final double[][] A = {{1e6, 5}, {5, 2e-4}};

    @Test
    void theEquilibratedDifferenceSeesWhatTheNormwiseOneCannot() {
        HessianComparison c = HessianComparison.of("a", A, "b", B, 1e-3);
        assertEquals(1e-4, c.maxAbsDiff(), 1e-20);
        assertEquals(1e-10, c.maxRelDiff(), 1e-24);
        // |A - B|_22 / sqrt(B_22 B_22) = 1e-4 / 1e-4
        assertEquals(1, c.maxScaledDiff(), Tolerances.FEW_ROUNDINGS);
        assertFalse(c.agree(), "normwise 1e-10 would have said agree");
    }

    @Test
    void theStandardErrorsTheTwoHessiansImplyAreCompared() {
        // det B = 100 - 25 = 75, det A = 200 - 25 = 175: SE_2 = sqrt(B_11 / det) goes from sqrt(1e6/75) to
        // sqrt(1e6/175), SE_1 = sqrt(B_22 / det) from sqrt(1e-4/75) to sqrt(2e-4/175)
        HessianComparison c = HessianComparison.of("a", A, "b", B, 1e-3);
        assertNull(c.seUnavailable());
        assertEquals(1 - Math.sqrt(75.0 / 175.0), c.maxSeRelDiff(), Tolerances.FEW_ROUNDINGS);
    }

    @Test
    void standardErrorsAreNotInventedForAHessianThatIsNotPositiveDefinite() {
        double[][] indefinite = {{1, 2}, {2, 1}};
        HessianComparison ref = HessianComparison.of("fd", B, "ad", indefinite, 1);
        assertTrue(Double.isNaN(ref.maxSeRelDiff()));
        assertEquals("ad's Hessian is not positive definite", ref.seUnavailable());
        HessianComparison engine = HessianComparison.of("fd-nested", indefinite, "ad", B, 1);
        assertTrue(Double.isNaN(engine.maxSeRelDiff()));
        assertEquals("fd-nested's Hessian is not positive definite", engine.seUnavailable());
    }

    @Test
    void agreementNeverComesFromTheErrorEstimate() {
        HessianEstimate reference = new HessianEstimate(HessianMethod.AD, B, null, 0, 1);
        // fd-central's tolerance is 1e-6; an error estimate that covers a difference of 1 relative to the curvature
        HessianEstimate generous = new HessianEstimate(HessianMethod.FD_CENTRAL, A, new double[][] {{1, 1}, {1, 1}}, 0, 4);
        HessianComparison c = HessianComparison.of(generous, reference);
        assertFalse(c.agree());
        assertEquals(Boolean.TRUE, c.errorEstimateCovers());
        // and an estimate that is too small does not spoil an agreement
        double[][] close = {{1e6 + 1e-3, 5}, {5, 1e-4}};
        HessianEstimate modest = new HessianEstimate(HessianMethod.FD_CENTRAL, close, new double[][] {{1e-9, 0}, {0, 0}}, 0, 4);
        HessianComparison d = HessianComparison.of(modest, reference);
        assertEquals((close[0][0] - 1e6) / 1e6, d.maxScaledDiff(), 1e-9 * Tolerances.FEW_ROUNDINGS);
        assertTrue(d.agree());
        assertEquals(Boolean.FALSE, d.errorEstimateCovers());
        assertNull(HessianComparison.of(new HessianEstimate(HessianMethod.ANALYTIC, close, null, 0, 1), reference)
                .errorEstimateCovers(), "an engine without an estimate");
    }

    @Test
    void rescalingParametersChangesNeitherTheScaledDifferenceNorTheStandardErrorsRelativeDifference() {
        // A -> D A D and B -> D B D with D = diag(1e-3, 1e4): units of the parameters changed
        double[] d = {1e-3, 1e4};
        double[][] a2 = new double[2][2];
        double[][] b2 = new double[2][2];
        for (int j = 0; j < 2; j++) {
            for (int k = 0; k < 2; k++) {
                a2[j][k] = d[j] * A[j][k] * d[k];
                b2[j][k] = d[j] * B[j][k] * d[k];
            }
        }
        HessianComparison before = HessianComparison.of("a", A, "b", B, 1e-3);
        HessianComparison after = HessianComparison.of("a", a2, "b", b2, 1e-3);
        assertEquals(before.maxScaledDiff(), after.maxScaledDiff(), Tolerances.FEW_ROUNDINGS);
        assertEquals(before.maxSeRelDiff(), after.maxSeRelDiff(), Tolerances.REORDERED);
        assertTrue(Math.abs(before.maxRelDiff() - after.maxRelDiff()) > 1e-3, "the normwise measure changes with the units");
    }

    @Test
    void aZeroDiagonalBesideANonZeroRowKeepsRoundingFinite() {
        // a product model's Hessian where another group's predictor vanishes: no curvature along e_1,
        // coupling to e_2; d_1 is raised to B_12^2 / B_22 = 4
        double[][] b = {{0, 2}, {2, 1}};
        double two = 2 + 0x1p-50;
        double[][] a = {{0, two}, {two, 1}};
        assertEquals(0x1p-50 / 2, HessianComparison.maxScaledDiff(a, b), Tolerances.EXACT);
        // a positive semidefinite reference is left as the issue defines it
        assertEquals(1, HessianComparison.maxScaledDiff(A, B), Tolerances.FEW_ROUNDINGS);
        // a difference where the reference's whole row is zero: the reference sees no curvature at all
        double[][] zero = {{0, 0}, {0, 1}};
        assertEquals(Double.POSITIVE_INFINITY, HessianComparison.maxScaledDiff(new double[][] {{1e-30, 0}, {0, 1}}, zero));
        assertEquals(0, HessianComparison.maxScaledDiff(zero, zero));
        assertTrue(Double.isNaN(HessianComparison.maxScaledDiff(new double[][] {{Double.NaN, 0}, {0, 1}}, zero)));
    }

    @Test
    void aGradientComparisonHasNoScaledDifference() {
        HessianComparison g = HessianComparison.ofVectors("analytic", new double[] {1, 2}, "ad", new double[] {1, 2.01}, 0.01);
        assertTrue(g.agree());
        assertTrue(Double.isNaN(g.maxScaledDiff()));
        assertNull(g.errorEstimateCovers());
    }

    @Test
    void theEntrywiseScaledDifferenceLocatesTheLargestOne() {
        // B = diag(4, 1e-6) with a small off-diagonal; A differs by 1e-7 in the (2,2) entry only, which the
        // normwise difference (1e-7 / 4) hides and the scaled one (1e-7 / 1e-6 = 0.1) shows where it lives
        double[][] b = {{4, 1e-4}, {1e-4, 1e-6}};
        double[][] a = {{4, 1e-4}, {1e-4, 1.1e-6}};
        double[][] s = HessianComparison.scaledDiff(a, b);
        assertEquals(0, s[0][0]);
        assertEquals(0, s[0][1]);
        assertEquals(0.1, s[1][1], 1e-9);
        assertEquals(HessianComparison.maxScaledDiff(a, b), Math.max(Math.max(s[0][0], s[0][1]), Math.max(s[1][0], s[1][1])),
                Tolerances.EXACT);
        assertTrue(Double.isNaN(HessianComparison.scaledDiff(new double[][] {{Double.NaN, 0}, {0, 1}}, b)[0][0]));
    }
}
