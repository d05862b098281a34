/**
 * The derivations of the workbench's own models: the logistic negative log-likelihood in its linear
 * predictor, then the matrix form \(X^\top(\sigma - y)\) and \(X^\top WX\); the linear product model's
 * squared-error and cross-entropy losses in the group predictions, then the blocks
 * \(H_{gh} = X_g^\top\operatorname{diag}(\ell''Q_gQ_h + \ell'R_{gh})X_h\). {@code docs/derivations/*.md}
 * are generated from {@link org.hessianworkbench.models.derivation.ModelDerivations}.
 */
package org.hessianworkbench.models.derivation;
