/**
 * The interfaces a student implements for {@code ./workbench exercise check}: one per kind of
 * exercise, with stable names and signatures, so that an exercise handed out in one term still
 * compiles in the next.
 *
 * <ul>
 *   <li>{@link org.hessianworkbench.exercise.api.GradientSolution}: \(\nabla f = X^\top\ell'\) of a
 *       loss of one linear predictor \(\eta_i = x_i^\top\beta\);</li>
 *   <li>{@link org.hessianworkbench.exercise.api.HessianSolution}:
 *       \(\nabla^2 f = X^\top\operatorname{diag}(\ell'')X\) of such a loss;</li>
 *   <li>{@link org.hessianworkbench.exercise.api.ProductHessianSolution}: the Hessian of a loss of the
 *       product of two group predictors, \(\hat y_i = (x^{(1)\top}_i\beta_1)(x^{(2)\top}_i\beta_2)\),
 *       in \(\beta = (\beta_1, \beta_2)\).</li>
 * </ul>
 *
 * <p>A solution is one {@code .java} file holding one public top-level class with a public
 * no-argument constructor that implements the exercise's interface. It is compiled against this
 * jar alone (the module has no dependencies) and may use only the JDK. The workbench passes copies
 * of its arrays, calls the solution from one thread, and compares the returned array with automatic
 * differentiation of the loss on random small cases.
 */
package org.hessianworkbench.exercise.api;
