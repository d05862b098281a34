package org.hessianworkbench.optimizers;

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

    /** Validates. */
    public OptimizerOptions {
        if (!(gtol >= 0)) {
            throw new IllegalArgumentException("gtol must be >= 0, not " + gtol);
        }
        if (maxIterations < 0) {
            throw new IllegalArgumentException("max-iterations must be >= 0, not " + maxIterations);
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
