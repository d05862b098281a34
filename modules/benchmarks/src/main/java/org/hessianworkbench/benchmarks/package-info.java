/**
 * JMH benchmarks of the workbench's derivative engines.
 *
 * <p>{@link org.hessianworkbench.benchmarks.HessianBenchmark} times one evaluation of the Hessian
 * of a logistic regression objective by each of three engines — the hand-derived analytic formula,
 * automatic differentiation with Hipparchus {@code DerivativeStructure}, and central finite
 * differences of the analytic gradient — and one evaluation of the gradient, analytic and by AD,
 * on \(n = 10^5\) simulated observations with \(p = 5, 20, 80\) parameters. The analytic engines
 * are the baseline: the ratios AD/analytic and fd-central/analytic say what the independent
 * cross-checks of the workbench cost.
 *
 * <p>{@link org.hessianworkbench.benchmarks.ExpressionLossBenchmark} times the same analytic Hessian
 * (\(p = 20\)) with the logistic loss hand-written against the loss written as an expression and
 * compiled ({@code ExpressionLoss}), on panels of rows and row by row, and the loss's own evaluation
 * alone.
 *
 * <p>The classes here are only compiled in the normal build; nothing runs them during
 * {@code mvn verify}. The module packages them, with JMH's generated code and every dependency,
 * into {@code modules/benchmarks/target/benchmarks.jar}, whose main class is JMH's own runner:
 * {@code ./workbench bench [JMH options]} builds if needed and runs it. See
 * {@code docs/benchmarks.md} for the options, what is measured and the results.
 */
package org.hessianworkbench.benchmarks;
