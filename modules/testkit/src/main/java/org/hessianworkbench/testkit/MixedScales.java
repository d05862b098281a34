package org.hessianworkbench.testkit;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Regression problems whose columns have different scales in one design (1e-3 ... 1e4, each column
 * its own), the shape that breaks absolute tolerances: jqwik arbitraries of values, so that a
 * counterexample shrinks (fewer columns, scales towards 1, entries towards 0). {@link Designs}
 * draws one scale per design; this draws one per column.
 *
 * <p>Each problem has 1..{@value #MAX_COVARIATES} covariates, an intercept column first in half of
 * them, {@value #MIN_ROWS_PER_PARAMETER}..{@value #MAX_ROWS_PER_PARAMETER} rows per parameter; covariate
 * \(j\) is a standard normal value times its scale \(s_j\) from {@link #SCALES}, and the point is
 * \(\beta_j = z_j/(s_j\sqrt{q})\) (\(q\) the number of columns), so the linear predictor stays near
 * N(0, 1) whatever the scales; responses are drawn from a Poisson or a logistic regression at the point.
 */
public final class MixedScales {

    /** The scales a column can have; jqwik shrinks towards the first, 1. */
    public static final List<Double> SCALES = List.of(1.0, 1e-3, 1e-2, 0.1, 10.0, 1e2, 1e3, 1e4);

    /** Most covariates (the intercept not counted). */
    public static final int MAX_COVARIATES = 4;

    /** Fewest rows per parameter: well-determined fits. */
    public static final int MIN_ROWS_PER_PARAMETER = 15;

    /** Most rows per parameter. */
    public static final int MAX_ROWS_PER_PARAMETER = 60;

    /** The model the responses are drawn from. */
    public enum Family {
        /** y ~ Poisson(exp(eta)). */
        POISSON,
        /** y ~ Bernoulli(sigmoid(eta)). */
        LOGISTIC
    }

    /**
     * One problem.
     *
     * @param family    the model the responses come from
     * @param x         the design, {@code n} rows; the first column all ones when {@code intercept}
     * @param y         the responses
     * @param point     the coefficients the responses were drawn at
     * @param scales    each column's scale (1 for the intercept)
     * @param intercept whether the first column is an intercept
     */
    public record Problem(Family family, double[][] x, double[] y, double[] point, double[] scales, boolean intercept) {

        /** Copies in. */
        public Problem {
            x = x.clone();
            for (int i = 0; i < x.length; i++) {
                x[i] = x[i].clone();
            }
            y = y.clone();
            point = point.clone();
            scales = scales.clone();
        }

        /** Rows. */
        public int n() {
            return y.length;
        }

        /** Columns. */
        public int p() {
            return point.length;
        }

        /** The largest scale over the smallest. */
        public double scaleRatio() {
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (double s : scales) {
                lo = Math.min(lo, s);
                hi = Math.max(hi, s);
            }
            return hi / lo;
        }

        /** The covariates' names: {@code x1, x2, ...} (the intercept is not a column of the CSV). */
        public List<String> covariates() {
            int first = intercept ? 1 : 0;
            return java.util.stream.IntStream.range(first, p()).mapToObj(j -> "x" + (j - first + 1)).toList();
        }

        /** The R formula: {@code y ~ x1 + x2}, with {@code - 1} when there is no intercept. */
        public String formula() {
            return "y ~ " + String.join(" + ", covariates()) + (intercept ? "" : " - 1");
        }

        /**
         * The data as CSV text, {@code y,x1,...}, numbers to full precision, covariate column {@code k}
         * (0-based among the covariates) multiplied by {@code factor}.
         */
        public String csv(int k, double factor) {
            StringBuilder b = new StringBuilder("y");
            for (String c : covariates()) {
                b.append(',').append(c);
            }
            b.append('\n');
            int first = intercept ? 1 : 0;
            for (int i = 0; i < n(); i++) {
                b.append(String.format(Locale.ROOT, "%.17g", y[i]));
                for (int j = first; j < p(); j++) {
                    double v = j - first == k ? x[i][j] * factor : x[i][j];
                    b.append(',').append(String.format(Locale.ROOT, "%.17g", v));
                }
                b.append('\n');
            }
            return b.toString();
        }
    }

    private MixedScales() {
    }

    /** Problems of either family. */
    public static Arbitrary<Problem> regression() {
        return regression(Arbitraries.of(Family.values()));
    }

    /** Problems whose responses come from {@code families}. */
    public static Arbitrary<Problem> regression(Arbitrary<Family> families) {
        Arbitrary<Integer> covariates = Arbitraries.integers().between(1, MAX_COVARIATES);
        Arbitrary<Integer> perParameter = Arbitraries.integers().between(MIN_ROWS_PER_PARAMETER, MAX_ROWS_PER_PARAMETER);
        return Combinators.combine(families, covariates, perParameter, Arbitraries.of(false, true)).flatAs((fam, q, k, one) -> {
            int p = q + (one ? 1 : 0);
            int n = k * p;
            return Combinators.combine(Arbitraries.of(SCALES).list().ofSize(q), Designs.normals(n * q), Designs.normals(p),
                    Designs.probabilities(n)).as((s, v, z, u) -> build(fam, n, q, one, s, v, z, u));
        });
    }

    private static Problem build(Family family, int n, int q, boolean one, List<Double> s, double[] values, double[] z,
                                 double[] u) {
        int p = q + (one ? 1 : 0);
        double[][] x = new double[n][p];
        double[] scales = new double[p];
        double[] beta = new double[p];
        int first = one ? 1 : 0;
        if (one) {
            scales[0] = 1;
            beta[0] = z[0] / Math.sqrt(p);
        }
        for (int j = 0; j < q; j++) {
            scales[first + j] = s.get(j);
            beta[first + j] = z[first + j] / (s.get(j) * Math.sqrt(p));
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            if (one) {
                x[i][0] = 1;
            }
            double eta = one ? beta[0] : 0;
            for (int j = 0; j < q; j++) {
                x[i][first + j] = s.get(j) * values[i * q + j];
                eta += x[i][first + j] * beta[first + j];
            }
            y[i] = family == Family.POISSON ? Designs.poissonQuantile(Math.exp(eta), u[i])
                    : u[i] < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
        }
        return new Problem(family, x, y, beta, scales, one);
    }
}
