package org.hessianworkbench.inference;

import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;

/**
 * Whether the maximum-likelihood estimate of a logistic or Poisson regression exists, decided from
 * the data alone by a linear program (Konis 2007; R's {@code detectseparation}).
 *
 * <p><b>Logistic.</b> With \(z_i = x_i\) for \(y_i = 1\) and \(z_i = -x_i\) for \(y_i = 0\), the data
 * are <em>separated</em> when some direction \(d\) has \(z_i^\top d \ge 0\) for every \(i\) and
 * \(> 0\) for some: along \(\beta + t d\) no fitted probability gets worse and some tend to their
 * observed 0 or 1, so the log-likelihood rises towards its supremum as \(t\to\infty\) and has no
 * maximiser (Albert &amp; Anderson 1984). <em>Complete</em> separation: some \(d\) has
 * \(z_i^\top d > 0\) for every observation (every response is predicted exactly);
 * <em>quasi-complete</em>: only some can be, the others lie on the separating hyperplanes.
 *
 * <p><b>Poisson</b> (log link). Along \(d\) with \(x_i^\top d = 0\) for every positive count and
 * \(x_i^\top d \le 0\) for every zero count, \(< 0\) for some, the rates of those zero counts fall
 * to 0 while the others stay, and the log-likelihood rises without a maximiser (Haberman 1974;
 * Santos Silva &amp; Tenreyro 2010). The cone is the same with \(z_i = -x_i\) for zero counts and
 * both \(\pm x_i\) for positive counts.
 *
 * <p><b>How.</b> Columns are scaled to \(\max_i|x_{ij}| = 1\) and the rows \(z_i\) to unit length
 * (neither changes the cone). Then {@link ConeProgram} maximises the sum \(\sum_i z_i^\top d\) of
 * the rows that can be predicted exactly (all rows for logistic, the zero counts for Poisson) over
 * the cone within the unit box, in the \(p\)-dimensional dual: the optimum is 0 exactly when the
 * data overlap (Gordan's alternative: a strictly positive \(\mu\) with \(Z^\top\mu = 0\)). While
 * rows of the sum stay at 0, the program is solved again over those rows alone, until the set of
 * rows that some separating direction predicts exactly is maximal; the sum of the directions found
 * predicts all of them. A coefficient runs off to infinity (is not determined) when some separating
 * direction moves it: under complete separation every coefficient (the cone is open around the
 * direction), under quasi-complete separation those that the rows not predicted exactly do not pin
 * (see {@link #runningOff}).
 *
 * <p>Each program costs one pass over the rows per simplex pivot, \(O(np)\); the pivots number a
 * few times \(p\), and one or two programs are enough unless the data are separated. Stateless.
 */
public final class Separation {

    /** A row \(z_i^\top d\) above this (rows and columns scaled to 1, \(|d_j| \le 1\)) is predicted exactly. */
    public static final double ROW_TOLERANCE = 1e-9;

    /** A program's optimum above this is positive (the same scale). */
    public static final double VALUE_TOLERANCE = 1e-9;

    /**
     * An eigenvalue of the rows not predicted exactly, \(\sum z_iz_i^\top\), at most this fraction of
     * the largest is a null direction (a singular value \(10^{-5}\) of the largest).
     */
    public static final double NULL_TOLERANCE = 1e-10;

    /** A coefficient moves along the null directions when its squared projection on them exceeds this. */
    static final double REACH_TOLERANCE = 1e-12;

    /** How the responses are separated. */
    public enum Kind {
        /** They overlap: the maximum-likelihood estimate exists. */
        NONE,
        /** Some, not all, observations can be predicted exactly. */
        QUASI_COMPLETE,
        /** Every observation can be predicted exactly. */
        COMPLETE;

        /** "complete", "quasi-complete" or "none". */
        public String label() {
            return switch (this) {
                case NONE -> "none";
                case QUASI_COMPLETE -> "quasi-complete";
                case COMPLETE -> "complete";
            };
        }
    }

    /**
     * What the program found. Instances are immutable; arrays are copied in and out.
     *
     * @param kind         none, quasi-complete or complete
     * @param direction    a separating direction in the coefficients' own units, largest
     *                     \(|d_j| = 1\); zeros when there is none
     * @param runsOff      per coefficient: whether some separating direction moves it (its
     *                     estimate runs off to infinity or is not determined)
     * @param exact        observations a separating direction predicts exactly (probability 0 or
     *                     1, rate 0)
     * @param observations observations in all
     * @param programs     linear programs solved
     * @param pivots       simplex pivots over all programs
     */
    public record Result(Kind kind, double[] direction, boolean[] runsOff, int exact, int observations, int programs,
                         int pivots) {

        /** Defensive copies in. */
        public Result {
            direction = direction.clone();
            runsOff = runsOff.clone();
        }

        /** The direction (a copy). */
        @Override
        public double[] direction() {
            return direction.clone();
        }

        /** Which coefficients run off (a copy). */
        @Override
        public boolean[] runsOff() {
            return runsOff.clone();
        }

        /** Whether the responses are separated (the maximum-likelihood estimate does not exist). */
        public boolean separated() {
            return kind != Kind.NONE;
        }

        /** The indices of the coefficients that run off, in order. */
        public List<Integer> runningOff() {
            List<Integer> r = new ArrayList<>();
            for (int j = 0; j < runsOff.length; j++) {
                if (runsOff[j]) {
                    r.add(j);
                }
            }
            return r;
        }
    }

    private Separation() {
    }

    /**
     * Separation of a binary response by a logistic regression's design.
     *
     * @param x the design; not modified
     * @param y the responses, each 0 or 1; not modified
     * @return what the program found
     * @throws IllegalArgumentException when the sizes differ or a response is not 0 or 1
     */
    public static Result binary(DesignBlock x, double[] y) {
        requireRows(x, y);
        int n = y.length;
        int[] source = new int[n];
        double[] sign = new double[n];
        boolean[] counted = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("response " + (i + 1) + " is " + y[i] + ", not 0 or 1");
            }
            source[i] = i;
            sign[i] = y[i] == 1 ? 1 : -1;
            counted[i] = true;
        }
        return solve(x, source, sign, counted, n, false);
    }

    /**
     * Zero counts that a Poisson regression (log link) can fit with rate 0.
     *
     * @param x the design; not modified
     * @param y the counts, each \(\ge 0\); not modified
     * @return what the program found ({@link Kind#COMPLETE} only when every count is 0 and all can be)
     * @throws IllegalArgumentException when the sizes differ or a count is negative
     */
    public static Result counts(DesignBlock x, double[] y) {
        requireRows(x, y);
        int n = y.length;
        int positive = 0;
        for (int i = 0; i < n; i++) {
            if (!(y[i] >= 0)) {
                throw new IllegalArgumentException("count " + (i + 1) + " is " + y[i]);
            }
            positive += y[i] > 0 ? 1 : 0;
        }
        if (positive == n) {
            return new Result(Kind.NONE, new double[x.columns()], new boolean[x.columns()], 0, n, 0, 0);
        }
        // a zero count: -x_i (counted); a positive count: +x_i and -x_i (x_i'd = 0)
        int rows = n + positive;
        int[] source = new int[rows];
        double[] sign = new double[rows];
        boolean[] counted = new boolean[rows];
        int k = 0;
        for (int i = 0; i < n; i++) {
            source[k] = i;
            sign[k] = -1;
            counted[k++] = y[i] == 0;
            if (y[i] > 0) {
                source[k] = i;
                sign[k++] = 1;
            }
        }
        return solve(x, source, sign, counted, n, true);
    }

    /**
     * Which coefficients some separating direction moves. Every direction of the cone \(C\) keeps
     * \(z_i^\top d = 0\) on the rows that are not predicted exactly (else they would be), and the
     * direction found is strictly inside on the others: so \(C\) is full-dimensional in the null
     * space \(L\) of the rows not predicted exactly, and coefficient \(j\) can move exactly when
     * \(e_j\) is not orthogonal to \(L\). \(L\) is the span of the eigenvectors of
     * \(\sum_{i\notin S} z_iz_i^\top\) whose eigenvalues are at most {@value #NULL_TOLERANCE} of the
     * largest (all of \(\mathbb{R}^p\) under complete separation).
     */
    private static boolean[] runningOff(double[] z, int m, int p, boolean[] exact, boolean[] live) {
        double[][] gram = new double[p][p];
        for (int k = 0; k < m; k++) {
            if (exact[k]) {
                continue;
            }
            for (int a = 0; a < p; a++) {
                double za = z[k * p + a];
                if (za == 0) {
                    continue;
                }
                for (int b = 0; b < p; b++) {
                    gram[a][b] += za * z[k * p + b];
                }
            }
        }
        EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(gram));
        double[] lambda = eigen.getEigenvalues();
        double top = 0;
        for (double l : lambda) {
            top = Math.max(top, Math.abs(l));
        }
        double[] reach = new double[p];
        for (int k = 0; k < p; k++) {
            if (lambda[k] <= NULL_TOLERANCE * top) {
                double[] v = eigen.getEigenvector(k).toArray();
                for (int j = 0; j < p; j++) {
                    reach[j] += v[j] * v[j];
                }
            }
        }
        boolean[] runsOff = new boolean[p];
        for (int j = 0; j < p; j++) {
            runsOff[j] = live[j] && reach[j] > REACH_TOLERANCE;
        }
        return runsOff;
    }

    private static void requireRows(DesignBlock x, double[] y) {
        if (x.rows() != y.length) {
            throw new IllegalArgumentException(x.rows() + " design rows for " + y.length + " responses");
        }
    }

    /**
     * The programs over the rows \(z_k = \mathrm{sign}_k\, x_{\mathrm{source}_k}\), of which those
     * {@code counted} can be predicted exactly; {@code observations} observations in all.
     */
    private static Result solve(DesignBlock x, int[] source, double[] sign, boolean[] counted, int observations,
                                boolean poisson) {
        int p = x.columns();
        int rows = source.length;
        double[] scale = new double[p];
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < p; j++) {
                scale[j] = Math.max(scale[j], Math.abs(x.get(i, j)));
            }
        }
        boolean[] live = new boolean[p];
        for (int j = 0; j < p; j++) {
            live[j] = scale[j] > 0;
            if (!live[j]) {
                scale[j] = 1;
            }
        }
        // unit rows; rows of zeros constrain nothing and can never be predicted exactly
        int m = 0;
        double[] z = new double[rows * p];
        boolean[] rowCounted = new boolean[rows];
        int zeroCounted = 0;
        for (int k = 0; k < rows; k++) {
            int i = source[k];
            double squares = 0;
            for (int j = 0; j < p; j++) {
                double v = x.get(i, j) / scale[j];
                squares += v * v;
            }
            double norm = Math.sqrt(squares);
            if (norm == 0) {
                // every entry below 1e-154 of its column's largest, or zero: the careful way
                for (int j = 0; j < p; j++) {
                    norm = Math.hypot(norm, x.get(i, j) / scale[j]);
                }
            }
            if (norm == 0) {
                zeroCounted += counted[k] ? 1 : 0;
                continue;
            }
            for (int j = 0; j < p; j++) {
                z[m * p + j] = sign[k] * x.get(i, j) / scale[j] / norm;
            }
            rowCounted[m] = counted[k];
            m++;
        }
        int countedRows = zeroCounted;
        for (int k = 0; k < m; k++) {
            countedRows += rowCounted[k] ? 1 : 0;
        }
        ConeProgram program = new ConeProgram(z, m, p);
        boolean[] exact = new boolean[m];
        double[] direction = new double[p];
        int programs = 0;
        int pivots = 0;
        while (true) {
            double[] c = new double[p];
            boolean any = false;
            for (int k = 0; k < m; k++) {
                if (rowCounted[k] && !exact[k]) {
                    any = true;
                    for (int j = 0; j < p; j++) {
                        c[j] += z[k * p + j];
                    }
                }
            }
            if (!any) {
                break;
            }
            ConeProgram.Solution s = program.maximise(c);
            programs++;
            pivots += s.iterations();
            if (!(s.value() > VALUE_TOLERANCE)) {
                break;
            }
            double[] d = s.direction();
            boolean grew = false;
            for (int k = 0; k < m; k++) {
                if (rowCounted[k] && !exact[k] && program.row(k, d) > ROW_TOLERANCE) {
                    exact[k] = true;
                    grew = true;
                }
            }
            for (int j = 0; j < p; j++) {
                direction[j] += d[j];
            }
            if (!grew) {
                break;
            }
        }
        int exactRows = 0;
        for (int k = 0; k < m; k++) {
            exactRows += exact[k] ? 1 : 0;
        }
        if (exactRows == 0) {
            return new Result(Kind.NONE, new double[p], new boolean[p], 0, observations, programs, pivots);
        }
        Kind kind = exactRows == countedRows && countedRows == (poisson ? rows : observations)
                ? Kind.COMPLETE : Kind.QUASI_COMPLETE;
        boolean[] runsOff = runningOff(z, m, p, exact, live);
        double top = 0;
        double[] units = new double[p];
        for (int j = 0; j < p; j++) {
            // components at the level of the simplex's rounding are zeros
            units[j] = live[j] && Math.abs(direction[j]) > VALUE_TOLERANCE ? direction[j] / scale[j] : 0;
            top = Math.max(top, Math.abs(units[j]));
        }
        for (int j = 0; j < p; j++) {
            units[j] = top > 0 ? units[j] / top : 0;
        }
        int exactObservations = 0;
        for (int k = 0; k < m; k++) {
            exactObservations += exact[k] ? 1 : 0;
        }
        return new Result(kind, units, runsOff, exactObservations, observations, programs, pivots);
    }
}
