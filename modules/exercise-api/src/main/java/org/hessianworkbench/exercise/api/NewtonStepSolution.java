package org.hessianworkbench.exercise.api;

/**
 * A student's Newton step for a loss summed over observations,
 * \[ f(\beta) = \sum_{i=1}^n \ell(\eta_i; y_i), \qquad \eta_i = x_i^\top\beta, \qquad
 *    s = \bigl(\nabla^2 f(\beta)\bigr)^{-1} \nabla f(\beta), \]
 * so that Newton's method moves from \(\beta\) to \(\beta - s\).
 *
 * <p>Arguments: {@code x} is the design, {@code n} rows of {@code p} columns; {@code y} holds the
 * {@code n} responses; {@code beta} the {@code p} coefficients. The arguments are copies. Return a
 * new array of length {@code p}: the step \(s\), the solution of \(\nabla^2 f\, s = \nabla f\). Solve
 * the linear system (Gaussian elimination or a Cholesky factorisation); the cases have a
 * well-conditioned Hessian. An implementation must be a public class with a public no-argument
 * constructor; the workbench calls it from one thread.
 */
@FunctionalInterface
public interface NewtonStepSolution {

    /**
     * The Newton step \(s = (\nabla^2 f)^{-1}\nabla f\) at {@code beta}.
     *
     * @param x    the design, {@code n} rows of {@code p} columns
     * @param y    the {@code n} responses
     * @param beta the {@code p} coefficients
     * @return a new array of length {@code p}
     */
    double[] newtonStep(double[][] x, double[] y, double[] beta);
}
