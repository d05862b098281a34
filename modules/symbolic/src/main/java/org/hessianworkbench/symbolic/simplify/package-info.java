/**
 * Simplification that records its steps and never changes the value: constant folding (exact
 * fractions), the identities of 0 and 1, signs, cancellation, collecting terms and powers, expanding
 * or factoring a sum when that makes it smaller, and identities of the functions such as
 * \(\sigma(-z) = 1 - \sigma(z)\). {@link org.hessianworkbench.symbolic.simplify.Simplifier#stable()}
 * adds the numerically stable forms \(\log\sigma(z) = -\operatorname{log1p}(e^{-z})\) and
 * \(\log(1 - \sigma(z)) = -\operatorname{log1p}(e^{z})\).
 */
package org.hessianworkbench.symbolic.simplify;
