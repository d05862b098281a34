package org.hessianworkbench.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.models.LogisticLoss;

/**
 * Simulated logistic-regression data shared by the benchmarks: \(x_{ij} \sim N(0, 1)\),
 * \(\beta^{true}_j \sim N(0, 1/p)\), \(y_i \sim \mathrm{Bernoulli}(\sigma(x_i^\top\beta^{true}))\), and a
 * point of evaluation \(\beta \sim N(0, 1/p)\) drawn after the data, all from one {@link Random} with
 * the given seed (the same numbers on every run and JVM).
 *
 * @param design the design, one block of \(p\) columns named {@code x1..xp}, no intercept
 * @param y      the 0/1 responses
 * @param beta   the point of evaluation
 */
record LogisticData(DesignBlock design, double[] y, double[] beta) {

    /** Draws \(n\) rows of \(p\) columns with {@code seed}. */
    static LogisticData simulate(int n, int p, long seed) {
        Random random = new Random(seed);
        double sd = 1 / Math.sqrt(p);
        double[] trueBeta = new double[p];
        for (int j = 0; j < p; j++) {
            trueBeta[j] = sd * random.nextGaussian();
        }
        double[] x = new double[n * p];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double eta = 0;
            for (int j = 0; j < p; j++) {
                double v = random.nextGaussian();
                x[i * p + j] = v;
                eta += v * trueBeta[j];
            }
            y[i] = random.nextDouble() < LogisticLoss.sigmoid(eta) ? 1 : 0;
        }
        List<String> names = new ArrayList<>(p);
        for (int j = 1; j <= p; j++) {
            names.add("x" + j);
        }
        double[] beta = new double[p];
        for (int j = 0; j < p; j++) {
            beta[j] = sd * random.nextGaussian();
        }
        return new LogisticData(DesignBlock.of("", names, x), y, beta);
    }
}
