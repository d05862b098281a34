package org.hessianworkbench.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.LossPanel;
import org.hessianworkbench.derivatives.ObservationLoss;
import org.hessianworkbench.models.LogisticLoss;
import org.hessianworkbench.models.expression.ExpressionLoss;
import org.hipparchus.CalculusFieldElement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one analytic Hessian of the logistic regression objective (the data of
 * {@link HessianBenchmark}, {@link LogisticData}) with the loss hand-written ({@link LogisticLoss})
 * against the same loss written as an expression and compiled ({@link ExpressionLoss} of
 * {@value #EXPRESSION}, which the stable simplifier turns into {@code softplus(eta) - y*eta} with
 * derivatives {@code sigmoid(eta) - y} and {@code sigmoid(eta)*sigmoid(-eta)}).
 *
 * <p>{@code loss}: {@code handWritten} is {@link LogisticLoss}; {@code expression} is the
 * {@link ExpressionLoss} itself, whose compiled program the objective evaluates on whole panels of
 * rows; {@code expressionPerRow} is the same {@link ExpressionLoss} behind a wrapper that forwards only
 * the one-row methods, so the objective's panels go through {@link ObservationLoss}'s default
 * row-by-row loop: the path every expression loss took before the panel path existed.
 *
 * <p>{@link #lossOnly()} times the loss and its derivatives alone, without the sums; results and the
 * command that reproduces them are in {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExpressionLossBenchmark {

    /** The logistic loss as an expression. */
    static final String EXPRESSION = "-(y*eta - softplus(eta))";

    /** Rows per panel of {@link #lossOnly()}, as in {@link LinearPredictorObjective}. */
    static final int PANEL_ROWS = 256;

    /** Number of observations. */
    @Param({"100000"})
    public int n;

    /** Number of parameters (columns of the design, no intercept). */
    @Param({"20"})
    public int p;

    /** Which loss (see the class comment). */
    @Param({"handWritten", "expression", "expressionPerRow"})
    public String loss;

    private LinearPredictorObjective objective;
    private double[] beta;
    private ObservationLoss observationLoss;
    private double[] eta;
    private double[] y;
    private LossPanel panel;

    /** Simulates the data and builds the objective, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        LogisticData data = LogisticData.simulate(n, p, HessianBenchmark.SEED);
        ObservationLoss l = switch (loss) {
            case "handWritten" -> LogisticLoss.INSTANCE;
            case "expression" -> ExpressionLoss.parse(EXPRESSION);
            case "expressionPerRow" -> new PerRow(ExpressionLoss.parse(EXPRESSION));
            default -> throw new IllegalArgumentException("unknown loss '" + loss + "'");
        };
        objective = LinearPredictorObjective.of(List.of(data.design()), data.y(), l);
        beta = data.beta();
        observationLoss = l;
        eta = objective.linearPredictors(beta)[0];
        y = data.y();
        panel = LossPanel.of(1, PANEL_ROWS, false);
    }

    /** Value, gradient and Hessian, analytic: one pass over the data. */
    @Benchmark
    public double[][] analyticHessian() {
        return objective.hessian(beta);
    }

    /**
     * The loss and its two derivatives alone, on one thread: the \(n\) rows' fixed linear predictors
     * handed to the loss in panels of {@value #PANEL_ROWS} rows, as the objective does, without the
     * gradient and Hessian sums. Returns the sums of the values and second derivatives.
     */
    @Benchmark
    public double lossOnly() {
        double sum = 0;
        double[] values = panel.values();
        double[] d2 = panel.d2(0);
        for (int from = 0; from < n; from += PANEL_ROWS) {
            int count = Math.min(PANEL_ROWS, n - from);
            System.arraycopy(eta, from, panel.eta(0), 0, count);
            System.arraycopy(y, from, panel.y(), 0, count);
            observationLoss.derivatives(count, panel);
            for (int r = 0; r < count; r++) {
                sum += values[r] + d2[r];
            }
        }
        return sum;
    }

    /** A loss that forwards the one-row methods only, so that the panels use the default row-by-row loop. */
    static final class PerRow implements ObservationLoss {
        private final ObservationLoss loss;

        PerRow(ObservationLoss loss) {
            this.loss = loss;
        }

        @Override
        public int predictors() {
            return loss.predictors();
        }

        @Override
        public <T extends CalculusFieldElement<T>> T value(T[] eta, double y) {
            return loss.value(eta, y);
        }

        @Override
        public double value(double[] eta, double y) {
            return loss.value(eta, y);
        }

        @Override
        public double derivatives(double[] eta, double y, double[] d1, double[] d2) {
            return loss.derivatives(eta, y, d1, d2);
        }

        @Override
        public boolean acceptsTrials() {
            return loss.acceptsTrials();
        }

        @Override
        public <T extends CalculusFieldElement<T>> T value(T[] eta, double y, double m) {
            return loss.value(eta, y, m);
        }

        @Override
        public double value(double[] eta, double y, double m) {
            return loss.value(eta, y, m);
        }

        @Override
        public double derivatives(double[] eta, double y, double m, double[] d1, double[] d2) {
            return loss.derivatives(eta, y, m, d1, d2);
        }

        @Override
        public int piece(double[] eta, double y) {
            return loss.piece(eta, y);
        }

        @Override
        public String toString() {
            return loss.toString();
        }
    }
}
