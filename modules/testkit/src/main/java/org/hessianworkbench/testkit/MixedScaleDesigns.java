package org.hessianworkbench.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Regression designs whose columns have different units in one design, from thousandths to tens of
 * thousands (\(10^{-3}\) to \(10^{4}\)): the designs on which a finite-difference step or a comparison
 * that ignores the units of the columns goes wrong (a column of dollars beside one of ages, or of
 * thousandths). A companion of {@link Designs}, drawn the same way (jqwik arbitraries of values, so
 * a counterexample shrinks towards fewer rows, fewer columns, every scale 1, no offset and small
 * entries).
 *
 * <p>One design block: an intercept column (all ones) in half the problems, then 1..{@value #MAX_COVARIATES}
 * covariates; covariate \(j\) has scale \(s_j = 10^{k_j}\), \(k_j\) drawn from {@value #MIN_DECADE} to
 * {@value #MAX_DECADE}, and in half the designs with two or more covariates the first two are set to
 * the extremes \(10^{-3}\) and \(10^{4}\). Its entries are \(s_j(m + z_{ij})\), \(z_{ij}\) standard normal,
 * with the offset \(m = \) {@value #OFFSET} in half the designs (as an income of \(3\times10^4 \pm 8\times10^3\):
 * a mean four standard deviations from 0, nearly collinear with the intercept) and 0 otherwise. The
 * point gives each covariate a coefficient \(\beta_j = c\,z_j / (s_j\sqrt{1 + m^2}\sqrt q)\) (\(c\) the
 * spread, 1 by default; \(q\) the number of covariates), so each term \(x_{ij}\beta_j\) has size about
 * \(1/\sqrt q\) whatever the units; with an intercept, its coefficient \(c\,z_0/\sqrt q\) minus the
 * offsets' mean contribution, so the linear predictor is centred. Responses as {@link Designs.Response}.
 */
public final class MixedScaleDesigns {

    /** The smallest decade of a column's scale: \(10^{-3}\). */
    public static final int MIN_DECADE = -3;

    /** The largest decade of a column's scale: \(10^{4}\). */
    public static final int MAX_DECADE = 4;

    /** Most covariates (besides the intercept). */
    public static final int MAX_COVARIATES = 7;

    /** The offset of a shifted covariate, in its standard deviations. */
    public static final double OFFSET = 4;

    private MixedScaleDesigns() {
    }

    /**
     * A regression problem with mixed column scales. Instances are immutable.
     *
     * @param problem the design, responses and point ({@link RandomProblem#scale()} is NaN: the columns
     *                have different scales)
     * @param scales  each column's scale \(s_j\) (1 for the intercept)
     * @param offset  whether the covariates are shifted by {@value #OFFSET} standard deviations
     */
    public record Problem(RandomProblem problem, double[] scales, boolean offset) {

        /** Defensive copy in. */
        public Problem {
            scales = scales.clone();
        }

        /** Each column's scale (a copy). */
        @Override
        public double[] scales() {
            return scales.clone();
        }

        /** The ratio of the largest to the smallest column scale. */
        public double spread() {
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (int j = problem.intercept() ? 1 : 0; j < scales.length; j++) {
                lo = Math.min(lo, scales[j]);
                hi = Math.max(hi, scales[j]);
            }
            return hi > 0 ? hi / lo : 1;
        }

        /** Whether the design has a column of scale \(10^{-3}\) and one of \(10^{4}\). */
        public boolean extremes() {
            return spread() >= Math.pow(10, MAX_DECADE - MIN_DECADE) * (1 - 1e-9);
        }

        /** The sizes and scales, then the problem (its design and point when small). */
        @Override
        public String toString() {
            List<String> s = new ArrayList<>();
            for (double v : scales) {
                s.add(String.format(Locale.ROOT, "%.0e", v));
            }
            return "column scales " + s + (offset ? ", offset covariates" : "") + "; " + problem;
        }
    }

    /** Regression problems with mixed column scales, responses {@code response}, spread 1. */
    public static Arbitrary<Problem> regression(Designs.Response response) {
        return regression(response, 1);
    }

    /**
     * Regression problems with mixed column scales.
     *
     * @param response what the responses are
     * @param spread   the point's spread \(c\) (the size of the linear predictor)
     * @return the problems
     */
    public static Arbitrary<Problem> regression(Designs.Response response, double spread) {
        Arbitrary<Integer> covariates = Arbitraries.integers().between(1, MAX_COVARIATES);
        Arbitrary<List<Integer>> decades = Arbitraries.integers().between(MIN_DECADE, MAX_DECADE).list()
                .ofSize(MAX_COVARIATES);
        return Combinators.combine(Designs.rows(), covariates, decades, Arbitraries.of(false, true),
                Arbitraries.of(false, true), Arbitraries.of(false, true)).flatAs((n, q, k, ones, extremes, offset) -> {
                    int p = q + (ones ? 1 : 0);
                    return Combinators.combine(Designs.normals(n * q), Designs.normals(p), responses(response, n))
                            .as((x, z, r) -> build(n, q, k, ones, extremes, offset, x, z, r, response, spread));
                });
    }

    private static Arbitrary<double[]> responses(Designs.Response response, int n) {
        return switch (response) {
            case LEVELS -> Arbitraries.integers().between(0, 2).list().ofSize(n).map(MixedScaleDesigns::doubles);
            case BINARY -> Arbitraries.integers().between(0, 1).list().ofSize(n).map(MixedScaleDesigns::doubles);
            case COUNTS -> Arbitraries.integers().between(0, 3).list().ofSize(n).map(MixedScaleDesigns::doubles);
            case REAL -> Designs.normals(n).map(z -> {
                double[] y = z.clone();
                for (int i = 0; i < y.length; i++) {
                    y[i] *= 2;
                }
                return y;
            });
            case POSITIVE -> Designs.positives(n);
            case LOGISTIC_AT_POINT, POISSON_AT_POINT -> Designs.probabilities(n);
        };
    }

    private static double[] doubles(List<Integer> k) {
        double[] v = new double[k.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = k.get(i);
        }
        return v;
    }

    private static Problem build(int n, int q, List<Integer> decades, boolean ones, boolean extremes, boolean offset,
                                 double[] values, double[] z, double[] r, Designs.Response response, double spread) {
        int p = q + (ones ? 1 : 0);
        int first = ones ? 1 : 0;
        double[] scales = new double[p];
        Arrays.fill(scales, 1);
        for (int j = 0; j < q; j++) {
            int k = extremes && q >= 2 && j < 2 ? (j == 0 ? MIN_DECADE : MAX_DECADE) : decades.get(j);
            scales[first + j] = Math.pow(10, k);
        }
        double m = offset ? OFFSET : 0;
        double[][] x = new double[n][p];
        for (int i = 0; i < n; i++) {
            if (ones) {
                x[i][0] = 1;
            }
            for (int j = 0; j < q; j++) {
                x[i][first + j] = scales[first + j] * (m + values[i * q + j]);
            }
        }
        double[] beta = new double[p];
        double shift = 0;
        for (int j = 0; j < q; j++) {
            double b = spread * z[first + j] / (scales[first + j] * Math.sqrt(1 + m * m) * Math.sqrt(q));
            beta[first + j] = b;
            shift += m * scales[first + j] * b;
        }
        if (ones) {
            beta[0] = spread * z[0] / Math.sqrt(q) - shift;
        }
        double[] y = switch (response) {
            case LOGISTIC_AT_POINT, POISSON_AT_POINT -> drawn(x, beta, r, response);
            default -> r;
        };
        return new Problem(new RandomProblem(List.<double[][]>of(x), y, beta, Double.NaN, false, ones), scales, offset);
    }

    /** Responses drawn from the model at the point by inversion of uniform values {@code u}. */
    private static double[] drawn(double[][] x, double[] beta, double[] u, Designs.Response response) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double eta = 0;
            for (int j = 0; j < beta.length; j++) {
                eta += x[i][j] * beta[j];
            }
            y[i] = response == Designs.Response.LOGISTIC_AT_POINT ? (u[i] < 1 / (1 + Math.exp(-eta)) ? 1 : 0)
                    : Designs.poissonQuantile(Math.exp(eta), u[i]);
        }
        return y;
    }
}
