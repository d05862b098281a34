/**
 * Models whose loss is written as an expression: {@link org.hessianworkbench.models.expression.ExpressionLoss}
 * compiles a loss of one observation in its linear predictors into the value, the symbolic derivatives
 * (compiled) and the automatic ones (over Hipparchus derivative structures), all from the one text.
 */
package org.hessianworkbench.models.expression;
