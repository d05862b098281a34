package org.hessianworkbench.optimizers;

import org.hessianworkbench.derivatives.Matrices;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/** Solving \(B d = -g\) for a search direction, by Cholesky; never an explicit inverse. */
final class NewtonSystem {

    /** Relative size of the smallest eigenvalue after a shift: \(\delta\) in \(\tau = \delta\max(1,\max|\lambda|) - \lambda_{\min}\). */
    static final double SHIFT_DELTA = 1e-8;

    /** Pivots of the equilibrated matrix (unit diagonal) at most this count as non-positive in Cholesky. */
    static final double PIVOT_TOLERANCE = 1e-14;

    /**
     * A search direction.
     *
     * @param direction the direction
     * @param modified  whether the matrix had to be shifted to be positive definite
     */
    record Direction(double[] direction, boolean modified) {
    }

    private NewtonSystem() {
    }

    /**
     * \(-B^{-1}g\) by Cholesky, or null when \(B\) is not (numerically) positive definite. The
     * matrix is first equilibrated, \(\tilde B = D^{-1/2}BD^{-1/2}\) with \(D = \operatorname{diag}(B)\),
     * so that whether it is positive definite does not depend on the scale of the parameters (a
     * design with columns of sizes 1e-3 and 1e4 gives diagonal entries 1e14 apart, which an absolute
     * pivot tolerance would take for a singular matrix); a diagonal entry that is not positive means
     * \(B\) is not positive definite.
     */
    static double[] solve(double[][] b, double[] g) {
        double[][] sym = Matrices.symmetrize(b);
        int p = sym.length;
        double[] s = new double[p];
        for (int i = 0; i < p; i++) {
            if (!(sym[i][i] > 0) || !Double.isFinite(sym[i][i])) {
                return null;
            }
            s[i] = 1 / Math.sqrt(sym[i][i]);
        }
        double[][] scaled = new double[p][p];
        double[] sg = new double[p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                scaled[i][j] = s[i] * sym[i][j] * s[j];
            }
            scaled[i][i] = 1;
            sg[i] = s[i] * g[i];
        }
        try {
            RealMatrix m = MatrixUtils.createRealMatrix(scaled);
            CholeskyDecomposition c = new CholeskyDecomposition(m, 1e-12, PIVOT_TOLERANCE);
            double[] d = c.getSolver().solve(MatrixUtils.createRealVector(sg)).toArray();
            for (int i = 0; i < d.length; i++) {
                d[i] = -s[i] * d[i];
            }
            return Matrices.allFinite(d) ? d : null;
        } catch (MathIllegalArgumentException notPositiveDefinite) {
            return null;
        }
    }

    /** \(-B^{-1}g\), shifting \(B\) by \(\tau I\) first when it is not positive definite. */
    static Direction solveModified(double[][] b, double[] g) {
        double[] d = solve(b, g);
        if (d != null) {
            return new Direction(d, false);
        }
        double[][] sym = Matrices.symmetrize(b);
        double[] lambda = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(sym)).getEigenvalues();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double l : lambda) {
            lo = Math.min(lo, l);
            hi = Math.max(hi, Math.abs(l));
        }
        double delta = SHIFT_DELTA * Math.max(1, hi);
        double tau = Math.max(delta - lo, delta);
        for (int attempt = 0; attempt < 60; attempt++, tau *= 10) {
            double[][] shifted = Matrices.copy(sym);
            for (int i = 0; i < shifted.length; i++) {
                shifted[i][i] += tau;
            }
            d = solve(shifted, g);
            if (d != null) {
                return new Direction(d, true);
            }
        }
        double[] steepest = g.clone();
        for (int i = 0; i < steepest.length; i++) {
            steepest[i] = -steepest[i];
        }
        return new Direction(steepest, true);
    }
}
