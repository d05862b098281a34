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
     * \(-B^{-1}g\) by Cholesky of the equilibrated matrix \(S = DBD\), \(D = \mathrm{diag}(B_{jj}^{-1/2})\)
     * (\(d = -D S^{-1} D g\)), or null when \(B\) is not (numerically) positive definite. The
     * equilibration makes the decision, and the direction, independent of the units of the parameters:
     * a pivot of \(S\) at most {@link #PIVOT_TOLERANCE} counts as non-positive.
     */
    static double[] solve(double[][] b, double[] g) {
        double[][] sym = Matrices.symmetrize(b);
        int p = sym.length;
        if (p == 0) {
            return null;
        }
        double[] scale = new double[p];
        for (int i = 0; i < p; i++) {
            if (!(sym[i][i] > 0) || !Double.isFinite(sym[i][i])) {
                return null;
            }
            scale[i] = 1 / Math.sqrt(sym[i][i]);
        }
        double[][] s = new double[p][p];
        double[] gs = new double[p];
        for (int i = 0; i < p; i++) {
            gs[i] = scale[i] * g[i];
            for (int j = 0; j < p; j++) {
                s[i][j] = scale[i] * sym[i][j] * scale[j];
            }
        }
        try {
            RealMatrix m = MatrixUtils.createRealMatrix(s);
            CholeskyDecomposition c = new CholeskyDecomposition(m, 1e-12, PIVOT_TOLERANCE);
            double[] d = c.getSolver().solve(MatrixUtils.createRealVector(gs)).toArray();
            for (int i = 0; i < d.length; i++) {
                d[i] = -scale[i] * d[i];
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
