package org.hessianworkbench.inference;

import java.util.Arrays;

/**
 * The linear program of separation detection, solved in the space of the \(p\) coefficients:
 * \[ \max_d\; c^\top d \quad\text{subject to}\quad Zd \ge 0,\; -1 \le d_j \le 1, \]
 * where the \(m\) rows \(z_i\) of \(Z\) are the constraints of the cone of separating directions and
 * \(c\) weighs what is maximised (Konis 2007, §3; as R's {@code detectseparation}).
 *
 * <p><b>Why the dual.</b> A dense simplex tableau of this program has a row per observation and a
 * column per observation (its slack): \(m\times(m+p)\), 80 GB at \(m = 10^5\). Its dual,
 * \[ \min_{\lambda,a,b}\; \mathbf 1^\top(a + b) \quad\text{subject to}\quad
 *    -Z^\top\lambda + a - b = c,\;\; \lambda, a, b \ge 0, \]
 * has \(p\) equality constraints, so the revised simplex keeps only a \(p\times p\) basis inverse
 * and each iteration costs one pass over the rows (\(O(mp)\)) to price the \(\lambda_i\). The
 * slack basis (\(a_j = c_j\) or \(b_j = -c_j\)) is feasible at once: no phase 1. At the optimum the
 * simplex multipliers \(y = c_B^\top B^{-1}\) are an optimal \(d\): the reduced costs of
 * \(\lambda_i\), \(a_j\), \(b_j\) are \(z_i^\top y\), \(1 - y_j\), \(1 + y_j\), and all are
 * non-negative exactly when \(y\) is feasible for the program above (duality: both values agree).
 *
 * <p>Pricing is Dantzig's (most negative reduced cost); after {@value #DEGENERATE_LIMIT}
 * consecutive degenerate pivots it switches to Bland's rule (smallest index entering and leaving),
 * which cannot cycle, until a pivot makes progress. The basis inverse is refactored from the basis
 * (see {@link #REFACTOR_DIVISOR}) and always before optimality is accepted; an entering column that
 * no basic variable bounds (impossible in exact arithmetic: the program is bounded below by 0) is
 * rounding, and is set aside until the basis changes.
 *
 * <p>Reference: K. Konis (2007), <i>Linear programming algorithms for detecting separated data in
 * binary logistic regression models</i>, DPhil thesis, University of Oxford; Dantzig, Orden &amp;
 * Wolfe (1955) and Bland (1977) for the simplex rules.
 */
final class ConeProgram {

    /** A reduced cost below minus this enters the basis (rows and \(|y_j|\) are of size 1). */
    static final double PRICE_TOLERANCE = 1e-10;

    /** Entries of the entering column below this cannot leave (pivots on noise). */
    static final double PIVOT_TOLERANCE = 1e-9;

    /**
     * The basis inverse is refactored from the basis every \(\max(1, p/16)\) pivots: every pivot
     * up to 31 coefficients (\(O(p^3)\), nothing beside the \(O(np)\) pricing), so that rounding
     * never accumulates in the multipliers the decision is read from.
     */
    static final int REFACTOR_DIVISOR = 16;

    /** Consecutive degenerate pivots after which Bland's rule takes over. */
    static final int DEGENERATE_LIMIT = 50;

    /**
     * The program's solution.
     *
     * @param direction  an optimal \(d\) (a copy is kept)
     * @param value      \(c^\top d\)
     * @param iterations simplex pivots
     */
    record Solution(double[] direction, double value, int iterations) {
        Solution {
            direction = direction.clone();
        }

        @Override
        public double[] direction() {
            return direction.clone();
        }
    }

    private final double[] z;
    private final int m;
    private final int p;

    /**
     * The program over the cone \(Zd \ge 0\).
     *
     * @param z row-major \(m\times p\) constraint rows in its first \(mp\) entries; not modified, not
     *          copied (the caller keeps it unchanged)
     * @param m rows
     * @param p columns
     */
    ConeProgram(double[] z, int m, int p) {
        if (z.length < (long) m * p || p < 1) {
            throw new IllegalArgumentException(z.length + " values for " + m + " rows of " + p + " columns");
        }
        this.z = z;
        this.m = m;
        this.p = p;
    }

    /** \(z_i^\top y\). */
    double row(int i, double[] y) {
        int base = i * p;
        double s = 0;
        for (int j = 0; j < p; j++) {
            s += z[base + j] * y[j];
        }
        return s;
    }

    /**
     * Maximises \(c^\top d\) over the cone within the unit box.
     *
     * @param c the weights; not modified
     * @return an optimal direction and the value
     * @throws IllegalStateException when the simplex does not finish within its iteration limit
     *                               (it cannot cycle; this would be a bug)
     */
    Solution maximise(double[] c) {
        int[] basis = new int[p];
        double[][] binv = new double[p][p];
        double[] xb = new double[p];
        for (int j = 0; j < p; j++) {
            basis[j] = c[j] >= 0 ? m + j : m + p + j;
            binv[j][j] = c[j] >= 0 ? 1 : -1;
            xb[j] = Math.abs(c[j]);
        }
        boolean[] basic = new boolean[m + 2 * p];
        for (int k : basis) {
            basic[k] = true;
        }
        double[] y = new double[p];
        double[] u = new double[p];
        boolean[] rejected = new boolean[m + 2 * p];
        int iterations = 0;
        int degenerate = 0;
        int sinceRefactor = 0;
        int refactorEvery = Math.max(1, p / REFACTOR_DIVISOR);
        long limit = 50L * (m + 2L * p) + 1000;
        while (true) {
            multipliers(basis, binv, y);
            int entering = entering(y, basic, rejected, degenerate >= DEGENERATE_LIMIT);
            if (entering < 0 && sinceRefactor > 0) {
                refactor(basis, binv, xb, c);
                sinceRefactor = 0;
                multipliers(basis, binv, y);
                entering = entering(y, basic, rejected, degenerate >= DEGENERATE_LIMIT);
            }
            if (entering < 0) {
                break;
            }
            column(entering, binv, u);
            int leaving = leaving(u, xb, basis, degenerate >= DEGENERATE_LIMIT);
            if (leaving < 0) {
                // no basic variable bounds the step: impossible for an improving column of a program
                // bounded below, so its reduced cost is rounding; set it aside in this basis
                rejected[entering] = true;
                continue;
            }
            double step = Math.max(0, xb[leaving]) / u[leaving];
            degenerate = step > 0 ? 0 : degenerate + 1;
            pivot(binv, xb, u, leaving);
            basic[basis[leaving]] = false;
            basic[entering] = true;
            basis[leaving] = entering;
            java.util.Arrays.fill(rejected, false);
            iterations++;
            if (++sinceRefactor >= refactorEvery) {
                refactor(basis, binv, xb, c);
                sinceRefactor = 0;
            }
            if (iterations > limit) {
                throw new IllegalStateException("the separation program did not finish in " + limit + " pivots");
            }
        }
        double value = 0;
        for (int j = 0; j < p; j++) {
            value += c[j] * y[j];
        }
        return new Solution(y, value, iterations);
    }

    /** The cost of column {@code k}: 0 for \(\lambda\), 1 for \(a\) and \(b\). */
    private double cost(int k) {
        return k < m ? 0 : 1;
    }

    /** \(y^\top = c_B^\top B^{-1}\). */
    private void multipliers(int[] basis, double[][] binv, double[] y) {
        Arrays.fill(y, 0);
        for (int r = 0; r < p; r++) {
            double cb = cost(basis[r]);
            if (cb == 0) {
                continue;
            }
            for (int j = 0; j < p; j++) {
                y[j] += cb * binv[r][j];
            }
        }
    }

    /** The entering column (Dantzig's, or Bland's smallest index), or -1 when every reduced cost is non-negative. */
    private int entering(double[] y, boolean[] basic, boolean[] rejected, boolean bland) {
        int best = -1;
        double bestCost = -PRICE_TOLERANCE;
        for (int i = 0; i < m; i++) {
            if (basic[i] || rejected[i]) {
                continue;
            }
            double r = row(i, y);
            if (r < bestCost) {
                best = i;
                bestCost = r;
                if (bland) {
                    return best;
                }
            }
        }
        for (int j = 0; j < p; j++) {
            double ra = 1 - y[j];
            if (!basic[m + j] && !rejected[m + j] && ra < bestCost) {
                best = m + j;
                bestCost = ra;
                if (bland) {
                    return best;
                }
            }
        }
        for (int j = 0; j < p; j++) {
            double rb = 1 + y[j];
            if (!basic[m + p + j] && !rejected[m + p + j] && rb < bestCost) {
                best = m + p + j;
                bestCost = rb;
                if (bland) {
                    return best;
                }
            }
        }
        return best;
    }

    /** \(u = B^{-1}A_k\). */
    private void column(int k, double[][] binv, double[] u) {
        for (int r = 0; r < p; r++) {
            double s;
            if (k < m) {
                s = 0;
                int base = k * p;
                for (int j = 0; j < p; j++) {
                    s -= binv[r][j] * z[base + j];
                }
            } else if (k < m + p) {
                s = binv[r][k - m];
            } else {
                s = -binv[r][k - m - p];
            }
            u[r] = s;
        }
    }

    /** The ratio test: the basis row that leaves, or -1 when none bounds the step. */
    private static int leaving(double[] u, double[] xb, int[] basis, boolean bland) {
        int best = -1;
        double bestRatio = Double.POSITIVE_INFINITY;
        for (int r = 0; r < u.length; r++) {
            if (u[r] <= PIVOT_TOLERANCE) {
                continue;
            }
            double ratio = Math.max(0, xb[r]) / u[r];
            if (best < 0 || ratio < bestRatio - 1e-12 * Math.max(1, bestRatio)) {
                best = r;
                bestRatio = ratio;
            } else if (ratio <= bestRatio + 1e-12 * Math.max(1, bestRatio)) {
                boolean better = bland ? basis[r] < basis[best] : u[r] > u[best];
                if (better) {
                    best = r;
                    bestRatio = Math.min(bestRatio, ratio);
                }
            }
        }
        return best;
    }

    /** The pivot on row {@code r} of the entering column {@code u}. */
    private static void pivot(double[][] binv, double[] xb, double[] u, int r) {
        int p = xb.length;
        double pr = u[r];
        for (int j = 0; j < p; j++) {
            binv[r][j] /= pr;
        }
        xb[r] = Math.max(0, xb[r]) / pr;
        for (int i = 0; i < p; i++) {
            if (i == r || u[i] == 0) {
                continue;
            }
            double f = u[i];
            for (int j = 0; j < p; j++) {
                binv[i][j] -= f * binv[r][j];
            }
            xb[i] -= f * xb[r];
            if (xb[i] < 0 && xb[i] > -1e-12) {
                xb[i] = 0;
            }
        }
    }

    /** Recomputes \(B^{-1}\) from the basis by Gauss-Jordan with partial pivoting, and \(x_B = B^{-1}c\). */
    private void refactor(int[] basis, double[][] binv, double[] xb, double[] c) {
        double[][] a = new double[p][2 * p];
        double[] col = new double[p];
        for (int r = 0; r < p; r++) {
            int k = basis[r];
            Arrays.fill(col, 0);
            if (k < m) {
                for (int j = 0; j < p; j++) {
                    col[j] = -z[k * p + j];
                }
            } else if (k < m + p) {
                col[k - m] = 1;
            } else {
                col[k - m - p] = -1;
            }
            for (int j = 0; j < p; j++) {
                a[j][r] = col[j];
            }
        }
        for (int j = 0; j < p; j++) {
            a[j][p + j] = 1;
        }
        for (int k = 0; k < p; k++) {
            int piv = k;
            for (int i = k + 1; i < p; i++) {
                if (Math.abs(a[i][k]) > Math.abs(a[piv][k])) {
                    piv = i;
                }
            }
            if (a[piv][k] == 0) {
                return; // a singular basis cannot occur; keep the updated inverse
            }
            double[] t = a[k];
            a[k] = a[piv];
            a[piv] = t;
            double d = a[k][k];
            for (int j = 0; j < 2 * p; j++) {
                a[k][j] /= d;
            }
            for (int i = 0; i < p; i++) {
                if (i != k && a[i][k] != 0) {
                    double f = a[i][k];
                    for (int j = 0; j < 2 * p; j++) {
                        a[i][j] -= f * a[k][j];
                    }
                }
            }
        }
        for (int r = 0; r < p; r++) {
            System.arraycopy(a[r], p, binv[r], 0, p);
            double s = 0;
            for (int j = 0; j < p; j++) {
                s += binv[r][j] * c[j];
            }
            xb[r] = Math.max(0, s);
        }
    }
}
