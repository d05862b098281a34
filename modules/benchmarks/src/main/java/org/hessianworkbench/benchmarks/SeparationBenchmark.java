package org.hessianworkbench.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.inference.Separation;
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
 * Time of separation detection ({@link Separation#binary}: the linear program in the space of the
 * coefficients, every fit of a logistic model runs it) on \(n = 10^5\) rows.
 *
 * <p>Data, drawn once per trial from {@link Random} with a fixed seed: an intercept and \(p - 1\)
 * standard normal covariates, every third one times 1e3 (mixed scales), \(\beta^{true}_j \sim
 * N(0, 1/p)\) in the covariates' units. Responses: {@code overlap} drawn from the logistic model
 * (the usual case: the estimate exists), {@code complete} \(1[x_i^\top\beta^{true} > 0]\),
 * {@code quasi} the overlapping responses with the last column replaced by a dummy (every tenth
 * row) whose rows all have \(y = 1\).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class SeparationBenchmark {

    /** Seed of the simulated data. */
    static final long SEED = 20261128L;

    /** Number of observations. */
    @Param({"100000"})
    public int n;

    /** Number of coefficients, the intercept included. */
    @Param({"5", "20"})
    public int p;

    /** {@code overlap}, {@code complete} or {@code quasi}. */
    @Param({"overlap", "complete", "quasi"})
    public String responses;

    private DesignBlock design;
    private double[] y;

    /** Simulates the data, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(SEED);
        double[] beta = new double[p];
        for (int j = 0; j < p; j++) {
            beta[j] = random.nextGaussian() / Math.sqrt(p) / (j % 3 == 0 && j > 0 ? 1e3 : 1);
        }
        double[][] x = new double[n][p];
        y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1;
            for (int j = 1; j < p; j++) {
                x[i][j] = random.nextGaussian() * (j % 3 == 0 ? 1e3 : 1);
            }
            double eta = 0;
            for (int j = 0; j < p; j++) {
                eta += x[i][j] * beta[j];
            }
            double u = random.nextDouble();
            y[i] = switch (responses) {
                case "complete" -> eta > 0 ? 1 : 0;
                case "quasi" -> i % 10 == 0 ? 1 : u < LogisticLoss.sigmoid(eta) ? 1 : 0;
                default -> u < LogisticLoss.sigmoid(eta) ? 1 : 0;
            };
            if (responses.equals("quasi")) {
                x[i][p - 1] = i % 10 == 0 ? 1 : 0;
            }
        }
        List<String> names = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            names.add("x" + j);
        }
        design = DesignBlock.of("", names, x);
    }

    /** The programs until the set of exactly predicted rows is maximal, and the coefficients that run off. */
    @Benchmark
    public Separation.Result detect() {
        return Separation.binary(design, y);
    }
}
