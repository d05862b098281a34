package org.hessianworkbench.exercise.api;

/**
 * A student's Hessian of the multinomial logistic (softmax) loss with three classes, class 0 the
 * reference: with \(\eta_{ik} = x_i^\top\beta_k\) for \(k = 1, 2\) and \(\eta_{i0} = 0\),
 * \[ f(\beta) = \sum_{i=1}^n \Bigl[\log\bigl(1 + e^{\eta_{i1}} + e^{\eta_{i2}}\bigr) - \eta_{i,y_i}\Bigr],
 *    \qquad \pi_{ik} = \frac{e^{\eta_{ik}}}{1 + e^{\eta_{i1}} + e^{\eta_{i2}}} . \]
 *
 * <p>Arguments: {@code x} is the design, {@code n} rows of {@code p} columns; {@code y} holds the
 * {@code n} classes, each 0, 1 or 2; {@code beta} is \((\beta_1, \beta_2)\) concatenated, length
 * {@code 2p}: {@code beta[0..p)} = \(\beta_1\), {@code beta[p..2p)} = \(\beta_2\). The arguments are
 * copies. Return a new {@code 2p} by {@code 2p} array whose rows and columns follow the order of
 * {@code beta}: block \((k, l)\) is \(\partial^2 f/\partial\beta_k\partial\beta_l^\top\). An
 * implementation must be a public class with a public no-argument constructor; the workbench calls
 * it from one thread.
 */
@FunctionalInterface
public interface MultinomialHessianSolution {

    /**
     * The Hessian in \(\beta = (\beta_1, \beta_2)\).
     *
     * @param x    the design, {@code n} rows of {@code p} columns
     * @param y    the {@code n} classes (0, 1 or 2)
     * @param beta \((\beta_1, \beta_2)\), length {@code 2p}
     * @return a new {@code 2p} by {@code 2p} array
     */
    double[][] hessian(double[][] x, int[] y, double[] beta);
}
