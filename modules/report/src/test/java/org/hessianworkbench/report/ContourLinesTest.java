package org.hessianworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/** Marching squares against level sets known in closed form. */
class ContourLinesTest {

    /** A grid of {@code n} points a side over [lo, hi]^2 with z = f(x, y). */
    private static double[][][] grid(int n, double lo, double hi, DoubleBinaryOperator f) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * i / (n - 1);
        }
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                z[i][j] = f.applyAsDouble(x[i], x[j]);
            }
        }
        return new double[][][] {{x}, z};
    }

    @Test
    void theLevelSetOfALinearFunctionIsExactAndConnectsEdgeToEdge() {
        double[][][] g = grid(11, -1, 1, (x, y) -> 2 * x - y);
        double[] x = g[0][0];
        List<ContourLines.Segment> s = ContourLines.of(x, x, g[1], 0.3);
        assertTrue(s.size() >= 10, s.size() + " segments");
        double length = 0;
        for (ContourLines.Segment q : s) {
            // linear interpolation along an edge is exact for a linear function
            assertEquals(0.3, 2 * q.x1() - q.y1(), Tolerances.FEW_ROUNDINGS);
            assertEquals(0.3, 2 * q.x2() - q.y2(), Tolerances.FEW_ROUNDINGS);
            length += Math.hypot(q.x2() - q.x1(), q.y2() - q.y1());
        }
        // the line 2x - y = 0.3 crosses the square [-1, 1]^2 from y = -1 (x = -0.35) to y = 1 (x = 0.65)
        assertEquals(Math.hypot(1, 2), length, 1e-9);
    }

    /** Linear interpolation on a grid of step h puts a circle's points within about h^2 / (8 r) of it. */
    private static final double CIRCLE_INTERPOLATION = 0.01;

    @Test
    void aCircleIsTracedCloseToItAndWhole() {
        double[][][] g = grid(41, -2, 2, (x, y) -> x * x + y * y);
        double[] x = g[0][0];
        List<ContourLines.Segment> s = ContourLines.of(x, x, g[1], 1);
        double length = 0;
        for (ContourLines.Segment q : s) {
            assertEquals(1, Math.hypot(q.x1(), q.y1()), CIRCLE_INTERPOLATION);
            assertEquals(1, Math.hypot(q.x2(), q.y2()), CIRCLE_INTERPOLATION);
            length += Math.hypot(q.x2() - q.x1(), q.y2() - q.y1());
        }
        assertEquals(2 * Math.PI, length, 2 * Math.PI * CIRCLE_INTERPOLATION);
    }

    @Test
    void aSaddleIsResolvedByTheCentreAndCellsWithNaNAreSkipped() {
        // one cell, z = xy on [-1, 1]^2: corners 1, -1, 1, -1; the centre is 0
        double[] x = {-1, 1};
        double[][] z = {{1, -1}, {-1, 1}};
        // above the centre's 0: the lines cut off the two corners above the level, never crossing the centre
        List<ContourLines.Segment> s = ContourLines.of(x, x, z, 0.5);
        assertEquals(2, s.size());
        for (ContourLines.Segment q : s) {
            assertTrue(q.x1() * q.x2() >= 0 && q.y1() * q.y2() >= 0, q.toString());
        }
        z[0][0] = Double.NaN;
        assertTrue(ContourLines.of(x, x, z, 0.5).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ContourLines.of(new double[] {0, 1, 2}, x, new double[][] {{0, 1}}, 0));
    }
}
