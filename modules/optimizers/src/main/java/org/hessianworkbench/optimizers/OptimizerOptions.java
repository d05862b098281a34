package org.hessianworkbench.optimizers;

import org.hessianworkbench.derivatives.error.BadInputException;

/**
 * Settings shared by every optimiser. Instances are immutable.
 *
 * @param gtol          stop when the gradient norm is at most this (the Newton/BFGS tutorial uses 1e-5)
 * @param maxIterations stop after this many iterations
 */
public record OptimizerOptions(double gtol, int maxIterations) {

    /** Gradient-norm tolerance of the Newton/BFGS tutorial. */
    public static final double DEFAULT_GTOL = 1e-5;

    /** Default iteration limit. */
    public static final int DEFAULT_MAX_ITERATIONS = 1000;

    /** The defaults: gtol 1e-5, 1000 iterations. */
    public static final OptimizerOptions DEFAULTS = new OptimizerOptions(DEFAULT_GTOL, DEFAULT_MAX_ITERATIONS);

    /**
     * Validates.
     *
     * @throws BadInputException for a negative (or NaN) tolerance or a negative iteration limit
     */
    public OptimizerOptions {
        if (!(gtol >= 0)) {
            throw new BadInputException(OptimizerMessages.GTOL_NEGATIVE, gtol);
        }
        if (maxIterations < 0) {
            throw new BadInputException(OptimizerMessages.MAX_ITERATIONS_NEGATIVE, maxIterations);
        }
    }

    /** A copy with another gradient tolerance. */
    public OptimizerOptions withGtol(double g) {
        return new OptimizerOptions(g, maxIterations);
    }

    /** A copy with another iteration limit. */
    public OptimizerOptions withMaxIterations(int m) {
        return new OptimizerOptions(gtol, m);
    }
}
