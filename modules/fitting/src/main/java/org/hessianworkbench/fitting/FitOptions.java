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
 * @param dispersion which dispersion a Poisson fit's standard errors assume (fixed at 1 or Pearson's)
 * @param firth      logistic only: maximise Firth's penalised likelihood \(\ell(\beta) + \tfrac12\log\det I(\beta)\)
 *                   instead of the likelihood (its estimate exists on separated data); standard errors from
 *                   \(I(\hat\beta)^{-1}\)
 * @param se         which covariance the standard errors, tests and intervals use: the model's or a
 *                   sandwich ({@link Sandwich}); null for the model's
 */
public record FitOptions(String optimizer, HessianMethod hessian, double level, double z, double[] start,
                         OptimizerOptions optimizerOptions, MethodSettings settings, Normalization normalization,
                         DispersionMethod dispersion, boolean firth, StandardErrors se) {

    /** Least squares by QR: the linear model's default "optimizer". */
    public static final String QR = "qr";

    /** No dispersion given: {@link DispersionMethod#FIXED}. */
    public FitOptions {
        if (dispersion == null) {
            dispersion = DispersionMethod.FIXED;
        }
        if (se == null) {
            se = StandardErrors.MODEL;
        }
    }

    /** The model's own standard errors. */
    public FitOptions(String optimizer, HessianMethod hessian, double level, double z, double[] start,
                      OptimizerOptions optimizerOptions, MethodSettings settings, Normalization normalization,
                      DispersionMethod dispersion, boolean firth) {
        this(optimizer, hessian, level, z, start, optimizerOptions, settings, normalization, dispersion, firth,
                StandardErrors.MODEL);
    }

    /** Maximum likelihood, dispersion fixed at 1. */
    public FitOptions(String optimizer, HessianMethod hessian, double level, double z, double[] start,
                      OptimizerOptions optimizerOptions, MethodSettings settings, Normalization normalization) {
        this(optimizer, hessian, level, z, start, optimizerOptions, settings, normalization, DispersionMethod.FIXED,
                false);
    }

    /**
     * The model's default optimiser (null), analytic Hessian, 95% intervals, start at zero, the
     * scale-invariant stopping rule ({@link OptimizerOptions#scaleInvariant}) with at most 1000
     * iterations, dispersion fixed at 1, maximum likelihood.
     */
    public static FitOptions defaults() {
        return new FitOptions(null, HessianMethod.ANALYTIC, 0.95, Double.NaN, null,
                OptimizerOptions.scaleInvariant(OptimizerOptions.DEFAULT_MAX_ITERATIONS), MethodSettings.DEFAULTS,
                Normalization.MEAN_ONE, DispersionMethod.FIXED, false);
    }

    /** A copy with another optimiser. */
    public FitOptions withOptimizer(String name) {
        return new FitOptions(name, hessian, level, z, start, optimizerOptions, settings, normalization, dispersion, firth, se);
    }

    /** A copy with another Hessian engine. */
    public FitOptions withHessian(HessianMethod m) {
        return new FitOptions(optimizer, m, level, z, start, optimizerOptions, settings, normalization, dispersion, firth, se);
    }

    /** A copy with a fixed critical value. */
    public FitOptions withZ(double critical) {
        return new FitOptions(optimizer, hessian, level, critical, start, optimizerOptions, settings, normalization,
                dispersion, firth, se);
    }

    /** A copy with another start point. */
    public FitOptions withStart(double[] s) {
        return new FitOptions(optimizer, hessian, level, z, s == null ? null : s.clone(), optimizerOptions, settings,
                normalization, dispersion, firth, se);
    }

    /** A copy with other optimiser options (tolerances, limits, stopping rule). */
    public FitOptions withOptimizerOptions(OptimizerOptions o) {
        return new FitOptions(optimizer, hessian, level, z, start, o, settings, normalization, dispersion, firth, se);
    }

    /** A copy with another dispersion method. */
    public FitOptions withDispersion(DispersionMethod d) {
        return new FitOptions(optimizer, hessian, level, z, start, optimizerOptions, settings, normalization, d, firth, se);
    }

    /** A copy with Firth's penalised likelihood on or off. */
    public FitOptions withFirth(boolean on) {
        return new FitOptions(optimizer, hessian, level, z, start, optimizerOptions, settings, normalization, dispersion,
                on, se);
    }

    /** A copy with other standard errors. */
    public FitOptions withStandardErrors(StandardErrors s) {
        return new FitOptions(optimizer, hessian, level, z, start, optimizerOptions, settings, normalization, dispersion,
                firth, s);
    }
}
