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
 * of the workbench belongs to: a sum over observations of a loss of one or more linear predictors
 * \(\eta_{ik} = x_{ik}^\top\beta_k\). Its AD route builds each \(\eta_{ik}\) directly as a
 * {@link org.hipparchus.analysis.differentiation.DerivativeStructure} (value \(x^\top\beta\), first
 * derivatives \(x\), second derivatives 0) instead of \(p\) multiplications per observation.
 *
 * <p>{@link org.hessianworkbench.derivatives.HessianMethod} names the engines (analytic, ad,
 * fd-nested, fd-central, fd-richardson); {@link org.hessianworkbench.derivatives.HessianComparison}
 * and {@link org.hessianworkbench.derivatives.HessianDiagnostics} compare and diagnose the results.
 */
package org.hessianworkbench.derivatives;
