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
 *
 * <p><b>Trials.</b> A loss for grouped binomial data sees the number of trials \(m\) besides the
 * response (\(y\) successes of \(m\)): it says so with {@link #acceptsTrials()} and overrides the
 * three-argument methods. For the other losses the three-argument methods are the two-argument ones
 * (the trials are ignored), and {@link LinearPredictorObjective} refuses trials for them.
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
     * Whether the loss takes a number of trials \(m\) ({@link #value(double[], double, double)} and
     * the other three-argument methods differ from the two-argument ones). False by default.
     */
    default boolean acceptsTrials() {
        return false;
    }

    /**
     * The loss of \(y\) successes in \(m\) trials, generic over the field: the definition. The
     * default, for losses that do not {@linkplain #acceptsTrials() accept trials}, ignores \(m\).
     */
    default <T extends CalculusFieldElement<T>> T value(T[] eta, double y, double m) {
        return value(eta, y);
    }

    /** The loss of \(y\) successes in \(m\) trials on the primitive path; the default ignores \(m\). */
    default double value(double[] eta, double y, double m) {
        return value(eta, y);
    }

    /**
     * The loss of \(y\) successes in \(m\) trials and its analytic derivatives in \(\eta\) (as
     * {@link #derivatives(double[], double, double[], double[])}); the default ignores \(m\).
     *
     * @param eta the linear predictors, length \(K\); not modified
     * @param y   the response (successes)
     * @param m   the trials, \(m &gt; 0\)
     * @param d1  output, length \(K\)
     * @param d2  output, length \(K^2\), row-major
     * @return the loss
     */
    default double derivatives(double[] eta, double y, double m, double[] d1, double[] d2) {
        return derivatives(eta, y, d1, d2);
    }

    /**
     * Which smooth piece of a piecewise-smooth loss the point is in (0 for a smooth loss). Where a
     * small change of \(\eta\) changes the piece, the loss has a kink and finite differences across
     * it are meaningless.
     */
    default int piece(double[] eta, double y) {
        return 0;
    }
}
