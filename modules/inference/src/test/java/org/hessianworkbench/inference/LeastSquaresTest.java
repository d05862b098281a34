package org.hessianworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/** Least squares without an n x n matrix, and R's pivoting on a small aliased design. */
class LeastSquaresTest {

    @Test
    void twentyThousandRowsFitWithoutAnNByNMatrix() {
        // before: QRDecomposition.getQT() formed a 20,000 x 20,000 matrix (3.2 GB > the tests' 2 GB heap)
        int n = 20_000;
        double[][] x = new double[n][4];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1;
            x[i][1] = Math.sin(0.37 * i);
            x[i][2] = Math.cos(1.3 * i) * 1e3;
            x[i][3] = (i % 7) * 1e-3;
            y[i] = 2 + 3 * x[i][1] - 1e-3 * x[i][2] + 50 * x[i][3] + 0.1 * Math.sin(12.9898 * i);
        }
        LeastSquares.Fit fit = LeastSquares.fit(DesignBlock.of("", List.of("a", "b", "c", "d"), x), y);
        assertEquals(4, fit.rank());
        assertEquals(n - 4, fit.df());
        // the residual is orthogonal to every column (normal equations), relative to |x_j| |r|
        double[] b = fit.estimate();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = y[i] - (x[i][0] * b[0] + x[i][1] * b[1] + x[i][2] * b[2] + x[i][3] * b[3]);
        }
        double rr = 0;
        for (double v : r) {
            rr += v * v;
        }
        assertEquals(fit.sse(), rr, Tolerances.REORDERED * rr);
        for (int j = 0; j < 4; j++) {
            double dot = 0;
            double xx = 0;
            for (int i = 0; i < n; i++) {
                dot += x[i][j] * r[i];
                xx += x[i][j] * x[i][j];
            }
            assertTrue(Math.abs(dot) <= 1e-10 * Math.sqrt(xx * rr), "column " + j + ": x'r = " + dot);
        }
    }

    @Test
    void aColumnRepeatingAnEarlierOneIsMovedToTheEndAndTheLaterColumnsKept() {
        // columns: 1, t, 2t (aliased), t^2: dqrdc2 keeps 1, t, t^2 in order and moves 2t to the end
        double[][] x = new double[8][4];
        double[] y = new double[8];
        for (int i = 0; i < 8; i++) {
            double t = i;
            x[i] = new double[] {1, t, 2 * t, t * t};
            y[i] = 1 + 0.5 * t - 0.25 * t * t + (i % 2 == 0 ? 0.1 : -0.1);
        }
        PivotedQr qr = PivotedQr.of(DesignBlock.of("", List.of("1", "t", "2t", "t2"), x));
        assertEquals(3, qr.rank());
        assertEquals(List.of(0, 1, 3, 2), java.util.Arrays.stream(qr.pivot()).boxed().toList());
        LeastSquares.Fit fit = LeastSquares.fit(qr, y);
        assertTrue(Double.isNaN(fit.estimate()[2]));
        assertEquals(-0.25, fit.estimate()[3], 1e-12);
        assertEquals(List.of("2t"), LeastSquares.aliasedNames(List.of("1", "t", "2t", "t2"), fit.aliased()));
    }
}
