package org.hessianworkbench.exercise.api;

/**
 * A student's Gauss-Newton matrix of a nonlinear least-squares loss,
 * \[ f(\beta) = \tfrac12\sum_{i=1}^n r(\eta_i; y_i)^2, \qquad \eta_i = x_i^\top\beta, \qquad
 *    G(\beta) = J^\top J = \sum_{i=1}^n r'(\eta_i; y_i)^2\, x_i x_i^\top, \]
 * where \(r\) is the exercise's residual and \(r' = \partial r/\partial\eta\): the exact Hessian
 * without the term \(\sum_i r\, r''\, x_i x_i^\top\).
 *
 * <p>Arguments: {@code x} is the design, {@code n} rows of {@code p} columns; {@code y} holds the
 * {@code n} responses; {@code beta} the {@code p} coefficients. The arguments are copies. Return a
 * new {@code p} by {@code p} array. An implementation must be a public class with a public
 * no-argument constructor; the workbench calls it from one thread.
 */
@FunctionalInterface
public interface GaussNewtonSolution {

    /**
     * The Gauss-Newton matrix \(J^\top J\) at {@code beta}.
     *
     * @param x    the design, {@code n} rows of {@code p} columns
     * @param y    the {@code n} responses
     * @param beta the {@code p} coefficients
     * @return a new {@code p} by {@code p} array
     */
    double[][] gaussNewton(double[][] x, double[] y, double[] beta);
}
