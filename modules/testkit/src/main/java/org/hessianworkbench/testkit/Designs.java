package org.hessianworkbench.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * The one generator of random designs, responses and points the workbench checks itself on: jqwik
 * arbitraries of <em>values</em>, so that a counterexample shrinks (fewer rows, fewer columns, scale
 * 1, no collinear column, entries towards 0) instead of being a seed of {@link java.util.Random}.
 *
 * <p>Two shapes, each a {@link Spec} whose parts can be narrowed:
 * <ul>
 *   <li>{@link #regression()}: one design block of 1..{@value #MAX_COLUMNS} columns of standard
 *       normal covariates times a scale \(s\) from {@link #SCALES}, the first column all ones (an
 *       intercept) in half the problems, and a point \(\beta_j = z_j/(s\sqrt p)\) (\(z_j/\sqrt p\)
 *       for the intercept), so that the linear predictor stays near N(0, 1) whatever the scale;</li>
 *   <li>{@link #products()}: 1..{@value #MAX_GROUPS} groups of 1..{@value #MAX_GROUP_COLUMNS}
 *       columns, each with its bias column (all ones) first and covariates uniform on \([-s, s]\)
 *       (\(s = 1\) unless widened); the point puts each group's prediction near \(c^{1/G}\) (bias
 *       coefficient \(c^{1/G}\), the others \(0.1\,c^{1/G} z_j/(s\sqrt{p_g})\)), with \(c = 0.3\) for
 *       0/1 responses and 1.5 otherwise, so the product stays moderate and, for the cross-entropy
 *       model, well inside its clip ({@link #CLIP}).</li>
 * </ul>
 * Rows are 1 (a third of the problems), 2..20 (a third) or 21..{@value #MAX_ROWS}; with
 * near-collinear columns allowed, half the problems have the last column of each block of two or more
 * columns equal to the one before times \(1 + 10^{-6} v\) (\(v\) the value the entry would have had),
 * with a coefficient in the units of the column it repeats. Responses are 0/1, 0..2, 0..3, normal
 * with standard deviation 2, positive (log-normal), or drawn from a logistic or Poisson regression at the point.
 *
 * <p>Every random number is a jqwik value: a uniform integer mapped monotonically (through the normal
 * quantile function for normal values), so jqwik shrinks it towards 0.
 *
 * <p>The pieces ({@link #rows()}, {@link #scales()}, {@link #normals(int)}, {@link #uniforms(int)},
 * {@link #simple(double)}, {@link #topLeft}) are public for generators of other shapes.
 */
public final class Designs {

    /** Covariate scales; jqwik shrinks towards the first, 1. */
    public static final List<Double> SCALES = List.of(1.0, 1e-3, 1e3);

    /** Most rows of a problem. */
    public static final int MAX_ROWS = 500;

    /** Most columns of a regression design. */
    public static final int MAX_COLUMNS = 8;

    /** Most groups of a product model. */
    public static final int MAX_GROUPS = 3;

    /** Most columns of a product group, its bias included. */
    public static final int MAX_GROUP_COLUMNS = 5;

    /** Relative perturbation of a near-collinear column. */
    public static final double COLLINEAR_NOISE = 1e-6;

    /**
     * Values are drawn as integers in [-{@value}, {@value}] (uniformly: jqwik's integers are fast,
     * its Gaussian decimals slow) and mapped monotonically to the value, so that they shrink towards 0.
     */
    static final int STEPS = 1_000_000_000;

    /** Standard normal values reach at most \(\Phi^{-1}(1 - 1/(2\,\mathrm{STEPS} + 2))\), about 6.1: below this. */
    static final double NORMAL_BOUND = 6.25;

    /**
     * The cross-entropy product loss's clip (its {@code DEFAULT_EPS}, which the testkit cannot see):
     * product points for 0/1 responses keep every prediction inside \((\epsilon, 1 - \epsilon)\).
     */
    public static final double CLIP = 1e-3;

    /** The centre of a product model's prediction for 0/1 responses: inside the clip with room. */
    public static final double BINARY_CENTRE = 0.3;

    /** The centre of a product model's prediction for real responses. */
    public static final double REAL_CENTRE = 1.5;

    private Designs() {
    }

    // ---- pieces

    /** Rows: 1, 2..20 or 21..{@value #MAX_ROWS}, a third each (so n = 1 and small n are common). */
    public static Arbitrary<Integer> rows() {
        return Arbitraries.oneOf(Arbitraries.just(1), Arbitraries.integers().between(2, 20),
                Arbitraries.integers().between(21, MAX_ROWS));
    }

    /** A covariate scale from {@link #SCALES}. */
    public static Arbitrary<Double> scales() {
        return Arbitraries.of(SCALES);
    }

    /** Integers {@code -STEPS..STEPS}, uniformly, shrinking towards 0; no edge cases (they would skew the distribution). */
    private static Arbitrary<Integer> steps() {
        return Arbitraries.integers().between(-STEPS, STEPS).withDistribution(RandomDistribution.uniform()).withoutEdgeCases();
    }

    /**
     * One standard normal value, shrinking towards 0: a uniform step {@code k} through the normal
     * quantile function, \(z = \Phi^{-1}(1/2 + k/(2\,\mathrm{STEPS} + 2))\).
     */
    public static Arbitrary<Double> normal() {
        return steps().map(Designs::normalAt);
    }

    /** {@code count} independent standard normal values. */
    public static Arbitrary<double[]> normals(int count) {
        return steps().list().ofSize(count).map(k -> values(k, Designs::normalAt));
    }

    /** One value uniform on [-1, 1], shrinking towards 0. */
    public static Arbitrary<Double> uniform() {
        return steps().map(k -> k / (double) STEPS);
    }

    /** {@code count} independent values uniform on [-1, 1]. */
    public static Arbitrary<double[]> uniforms(int count) {
        return steps().list().ofSize(count).map(k -> values(k, v -> v / (double) STEPS));
    }

    /** {@code count} independent values uniform on [0, 1), shrinking towards 0 (for drawing responses). */
    static Arbitrary<double[]> probabilities(int count) {
        return Arbitraries.integers().between(0, STEPS - 1).withDistribution(RandomDistribution.uniform()).withoutEdgeCases()
                .list().ofSize(count).map(k -> values(k, v -> v / (double) STEPS));
    }

    /** {@code count} independent positive values \(e^z\), \(z\) standard normal, shrinking towards 1. */
    static Arbitrary<double[]> positives(int count) {
        return normals(count).map(z -> {
            double[] y = new double[z.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = Math.exp(z[i]);
            }
            return y;
        });
    }

    private static double[] values(List<Integer> steps, java.util.function.IntToDoubleFunction f) {
        double[] v = new double[steps.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(steps.get(i));
        }
        return v;
    }

    /** The normal value of step {@code k}: odd in {@code k} exactly, so shrinking is symmetric. */
    static double normalAt(int k) {
        return k < 0 ? -normalAt(-k) : k == 0 ? 0 : -inverseNormal(0.5 - k / (2.0 * STEPS + 2));
    }

    /**
     * The standard normal quantile function, by P. J. Acklam's rational approximation (relative error
     * below 1.15e-9: plenty for drawing test data). Odd around 1/2 to rounding.
     */
    static double inverseNormal(double p) {
        if (p > 0.5) {
            return -inverseNormal(1 - p);
        }
        if (p < 0.02425) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }

    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137625568e+00,
        3.754408661907416e+00};

    /**
     * Simple numbers in [-r, r], for cases to redo by hand: mostly multiples of r/2 and of r/4
     * (integers and halves for r = 2), sometimes a number with three decimals.
     */
    public static Arbitrary<Double> simple(double r) {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(-2, 2).map(k -> decimal(k * r / 2))),
                Tuple.of(3, Arbitraries.integers().between(-4, 4).map(k -> decimal(k * r / 4))),
                Tuple.of(2, Arbitraries.doubles().between(-r, r).ofScale(3)));
    }

    /** The double nearest to {@code v} rounded to six decimals: 0.075, not 0.07500000000000001. */
    static double decimal(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /**
     * The top-left {@code rows x columns} part of a pool of values laid out row by row,
     * {@code stride} values a row: drawing a fixed-size pool and using part of it lets jqwik shrink
     * the size and every entry independently.
     *
     * @param pool    the values (not modified)
     * @param rows    rows wanted
     * @param columns columns wanted, at most {@code stride}
     * @param stride  values per row of the pool
     * @return a new {@code rows x columns} array
     */
    public static double[][] topLeft(List<Double> pool, int rows, int columns, int stride) {
        double[][] x = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                x[i][j] = pool.get(i * stride + j);
            }
        }
        return x;
    }

    // ---- problems

    /** Whether a design has an intercept (regression) column. */
    public enum Intercept {
        /** Never. */
        NEVER,
        /** In half the problems. */
        SOMETIMES,
        /** Always. */
        ALWAYS
    }

    /** What the responses are. */
    public enum Response {
        /** 0, 1 or 2, equally likely (count-like). */
        LEVELS,
        /** 0 or 1, equally likely. */
        BINARY,
        /** 0, 1, 2 or 3, equally likely. */
        COUNTS,
        /** Normal with mean 0 and standard deviation 2. */
        REAL,
        /** Positive: \(e^z\), \(z\) standard normal (log-normal, median 1; for the gamma family). */
        POSITIVE,
        /** Drawn from a logistic regression at the point: 1 with probability sigmoid(eta) (regression only). */
        LOGISTIC_AT_POINT,
        /** Drawn from a Poisson regression at the point: mean exp(eta) (regression only). */
        POISSON_AT_POINT
    }

    /**
     * Regression problems: one block, an intercept column in half of them; see the class comment.
     * Responses {@link Response#LEVELS}.
     */
    public static Spec regression() {
        return new Spec(false, rows(), 0, 0, 1, 1, 1, MAX_COLUMNS, SCALES, true, Intercept.SOMETIMES, Response.LEVELS, 1);
    }

    /** Product problems: 1..3 groups with a bias column first, scale 1; see the class comment. Responses {@link Response#REAL}. */
    public static Spec products() {
        return new Spec(true, rows(), 0, 0, 1, MAX_GROUPS, 1, MAX_GROUP_COLUMNS, List.of(1.0), true, Intercept.ALWAYS,
                Response.REAL, 0.1);
    }

    /**
     * The shape of the problems to draw; every {@code with...} method returns a narrowed copy.
     * Instances are immutable.
     */
    public static final class Spec {
        private final boolean product;
        private final Arbitrary<Integer> rows;
        private final int minRowsPerParameter;
        private final int maxRowsPerParameter;
        private final int minGroups;
        private final int maxGroups;
        private final int minColumns;
        private final int maxColumns;
        private final List<Double> scales;
        private final boolean collinear;
        private final Intercept intercept;
        private final Response response;
        private final double spread;

        private Spec(boolean product, Arbitrary<Integer> rows, int minRowsPerParameter, int maxRowsPerParameter, int minGroups,
                     int maxGroups, int minColumns, int maxColumns, List<Double> scales, boolean collinear, Intercept intercept,
                     Response response, double spread) {
            if (minGroups < 1 || maxGroups < minGroups || minColumns < 1 || maxColumns < minColumns || scales.isEmpty()) {
                throw new IllegalArgumentException("groups " + minGroups + ".." + maxGroups + ", columns " + minColumns + ".."
                        + maxColumns + ", scales " + scales);
            }
            if (product && (response == Response.LOGISTIC_AT_POINT || response == Response.POISSON_AT_POINT)) {
                throw new IllegalArgumentException(response + " is for regression problems");
            }
            this.product = product;
            this.rows = rows;
            this.minRowsPerParameter = minRowsPerParameter;
            this.maxRowsPerParameter = maxRowsPerParameter;
            this.minGroups = minGroups;
            this.maxGroups = maxGroups;
            this.minColumns = minColumns;
            this.maxColumns = maxColumns;
            this.scales = List.copyOf(scales);
            this.collinear = collinear;
            this.intercept = intercept;
            this.response = response;
            this.spread = spread;
        }

        private Spec copy(Arbitrary<Integer> rows, int minPer, int maxPer, int minGroups, int maxGroups, int minColumns,
                          int maxColumns, List<Double> scales, boolean collinear, Intercept intercept, Response response,
                          double spread) {
            return new Spec(product, rows, minPer, maxPer, minGroups, maxGroups, minColumns, maxColumns, scales, collinear,
                    intercept, response, spread);
        }

        /** Rows drawn from {@code rows}. */
        public Spec withRows(Arbitrary<Integer> rows) {
            return copy(rows, 0, 0, minGroups, maxGroups, minColumns, maxColumns, scales, collinear, intercept, response, spread);
        }

        /** Rows between {@code min} and {@code max}. */
        public Spec withRows(int min, int max) {
            return withRows(Arbitraries.integers().between(min, max));
        }

        /** {@code k} rows per parameter, {@code k} between {@code min} and {@code max} (well-determined fits). */
        public Spec withRowsPerParameter(int min, int max) {
            if (min < 1 || max < min) {
                throw new IllegalArgumentException("rows per parameter " + min + ".." + max);
            }
            return copy(rows, min, max, minGroups, maxGroups, minColumns, maxColumns, scales, collinear, intercept, response, spread);
        }

        /** Blocks (product groups) between {@code min} and {@code max}. */
        public Spec withGroups(int min, int max) {
            return copy(rows, minRowsPerParameter, maxRowsPerParameter, min, max, minColumns, maxColumns, scales, collinear,
                    intercept, response, spread);
        }

        /** Columns per block between {@code min} and {@code max}. */
        public Spec withColumns(int min, int max) {
            return copy(rows, minRowsPerParameter, maxRowsPerParameter, minGroups, maxGroups, min, max, scales, collinear,
                    intercept, response, spread);
        }

        /** Covariate scales drawn from {@code scales} (shrinking towards the first). */
        public Spec withScales(Double... scales) {
            return copy(rows, minRowsPerParameter, maxRowsPerParameter, minGroups, maxGroups, minColumns, maxColumns,
                    List.of(scales), collinear, intercept, response, spread);
        }

        /** Never a near-collinear column. */
        public Spec withoutCollinearColumns() {
            return copy(rows, minRowsPerParameter, maxRowsPerParameter, minGroups, maxGroups, minColumns, maxColumns, scales,
                    false, intercept, response, spread);
        }

        /** Whether a regression design has an intercept column (product groups always have their bias). */
        public Spec withIntercept(Intercept intercept) {
            if (product && intercept != Intercept.ALWAYS) {
                throw new IllegalArgumentException("product groups always have their bias column");
            }
            return copy(rows, minRowsPerParameter, maxRowsPerParameter, minGroups, maxGroups, minColumns, maxColumns, scales,
                    collinear, intercept, response, spread);
        }

        /** Responses of this kind. */
        public Spec withResponses(Response response) {
            return new Spec(product, rows, minRowsPerParameter, maxRowsPerParameter, minGroups, maxGroups, minColumns,
                    maxColumns, scales, collinear, intercept, response, spread);
        }

        /**
         * The spread of the point's coefficients (default 1 for regression, 0.1 for products): a
         * regression coefficient is {@code spread * z / (s sqrt(p))}; a product group's non-bias
         * coefficient {@code spread * c^(1/G) * z / (s sqrt(p_g))}.
         */
        public Spec withSpread(double spread) {
            return copy(rows, minRowsPerParameter, maxRowsPerParameter, minGroups, maxGroups, minColumns, maxColumns, scales,
                    collinear, intercept, response, spread);
        }

        /** The problems. */
        public Arbitrary<RandomProblem> arbitrary() {
            Arbitrary<List<Integer>> columns = Arbitraries.integers().between(minColumns, maxColumns).list()
                    .ofMinSize(minGroups).ofMaxSize(maxGroups);
            Arbitrary<Integer> n = minRowsPerParameter > 0
                    ? Arbitraries.integers().between(minRowsPerParameter, maxRowsPerParameter) : rows;
            Arbitrary<Boolean> ones = switch (intercept) {
                case NEVER -> Arbitraries.just(false);
                case ALWAYS -> Arbitraries.just(true);
                case SOMETIMES -> Arbitraries.of(false, true);
            };
            Arbitrary<Boolean> near = collinear ? Arbitraries.of(false, true) : Arbitraries.just(false);
            return Combinators.combine(n, columns, Arbitraries.of(scales), near, ones).flatAs((k, cols, s, c, one) -> {
                int p = cols.stream().mapToInt(Integer::intValue).sum();
                int rowCount = minRowsPerParameter > 0 ? k * p : k;
                return Combinators.combine(product ? uniforms(rowCount * p) : normals(rowCount * p), normals(p),
                        responseValues(rowCount)).as((x, z, r) -> build(rowCount, cols, s, c, one, x, z, r));
            });
        }

        /**
         * One problem drawn with a fixed seed, for example tests that want a large random problem
         * (properties draw through jqwik instead, to shrink). jqwik's generators run only inside
         * jqwik: call it from an {@code @Example} or a property, not from a JUnit {@code @Test}.
         */
        public RandomProblem example(long seed) {
            return arbitrary().generator(1000).next(new Random(seed)).value();
        }

        private Arbitrary<double[]> responseValues(int n) {
            return switch (response) {
                case LEVELS -> Arbitraries.integers().between(0, 2).list().ofSize(n).map(k -> values(k, v -> v));
                case BINARY -> Arbitraries.integers().between(0, 1).list().ofSize(n).map(k -> values(k, v -> v));
                case COUNTS -> Arbitraries.integers().between(0, 3).list().ofSize(n).map(k -> values(k, v -> v));
                case REAL -> normals(n).map(z -> {
                    double[] y = z.clone();
                    for (int i = 0; i < y.length; i++) {
                        y[i] *= 2;
                    }
                    return y;
                });
                case POSITIVE -> positives(n);
                case LOGISTIC_AT_POINT, POISSON_AT_POINT -> probabilities(n);
            };
        }

        private RandomProblem build(int n, List<Integer> cols, double s, boolean near, boolean one, double[] values,
                                    double[] z, double[] r) {
            int groups = cols.size();
            int p = z.length;
            double centre = response == Response.BINARY ? BINARY_CENTRE : REAL_CENTRE;
            double perGroup = Math.pow(centre, 1.0 / groups);
            List<double[][]> blocks = new ArrayList<>();
            double[] beta = new double[p];
            int v = 0;
            int off = 0;
            for (int g = 0; g < groups; g++) {
                int q = cols.get(g);
                double[][] x = new double[n][q];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < q; j++) {
                        double value = values[v++];
                        if (one && j == 0) {
                            x[i][j] = 1;
                        } else if (near && q >= 2 && j == q - 1) {
                            x[i][j] = x[i][j - 1] * (1 + COLLINEAR_NOISE * value);
                        } else {
                            x[i][j] = s * value;
                        }
                    }
                }
                blocks.add(x);
                // each coefficient in the units of its column: 1 for the intercept (and a column that nearly
                // repeats it), the scale for the others, so each term x_ij beta_j stays of size 1 / sqrt(q)
                double[] unit = new double[q];
                for (int j = 0; j < q; j++) {
                    unit[j] = one && j == 0 ? 1 : near && q >= 2 && j == q - 1 ? unit[j - 1] : s;
                }
                for (int j = 0; j < q; j++) {
                    if (product) {
                        beta[off + j] = j == 0 ? perGroup : spread * perGroup * z[off + j] / (unit[j] * Math.sqrt(q));
                    } else {
                        beta[off + j] = spread * z[off + j] / (unit[j] * Math.sqrt(q));
                    }
                }
                off += q;
            }
            double[] y = switch (response) {
                case LOGISTIC_AT_POINT, POISSON_AT_POINT -> drawn(blocks.get(0), beta, r);
                default -> r;
            };
            return new RandomProblem(blocks, y, beta, s, near, one);
        }

        /** Responses drawn from the model at the point by inversion of uniform values {@code u}. */
        private double[] drawn(double[][] x, double[] beta, double[] u) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double eta = 0;
                for (int j = 0; j < beta.length; j++) {
                    eta += x[i][j] * beta[j];
                }
                y[i] = response == Response.LOGISTIC_AT_POINT ? (u[i] < 1 / (1 + Math.exp(-eta)) ? 1 : 0)
                        : poissonQuantile(Math.exp(eta), u[i]);
            }
            return y;
        }

        @Override
        public String toString() {
            return (product ? "products" : "regression") + ": groups " + minGroups + ".." + maxGroups + ", columns " + minColumns
                    + ".." + maxColumns + ", scales " + scales + (collinear ? ", near-collinear columns" : "") + ", intercept "
                    + intercept + ", responses " + response;
        }
    }

    /**
     * The smallest {@code k} with {@code P(K <= k) > u} for a Poisson variable {@code K} of mean
     * {@code mean} (summed term by term: for the moderate means of test problems; at most 10,000).
     */
    static int poissonQuantile(double mean, double u) {
        double term = Math.exp(-mean);
        double cdf = term;
        int k = 0;
        while (cdf <= u && k < 10_000) {
            k++;
            term *= mean / k;
            cdf += term;
        }
        return k;
    }
}
