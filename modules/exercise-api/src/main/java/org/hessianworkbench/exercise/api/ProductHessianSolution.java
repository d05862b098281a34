package org.hessianworkbench.exercise.api;

/**
 * A student's Hessian of a linear product model with two feature groups,
 * \[ f(\beta) = \sum_{i=1}^n l(\hat y_i; y_i), \qquad \hat y_i = f_{i1} f_{i2}, \qquad
 *    f_{i1} = x^{(1)\top}_i \beta_1, \quad f_{i2} = x^{(2)\top}_i \beta_2, \]
 * where \(x^{(1)}_i\), \(x^{(2)}_i\) are row {@code i} of {@code x1} and {@code x2} and \(l\) is the
 * exercise's outer loss of the prediction \(\hat y\). (Deriving the blocks of the Hessian is the
 * exercise, so they are not given here.)
 *
 * <p>Layout: {@code x1} has {@code n} rows of {@code p1} columns, {@code x2} {@code n} rows of
 * {@code p2} columns, {@code y} the {@code n} responses, and {@code beta} is
 * \((\beta_1, \beta_2)\) concatenated: {@code beta[0..p1)} = \(\beta_1\),
 * {@code beta[p1..p1+p2)} = \(\beta_2\). Return a new \((p_1+p_2)\times(p_1+p_2)\) array whose rows
 * and columns follow the order of {@code beta}:
 * <pre>
 *   [ H11 (p1 x p1)   H12 (p1 x p2) ]
 *   [ H21 (p2 x p1)   H22 (p2 x p2) ]      H21 = H12 transposed
 * </pre>
 * The arguments are copies.
 *
 * <p>Example skeleton:
 * <pre>{@code
 * public class MyProductHessian implements ProductHessianSolution {
 *     public double[][] hessian(double[][] x1, double[][] x2, double[] y, double[] beta) {
 *         int p1 = x1[0].length, p2 = x2[0].length;
 *         double[][] h = new double[p1 + p2][p1 + p2];
 *         // for each row i: f1 = x1[i] . beta[0..p1), f2 = x2[i] . beta[p1..p1+p2), yhat = f1 * f2,
 *         // then add the contributions of row i to the blocks H11, H12, H21, H22
 *         return h;
 *     }
 * }
 * }</pre>
 * An implementation must be a public class with a public no-argument constructor; the workbench
 * calls it from one thread.
 */
@FunctionalInterface
public interface ProductHessianSolution {

    /**
     * The Hessian \(\nabla^2 f(\beta)\) in \(\beta = (\beta_1, \beta_2)\), rows and columns in the order of
     * {@code beta}.
     *
     * @param x1   group 1's design, {@code n} rows of {@code p1} columns
     * @param x2   group 2's design, {@code n} rows of {@code p2} columns
     * @param y    the {@code n} responses
     * @param beta \((\beta_1, \beta_2)\), length {@code p1 + p2}
     * @return a new {@code (p1+p2)} by {@code (p1+p2)} array
     */
    double[][] hessian(double[][] x1, double[][] x2, double[] y, double[] beta);
}
