/**
 * The entry point: {@link org.hessianworkbench.symbolic.derive.Deriver#derive} gives a
 * {@link org.hessianworkbench.symbolic.derive.Derivation}: the steps of each first derivative and,
 * for order 2, of each second derivative, every step checked, the gradient and Hessian checked
 * against automatic differentiation, and optionally a student's answer checked.
 */
package org.hessianworkbench.symbolic.derive;
