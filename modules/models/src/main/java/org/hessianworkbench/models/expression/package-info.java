/**
 * Models whose loss is written as an expression: {@link org.hessianworkbench.models.expression.ExpressionLoss}
 * compiles a loss of one observation in its linear predictors into the value, the symbolic derivatives
 * (compiled) and the automatic ones (over Hipparchus derivative structures), all from the one text.
 * {@link org.hessianworkbench.models.expression.NamedModel} holds the named models' texts;
 * {@link org.hessianworkbench.models.expression.PredictorsModel} is a model of several named linear
 * predictors, each from its own right-hand side (a custom loss such as the heteroscedastic Gaussian,
 * or the negative binomial with log k estimated as a second predictor).
 */
package org.hessianworkbench.models.expression;
