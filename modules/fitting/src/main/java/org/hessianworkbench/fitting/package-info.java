/**
 * The pipeline as a library: what the workbench's commands compute, independent of how it is shown.
 *
 * <p>{@link org.hessianworkbench.fitting.Workbench} is the entry point for programs and JShell.
 * Behind it: {@link org.hessianworkbench.fitting.Fitter} fits a formula model and infers from the
 * Hessian at the estimate (covariance, standard errors, Wald tests and intervals, R's fit
 * statistics); {@link org.hessianworkbench.fitting.ProductFitter} does the same for a product
 * model (the ridge diagnosed, standard errors under a normalisation);
 * {@link org.hessianworkbench.fitting.PredictorsFitter} for a model of several linear predictors (the
 * joint observed information, cross blocks included; the negative binomial with k estimated);
 * {@link org.hessianworkbench.fitting.Checker} cross-checks every Hessian engine at a point against
 * AD; {@link org.hessianworkbench.fitting.OptimizerComparison} runs several optimisers from one
 * start. {@link org.hessianworkbench.fitting.ModelRequest} names a model on a data file.
 *
 * <p>Results are immutable records ({@link org.hessianworkbench.fitting.FitReport},
 * {@link org.hessianworkbench.fitting.ProductFitReport}, {@link org.hessianworkbench.fitting.CheckReport},
 * {@link org.hessianworkbench.fitting.OptimizerComparison}) that the {@code report} module renders.
 * Nothing here knows the command line.
 */
package org.hessianworkbench.fitting;
