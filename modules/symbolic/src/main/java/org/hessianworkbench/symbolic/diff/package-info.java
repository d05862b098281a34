/**
 * Differentiation as a sequence of rule applications on the unevaluated derivative
 * {@code diff(u, x)}: constant, variable, sum, difference, negation, constant factor, product,
 * constant divisor, reciprocal, quotient, power, exponential, general power, chain, and one rule
 * per function (exp, log, log1p, sqrt, sigmoid' = sigmoid (1 - sigmoid), sin, cos, tanh, abs). The
 * expression is simplified after every rule, so a derivation reads like one done by hand.
 */
package org.hessianworkbench.symbolic.diff;
