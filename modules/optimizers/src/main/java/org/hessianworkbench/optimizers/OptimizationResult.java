package org.hessianworkbench.optimizers;

import java.util.List;

/**
 * What an optimiser did: the final point, why it stopped, and its trace. Instances are immutable;
 * array accessors return copies.
 *
 * @param optimizer            the optimiser's name
 * @param estimate             the final point (the last finite iterate, never NaN)
 * @param loss                 the loss there
 * @param gradient             the gradient there
 * @param iterations           iterations made
 * @param stopReason           why it stopped
 * @param message              one sentence for the user about the stop
 * @param trace                one record per iteration, starting with iteration 0 (the start)
 * @param functionEvaluations  loss evaluations
 * @param gradientEvaluations  gradient evaluations
 * @param hessianEvaluations   Hessian evaluations
 * @param hessianModifications times a Hessian (or its approximation) was modified to be positive definite
 * @param skippedUpdates       quasi-Newton updates skipped because the curvature condition failed
 * @param seconds              wall time
 * @param noiseFloor           changes of the loss below this are rounding noise; near the minimum the
 *                             line searches accept steps within it (approximate Wolfe conditions); the
 *                             floor at the last measurement (the start, and again as the loss grows)
 * @param newtonDecrement      the squared Newton decrement \(\nabla f^\top H^{-1}\nabla f\) at the final point
 *                             when the scale-invariant rule computed it (Newton-type methods), else NaN
 */
public record OptimizationResult(String optimizer, double[] estimate, double loss, double[] gradient,
                                 int iterations, StopReason stopReason, String message, List<IterationRecord> trace,
                                 int functionEvaluations, int gradientEvaluations, int hessianEvaluations,
                                 int hessianModifications, int skippedUpdates, double seconds, double noiseFloor,
                                 double newtonDecrement) {

    /** Defensive copies in. */
    public OptimizationResult {
        estimate = estimate.clone();
        gradient = gradient.clone();
        trace = List.copyOf(trace);
    }

    /** The final point (a copy). */
    @Override
    public double[] estimate() {
        return estimate.clone();
    }

    /** The gradient at the final point (a copy). */
    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    /** Euclidean norm of the final gradient. */
    public double gradientNorm() {
        return org.hessianworkbench.derivatives.Matrices.norm(gradient);
    }

    /** True when the stopping rule was met ({@link StopReason#converged()}). */
    public boolean converged() {
        return stopReason.converged();
    }
}
