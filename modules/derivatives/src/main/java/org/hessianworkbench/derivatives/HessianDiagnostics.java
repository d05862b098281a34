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
 * counts as a null direction. The eigenvalues and condition number reported are those of \(H\).
 */
public final class HessianDiagnostics {

    /**
     * Relative size below which an eigenvalue of the equilibrated Hessian is a null direction.
     * Eigenvalues of a symmetric matrix carry an absolute error of about \(p\,\epsilon\,\lambda_{\max}\)
     * (\(\sim 10^{-14}\) relative), so 1e-10 is far above noise; and it is below every identifiable
     * model we ship: NIST's Longley design, famously ill-conditioned, has 5.3e-10 (its scaled design a
     * condition number of 4.3e4). A Hessian this close to singular gives covariances accurate to about
     * \(\epsilon / 10^{-10} \approx 10^{-6}\) relative.
     */
    public static final double NULL_THRESHOLD = 1e-10;

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

    private HessianDiagnostics(double asymmetry, double[] eigenvalues, double[][] eigenvectors,
                               double[] scaledEigenvalues, double[][] scaledDirections, Definiteness definiteness) {
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
                    Definiteness.NOT_FINITE);
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
        return new HessianDiagnostics(asym, raw.values, raw.vectors, nv, nulls.toArray(new double[0][]), def);
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
    }
}
