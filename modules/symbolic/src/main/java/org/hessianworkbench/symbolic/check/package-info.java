/**
 * Numeric checks. Every step of a derivation is checked by evaluating the whole expression before
 * and after it at reproducible random points of a {@link org.hessianworkbench.symbolic.check.Domain}
 * (an unevaluated derivative is evaluated by automatic differentiation); every final derivative is
 * compared with Hipparchus automatic differentiation of the original expression. The
 * {@link org.hessianworkbench.symbolic.check.AnswerChecker} decides whether a student's answer is
 * right and, when it is not, finds a point with small simple values where it differs. A
 * {@link org.hessianworkbench.symbolic.check.TypedAnswer} (one expression, a gradient vector or a
 * Hessian matrix) is checked entry by entry against automatic differentiation by the
 * {@link org.hessianworkbench.symbolic.check.TypedAnswerChecker}: undefined points are skipped and
 * counted, and a wrong entry gets an {@link org.hessianworkbench.symbolic.check.AnswerHint} when it
 * is a common mistake.
 */
package org.hessianworkbench.symbolic.check;
