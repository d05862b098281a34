/**
 * The workbench's jobs, independent of how they are shown: fitting a model with inference
 * ({@link org.hessianworkbench.fitting.Fitter}) and cross-checking every Hessian engine at a
 * point ({@link org.hessianworkbench.fitting.Checker}). Results are plain records that the
 * report package renders as text, JSON or Markdown.
 */
package org.hessianworkbench.fitting;
