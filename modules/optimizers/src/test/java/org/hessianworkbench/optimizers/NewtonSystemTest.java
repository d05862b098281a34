package org.hessianworkbench.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * The Newton system: whether a matrix is positive definite does not depend on the scale of the
 * parameters (columns of sizes 1e-3 and 1e4 make diagonal entries 1e14 apart and more), so Newton's
 * step is not shifted towards steepest descent on a well-posed, badly scaled problem.
 */
class NewtonSystemTest {

    @Test
    void aPositiveDefiniteMatrixWithDiagonalEntries1e20ApartIsSolvedUnshifted() {
        double[][] b = {{1e10, 0.3}, {0.3, 1e-10}};
        double[] g = {1, 1};
        NewtonSystem.Direction d = NewtonSystem.solveModified(b, g);
        assertFalse(d.modified(), "positive definite: the equilibrated matrix is [[1, 0.3], [0.3, 1]]");
        // the closed form -B^-1 g of a 2 x 2 matrix, det = 1 - 0.09
        double det = 1e10 * 1e-10 - 0.09;
        double[] expected = {-(1e-10 - 0.3) / det, -(1e10 - 0.3) / det};
        assertEquals(expected[0], d.direction()[0], Tolerances.REORDERED * Math.abs(expected[0]));
        assertEquals(expected[1], d.direction()[1], Tolerances.REORDERED * Math.abs(expected[1]));
    }

    @Test
    void indefiniteAndNonPositiveDiagonalsAreNotPositiveDefinite() {
        assertNull(NewtonSystem.solve(new double[][] {{1, 2}, {2, 1}}, new double[] {1, 0}));
        assertNull(NewtonSystem.solve(new double[][] {{0, 0}, {0, 1}}, new double[] {1, 0}));
        assertNull(NewtonSystem.solve(new double[][] {{1e10, 1e5}, {1e5, 1}}, new double[] {1, 0}), "singular, scaled");
        assertTrue(NewtonSystem.solveModified(new double[][] {{1, 2}, {2, 1}}, new double[] {1, 0}).modified());
    }
}
