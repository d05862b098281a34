/**
 * Inference from the Hessian at the estimate: covariance, standard errors, Wald tests and intervals.
 *
 * <p>The covariance of a maximum-likelihood estimate is the inverse of the Hessian of the negative
 * log-likelihood, computed through its Cholesky factor ({@link org.hessianworkbench.inference.Covariances}).
 * A Hessian that is not positive definite is never inverted: the result is a diagnosis (eigenvalues,
 * null directions). For the linear model the covariance \(\hat\sigma^2 (X^\top X)^{-1}\) is computed
 * from the pivoted QR factor of the design ({@link org.hessianworkbench.inference.LeastSquares}),
 * which keeps the NIST Longley certified values to about 10 digits where the normal equations lose
 * most of them.
 */
package org.hessianworkbench.inference;
