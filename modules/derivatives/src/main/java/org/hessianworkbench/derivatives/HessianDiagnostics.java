package org.hessianworkbench.derivatives;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * What a Hessian says about the minimum: symmetry, eigenvalues, condition number, definiteness
 * and the directions along which it is (nearly) singular. Instances are immutable.
 *
 * <p>Rank decisions are made on the equilibrated matrix \(S = D^{-1/2} H D^{-1/2}\),
 * \(D = \mathrm{diag}(|H_{ii}|)\), so that the units of the covariates do not decide whether a
 * direction is "null": an eigenvalue of \(S\) at most {@link #NULL_THRESHOLD} times the largest
 * counts as a null direction: {@link RankTolerance}'s rule on the squared scale, the rule by which the
 * least-squares fit declares a column aliased.
 *
 * <p>The eigenvalues and condition number reported are those of \(H\). A symmetric eigensolver
 * computes them with an absolute error of about \(\epsilon\lambda_{\max}\), so for a badly scaled
 * Hessian (NIST's Longley: \(\lambda_{\max} \approx 2.8\cdot 10^{12}\)) the small eigenvalues would be
 * noise, printed as 0 with an infinite condition number although the matrix is well inside the
 * positive-definite cone. When the equilibrated matrix is positive definite they are therefore
 * computed with high relative accuracy instead: Cholesky \(S = LL^\top\), then one-sided Jacobi on
 * \(G = L^\top D^{1/2}\) (\(H = G^\top G\)); each eigenvalue then carries a relative error of about
 * \(\epsilon\,\kappa(S)\) however \(H\) is scaled. Reference: Demmel and Veselić, Jacobi's method is
 * more accurate than QR, SIAM J. Matrix Anal. Appl. 13 (1992) 1204-1245, doi:10.1137/0613074.
 */
public final class HessianDiagnostics {

    /**
     * Relative size below which an eigenvalue of the equilibrated Hessian is a null direction:
     * {@link RankTolerance#hessianThreshold()}, the least-squares rank rule (1e-7 on the design's column
     * norms) on the Hessian's squared scale, raised to what a computed Hessian resolves (1e-10). NIST's
     * Longley design, famously ill-conditioned, has 5.3e-10, above it.
     */
    public static final double NULL_THRESHOLD = RankTolerance.hessianThreshold();

    /** The classification of a symmetric matrix. */
    public enum Definiteness {
        /** Every eigenvalue clearly positive: a strict local minimum, the inverse exists. */
        POSITIVE_DEFINITE,
        /** No clearly negative eigenvalue, but at least one null direction: not identifiable there. */
        SINGULAR,
        /** At least one clearly negative eigenvalue: a saddle or maximum, not a minimum. */
        INDEFINITE,
        /** Some entry is NaN or infinite. */
        NOT_FINITE
    }

    private final double asymmetry;
    private final double[] eigenvalues;
    private final double[][] eigenvectors;
    private final double[] scaledEigenvalues;
    private final double[][] scaledDirections;
    private final Definiteness definiteness;
    private final double scaledCondition;

    private HessianDiagnostics(double asymmetry, double[] eigenvalues, double[][] eigenvectors,
                               double[] scaledEigenvalues, double[][] scaledDirections, Definiteness definiteness,
                               double scaledCondition) {
        this.scaledCondition = scaledCondition;
        this.asymmetry = asymmetry;
        this.eigenvalues = eigenvalues;
        this.eigenvectors = eigenvectors;
        this.scaledEigenvalues = scaledEigenvalues;
        this.scaledDirections = scaledDirections;
        this.definiteness = definiteness;
    }

    /** Diagnoses {@code h} (symmetrised first; the asymmetry is kept). Not modified. */
    public static HessianDiagnostics of(double[][] h) {
        int p = h.length;
        double asym = Matrices.maxAsymmetry(h);
        double scale = Matrices.maxAbs(h);
        if (!Matrices.allFinite(h)) {
            return new HessianDiagnostics(asym, new double[0], new double[0][], new double[0], new double[0][],
                    Definiteness.NOT_FINITE, Double.NaN);
        }
        double[][] sym = Matrices.symmetrize(h);
        Eigen raw = Eigen.of(sym);
        double[] d = new double[p];
        for (int i = 0; i < p; i++) {
            double hii = Math.abs(sym[i][i]);
            d[i] = hii > 0 ? 1 / Math.sqrt(hii) : (scale > 0 ? 1 / Math.sqrt(scale) : 1);
        }
        double[][] s = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                s[i][j] = d[i] * sym[i][j] * d[j];
            }
        }
        Eigen scaled = Eigen.of(s);
        double top = 0;
        for (double v : scaled.values) {
            top = Math.max(top, Math.abs(v));
        }
        Definiteness def = Definiteness.POSITIVE_DEFINITE;
        List<double[]> nulls = new ArrayList<>();
        List<Double> nullValues = new ArrayList<>();
        for (int k = 0; k < p; k++) {
            double v = scaled.values[k];
            if (v < -NULL_THRESHOLD * top) {
                def = Definiteness.INDEFINITE;
            } else if (v <= NULL_THRESHOLD * top) {
                if (def == Definiteness.POSITIVE_DEFINITE) {
                    def = Definiteness.SINGULAR;
                }
                // direction in the original coordinates: D^{1/2}-scaled back, normalised
                double[] u = new double[p];
                for (int i = 0; i < p; i++) {
                    u[i] = d[i] * scaled.vectors[k][i];
                }
                nulls.add(normalise(u));
                nullValues.add(v);
            }
        }
        if (top == 0 && p > 0) {
            def = Definiteness.SINGULAR;
        }
        double[] nv = nullValues.stream().mapToDouble(Double::doubleValue).toArray();
        Eigen accurate = def == Definiteness.POSITIVE_DEFINITE ? Eigen.jacobi(s, d) : null;
        Eigen reported = accurate != null ? accurate : raw;
        return new HessianDiagnostics(asym, reported.values, reported.vectors, nv, nulls.toArray(new double[0][]), def,
                top / minAbs(scaled.values));
    }

    private static double[] normalise(double[] u) {
        double n = Matrices.norm(u);
        double sign = 1;
        for (double x : u) {
            if (x != 0) {
                sign = Math.signum(x);
                break;
            }
        }
        for (int i = 0; i < u.length; i++) {
            u[i] = sign * u[i] / n;
        }
        return u;
    }

    /** \(\max_{ij}|H_{ij}-H_{ji}|\) of the matrix given. */
    public double asymmetry() {
        return asymmetry;
    }

    /** Eigenvalues of the symmetrised \(H\), ascending (a copy). */
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** Unit eigenvector {@code k} of the symmetrised \(H\), matching {@link #eigenvalues()} (a copy). */
    public double[] eigenvector(int k) {
        return eigenvectors[k].clone();
    }

    /** Smallest eigenvalue, NaN when not finite. */
    public double minEigenvalue() {
        return eigenvalues.length == 0 ? Double.NaN : eigenvalues[0];
    }

    /** Largest eigenvalue, NaN when not finite. */
    public double maxEigenvalue() {
        return eigenvalues.length == 0 ? Double.NaN : eigenvalues[eigenvalues.length - 1];
    }

    /** \(\max|\lambda| / \min|\lambda|\); infinite when an eigenvalue is 0, NaN when not finite. */
    public double conditionNumber() {
        if (eigenvalues.length == 0) {
            return Double.NaN;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double v : eigenvalues) {
            lo = Math.min(lo, Math.abs(v));
            hi = Math.max(hi, Math.abs(v));
        }
        return lo == 0 ? Double.POSITIVE_INFINITY : hi / lo;
    }

    /**
     * The condition number of the equilibrated Hessian \(S = D^{-1/2} H D^{-1/2}\),
     * \(\max|\lambda(S)| / \min|\lambda(S)|\): what governs the accuracy of the covariance, whatever
     * the units of the parameters (infinite when an eigenvalue is 0, NaN when not finite).
     */
    public double scaledConditionNumber() {
        return scaledCondition;
    }

    private static double minAbs(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        for (double x : v) {
            lo = Math.min(lo, Math.abs(x));
        }
        return v.length == 0 ? Double.NaN : lo;
    }

    /** The classification. */
    public Definiteness definiteness() {
        return definiteness;
    }

    /** True when positive definite (safe to invert by Cholesky). */
    public boolean positiveDefinite() {
        return definiteness == Definiteness.POSITIVE_DEFINITE;
    }

    /** Number of null directions (equilibrated eigenvalues within {@link #NULL_THRESHOLD}). */
    public int nullDirectionCount() {
        return scaledDirections.length;
    }

    /** Unit null direction {@code k} in the parameters' own coordinates (a copy). */
    public double[] nullDirection(int k) {
        return scaledDirections[k].clone();
    }

    /** The equilibrated eigenvalues that made the null directions. */
    public double[] nullEigenvaluesScaled() {
        return scaledEigenvalues.clone();
    }

    /** Ascending eigen-decomposition of a symmetric matrix. */
    private record Eigen(double[] values, double[][] vectors) {
        static Eigen of(double[][] sym) {
            int p = sym.length;
            RealMatrix m = MatrixUtils.createRealMatrix(sym);
            EigenDecompositionSymmetric e = new EigenDecompositionSymmetric(m);
            double[] values = e.getEigenvalues();
            Integer[] order = new Integer[p];
            for (int i = 0; i < p; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
            double[] v = new double[p];
            double[][] vec = new double[p][];
            for (int k = 0; k < p; k++) {
                v[k] = values[order[k]];
                vec[k] = e.getEigenvector(order[k]).toArray();
            }
            return new Eigen(v, vec);
        }

        /**
         * Eigen-decomposition of \(H = D^{1/2} S D^{1/2}\) (with {@code d} = \(D^{-1/2}\)) to high relative
         * accuracy: Cholesky of \(S\), then one-sided Jacobi (Hestenes) on the columns of
         * \(G = L^\top D^{1/2}\); null when the Cholesky factorisation breaks down.
         */
        static Eigen jacobi(double[][] s, double[] d) {
            int p = s.length;
            double[][] l = new double[p][p];
            for (int j = 0; j < p; j++) {
                double diag = s[j][j];
                for (int k = 0; k < j; k++) {
                    diag -= l[j][k] * l[j][k];
                }
                if (!(diag > 0)) {
                    return null;
                }
                l[j][j] = Math.sqrt(diag);
                for (int i = j + 1; i < p; i++) {
                    double v = s[i][j];
                    for (int k = 0; k < j; k++) {
                        v -= l[i][k] * l[j][k];
                    }
                    l[i][j] = v / l[j][j];
                }
            }
            // columns of G: g[c][r] = G_{rc} = L_{cr} / d_c  (G = L^T D^{1/2})
            double[][] g = new double[p][p];
            double[][] v = new double[p][p];
            for (int c = 0; c < p; c++) {
                for (int r = 0; r < p; r++) {
                    g[c][r] = l[c][r] / d[c];
                }
                v[c][c] = 1;
            }
            double eps = Math.ulp(1.0);
            for (int sweep = 0; sweep < 60; sweep++) {
                boolean rotated = false;
                for (int i = 0; i < p - 1; i++) {
                    for (int j = i + 1; j < p; j++) {
                        double alpha = Matrices.dot(g[i], g[i]);
                        double beta = Matrices.dot(g[j], g[j]);
                        double gamma = Matrices.dot(g[i], g[j]);
                        if (Math.abs(gamma) <= eps * Math.sqrt(alpha * beta) || gamma == 0) {
                            continue;
                        }
                        rotated = true;
                        double zeta = (beta - alpha) / (2 * gamma);
                        double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                        if (zeta == 0) {
                            t = 1;
                        }
                        double c = 1 / Math.sqrt(1 + t * t);
                        double sn = c * t;
                        rotate(g[i], g[j], c, sn);
                        rotate(v[i], v[j], c, sn);
                    }
                }
                if (!rotated) {
                    break;
                }
            }
            double[] values = new double[p];
            for (int k = 0; k < p; k++) {
                double norm = Matrices.norm(g[k]);
                values[k] = norm * norm;
            }
            Integer[] order = new Integer[p];
            for (int i = 0; i < p; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
            double[] sorted = new double[p];
            double[][] vec = new double[p][];
            for (int k = 0; k < p; k++) {
                sorted[k] = values[order[k]];
                vec[k] = v[order[k]];
            }
            return new Eigen(sorted, vec);
        }

        private static void rotate(double[] x, double[] y, double c, double s) {
            for (int r = 0; r < x.length; r++) {
                double a = x[r];
                double b = y[r];
                x[r] = c * a - s * b;
                y[r] = s * a + c * b;
            }
        }
    }
}
