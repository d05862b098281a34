package org.hessianworkbench.grading.exercise;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.hessianworkbench.testkit.Designs;

/**
 * The random cases a solution is checked on (jqwik arbitraries). Designs are small, 1 to
 * {@value #MAX_ROWS} rows and 1 to {@value #MAX_COLUMNS} columns per block, and the numbers simple
 * (integers and halves in [-2, 2], now and then a number with three decimals) so that a shrunk
 * counterexample can be redone by hand. The values are drawn into fixed-size pools and the case uses
 * the top-left part of each, so jqwik shrinks the size and every entry independently: towards one
 * row, one column and zeros. The numbers and the pools are the testkit's ({@link Designs#simple},
 * {@link Designs#topLeft}), the pieces of the workbench's one generator of designs.
 *
 * <p>Cross-entropy product cases keep every prediction \(\hat y_i = f_{i1}f_{i2}\) inside the clip,
 * where the loss is smooth and the clip does nothing: each group's first column is 1 (a bias) with a
 * coefficient in [0.25, 0.75], the other entries of \(x\) are in [-1, 1] and their coefficients in
 * [-0.1, 0.1], so with at most two of them \(f_{ig} \in [0.05, 0.95]\) and
 * \(\hat y_i \in [0.0025, 0.9025]\), inside \((10^{-3}, 1 - 10^{-3})\).
 */
public final class Cases {

    /** Most rows of a case. */
    static final int MAX_ROWS = 6;

    /** Most columns per design block. */
    static final int MAX_COLUMNS = 3;

    /** Entries of \(x\), \(\beta\) and real responses lie in [-RANGE, RANGE]. */
    static final double RANGE = 2;

    /** Cross-entropy cases: non-bias entries of \(x\) lie in [-1, 1]. */
    static final double CLIP_X_RANGE = 1;

    /** Cross-entropy cases: non-bias coefficients lie in [-0.1, 0.1]. */
    static final double CLIP_SLOPE_RANGE = 0.1;

    /** Cross-entropy cases: bias coefficients lie in [0.25, 0.75]. */
    static final double CLIP_BIAS_LOW = 0.25;

    /** See {@link #CLIP_BIAS_LOW}. */
    static final double CLIP_BIAS_HIGH = 0.75;

    /** The largest count of a Poisson response. */
    static final int MAX_COUNT = 4;

    /** What the responses are. */
    enum Response {
        /** 0 or 1. */
        BINARY("binary"),
        /** 0, 1, ..., {@value Cases#MAX_COUNT}. */
        COUNT("count"),
        /** A simple number in [-2, 2]. */
        REAL("real"),
        /** A simple number in [0, 1] (a proportion). */
        UNIT_INTERVAL("unit-interval"),
        /** A class 0, 1 or 2 (a multinomial exercise's three classes). */
        CATEGORICAL("categorical");

        private final String cliName;

        Response(String cliName) {
            this.cliName = cliName;
        }

        /** The name in an exercise file, e.g. {@code unit-interval}. */
        String cliName() {
            return cliName;
        }
    }

    private Cases() {
    }

    /**
     * The cases of an exercise.
     *
     * @param e           the exercise
     * @param equalWidths for a product exercise, whether both groups have the same number of columns
     *                    (where a transposed cross block is a wrong value rather than an index error)
     */
    static Arbitrary<ExerciseCase> of(Exercise e, boolean equalWidths) {
        boolean product = e.kind() == ExerciseKind.PRODUCT_HESSIAN;
        boolean multinomial = e.kind() == ExerciseKind.MULTINOMIAL_HESSIAN;
        Exercise.Domain d = e.domain();
        Exercise.Sizes size = e.sizes();
        boolean clip = d.intercept();
        int maxRows = size.nMax();
        int maxColumns = size.pMax();
        Arbitrary<Integer> rows = Arbitraries.integers().between(size.nMin(), maxRows);
        Arbitrary<Integer> columns = Arbitraries.integers().between(size.pMin(), maxColumns);
        Arbitrary<List<Double>> x = within(d.xLow(), d.xHigh()).list().ofSize(maxRows * maxColumns);
        Arbitrary<List<Double>> y = response(e.response()).list().ofSize(maxRows);
        Arbitrary<List<Double>> beta = within(d.betaLow(), d.betaHigh()).list().ofSize(2 * maxColumns);
        Arbitrary<List<Double>> bias = clip ? Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of((d.interceptLow() + d.interceptHigh()) / 2, d.interceptLow(),
                        d.interceptHigh())),
                Tuple.of(1, Arbitraries.doubles().between(d.interceptLow(), d.interceptHigh()).ofScale(3)))
                .list().ofSize(2) : Arbitraries.just(List.of(Double.NaN, Double.NaN));
        return Combinators.combine(rows, columns, columns, x, x, y, beta, bias).as((n, p1, p2, xa, xb, ys, bs, bias0) -> {
            int q2 = equalWidths ? p1 : p2;
            double[][] x1 = block(xa, n, p1, maxColumns, clip);
            double[][] x2 = product ? block(xb, n, q2, maxColumns, clip) : multinomial ? x1 : null;
            double[] yv = new double[n];
            for (int i = 0; i < n; i++) {
                yv[i] = ys.get(i);
            }
            double[] b = new double[product ? p1 + q2 : multinomial ? 2 * p1 : p1];
            fill(b, 0, p1, bs, 0, bias0.get(0));
            if (product) {
                fill(b, p1, q2, bs, maxColumns, bias0.get(1));
            } else if (multinomial) {
                fill(b, p1, p1, bs, maxColumns, bias0.get(1));
            }
            return new ExerciseCase(x1, x2, yv, b);
        });
    }

    /** Simple numbers in [lo, hi]: {@link #simple} of the half-width, shifted to the middle. */
    static Arbitrary<Double> within(double lo, double hi) {
        double mid = (lo + hi) / 2;
        return mid == 0 ? simple(hi) : simple((hi - lo) / 2).map(v -> v + mid);
    }

    /**
     * Simple numbers in [-r, r]: mostly multiples of r/2 and of r/4 (integers and halves for r = 2),
     * sometimes a number with three decimals (the testkit's {@link Designs#simple}).
     */
    static Arbitrary<Double> simple(double r) {
        return Designs.simple(r);
    }

    private static Arbitrary<Double> response(Response r) {
        return switch (r) {
            case BINARY -> Arbitraries.of(0.0, 1.0);
            case COUNT -> Arbitraries.integers().between(0, MAX_COUNT).map(Integer::doubleValue);
            case REAL -> simple(RANGE);
            case UNIT_INTERVAL -> within(0, 1);
            case CATEGORICAL -> Arbitraries.of(0.0, 1.0, 2.0);
        };
    }

    /** Rows {@code 0..n-1}, columns {@code 0..p-1} of the pool; with a clip, the first column is the bias 1. */
    private static double[][] block(List<Double> pool, int n, int p, int maxColumns, boolean clip) {
        double[][] x = Designs.topLeft(pool, n, p, maxColumns);
        if (clip) {
            for (double[] row : x) {
                row[0] = 1;
            }
        }
        return x;
    }

    /** {@code b[off..off+p)} from the pool at {@code from}; the first is {@code bias} unless it is NaN. */
    private static void fill(double[] b, int off, int p, List<Double> pool, int from, double bias) {
        for (int j = 0; j < p; j++) {
            b[off + j] = j == 0 && !Double.isNaN(bias) ? bias : pool.get(from + j);
        }
    }
}
