/**
 * Objectives and their second derivatives.
 *
 * <p>An {@link org.hessianworkbench.derivatives.Objective} is a twice differentiable function
 * \(f:\mathbb{R}^p\to\mathbb{R}\), usually a negative log-likelihood summed over observations. It
 * gives its value and its <em>analytic</em> gradient and Hessian on a fast primitive-double path,
 * and its automatic-differentiation (AD) gradient and Hessian from the same loss written once,
 * generic over Hipparchus {@link org.hipparchus.CalculusFieldElement}.
 *
 * <p>{@link org.hessianworkbench.derivatives.LinearPredictorObjective} is the family every model
 * of the workbench belongs to: a sum over observations of an
 * {@link org.hessianworkbench.derivatives.ObservationLoss} of one or more linear predictors
 * \(\eta_{ik} = x_{ik}^\top\beta_k\), each from a {@link org.hessianworkbench.derivatives.DesignBlock}.
 * Its AD route works in two levels of Hipparchus forward AD (derivatives in the predictors, then a
 * Taylor polynomial in the parameters) instead of \(p\) multiplications per observation. Each
 * observation may bring a prior weight, a number of binomial trials and an offset per predictor
 * ({@link org.hessianworkbench.derivatives.Observations}, R's {@code weights=}, {@code cbind(s, f)}
 * and {@code offset()}), which every engine uses alike.
 *
 * <p>{@link org.hessianworkbench.derivatives.HessianMethod} names the engines (analytic, ad,
 * fd-nested, fd-central, fd-richardson); {@link org.hessianworkbench.derivatives.HessianComparison}
 * and {@link org.hessianworkbench.derivatives.HessianDiagnostics} compare and diagnose the results.
 *
 * <p>This is the base module: every other module depends on it, and its package {@code error}
 * holds the workbench's one exception family.
 */
package org.hessianworkbench.derivatives;
