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
 *
 * <p><b>Panels.</b> {@link LinearPredictorObjective} hands the rows over a panel at a time
 * ({@link #derivatives(int, LossPanel)}, {@link #values(int, LossPanel)}); by default these call the
 * one-row methods row by row, and a loss that evaluates whole panels faster overrides them with the
 * same results.
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
     * The loss and its analytic derivatives on the first {@code count} rows of a panel: row \(r\)'s
     * results are those of {@link #derivatives(double[], double, double[], double[])} (of
     * {@link #derivatives(double[], double, double, double[], double[])} with the panel's trials, when
     * it {@linkplain LossPanel#hasTrials() has them}) at its predictors and response, bit for bit.
     * The default calls the one-row method row by row; a loss that can do better on a whole panel
     * (a compiled expression: one pass of each instruction over the rows) overrides it.
     *
     * @param count the rows, at most the panel's {@linkplain LossPanel#capacity() capacity}
     * @param panel inputs {@link LossPanel#eta(int)}, {@link LossPanel#y()}, {@link LossPanel#trials()}
     *              (not modified); outputs {@link LossPanel#values()}, {@link LossPanel#d1(int)},
     *              {@link LossPanel#d2(int)} (rows below {@code count} overwritten, the others not)
     * @throws IllegalArgumentException when the panel is for another number of predictors
     */
    default void derivatives(int count, LossPanel panel) {
        int k = requirePredictors(panel);
        double[] eta = panel.rowEta;
        double[] d1 = panel.rowD1;
        double[] d2 = panel.rowD2;
        double[] y = panel.y();
        double[] m = panel.trials();
        double[] values = panel.values();
        for (int r = 0; r < count; r++) {
            for (int j = 0; j < k; j++) {
                eta[j] = panel.eta(j)[r];
            }
            values[r] = m == null ? derivatives(eta, y[r], d1, d2) : derivatives(eta, y[r], m[r], d1, d2);
            int t = 0;
            for (int j = 0; j < k; j++) {
                panel.d1(j)[r] = d1[j];
                for (int l = j; l < k; l++) {
                    panel.d2(t++)[r] = d2[j * k + l];
                }
            }
        }
    }

    /**
     * The loss on the first {@code count} rows of a panel, into {@link LossPanel#values()}: row by row
     * {@link #value(double[], double)} (with trials {@link #value(double[], double, double)}), bit for
     * bit; the default calls it row by row.
     *
     * @param count the rows, at most the panel's capacity
     * @param panel inputs as for {@link #derivatives(int, LossPanel)}, output {@link LossPanel#values()}
     * @throws IllegalArgumentException when the panel is for another number of predictors
     */
    default void values(int count, LossPanel panel) {
        int k = requirePredictors(panel);
        double[] eta = panel.rowEta;
        double[] y = panel.y();
        double[] m = panel.trials();
        double[] values = panel.values();
        for (int r = 0; r < count; r++) {
            for (int j = 0; j < k; j++) {
                eta[j] = panel.eta(j)[r];
            }
            values[r] = m == null ? value(eta, y[r]) : value(eta, y[r], m[r]);
        }
    }

    /** \(K\), checked against the panel's. */
    private int requirePredictors(LossPanel panel) {
        int k = predictors();
        if (panel.predictors() != k) {
            throw new IllegalArgumentException("a panel of " + panel.predictors() + " linear predictors for a loss of "
                    + k + " (" + this + ")");
        }
        return k;
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
