package org.hessianworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.hessianworkbench.testkit.Tolerances;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/**
 * The restricted covariance Z (Z'HZ)^-1 Z' against the closed form for a positive-definite H
 * (Aitchison and Silvey 1958): H^-1 - H^-1 A' (A H^-1 A')^-1 A H^-1, computed here by LU inverses.
 */
class ConstrainedCovarianceTest {

    @Test
    void agreesWithTheClosedFormForAPositiveDefiniteHessian() {
        Random r = new Random(11);
        int p = 5;
        double[][] b = new double[p][p];
        for (double[] row : b) {
            for (int j = 0; j < p; j++) {
                row[j] = r.nextGaussian();
            }
        }
        RealMatrix m = MatrixUtils.createRealMatrix(b);
        RealMatrix h = m.multiplyTransposed(m).add(MatrixUtils.createRealIdentityMatrix(p));
        double[][] a = {{1, 0.5, 0, -1, 2}, {0, 1, 1, 0, 0.25}};
        RealMatrix am = MatrixUtils.createRealMatrix(a);
        RealMatrix hi = new LUDecomposition(h).getSolver().getInverse();
        RealMatrix middle = new LUDecomposition(am.multiply(hi).multiplyTransposed(am)).getSolver().getInverse();
        RealMatrix expected = hi.subtract(hi.multiplyTransposed(am).multiply(middle).multiply(am).multiply(hi))
                .scalarMultiply(2.5);

        CovarianceResult c = ConstrainedCovariance.of(h.getData(), a, 2.5);
        assertTrue(c.available());
        double[][] got = ((CovarianceResult.Available) c).covariance();
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                assertEquals(expected.getEntry(i, j), got[i][j], Tolerances.TWO_FACTORISATIONS, i + "," + j);
            }
        }
        // no variance along the constraints: A Sigma = 0
        RealMatrix as = am.multiply(MatrixUtils.createRealMatrix(got));
        assertEquals(0, as.getNorm1(), Tolerances.TWO_FACTORISATIONS);
    }

    @Test
    void aConstraintAcrossTheNullDirectionRestoresACovariance() {
        // H singular along (1, -1): the loss is flat when b1 - b2 changes; fixing b2 = 1 restores it
        double[][] h = {{1, 1}, {1, 1}};
        assertFalse(Covariances.fromHessian(h, 1).available());
        CovarianceResult c = ConstrainedCovariance.of(h, new double[][] {{0, 1}}, 1);
        assertTrue(c.available());
        double[][] s = ((CovarianceResult.Available) c).covariance();
        assertEquals(1, s[0][0], 1e-15); // 1 / H_11 once b2 is fixed
        assertEquals(0, s[1][1], 1e-15);
        // a constraint along the null direction itself does not help
        assertFalse(ConstrainedCovariance.of(h, new double[][] {{1, 1}}, 1).available());
    }
}
