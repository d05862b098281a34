/**
 * Numeric checks. Every step of a derivation is checked by evaluating the whole expression before
 * and after it at reproducible random points of a {@link org.hessianworkbench.symbolic.check.Domain}
 * (an unevaluated derivative is evaluated by automatic differentiation); every final derivative is
 * compared with Hipparchus automatic differentiation of the original expression. The
 * {@link org.hessianworkbench.symbolic.check.AnswerChecker} decides whether a student's answer is
 * right and, when it is not, finds a point with small simple values where it differs.
 */
package org.hessianworkbench.symbolic.check;
