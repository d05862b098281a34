package org.hessianworkbench.derivatives;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random problems for property tests: designs of n = 1..500 rows and 1..8 columns per block, with
 * values across scales (1e-3 .. 1e3), optionally a near-collinear column, an intercept column, and
 * a point whose linear predictors stay moderate. Shared through the test-jar.
 */
public final class RandomDesigns {

    /** Scales the generators use for covariate values. */
    public static final Double[] SCALES = {1e-3, 1.0, 1e3};

    private RandomDesigns() {
    }

    /**
     * One random problem.
     *
     * @param blocks    design blocks, one per linear predictor
     * @param y         responses (uniform on [0, 3), rounded for count-like use by the caller if needed)
     * @param beta      a point with \(|\eta| \lesssim 2\)
     * @param scale     the covariate scale used
     * @param collinear whether a near-collinear column was added
     */
    public record Problem(List<DesignBlock> blocks, double[] y, double[] beta, double scale, boolean collinear) {
        /** Rows. */
        public int n() {
            return y.length;
        }

        /** Parameters. */
        public int p() {
            return beta.length;
        }
    }

    /** Problems with {@code k} design blocks. */
    public static Arbitrary<Problem> problems(int k) {
        return Combinators.combine(
                Arbitraries.oneOf(Arbitraries.just(1), Arbitraries.integers().between(2, 20),
                        Arbitraries.integers().between(21, 500)),
                Arbitraries.integers().between(1, 8).list().ofSize(k),
                Arbitraries.of(SCALES),
                Arbitraries.of(true, false),
                Arbitraries.longs())
                .as((n, sizes, scale, collinear, seed) -> build(n, sizes, scale, collinear, seed));
    }

    /** Builds a problem deterministically from a seed. */
    public static Problem build(int n, List<Integer> sizes, double scale, boolean collinear, long seed) {
        Random r = new Random(seed);
        List<DesignBlock> blocks = new ArrayList<>();
        List<Double> beta = new ArrayList<>();
        int k = sizes.size();
        for (int b = 0; b < k; b++) {
            int p = sizes.get(b);
            boolean addCollinear = collinear && p >= 2;
            double[][] x = new double[n][p];
            List<String> names = new ArrayList<>();
            for (int j = 0; j < p; j++) {
                names.add("g" + b + "x" + j);
            }
            for (int i = 0; i < n; i++) {
                x[i][0] = k > 1 ? 1 : scale * r.nextGaussian();
                for (int j = 1; j < p; j++) {
                    x[i][j] = scale * r.nextGaussian();
                }
                if (addCollinear) {
                    x[i][p - 1] = x[i][p - 2] * (1 + 1e-6 * r.nextGaussian());
                }
            }
            blocks.add(DesignBlock.of("g" + b, names, x));
            for (int j = 0; j < p; j++) {
                double s = (j == 0 && k > 1) ? 1 : scale;
                // |eta| stays around 1: products of k groups near 1 (first column is a bias then)
                double mean = (k > 1 && j == 0) ? 1 : 0;
                beta.add(mean + r.nextGaussian() / (s * Math.sqrt(p)) * (k > 1 ? 0.3 : 1));
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.floor(3 * r.nextDouble());
        }
        return new Problem(blocks, y, beta.stream().mapToDouble(Double::doubleValue).toArray(), scale, collinear);
    }
}
