package org.hessianworkbench.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The hint classifier on hand-made answers, and the comparison's tolerance. */
class HintTest {

    /** One row, two columns per group, y = 0, beta = (1, 0, 0, 1): a residual of 1 and asymmetric cross blocks. */
    private static final ExerciseCase PRODUCT = new ExerciseCase(new double[][] {{1, 2}}, new double[][] {{0, 1}},
            new double[] {0}, new double[] {1, 0, 0, 1});

    private static final ExerciseCase SINGLE = new ExerciseCase(new double[][] {{1, 2}}, null, new double[] {1},
            new double[] {0.5, -1});

    private static double[][] times(double[][] m, double s) {
        double[][] r = new double[m.length][m[0].length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                r[i][j] = s * m[i][j];
            }
        }
        return r;
    }

    @Test
    void signAndFactorTwo() {
        Exercise e = Exercise.byName("logistic-hessian");
        double[][] h = e.reference(SINGLE);
        assertEquals(Hint.SIGN, Hint.classify(e, SINGLE, h, times(h, -1)));
        assertEquals(Hint.FACTOR_2, Hint.classify(e, SINGLE, h, times(h, 2)));
        assertEquals(Hint.FACTOR_2, Hint.classify(e, SINGLE, h, times(h, 0.5)));
        assertNull(Hint.classify(e, SINGLE, h, times(h, 3)));
        assertNull(Hint.classify(e, SINGLE, h, h), "a right answer needs no hint");
        double[][] g = Exercise.byName("logistic-gradient").reference(SINGLE);
        assertEquals(Hint.SIGN, Hint.classify(Exercise.byName("logistic-gradient"), SINGLE, g, times(g, -1)));
    }

    @Test
    void theGaussNewtonHessianOfAProductModelMissesTheResidualTerm() {
        for (Exercise e : List.of(Exercise.byName("linear-product-hessian"), Exercise.byName("linear-product-ce-hessian"))) {
            ExerciseCase c = e == Exercise.byName("linear-product-hessian") ? PRODUCT : new ExerciseCase(new double[][] {{1, 0.5}},
                    new double[][] {{1, -1}}, new double[] {1}, new double[] {0.5, 0.1, 0.5, -0.1});
            double[][] h = e.reference(c);
            double[][] gn = e.gaussNewton(c);
            assertEquals(Hint.MISSING_RESIDUAL_TERM, Hint.classify(e, c, h, gn), e.cliName());
        }
    }

    @Test
    void aTransposedCrossBlockIsRecognisedInEitherOrBothPlaces() {
        Exercise e = Exercise.byName("linear-product-hessian");
        double[][] h = e.reference(PRODUCT);
        assertTrue(h[0][3] != h[1][2], "the case must have an asymmetric cross block");
        assertEquals(Hint.TRANSPOSED_BLOCK, Hint.classify(e, PRODUCT, h, Hint.transposeCrossBlocks(h, 2, true, true)));
        assertEquals(Hint.TRANSPOSED_BLOCK, Hint.classify(e, PRODUCT, h, Hint.transposeCrossBlocks(h, 2, true, false)));
        assertEquals(Hint.TRANSPOSED_BLOCK, Hint.classify(e, PRODUCT, h, Hint.transposeCrossBlocks(h, 2, false, true)));
        double[][] t = Hint.transposeCrossBlocks(h, 2, true, false);
        assertArrayEquals(new double[] {h[0][0], h[0][1], h[0][2], h[1][2]}, t[0]);
    }

    @Test
    void theComparisonAllowsRoundingOnly() {
        double[][] e = {{1, 0.5}, {0.5, 2}};
        assertTrue(Comparison.of(e, new double[][] {{1 + 1e-12, 0.5}, {0.5, 2 - 1e-12}}).agree());
        Comparison c = Comparison.of(e, new double[][] {{1, 0.5 + 1e-6}, {0.5, 2}});
        assertEquals(1, c.differing().size());
        assertArrayEquals(new int[] {0, 1}, c.differing().get(0));
        assertTrue(Comparison.of(new double[][] {{0}}, new double[][] {{1e-16}}).agree(), "an all-zero reference");
        assertEquals(1, Comparison.of(new double[][] {{0}}, new double[][] {{1e-9}}).differing().size());
    }

    @Test
    void hintAndVerdictNamesRoundTrip() {
        for (Hint h : Hint.values()) {
            assertEquals(h, Hint.byName(h.cliName()));
        }
        for (Verdict v : Verdict.values()) {
            assertEquals(v, Verdict.byName(v.cliName()));
        }
        assertEquals("missing-residual-term", Hint.MISSING_RESIDUAL_TERM.cliName());
        assertEquals("compile-error", Verdict.COMPILE_ERROR.cliName());
    }
}
