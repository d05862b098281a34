package org.hessianworkbench.derivatives;

import org.hipparchus.CalculusFieldElement;

/**
 * The loss of one observation as a function of its \(K\) linear predictors,
 * \(\ell(\eta_1,\dots,\eta_K; y)\).
 *
 * <p>{@link #value(CalculusFieldElement[], double)} is the loss's one definition: evaluated on
 * {@link org.hipparchus.analysis.differentiation.DerivativeStructure} it gives the AD derivatives.
 * {@link #derivatives(double[], double, double[], double[])} is the hand-derived primitive path
 * (value, \(\partial\ell/\partial\eta_k\), \(\partial^2\ell/\partial\eta_j\partial\eta_k\)) that
 * the analytic gradient and Hessian are assembled from; tests check it against the generic one.
 */
public interface ObservationLoss {

    /** Number of linear predictors \(K\) per observation. */
    int predictors();

    /** The loss, generic over the field: the definition. */
    <T extends CalculusFieldElement<T>> T value(T[] eta, double y);

    /** The loss on the primitive path. */
    double value(double[] eta, double y);

    /**
     * The loss and its analytic derivatives in \(\eta\).
     *
     * @param eta the linear predictors, length \(K\); not modified
     * @param y   the response
     * @param d1  output, length \(K\): \(\partial\ell/\partial\eta_k\)
     * @param d2  output, length \(K^2\), row-major: \(\partial^2\ell/\partial\eta_j\partial\eta_k\)
     * @return the loss
     */
    double derivatives(double[] eta, double y, double[] d1, double[] d2);

    /**
     * Which smooth piece of a piecewise-smooth loss the point is in (0 for a smooth loss). Where a
     * small change of \(\eta\) changes the piece, the loss has a kink and finite differences across
     * it are meaningless.
     */
    default int piece(double[] eta, double y) {
        return 0;
    }
}
