/**
 * Linear product models, \(\hat y = \prod_g X_g\beta_g\) over feature groups \(g = 1..G\)
 * (quantbullet's {@code LinearProductRegressor}): the squared-error and the clipped cross-entropy
 * losses with their exact derivatives, the scale invariance that makes them unidentifiable, and
 * the normalisations that restore identifiability.
 *
 * <p>With \(\eta_g = x_g^\top\beta_g\), \(Q_g = \prod_{h\ne g}\eta_h\) and
 * \(R_{gh} = \prod_{k\ne g,h}\eta_k\) (\(R_{gg} = 0\)), a loss \(l(\hat y)\) has
 * \[ \nabla_{\beta_g} = X_g^\top\, l'\,Q_g, \qquad
 *    \nabla^2_{\beta_g\beta_h} = X_g^\top \operatorname{diag}(l''\,Q_gQ_h + l'\,R_{gh})\,X_h . \]
 * The products are formed without dividing by \(\eta_g\), which can be 0. For every \(c \ne 0\),
 * \((c\beta_1, \beta_2/c)\) gives the same predictions: the Hessian is singular along
 * \((\beta_1, -\beta_2)\) at a minimum.
 */
package org.hessianworkbench.models.product;
