package org.hessianworkbench.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hessianworkbench.derivatives.FiniteDifferences;
import org.hessianworkbench.derivatives.FirstOrder;
import org.hessianworkbench.derivatives.HessianEstimate;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.SecondOrder;
import org.hessianworkbench.models.LogisticLoss;
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
 * Time of one Hessian (analytic, AD, fd-central) and one gradient (analytic, AD) of a logistic
 * regression objective \(f(\beta) = \sum_i \log(1 + e^{x_i^\top\beta}) - y_i x_i^\top\beta\) on
 * simulated data.
 *
 * <p>Data, drawn once per trial by {@link LogisticData} with a fixed seed: \(x_{ij} \sim N(0, 1)\),
 * \(\beta^{true}_j \sim N(0, 1/p)\) (so \(x_i^\top\beta^{true}\) has variance about 1 and the
 * probabilities are neither all near 0.5 nor saturated), \(y_i \sim \mathrm{Bernoulli}(\sigma(x_i^\top
 * \beta^{true}))\). The point of evaluation is a second, independent draw \(\beta \sim N(0, 1/p)\),
 * fixed for the trial. The same seed gives the same data on every run and every JVM.
 *
 * <p>Each benchmark returns its result, which JMH feeds to a {@code Blackhole}, so none of the work
 * is dead code. The sums over observations run on the common ForkJoin pool as in the workbench itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class HessianBenchmark {

    /** Seed of the simulated data and of the point of evaluation. */
    static final long SEED = 20261122L;

    /** Number of observations. */
    @Param({"100000"})
    public int n;

    /** Number of parameters (columns of the design, no intercept). */
    @Param({"5", "20", "80"})
    public int p;

    private LinearPredictorObjective objective;
    private double[] beta;

    /** Simulates the data and builds the objective, once per trial (per value of the parameters). */
    @Setup(Level.Trial)
    public void setUp() {
        LogisticData data = LogisticData.simulate(n, p, SEED);
        objective = LinearPredictorObjective.of(List.of(data.design()), data.y(), LogisticLoss.INSTANCE);
        beta = data.beta();
    }

    /** Hand-derived Hessian \(X^\top \operatorname{diag}(\sigma(1-\sigma)) X\), one pass over the data. */
    @Benchmark
    public double[][] analyticHessian() {
        return objective.hessian(beta);
    }

    /** Hessian by forward AD (Hipparchus {@code DerivativeStructure}, order 2) of the generic loss. */
    @Benchmark
    public SecondOrder adHessian() {
        return objective.automaticHessian(beta);
    }

    /** Central differences of the analytic gradient: \(2p\) gradient passes, no error estimate. */
    @Benchmark
    public HessianEstimate fdCentralHessian() {
        return FiniteDifferences.central(objective, beta, false);
    }

    /** Hand-derived gradient \(X^\top(\sigma - y)\), one pass over the data. */
    @Benchmark
    public double[] analyticGradient() {
        return objective.gradient(beta);
    }

    /** Value and gradient by forward AD (Hipparchus {@code Gradient}) of the generic loss. */
    @Benchmark
    public FirstOrder adGradient() {
        return objective.automaticGradient(beta);
    }
}
