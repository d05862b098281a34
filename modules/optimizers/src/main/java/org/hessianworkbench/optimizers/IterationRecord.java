package org.hessianworkbench.optimizers;

/**
 * One line of an optimiser's trace, recorded after iteration {@code iteration} (0 is the start).
 *
 * @param iteration             iteration number, 0 for the start point
 * @param loss                  loss after the iteration
 * @param gradientNorm          Euclidean norm of the gradient after the iteration
 * @param stepLength            the line-search multiplier accepted (0 at the start)
 * @param lineSearchEvaluations loss evaluations the line search made in this iteration
 * @param elapsedSeconds        seconds since the optimiser started
 */
public record IterationRecord(int iteration, double loss, double gradientNorm, double stepLength,
                              int lineSearchEvaluations, double elapsedSeconds) {
}
