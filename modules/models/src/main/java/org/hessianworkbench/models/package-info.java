/**
 * The models the workbench fits.
 *
 * <p>{@link org.hessianworkbench.models.ModelKind} names each kind of model, its structure (an R
 * formula, or a response and feature groups) and what it can do; it is the one place a model's name
 * is spelled. {@link org.hessianworkbench.models.Family} holds the regression families' losses,
 * each written once over Hipparchus {@code CalculusFieldElement} (value and automatic derivatives
 * from one definition) with a primitive analytic path beside it
 * ({@link org.hessianworkbench.models.LogisticLoss}, {@link org.hessianworkbench.models.PoissonLoss},
 * {@link org.hessianworkbench.models.GaussianLoss}), and the mean as a function of the linear
 * predictor. A {@link org.hessianworkbench.models.Model} on data is an objective to minimise:
 * {@link org.hessianworkbench.models.RegressionModel} for a family on a design matrix (with R's
 * log-likelihood, deviances and AIC), {@code product.ProductModel} for the linear product models.
 *
 * <p>Subpackages: {@code product} (the linear product models, their identifiability and
 * normalisations), {@code derivation} (the models' derivations, written up and checked step by
 * step, from which {@code docs/derivations/} is generated) and {@code file} (fitted models saved as
 * JSON, and prediction on new data).
 */
package org.hessianworkbench.models;
