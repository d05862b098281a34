package org.hessianworkbench.grading.exercise;

import org.hessianworkbench.derivatives.ObservationLoss;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/** The references of the kinds beyond a gradient or Hessian, from the AD derivatives. Stateless. */
final class References {

    /**
     * Largest condition number of a Hessian a Newton-step case is judged on. The step solves
     * \(Hs = g\), whose rounding error is about the condition number times the unit roundoff
     * (1.1e-16): below 1e6 that is under 1e-10 relative, well inside {@link Comparison#REL_TOL}
     * (1e-8), for the reference and for a student's elimination alike.
     */
    static final double MAX_CONDITION = 1e6;

    private References() {
    }

    /** \(H^{-1}g\) by an LU decomposition with partial pivoting. */
    static double[] newtonStep(double[][] h, double[] g) {
        RealMatrix m = MatrixUtils.createRealMatrix(h);
        return new LUDecomposition(m, 0).getSolver().solve(MatrixUtils.createRealVector(g)).toArray();
    }

    /** Whether the symmetric matrix has a condition number (in absolute eigenvalues) of at most {@link #MAX_CONDITION}. */
    static boolean wellConditioned(double[][] h) {
        for (double[] row : h) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        double[] ev = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(h)).getEigenvalues();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double v : ev) {
            lo = Math.min(lo, Math.abs(v));
            hi = Math.max(hi, Math.abs(v));
        }
        return hi > 0 && lo * MAX_CONDITION >= hi;
    }

    /** \(\sum_i r'(\eta_i; y_i)^2 x_i x_i^\top\), with \(r'\) by automatic differentiation of the residual. */
    static double[][] gaussNewton(ObservationLoss residual, ExerciseCase c) {
        double[][] x = c.x1();
        double[] y = c.y();
        double[] beta = c.beta();
        int p = beta.length;
        double[][] g = new double[p][p];
        DSFactory factory = new DSFactory(1, 1);
        for (int i = 0; i < x.length; i++) {
            double eta = 0;
            for (int j = 0; j < p; j++) {
                eta += x[i][j] * beta[j];
            }
            DerivativeStructure[] e = {factory.variable(0, eta)};
            double d = residual.value(e, y[i]).getPartialDerivative(1);
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    g[j][k] += d * d * x[i][j] * x[i][k];
                }
            }
        }
        return g;
    }
}
