package org.hessianworkbench.optimizers;

/**
 * When an optimiser counts as converged.
 *
 * <p>{@link #GRADIENT_NORM}: \(\|\nabla f\| \le \mathrm{gtol}\), an absolute tolerance in the units of
 * the loss per unit of every parameter (the Newton/BFGS tutorial's rule, with its 1e-5). Its meaning
 * changes when a column of the design is rescaled.
 *
 * <p>{@link #SCALE_INVARIANT}: a rule that gives the same verdict and the same estimate when the
 * parameters or the loss are measured in other units (see {@link Convergence}):
 * <ul>
 *   <li>Newton-type methods (newton, newton-pure, trust-region): the Newton decrement,
 *       \(\tfrac12\nabla f^\top H^{-1}\nabla f \le \mathrm{tol}\cdot\max(1, |f|)\) (Boyd &amp;
 *       Vandenberghe, <i>Convex Optimization</i>, 2004, §9.5.1), invariant to any affine change of
 *       the parameters;</li>
 *   <li>the others: the relative change of the loss, \(|f_k - f_{k-1}| \le 10^{-8}(|f_k| + 0.1)\) (R's
 *       {@code glm.control(epsilon = 1e-8)}, on the loss instead of the deviance), together with the
 *       relative gradient \(\max_j |g_j|\max(|\beta_j|, \mathrm{typ}_j) / \max(|f|, 1)\) (Dennis &amp;
 *       Schnabel, <i>Numerical Methods for Unconstrained Optimization</i>, 1983, §7.2).</li>
 * </ul>
 */
public enum StoppingRule {
    /** The gradient norm at most {@code gtol}. */
    GRADIENT_NORM,
    /** The Newton decrement, or the relative change together with the relative gradient. */
    SCALE_INVARIANT
}
