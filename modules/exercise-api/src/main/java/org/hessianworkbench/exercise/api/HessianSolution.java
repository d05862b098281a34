package org.hessianworkbench.exercise.api;

/**
 * A student's Hessian of a loss summed over observations,
 * \[ f(\beta) = \sum_{i=1}^n \ell(\eta_i; y_i), \qquad \eta_i = x_i^\top\beta, \qquad
 *    \nabla^2 f(\beta) = \sum_{i=1}^n \ell''(\eta_i; y_i)\, x_i x_i^\top
 *    = X^\top \operatorname{diag}(\ell'') X, \]
 * where \(x_i\) is row {@code i} of {@code x} and \(\ell'' = \partial^2\ell/\partial\eta^2\).
 *
 * <p>Arguments: {@code x} is the design, {@code n} rows of {@code p} columns ({@code x[i][j]}
 * = \(x_{ij}\)); {@code y} holds the {@code n} responses; {@code beta} the {@code p} coefficients.
 * The arguments are copies. Return a new {@code p} by {@code p} array: entry {@code [j][k]} is
 * \(\partial^2 f/\partial\beta_j\partial\beta_k\) (the matrix is symmetric).
 *
 * <p>Example (least squares, \(\ell = \tfrac12(\eta - y)^2\), \(\ell'' = 1\), so
 * \(\nabla^2 f = X^\top X\): not one of the exercises):
 * <pre>{@code
 * public class LeastSquaresHessian implements HessianSolution {
 *     public double[][] hessian(double[][] x, double[] y, double[] beta) {
 *         int p = beta.length;
 *         double[][] h = new double[p][p];
 *         for (int i = 0; i < x.length; i++) {
 *             double w = 1;
 *             for (int j = 0; j < p; j++)
 *                 for (int k = 0; k < p; k++) h[j][k] += w * x[i][j] * x[i][k];
 *         }
 *         return h;
 *     }
 * }
 * }</pre>
 * An implementation must be a public class with a public no-argument constructor; the workbench
 * calls it from one thread.
 */
@FunctionalInterface
public interface HessianSolution {

    /**
     * The Hessian \(\nabla^2 f(\beta) = X^\top\operatorname{diag}(\ell'')X\).
     *
     * @param x    the design, {@code n} rows of {@code p} columns
     * @param y    the {@code n} responses
     * @param beta the {@code p} coefficients
     * @return a new {@code p} by {@code p} array, entry {@code [j][k]} =
     *         \(\partial^2 f/\partial\beta_j\partial\beta_k\)
     */
    double[][] hessian(double[][] x, double[] y, double[] beta);
}
