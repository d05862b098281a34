package org.hessianworkbench.optimizers;

/**
 * One line of an optimiser's trace, recorded after iteration {@code iteration} (0 is the start).
 *
 * @param iteration             iteration number, 0 for the start point
 * @param loss                  loss after the iteration
 * @param gradientNorm          Euclidean norm of the gradient after the iteration
 * @param stepLength            the line-search multiplier accepted (trust region: the step's norm; 0 at the start)
 * @param slope                 directional derivative \(\nabla f(x_{k-1})^\top d_k\) of the search direction
 *                              (trust region: of the step), so that Armijo's condition
 *                              \(f_k \le f_{k-1} + c\,t\,\mathrm{slope}\) can be checked from the trace; 0 at the start
 * @param lineSearchEvaluations loss evaluations the line search (or rejected trust-region trials) made
 * @param elapsedSeconds        seconds since the optimiser started
 * @param point                 the iterate after the iteration (a copy is kept and handed out), so that a
 *                              path through the parameter space can be drawn
 */
public record IterationRecord(int iteration, double loss, double gradientNorm, double stepLength, double slope,
                              int lineSearchEvaluations, double elapsedSeconds, double[] point) {

    /** Defensive copy in. */
    public IterationRecord {
        point = point.clone();
    }

    /** The iterate (a copy). */
    @Override
    public double[] point() {
        return point.clone();
    }

    /** The iterate's coordinate {@code j}, without copying the point. */
    public double coordinate(int j) {
        return point[j];
    }
}
