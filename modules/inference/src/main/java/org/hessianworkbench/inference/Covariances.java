package org.hessianworkbench.inference;

import java.util.Locale;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.derivatives.Matrices;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;

/**
 * The covariance of an estimate from the Hessian of its loss: \(\Sigma = s\,H^{-1}\), with \(s = 1\)
 * for a negative log-likelihood and \(s = \hat\sigma^2\) for half a sum of squares. The inverse is
 * formed from the Cholesky factor, and only when the Hessian is positive definite.
 */
public final class Covariances {

    private Covariances() {
    }

    /**
     * \(s\,H^{-1}\) through Cholesky, or the diagnosis when \(H\) is not positive definite.
     *
     * @param hessian the Hessian at the estimate; not modified
     * @param scale   the factor \(s\) (1 for likelihoods)
     * @return the covariance or why there is none
     */
    public static CovarianceResult fromHessian(double[][] hessian, double scale) {
        HessianDiagnostics d = HessianDiagnostics.of(hessian);
        if (!d.positiveDefinite()) {
            return new CovarianceResult.Unavailable(d, explain(d));
        }
        double[][] sym = Matrices.symmetrize(hessian);
        try {
            double[][] inv = new CholeskyDecomposition(MatrixUtils.createRealMatrix(sym), 1e-12, 0)
                    .getSolver().getInverse().getData();
            for (double[] row : inv) {
                for (int j = 0; j < row.length; j++) {
                    row[j] *= scale;
                }
            }
            return new CovarianceResult.Available(Matrices.symmetrize(inv), d);
        } catch (MathIllegalArgumentException e) {
            return new CovarianceResult.Unavailable(d, "the Cholesky factorisation failed although every eigenvalue "
                    + "is positive: the Hessian is too badly conditioned to invert (condition number "
                    + String.format(Locale.ROOT, "%.3g", d.conditionNumber()) + ")");
        }
    }

    /** A ratio for a message: two significant digits; "0" for 0 (and for the 0/0 of an all-zero matrix). */
    private static String relative(double r) {
        return r > 0 ? String.format(Locale.ROOT, "%.2g", r) : "0";
    }

    /**
     * One or two sentences saying why the Hessian cannot be inverted. A singular Hessian is described by
     * the measure its diagnosis used (the equilibrated eigenvalues, {@link HessianDiagnostics}), not by
     * its raw smallest eigenvalue, which for a badly scaled Hessian is rounding noise.
     */
    public static String explain(HessianDiagnostics d) {
        return switch (d.definiteness()) {
            case POSITIVE_DEFINITE -> "the Hessian is positive definite";
            case NOT_FINITE -> "the Hessian has non-finite entries: the point is not a usable estimate";
            case INDEFINITE -> String.format(Locale.ROOT,
                    "the Hessian is indefinite (smallest eigenvalue %.6g): the point is not a minimum, "
                            + "so the inverse Hessian is not a covariance", d.minEigenvalue());
            case SINGULAR -> String.format(Locale.ROOT,
                    "the Hessian is singular: %d null direction(s) (with the parameters scaled to unit diagonal, its "
                            + "smallest eigenvalue is %s of the largest, at most %s); the loss is flat along them, so "
                            + "the parameters are not identifiable and the inverse does not exist", d.nullDirectionCount(),
                    relative(1 / d.scaledConditionNumber()), relative(HessianDiagnostics.NULL_THRESHOLD));
        };
    }
}
