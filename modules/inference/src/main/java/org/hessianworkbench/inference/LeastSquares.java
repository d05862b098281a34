package org.hessianworkbench.inference;

import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.derivatives.Matrices;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Ordinary least squares through the Householder QR factorisation of the column-scaled design,
 * \(X D^{-1} = Q R\) with \(D = \mathrm{diag}(\|x_j\|)\):
 * \(\hat\beta = D^{-1} R^{-1} Q^\top y\), \(\hat\sigma^2 = \mathrm{SSE}/(n - p)\),
 * \(\mathrm{Cov}(\hat\beta) = \hat\sigma^2 D^{-1} R^{-1} R^{-\top} D^{-1}\).
 * Scaling makes the QR's backward error column-wise, so the accuracy is governed by the condition
 * of the scaled design; \(X^\top X\) is never formed. Reference: Björck, <i>Numerical Methods for
 * Least Squares Problems</i> (1996), §2.4 and §2.8; NIST StRD (Longley) for the test.
 */
public final class LeastSquares {

    /**
     * Relative size of \(|R_{jj}|\) below which the scaled design is rank deficient (R's
     * {@code lm.fit} uses 1e-7 on its pivots).
     */
    public static final double RANK_TOLERANCE = 1e-10;

    private LeastSquares() {
    }

    /**
     * A least-squares fit.
     *
     * @param estimate  \(\hat\beta\)
     * @param sse       residual sum of squares
     * @param sigma2    \(\hat\sigma^2 = \mathrm{SSE}/(n-p)\)
     * @param df        residual degrees of freedom \(n - p\)
     * @param covariance the covariance, or the diagnosis when \(X\) is rank deficient
     */
    public record Fit(double[] estimate, double sse, double sigma2, int df, CovarianceResult covariance) {
        /** Defensive copy in. */
        public Fit {
            estimate = estimate.clone();
        }

        /** \(\hat\beta\) (a copy). */
        @Override
        public double[] estimate() {
            return estimate.clone();
        }
    }

    /**
     * Fits \(y \approx X\beta\).
     *
     * @param x the design (one block); not modified
     * @param y the response; not modified
     * @return the fit; when \(X\) is rank deficient the estimate is NaN-free but not unique and the
     *         covariance is unavailable with the diagnosis of \(X^\top X\)
     */
    public static Fit fit(DesignBlock x, double[] y) {
        int n = x.rows();
        int p = x.columns();
        double[] norm = new double[p];
        for (int j = 0; j < p; j++) {
            double[] col = new double[n];
            for (int i = 0; i < n; i++) {
                col[i] = x.get(i, j);
            }
            norm[j] = Matrices.norm(col);
            if (norm[j] == 0) {
                norm[j] = 1;
            }
        }
        double[][] scaled = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                scaled[i][j] = x.get(i, j) / norm[j];
            }
        }
        QRDecomposition qr = new QRDecomposition(MatrixUtils.createRealMatrix(scaled), 0);
        RealMatrix r = qr.getR().getSubMatrix(0, p - 1, 0, p - 1);
        double rMax = 0;
        double rMin = Double.POSITIVE_INFINITY;
        for (int j = 0; j < p; j++) {
            rMax = Math.max(rMax, Math.abs(r.getEntry(j, j)));
            rMin = Math.min(rMin, Math.abs(r.getEntry(j, j)));
        }
        double[] qty = qr.getQT().operate(y);
        boolean fullRank = rMin > RANK_TOLERANCE * rMax;
        double[] beta = new double[p];
        double[][] rInv = null;
        if (fullRank) {
            rInv = upperInverse(r);
            for (int j = 0; j < p; j++) {
                double s = 0;
                for (int k = j; k < p; k++) {
                    s += rInv[j][k] * qty[k];
                }
                beta[j] = s / norm[j];
            }
        }
        double sse = 0;
        for (int i = n > p ? p : n; i < n; i++) {
            sse += qty[i] * qty[i];
        }
        int df = n - p;
        double sigma2 = df > 0 ? sse / df : Double.NaN;
        double[][] xtx = crossProduct(x);
        HessianDiagnostics diagnostics = HessianDiagnostics.of(xtx);
        if (!fullRank) {
            return new Fit(beta, Double.NaN, Double.NaN, df, new CovarianceResult.Unavailable(diagnostics,
                    "the design matrix is rank deficient (a column is a linear combination of others): "
                            + "the coefficients are not identifiable"));
        }
        double[][] cov = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                double s = 0;
                for (int k = j; k < p; k++) {
                    s += rInv[i][k] * rInv[j][k];
                }
                cov[i][j] = sigma2 * s / (norm[i] * norm[j]);
                cov[j][i] = cov[i][j];
            }
        }
        return new Fit(beta, sse, sigma2, df, new CovarianceResult.Available(cov, diagnostics));
    }

    /** \(X^\top X\) (for diagnostics only). */
    static double[][] crossProduct(DesignBlock x) {
        int p = x.columns();
        double[][] m = new double[p][p];
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < p; j++) {
                double a = x.get(i, j);
                for (int k = j; k < p; k++) {
                    m[j][k] += a * x.get(i, k);
                }
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < j; k++) {
                m[j][k] = m[k][j];
            }
        }
        return m;
    }

    /** Inverse of an upper-triangular matrix by back substitution. */
    private static double[][] upperInverse(RealMatrix r) {
        int p = r.getRowDimension();
        double[][] inv = new double[p][p];
        for (int c = 0; c < p; c++) {
            inv[c][c] = 1 / r.getEntry(c, c);
            for (int i = c - 1; i >= 0; i--) {
                double s = 0;
                for (int k = i + 1; k <= c; k++) {
                    s += r.getEntry(i, k) * inv[k][c];
                }
                inv[i][c] = -s / r.getEntry(i, i);
            }
        }
        return inv;
    }
}
