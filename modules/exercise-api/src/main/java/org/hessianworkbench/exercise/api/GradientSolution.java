package org.hessianworkbench.exercise.api;

/**
 * A student's gradient of a loss summed over observations,
 * \[ f(\beta) = \sum_{i=1}^n \ell(\eta_i; y_i), \qquad \eta_i = x_i^\top\beta, \qquad
 *    \nabla f(\beta) = \sum_{i=1}^n \ell'(\eta_i; y_i)\, x_i = X^\top \ell', \]
 * where \(x_i\) is row {@code i} of {@code x} and \(\ell' = \partial\ell/\partial\eta\).
 *
 * <p>Arguments: {@code x} is the design, {@code n} rows of {@code p} columns ({@code x[i][j]}
 * = \(x_{ij}\)); {@code y} holds the {@code n} responses; {@code beta} the {@code p} coefficients.
 * The arguments are copies: modifying them is harmless but pointless. Return a new array of length
 * {@code p}: entry {@code j} is \(\partial f/\partial\beta_j\).
 *
 * <p>Example (least squares, \(\ell = \tfrac12(\eta - y)^2\), \(\ell' = \eta - y\): not one of the
 * exercises):
 * <pre>{@code
 * public class LeastSquaresGradient implements GradientSolution {
 *     public double[] gradient(double[][] x, double[] y, double[] beta) {
 *         double[] g = new double[beta.length];
 *         for (int i = 0; i < x.length; i++) {
 *             double eta = 0;
 *             for (int j = 0; j < beta.length; j++) eta += x[i][j] * beta[j];
 *             double d = eta - y[i];
 *             for (int j = 0; j < beta.length; j++) g[j] += d * x[i][j];
 *         }
 *         return g;
 *     }
 * }
 * }</pre>
 * An implementation must be a public class with a public no-argument constructor; the workbench
 * calls it from one thread.
 */
@FunctionalInterface
public interface GradientSolution {

    /**
     * The gradient \(\nabla f(\beta) = X^\top\ell'\).
     *
     * @param x    the design, {@code n} rows of {@code p} columns
     * @param y    the {@code n} responses
     * @param beta the {@code p} coefficients
     * @return a new array of length {@code p}, entry {@code j} = \(\partial f/\partial\beta_j\)
     */
    double[] gradient(double[][] x, double[] y, double[] beta);
}
