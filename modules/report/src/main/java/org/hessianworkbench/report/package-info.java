/**
 * What each command produced, shown: text for a terminal (in the style of R's {@code summary}),
 * Markdown, LaTeX (derivations) and JSON (Jackson; NaN and infinities become {@code null}). One
 * renderer per result ({@link org.hessianworkbench.report.FitRenderer},
 * {@link org.hessianworkbench.report.ProductRenderer}, {@link org.hessianworkbench.report.CheckRenderer},
 * {@link org.hessianworkbench.report.ComparisonRenderer}, {@link org.hessianworkbench.report.VerifyRenderer},
 * {@link org.hessianworkbench.report.ExerciseRenderer}, and {@code Derivation*} for derivations and
 * documents), built on shared pieces: {@link org.hessianworkbench.report.TextTable},
 * {@link org.hessianworkbench.report.Fmt} (numbers always in {@link java.util.Locale#ROOT}) and
 * {@link org.hessianworkbench.report.Json}. Also the files commands write: XChart plots
 * ({@link org.hessianworkbench.report.ConvergencePlot}, {@link org.hessianworkbench.report.BinsPlot}),
 * optimiser traces as CSV ({@link org.hessianworkbench.report.TraceCsv}), every output file written
 * atomically ({@link org.hessianworkbench.report.AtomicFiles}).
 *
 * <p>{@link org.hessianworkbench.report.Reports} is the entry point for programs and JShell.
 */
package org.hessianworkbench.report;
