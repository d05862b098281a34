package org.hessianworkbench.derivatives;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * How far a Hessian \(A\) is from a reference \(B\), measured three ways:
 * <ul>
 *   <li>normwise, \(\mathrm{max\_rel\_diff} = \max_{jk}|A-B|_{jk} / \max_{jk}|B_{jk}|\): dominated by the
 *       parameters with the largest curvature, so blind to the others when the columns' units differ
 *       (a column of dollars beside one of thousandths);</li>
 *   <li>equilibrated, \(\mathrm{max\_scaled\_diff} = \max_{jk}|A-B|_{jk} / \sqrt{|B_{jj}B_{kk}|}\): the
 *       largest entry of \(D^{-1/2}(A-B)D^{-1/2}\), \(D = \mathrm{diag}(|B|)\), which does not change when
 *       a parameter is rescaled; for a positive definite \(B\), \(|B_{jk}| \le \sqrt{B_{jj}B_{kk}}\), so it
 *       bounds every entry's error relative to what that entry can be (the guard for a reference
 *       that is not positive semidefinite is in {@link #maxScaledDiff(double[][], double[][])});</li>
 *   <li>inferentially, \(\mathrm{max\_se\_rel\_diff} = \max_j |s_j(A) - s_j(B)| / s_j(B)\) with
 *       \(s_j(H) = \sqrt{(H^{-1})_{jj}}\), the standard errors the two Hessians imply (the common factor
 *       of a linear model's \(\hat\sigma^2\) cancels). Only when both are positive definite
 *       ({@link HessianDiagnostics}); otherwise it is NaN and {@link #seUnavailable()} says which is not.</li>
 * </ul>
 * They {@link #agree()} when the equilibrated difference is at most the tolerance, and never because
 * of an engine's own error estimate: whether that estimate covers the actual difference is reported
 * apart, in {@link #errorEstimateCovers()}. Non-finite entries never agree.
 *
 * @param method              the engine of \(A\)
 * @param reference           the engine of \(B\)
 * @param maxAbsDiff          largest absolute difference
 * @param maxRelDiff          largest absolute difference relative to \(\max|B|\)
 * @param tolerance           the tolerance of this pair, on {@code maxScaledDiff}
 * @param agree               whether {@code maxScaledDiff <= tolerance}
 * @param maxScaledDiff       largest \(|A-B|_{jk}/\sqrt{|B_{jj}B_{kk}|}\) (NaN for vectors)
 * @param maxSeRelDiff        largest relative difference of the implied standard errors, or NaN
 * @param seUnavailable       why {@code maxSeRelDiff} is NaN (which Hessian is not positive definite),
 *                            or {@code null} when it is a number
 * @param errorEstimateCovers whether every \(|A-B|_{jk}\) is within the engine's error estimate for that
 *                            entry; {@code null} when the engine has none
 */
public record HessianComparison(String method, String reference, double maxAbsDiff, double maxRelDiff,
                                double tolerance, boolean agree, double maxScaledDiff, double maxSeRelDiff,
                                String seUnavailable, Boolean errorEstimateCovers) {

    /**
     * A comparison measured by the relative difference alone (the gradient check, vectors): no
     * equilibrated difference, no standard errors, no error estimate.
     */
    public HessianComparison(String method, String reference, double maxAbsDiff, double maxRelDiff, double tolerance,
                             boolean agree) {
        this(method, reference, maxAbsDiff, maxRelDiff, tolerance, agree, Double.NaN, Double.NaN,
                "not a Hessian comparison", null);
    }

    /**
     * Compares {@code a} with the reference {@code b} at the tolerance, on the equilibrated difference.
     *
     * @param method    the name of \(A\)'s engine
     * @param a         \(A\); not modified
     * @param reference the name of \(B\)'s engine
     * @param b         \(B\); not modified
     * @param tolerance the largest equilibrated difference that agrees
     * @return the comparison, without error-estimate coverage
     * @throws IllegalArgumentException when the shapes differ
     */
    public static HessianComparison of(String method, double[][] a, String reference, double[][] b, double tolerance) {
        return of(method, a, reference, b, tolerance, null);
    }

    /**
     * Compares an engine's estimate with the reference estimate at the engine's tolerance
     * ({@link HessianMethod#tolerance()}), and says whether the engine's error estimate, when it has
     * one, covers the actual difference entry by entry.
     */
    public static HessianComparison of(HessianEstimate a, HessianEstimate reference) {
        return of(a.method().cliName(), a.hessian(), reference.method().cliName(), reference.hessian(),
                a.method().tolerance(), a.errorEstimate());
    }

    private static HessianComparison of(String method, double[][] a, String reference, double[][] b, double tolerance,
                                        double[][] errorEstimate) {
        double abs = Matrices.maxAbsDiff(a, b);
        double scale = Matrices.maxAbs(b);
        double rel = scale > 0 ? abs / scale : (abs == 0 ? 0 : Double.POSITIVE_INFINITY);
        double scaled = maxScaledDiff(a, b);
        boolean finite = Double.isFinite(abs) && Double.isFinite(scale);
        boolean agree = finite && scaled <= tolerance;
        String unavailable = null;
        double se = Double.NaN;
        if (!HessianDiagnostics.of(b).positiveDefinite()) {
            unavailable = reference + "'s Hessian is not positive definite";
        } else if (!HessianDiagnostics.of(a).positiveDefinite()) {
            unavailable = method + "'s Hessian is not positive definite";
        } else {
            double[] sa = standardErrors(a);
            double[] sb = standardErrors(b);
            if (sa == null || sb == null) {
                unavailable = (sa == null ? method : reference) + "'s Hessian is too badly conditioned to invert";
            } else {
                se = 0;
                for (int j = 0; j < sa.length; j++) {
                    se = Math.max(se, Math.abs(sa[j] - sb[j]) / sb[j]);
                }
            }
        }
        Boolean covers = null;
        if (errorEstimate != null) {
            covers = finite;
            for (int j = 0; j < a.length && covers; j++) {
                for (int k = 0; k < a.length; k++) {
                    if (!(Math.abs(a[j][k] - b[j][k]) <= errorEstimate[j][k])) {
                        covers = false;
                        break;
                    }
                }
            }
        }
        return new HessianComparison(method, reference, abs, rel, tolerance, agree, scaled, se, unavailable, covers);
    }

    /**
     * \(\max_{jk}|A-B|_{jk}/\sqrt{d_jd_k}\) with \(d_j = |B_{jj}|\), the equilibrated difference: 0 where
     * the difference is 0, infinite where a difference meets a row of \(B\) that is all zero, NaN when
     * an entry is not finite. For a reference that is not positive semidefinite, \(d_j\) is raised to
     * \(\max_k B_{jk}^2/|B_{kk}|\) where that is larger, so that \(|B_{jk}| \le \sqrt{d_jd_k}\) still
     * holds: a zero diagonal beside a non-zero row (a product model's Hessian where another group's
     * predictor vanishes) does not make rounding infinite. For a positive semidefinite \(B\), where
     * \(B_{jk}^2 \le B_{jj}B_{kk}\), this changes nothing; rescaling a parameter changes nothing either.
     *
     * @param a \(A\); not modified
     * @param b the reference \(B\); not modified
     * @return the largest equilibrated difference
     * @throws IllegalArgumentException when the shapes differ
     */
    public static double maxScaledDiff(double[][] a, double[][] b) {
        double[][] scaled = scaledDiff(a, b);
        double m = 0;
        for (double[] row : scaled) {
            for (double d : row) {
                if (Double.isNaN(d)) {
                    return Double.NaN;
                }
                m = Math.max(m, d);
            }
        }
        return m;
    }

    /**
     * Every entry of the equilibrated difference, \(|A-B|_{jk}/\sqrt{d_jd_k}\) with the \(d_j\) of
     * {@link #maxScaledDiff(double[][], double[][])}, whose largest entry that is: 0 where the entries
     * are equal, infinite where a difference meets a row of \(B\) that is all zero, NaN where an entry
     * is not finite. What a picture of where two Hessians differ shows.
     *
     * @param a \(A\); not modified
     * @param b the reference \(B\); not modified
     * @return a new p-by-p matrix
     * @throws IllegalArgumentException when the shapes differ
     */
    public static double[][] scaledDiff(double[][] a, double[][] b) {
        Matrices.maxAbsDiff(a, b);
        int p = b.length;
        double[] root = new double[p];
        for (int j = 0; j < p; j++) {
            double d = Math.sqrt(Math.abs(b[j][j]));
            for (int k = 0; k < p; k++) {
                if (k != j && b[k][k] != 0) {
                    d = Math.max(d, Math.abs(b[j][k]) / Math.sqrt(Math.abs(b[k][k])));
                }
            }
            root[j] = d;
        }
        double[][] scaled = new double[p][p];
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                double d = Math.abs(a[j][k] - b[j][k]);
                scaled[j][k] = Double.isNaN(d) ? Double.NaN : d > 0 ? d / root[j] / root[k] : 0;
            }
        }
        return scaled;
    }

    /**
     * \(\sqrt{(H^{-1})_{jj}}\) through Cholesky of the symmetrised \(H\), or {@code null} when the
     * factorisation fails (a positive definite \(H\) too badly conditioned to invert).
     */
    static double[] standardErrors(double[][] h) {
        RealMatrix m = MatrixUtils.createRealMatrix(Matrices.symmetrize(h));
        try {
            double[][] inv = new CholeskyDecomposition(m, 1e-12, 0).getSolver().getInverse().getData();
            double[] s = new double[h.length];
            for (int j = 0; j < s.length; j++) {
                s[j] = Math.sqrt(inv[j][j]);
                if (!(s[j] > 0) || Double.isInfinite(s[j])) {
                    return null;
                }
            }
            return s;
        } catch (MathIllegalArgumentException e) {
            return null;
        }
    }

    /** The gradient analogue: vectors compared relative to \(\max|b|\) (no equilibration, no standard errors). */
    public static HessianComparison ofVectors(String method, double[] a, String reference, double[] b, double tolerance) {
        double abs = Matrices.maxAbsDiff(new double[][] {a}, new double[][] {b});
        double scale = Matrices.maxAbs(new double[][] {b});
        double rel = scale > 0 ? abs / scale : (abs == 0 ? 0 : Double.POSITIVE_INFINITY);
        return new HessianComparison(method, reference, abs, rel, tolerance,
                Double.isFinite(abs) && Double.isFinite(scale) && rel <= tolerance);
    }
}
