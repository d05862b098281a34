package org.hessianworkbench.fitting;

import org.hessianworkbench.derivatives.HessianMethod;
import org.hessianworkbench.models.product.Normalization;
import org.hessianworkbench.optimizers.MethodSettings;
import org.hessianworkbench.optimizers.OptimizerOptions;

/**
 * How to fit and what to infer.
 *
 * @param optimizer  optimiser name, "qr" (least squares), or null for the model's default (qr for linear, else newton)
 * @param hessian    the engine whose Hessian gives the covariance
 * @param level      confidence level of the intervals
 * @param z          a critical value to use instead of the exact quantile (e.g. the logistic-Hessian notebook's 1.96), or NaN
 * @param start      start point, or null for zeros
 * @param optimizerOptions tolerances and limits
 * @param settings   method-specific settings (Armijo constant, B0, memory)
 * @param normalization how product models fix their scale before standard errors
 * @param firth      logistic only: maximise Firth's penalised likelihood \(\ell(\beta) + \tfrac12\log\det I(\beta)\)
 *                   instead of the likelihood (its estimate exists on separated data); standard errors from
 *                   \(I(\hat\beta)^{-1}\)
 */
public record FitOptions(String optimizer, HessianMethod hessian, double level, double z, double[] start,
                         OptimizerOptions optimizerOptions, MethodSettings settings, Normalization normalization,
                         boolean firth) {

    /** Options for maximum likelihood (not Firth's penalised likelihood). */
    public FitOptions(String optimizer, HessianMethod hessian, double level, double z, double[] start,
                      OptimizerOptions optimizerOptions, MethodSettings settings, Normalization normalization) {
        this(optimizer, hessian, level, z, start, optimizerOptions, settings, normalization, false);
    }

    /** Least squares by QR: the linear model's default "optimizer". */
    public static final String QR = "qr";

    /**
     * Gradient-norm tolerance of {@code fit}: far tighter than the optimisers' 1e-5 so that the
     * estimate is accurate to the digits printed (Newton gets there in one more iteration). The
     * {@link Fitter} raises it to the gradient's rounding floor when that is higher.
     */
    public static final double DEFAULT_GTOL = 1e-10;

    /** The model's default optimiser (null), analytic Hessian, 95% intervals, start at zero, gtol 1e-10. */
    public static FitOptions defaults() {
        return new FitOptions(null, HessianMethod.ANALYTIC, 0.95, Double.NaN, null,
                OptimizerOptions.DEFAULTS.withGtol(DEFAULT_GTOL), MethodSettings.DEFAULTS, Normalization.MEAN_ONE);
    }

    /** A copy with another optimiser. */
    public FitOptions withOptimizer(String name) {
        return new FitOptions(name, hessian, level, z, start, optimizerOptions, settings, normalization, firth);
    }

    /** A copy with another Hessian engine. */
    public FitOptions withHessian(HessianMethod m) {
        return new FitOptions(optimizer, m, level, z, start, optimizerOptions, settings, normalization, firth);
    }

    /** A copy with a fixed critical value. */
    public FitOptions withZ(double critical) {
        return new FitOptions(optimizer, hessian, level, critical, start, optimizerOptions, settings, normalization, firth);
    }

    /** A copy with another start point. */
    public FitOptions withStart(double[] s) {
        return new FitOptions(optimizer, hessian, level, z, s == null ? null : s.clone(), optimizerOptions, settings,
                normalization, firth);
    }

    /** A copy with Firth's penalised likelihood on or off. */
    public FitOptions withFirth(boolean on) {
        return new FitOptions(optimizer, hessian, level, z, start, optimizerOptions, settings, normalization, on);
    }
}
