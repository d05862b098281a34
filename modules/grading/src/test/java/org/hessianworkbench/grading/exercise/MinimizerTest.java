package org.hessianworkbench.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hessianworkbench.exercise.api.HessianSolution;
import org.hessianworkbench.exercise.api.ProductHessianSolution;
import org.junit.jupiter.api.Test;

/** The shrinking after jqwik: rows and columns dropped while the failure stays the same. */
class MinimizerTest {

    @Test
    void aUselessFirstColumnAndExtraRowsAreDropped() {
        Exercise e = Exercise.byName("logistic-hessian");
        HessianSolution sign = (x, y, b) -> {
            double[][] h = ((HessianSolution) Solutions.reference(e)).hessian(x, y, b);
            for (double[] row : h) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = -row[j];
                }
            }
            return h;
        };
        ExerciseCase c = new ExerciseCase(new double[][] {{0, 1}, {0, 2}}, null, new double[] {0, 1}, new double[] {0, 0});
        Throwable t = Minimizer.failureAt(e, sign, c);
        Minimizer.Failure m = Minimizer.minimise(e, sign, c, t);
        assertEquals(1, m.sample().n());
        assertEquals(1, m.sample().p1());
        assertTrue(m.failure() instanceof Trial.WrongValues);
    }

    @Test
    void aFailureOfAnotherKindIsNotASmallerCounterexample() {
        Exercise e = Exercise.byName("linear-product-hessian");
        ProductHessianSolution right = (ProductHessianSolution) Solutions.reference(e);
        // wrong with two columns per group, throws with unequal widths, right with one column each
        ProductHessianSolution picky = (x1, x2, y, b) -> {
            if (x1[0].length != x2[0].length) {
                throw new IllegalStateException("unequal widths");
            }
            double[][] h = right.hessian(x1, x2, y, b);
            if (x1[0].length == 2) {
                h[0][0] += 1;
            }
            return h;
        };
        ExerciseCase c = new ExerciseCase(new double[][] {{1, 1}, {1, 1}}, new double[][] {{1, 1}, {1, 1}},
                new double[] {0, 0}, new double[] {1, 1, 1, 1});
        Minimizer.Failure m = Minimizer.minimise(e, picky, c, Minimizer.failureAt(e, picky, c));
        assertEquals(1, m.sample().n());
        assertEquals(2, m.sample().p1());
        assertEquals(2, m.sample().p2());
        assertTrue(m.failure() instanceof Trial.WrongValues);
    }

    @Test
    void theBiasColumnOfACrossEntropyCaseStays() {
        ExerciseCase c = new ExerciseCase(new double[][] {{1, 0.5}}, new double[][] {{1, -1}}, new double[] {1},
                new double[] {0.5, 0.1, 0.5, -0.1});
        for (ExerciseCase k : Minimizer.candidates(c, true)) {
            assertEquals(1.0, k.x1()[0][0]);
            assertEquals(1.0, k.x2()[0][0]);
        }
        assertEquals(3, Minimizer.candidates(c, true).size());
    }
}
