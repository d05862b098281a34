package org.hessianworkbench.inference;

import java.util.List;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.derivatives.RankTolerance;

/**
 * Ordinary least squares as R's {@code lm.fit}: the Householder QR factorisation of the design with
 * limited column pivoting ({@link PivotedQr}, LINPACK {@code dqrdc2} with tolerance
 * {@link RankTolerance#RELATIVE}), \(XP = QR\). Aliased columns (rank deficiency) get no estimate; the
 * kept columns \(X_1\) give \(\hat\beta_1 = R_{11}^{-1}(Q^\top y)_{1..r}\),
 * \(\mathrm{SSE} = \sum_{i>r}(Q^\top y)_i^2\), \(\hat\sigma^2 = \mathrm{SSE}/(n - r)\) and
 * \(\mathrm{Cov}(\hat\beta_1) = \hat\sigma^2 R_{11}^{-1} R_{11}^{-\top}\), with \(r\) the rank.
 * Neither \(Q\) nor \(X^\top X\) is formed: the reflectors are applied to \(y\), and memory is one copy
 * of \(X\). Householder QR is backward stable column by column, so the accuracy is governed by the
 * condition of the column-scaled design. Reference: Björck, <i>Numerical Methods for Least Squares
 * Problems</i> (1996), §2.4, §2.7 and §2.8; NIST StRD (Longley) for the test.
 */
public final class LeastSquares {

    private LeastSquares() {
    }

    /**
     * A least-squares fit.
     *
     * @param estimate   \(\hat\beta\), NaN for an aliased column (R's {@code NA})
     * @param sse        residual sum of squares
     * @param sigma2     \(\hat\sigma^2 = \mathrm{SSE}/(n-r)\)
     * @param df         residual degrees of freedom \(n - r\)
     * @param covariance the covariance of the kept coefficients (rows and columns in the order of
     *                   {@link #kept()}), with the diagnosis of \(X_1^\top X_1\)
     * @param aliased    whether each column is aliased
     */
    public record Fit(double[] estimate, double sse, double sigma2, int df, CovarianceResult covariance,
                      boolean[] aliased) {
        /** Defensive copies in. */
        public Fit {
            estimate = estimate.clone();
            aliased = aliased.clone();
        }

        /** \(\hat\beta\) (a copy), NaN where aliased. */
        @Override
        public double[] estimate() {
            return estimate.clone();
        }

        /** Whether each column is aliased (a copy). */
        @Override
        public boolean[] aliased() {
            return aliased.clone();
        }

        /** The number of columns of the design. */
        public int p() {
            return aliased.length;
        }

        /** The rank: the number of columns kept. */
        public int rank() {
            return kept().length;
        }

        /** The original indices of the kept columns, ascending. */
        public int[] kept() {
            return java.util.stream.IntStream.range(0, aliased.length).filter(j -> !aliased[j]).toArray();
        }
    }

    /**
     * Fits \(y \approx X\beta\).
     *
     * @param x the design (one block); not modified
     * @param y the response; not modified
     * @return the fit
     */
    public static Fit fit(DesignBlock x, double[] y) {
        return fit(PivotedQr.of(x), y);
    }

    /**
     * Fits \(y \approx X\beta\) from the factorisation of \(X\).
     *
     * @param qr the pivoted QR of the design
     * @param y  the response; not modified
     * @return the fit
     */
    public static Fit fit(PivotedQr qr, double[] y) {
        int n = qr.rows();
        int r = qr.rank();
        double[] qty = qr.qty(y);
        double[] beta = qr.coefficients(qty);
        double sse = 0;
        for (int i = r; i < n; i++) {
            sse += qty[i] * qty[i];
        }
        int df = n - r;
        double sigma2 = df > 0 ? sse / df : Double.NaN;
        HessianDiagnostics diagnostics = HessianDiagnostics.of(qr.crossProduct());
        double[][] cov = qr.unscaledCovariance();
        for (double[] row : cov) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= sigma2;
            }
        }
        CovarianceResult covariance = r == 0
                ? new CovarianceResult.Unavailable(diagnostics, "no column of the design is estimable")
                : new CovarianceResult.Available(cov, diagnostics);
        return new Fit(beta, sse, sigma2, df, covariance, qr.aliased());
    }

    /** The names of the aliased columns, in order. */
    public static List<String> aliasedNames(List<String> names, boolean[] aliased) {
        return java.util.stream.IntStream.range(0, names.size()).filter(j -> aliased[j]).mapToObj(names::get).toList();
    }
}
