/**
 * Numbers from expressions: one evaluator, generic over Hipparchus
 * {@link org.hipparchus.CalculusFieldElement}, used for plain values
 * ({@link org.hipparchus.util.Binary64}), gradients ({@link org.hipparchus.analysis.differentiation.Gradient})
 * and derivatives of any order ({@link org.hipparchus.analysis.differentiation.DerivativeStructure}).
 * Automatic differentiation of the very tree a derivation starts from is the reference every
 * symbolic derivative is checked against.
 */
package org.hessianworkbench.symbolic.eval;
