package org.hessianworkbench.inference;

import java.util.stream.IntStream;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.RankTolerance;

/**
 * The Householder QR factorisation of a design with R's limited column pivoting (LINPACK
 * {@code dqrdc2}, as {@code lm.fit} uses it): \(X P = Q R\). Columns are taken in their order; a column
 * whose norm, after the reflections of the columns kept before it, has fallen below
 * {@link RankTolerance#RELATIVE} times its original norm is aliased and moved to the end. The first
 * {@link #rank()} columns of \(XP\) are the kept ones, in their original order.
 *
 * <p>\(Q\) is never formed: the reflectors \(I - u_l u_l^\top / u_{l1}\) are kept in the factorised
 * columns and applied to a vector ({@link #qty(double[])}), so memory is one copy of \(X\), stored by
 * columns so that the reflections run over contiguous arrays (in parallel over columns for large
 * designs). The cost is about \(2np^2\) flops.
 *
 * <p>Reference: LINPACK {@code dqrdc} (Dongarra et al., <i>LINPACK Users' Guide</i>, 1979, ch. 9) with
 * R's {@code dqrdc2} modification (the norm downdate with recomputation below 1e-6, Bates 1999);
 * Björck, <i>Numerical Methods for Least Squares Problems</i> (1996), §2.4 and §2.7.
 * Instances are immutable after construction.
 */
public final class PivotedQr {

    /** Columns times remaining rows below which a reflection is applied column by column in one thread. */
    private static final long PARALLEL_WORK = 1L << 16;
    /** dqrdc2's threshold on the downdated norm ratio below which the norm is recomputed. */
    private static final double RECOMPUTE = 1e-6;

    private final int n;
    private final int p;
    private final int rank;
    /** Column-major factor: column l holds R above the diagonal, the reflector from the diagonal down. */
    private final double[][] a;
    /** The diagonal of R. */
    private final double[] rDiag;
    /** pivot[k] = original index of the k-th column of XP. */
    private final int[] pivot;

    private PivotedQr(int n, int p, int rank, double[][] a, double[] rDiag, int[] pivot) {
        this.n = n;
        this.p = p;
        this.rank = rank;
        this.a = a;
        this.rDiag = rDiag;
        this.pivot = pivot;
    }

    /**
     * Factorises a design with R's tolerance.
     *
     * @param x the design; not modified
     * @return the factorisation
     */
    public static PivotedQr of(DesignBlock x) {
        return of(x, RankTolerance.RELATIVE);
    }

    /**
     * Factorises a design.
     *
     * @param x   the design; not modified
     * @param tol the relative tolerance of the rank decision
     * @return the factorisation
     */
    public static PivotedQr of(DesignBlock x, double tol) {
        int n = x.rows();
        int p = x.columns();
        double[][] a = new double[p][n];
        IntStream.range(0, p).parallel().forEach(j -> {
            double[] c = a[j];
            for (int i = 0; i < n; i++) {
                c[i] = x.get(i, j);
            }
        });
        return factor(n, p, a, tol);
    }

    /** dqrdc2 on the column-major array {@code a}, which it takes over. */
    static PivotedQr factor(int n, int p, double[][] a, double tol) {
        int[] pivot = new int[p];
        double[] norm = new double[p];
        double[] original = new double[p];
        for (int j = 0; j < p; j++) {
            pivot[j] = j;
        }
        IntStream.range(0, p).parallel().forEach(j -> norm[j] = norm(a[j], 0, n));
        for (int j = 0; j < p; j++) {
            original[j] = norm[j] == 0 ? 1 : norm[j];
        }
        double[] rDiag = new double[p];
        int k = p;
        int steps = Math.min(n, p);
        for (int l = 0; l < steps && l < k; l++) {
            // cycle negligible columns to the end: their norm fell below tol times the original
            while (l < k && norm[l] < original[l] * tol) {
                rotateToEnd(a, l);
                rotateToEnd(pivot, l);
                rotateToEnd(norm, l);
                rotateToEnd(original, l);
                k--;
            }
            if (l >= k) {
                break;
            }
            double[] u = a[l];
            double nrm = norm(u, l, n);
            if (l == n - 1 || nrm == 0) {
                rDiag[l] = u[l];
                continue;
            }
            if (u[l] != 0) {
                nrm = Math.copySign(nrm, u[l]);
            }
            for (int i = l; i < n; i++) {
                u[i] /= nrm;
            }
            u[l] += 1;
            final int from = l;
            final int last = k;
            IntStream cols = IntStream.range(l + 1, last);
            if ((long) (n - l) * (last - l - 1) >= PARALLEL_WORK) {
                cols = cols.parallel();
            }
            cols.forEach(j -> {
                double[] c = a[j];
                double t = -dot(u, c, from, n) / u[from];
                for (int i = from; i < n; i++) {
                    c[i] += t * u[i];
                }
                if (norm[j] != 0) {
                    double ratio = Math.abs(c[from]) / norm[j];
                    double s = Math.max(0, 1 - ratio * ratio);
                    norm[j] = Math.abs(s) < RECOMPUTE ? norm(c, from + 1, n) : norm[j] * Math.sqrt(s);
                }
            });
            rDiag[l] = -nrm;
        }
        int rank = Math.min(k, n);
        return new PivotedQr(n, p, rank, a, rDiag, pivot);
    }

    private static void rotateToEnd(double[][] v, int l) {
        double[] t = v[l];
        System.arraycopy(v, l + 1, v, l, v.length - l - 1);
        v[v.length - 1] = t;
    }

    private static void rotateToEnd(double[] v, int l) {
        double t = v[l];
        System.arraycopy(v, l + 1, v, l, v.length - l - 1);
        v[v.length - 1] = t;
    }

    private static void rotateToEnd(int[] v, int l) {
        int t = v[l];
        System.arraycopy(v, l + 1, v, l, v.length - l - 1);
        v[v.length - 1] = t;
    }

    /** \(\sum_{i=from}^{to-1} u_i v_i\) with four partial sums. */
    static double dot(double[] u, double[] v, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            s0 += u[i] * v[i];
            s1 += u[i + 1] * v[i + 1];
            s2 += u[i + 2] * v[i + 2];
            s3 += u[i + 3] * v[i + 3];
        }
        for (; i < to; i++) {
            s0 += u[i] * v[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** The Euclidean norm of {@code v[from..to)}, scaled when the squares would over- or underflow. */
    static double norm(double[] v, int from, int to) {
        double s = dot(v, v, from, to);
        if (s > 1e-280 && s < 1e280) {
            return Math.sqrt(s);
        }
        double max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, Math.abs(v[i]));
        }
        if (max == 0 || !Double.isFinite(max)) {
            return max;
        }
        double t = 0;
        for (int i = from; i < to; i++) {
            double r = v[i] / max;
            t += r * r;
        }
        return max * Math.sqrt(t);
    }

    /** Observations. */
    public int rows() {
        return n;
    }

    /** Columns of the design. */
    public int columns() {
        return p;
    }

    /** The numerical rank: the number of columns kept. */
    public int rank() {
        return rank;
    }

    /** The original index of the k-th column of \(XP\) (the first {@link #rank()} are kept, in order). */
    public int[] pivot() {
        return pivot.clone();
    }

    /** Whether each original column is aliased. */
    public boolean[] aliased() {
        boolean[] out = new boolean[p];
        for (int k = rank; k < p; k++) {
            out[pivot[k]] = true;
        }
        return out;
    }

    /** The original indices of the kept columns, ascending. */
    public int[] kept() {
        int[] out = new int[rank];
        System.arraycopy(pivot, 0, out, 0, rank);
        java.util.Arrays.sort(out);
        return out;
    }

    /**
     * \(Q_r^\top y\): the reflectors of the kept columns applied to {@code y}. The first
     * {@link #rank()} entries are the effects of the kept columns, the rest the residual's coordinates.
     *
     * @param y a vector of length {@link #rows()}; not modified
     * @return a new vector
     */
    public double[] qty(double[] y) {
        double[] v = y.clone();
        for (int l = 0; l < rank && l < n - 1; l++) {
            double[] u = a[l];
            if (rDiag[l] == 0) {
                continue;
            }
            double t = -dot(u, v, l, n) / u[l];
            for (int i = l; i < n; i++) {
                v[i] += t * u[i];
            }
        }
        return v;
    }

    /** Entry \(R_{ik}\) of the pivoted factor, \(i \le k\). */
    double r(int i, int k) {
        return i == k ? rDiag[k] : a[k][i];
    }

    /**
     * Solves \(R_{11} b = (Q^\top y)_{1..r}\) and scatters \(b\) to the original column order.
     *
     * @param qty the result of {@link #qty(double[])}
     * @return the coefficients, NaN for the aliased columns
     */
    public double[] coefficients(double[] qty) {
        double[] b = new double[rank];
        for (int i = rank - 1; i >= 0; i--) {
            double s = qty[i];
            for (int k = i + 1; k < rank; k++) {
                s -= r(i, k) * b[k];
            }
            b[i] = s / r(i, i);
        }
        double[] out = new double[p];
        java.util.Arrays.fill(out, Double.NaN);
        for (int k = 0; k < rank; k++) {
            out[pivot[k]] = b[k];
        }
        return out;
    }

    /**
     * \((X_1^\top X_1)^{-1} = R_{11}^{-1} R_{11}^{-\top}\) for the kept columns \(X_1\), rows and columns in
     * the order of {@link #kept()}.
     */
    public double[][] unscaledCovariance() {
        double[][] inv = new double[rank][rank];
        for (int c = 0; c < rank; c++) {
            inv[c][c] = 1 / r(c, c);
            for (int i = c - 1; i >= 0; i--) {
                double s = 0;
                for (int k = i + 1; k <= c; k++) {
                    s += r(i, k) * inv[k][c];
                }
                inv[i][c] = -s / r(i, i);
            }
        }
        double[][] cov = new double[rank][rank];
        for (int i = 0; i < rank; i++) {
            for (int j = i; j < rank; j++) {
                double s = 0;
                for (int k = j; k < rank; k++) {
                    s += inv[i][k] * inv[j][k];
                }
                cov[i][j] = s;
                cov[j][i] = s;
            }
        }
        return inKeptOrder(cov);
    }

    /**
     * \(X_1^\top X_1 = R_{11}^\top R_{11}\) for the kept columns, in the order of {@link #kept()}: the
     * Hessian of half the sum of squares of the reduced model, without another pass over the data.
     */
    public double[][] crossProduct() {
        double[][] m = new double[rank][rank];
        for (int i = 0; i < rank; i++) {
            for (int j = i; j < rank; j++) {
                double s = 0;
                for (int k = 0; k <= i; k++) {
                    s += r(k, i) * r(k, j);
                }
                m[i][j] = s;
                m[j][i] = s;
            }
        }
        return inKeptOrder(m);
    }

    /** Reorders a matrix indexed by pivot position (first {@code rank}) into ascending original order. */
    private double[][] inKeptOrder(double[][] m) {
        int[] order = new int[rank];
        Integer[] idx = new Integer[rank];
        for (int k = 0; k < rank; k++) {
            idx[k] = k;
        }
        java.util.Arrays.sort(idx, (s, t) -> Integer.compare(pivot[s], pivot[t]));
        for (int k = 0; k < rank; k++) {
            order[k] = idx[k];
        }
        double[][] out = new double[rank][rank];
        for (int i = 0; i < rank; i++) {
            for (int j = 0; j < rank; j++) {
                out[i][j] = m[order[i]][order[j]];
            }
        }
        return out;
    }
}
