package org.hessianworkbench.optimizers;

import org.hessianworkbench.derivatives.error.BadInputException;

/**
 * Settings shared by every optimiser. Instances are immutable; array accessors return copies.
 *
 * @param gtol          {@link StoppingRule#GRADIENT_NORM}: stop when the gradient norm is at most this
 *                      (the Newton/BFGS tutorial uses 1e-5); not used by the scale-invariant rule
 * @param maxIterations stop after this many iterations
 * @param rule          the stopping rule
 * @param typicalScale  the typical size of each parameter, \(\mathrm{typ}_j\) in the relative gradient of
 *                      the scale-invariant rule (Dennis &amp; Schnabel's typical x); null for all ones
 */
public record OptimizerOptions(double gtol, int maxIterations, StoppingRule rule, double[] typicalScale) {

    /** Gradient-norm tolerance of the Newton/BFGS tutorial. */
    public static final double DEFAULT_GTOL = 1e-5;

    /** Default iteration limit. */
    public static final int DEFAULT_MAX_ITERATIONS = 1000;

    /** The defaults: gtol 1e-5, 1000 iterations. */
    public static final OptimizerOptions DEFAULTS = new OptimizerOptions(DEFAULT_GTOL, DEFAULT_MAX_ITERATIONS);

    /**
     * Validates.
     *
     * @throws BadInputException for a negative (or NaN) tolerance, a negative iteration limit or a
     *                           typical scale that is not a positive number
     */
    public OptimizerOptions {
        if (!(gtol >= 0)) {
            throw new BadInputException(OptimizerMessages.GTOL_NEGATIVE, gtol);
        }
        if (maxIterations < 0) {
            throw new BadInputException(OptimizerMessages.MAX_ITERATIONS_NEGATIVE, maxIterations);
        }
        if (rule == null) {
            rule = StoppingRule.GRADIENT_NORM;
        }
        if (typicalScale != null) {
            typicalScale = typicalScale.clone();
            for (double t : typicalScale) {
                if (!(t > 0 && Double.isFinite(t))) {
                    throw new BadInputException(OptimizerMessages.TYPICAL_SCALE_NOT_POSITIVE, t);
                }
            }
        }
    }

    /** The gradient-norm rule with tolerance {@code gtol}. */
    public OptimizerOptions(double gtol, int maxIterations) {
        this(gtol, maxIterations, StoppingRule.GRADIENT_NORM, null);
    }

    /** The scale-invariant rule ({@link StoppingRule#SCALE_INVARIANT}) with this iteration limit. */
    public static OptimizerOptions scaleInvariant(int maxIterations) {
        return new OptimizerOptions(DEFAULT_GTOL, maxIterations, StoppingRule.SCALE_INVARIANT, null);
    }

    /** The typical scales (a copy), or null. */
    @Override
    public double[] typicalScale() {
        return typicalScale == null ? null : typicalScale.clone();
    }

    /** The typical scale of parameter {@code j} (1 when none was given). */
    public double typicalScale(int j) {
        return typicalScale == null ? 1 : typicalScale[j];
    }

    /** A copy with the gradient-norm rule and this tolerance. */
    public OptimizerOptions withGtol(double g) {
        return new OptimizerOptions(g, maxIterations, StoppingRule.GRADIENT_NORM, typicalScale);
    }

    /** A copy with another iteration limit. */
    public OptimizerOptions withMaxIterations(int m) {
        return new OptimizerOptions(gtol, m, rule, typicalScale);
    }

    /** A copy with these typical scales of the parameters (null for all ones). */
    public OptimizerOptions withTypicalScale(double[] typical) {
        return new OptimizerOptions(gtol, maxIterations, rule, typical);
    }

    /** Whether the rule is {@link StoppingRule#SCALE_INVARIANT}. */
    public boolean scaleInvariantRule() {
        return rule == StoppingRule.SCALE_INVARIANT;
    }
}
