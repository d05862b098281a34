package org.hessianworkbench.optimizers;

import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.derivatives.Matrices;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;

/**
 * The scale-invariant stopping rule ({@link StoppingRule#SCALE_INVARIANT}): its tolerances, each with
 * what it guarantees, and the quantities it tests.
 *
 * <p><b>Newton-type methods.</b> The Newton decrement \(\lambda^2 = \nabla f^\top H^{-1}\nabla f\)
 * (Boyd &amp; Vandenberghe, <i>Convex Optimization</i>, 2004, §9.5.1): \(\lambda^2/2\) is the decrease
 * the quadratic model predicts, \(f - f^* \approx \lambda^2/2\), and \(\lambda\) is the distance to the
 * minimiser in the norm of \(H\), \(\|\beta - \beta^*\|_H \approx \lambda\). For a negative
 * log-likelihood \(H\) is the observed information, so \(\lambda\) is that distance in standard errors.
 * The rule \(\lambda^2/2 \le \mathrm{tol}\cdot\max(1, |f|)\) is invariant to any affine change of the
 * parameters (a column of the design in other units, a shifted column): the same verdict at the same
 * iterate. With {@link #DECREMENT_TOL} = 1e-20 an estimate that passes is within
 * \(\sqrt{2\cdot 10^{-20}\max(1,|f|)}\) standard errors of the minimiser: 1.4e-8 for \(|f| = 10^4\),
 * 1.4e-7 for \(|f| = 10^6\).
 *
 * <p>When no step decreases the loss and \(\lambda^2/2\) is below the loss's rounding noise at the
 * iterate, no computed loss can tell a better point: the method has converged to rounding
 * ({@link StopReason#ROUNDING_FLOOR}).
 *
 * <p><b>The other methods</b> have no Hessian to measure the decrement with: they stop when the relative
 * change of the loss, \(|f_k - f_{k-1}| / (|f_k| + 0.1)\), is at most {@link #RELATIVE_CHANGE_TOL} (R's
 * {@code glm}: 1e-8, there on the deviance) and the relative gradient (Dennis &amp; Schnabel,
 * <i>Numerical Methods for Unconstrained Optimization</i>, 1983, §7.2),
 * \(\max_j |g_j|\max(|\beta_j|, \mathrm{typ}_j) / \max(|f|, 1)\), the relative change of the loss per
 * relative change of each parameter, is at most {@link #RELATIVE_GRADIENT_TOL} or its rounding floor
 * \(10^3\epsilon\,s_j\max(|\beta_j|, \mathrm{typ}_j)/\max(|f|, 1)\), \(s_j = \sum_i|\partial_j f_i|\) (the gradient
 * cannot be computed more accurately than \(\epsilon s_j\)). Multiplying a column by \(c\) divides
 * \(\beta_j\), \(\mathrm{typ}_j\) and multiplies \(g_j\) by \(c\): the relative gradient does not change.
 */
public final class Convergence {

    /**
     * Tolerance of the Newton decrement relative to \(\max(1, |f|)\): far below the loss's own
     * resolution (\(\epsilon \approx 2.2\times10^{-16}\)), since \(\lambda^2\) is computed from the gradient
     * and the Hessian, not from differences of the loss; Newton's quadratic convergence reaches it in
     * at most one iteration more than a looser tolerance would.
     */
    public static final double DECREMENT_TOL = 1e-20;

    /** R's {@code glm.control(epsilon = 1e-8)}: the relative change of the loss. */
    public static final double RELATIVE_CHANGE_TOL = 1e-8;

    /** R's offset in the relative change, \(|f_k - f_{k-1}| / (|f_k| + 0.1)\). */
    public static final double RELATIVE_CHANGE_OFFSET = 0.1;

    /**
     * Tolerance of the relative gradient: a relative change of any parameter by \(\delta\) changes the
     * loss by at most \(10^{-8}\delta\) relative. Dennis &amp; Schnabel suggest \(\epsilon^{1/3}\) for
     * general problems; the workbench's losses are sums whose gradients are accurate to far better.
     */
    public static final double RELATIVE_GRADIENT_TOL = 1e-8;

    /** Rounding grows in a sum of \(n\) terms; the gradient's floor is this many times \(\epsilon s_j\). */
    public static final double ROUNDING_FACTOR = 1e3;

    private Convergence() {
    }

    /**
     * The squared Newton decrement \(\lambda^2 = g^\top H^{+} g\), computed on the equilibrated matrix
     * \(S = D H D\), \(D = \mathrm{diag}(|H_{jj}|^{-1/2})\), so that the units of the parameters do not
     * matter: by Cholesky when \(S\) is positive definite, else through its eigenvalues, ignoring
     * null directions (eigenvalues at most {@link HessianDiagnostics#NULL_THRESHOLD} of the largest:
     * directions along which the loss is flat, such as a product model's scale ridge or an aliased
     * column, where the gradient is zero too).
     *
     * @param h the Hessian (not modified)
     * @param g the gradient (not modified)
     * @return \(\lambda^2\), or NaN when \(H\) has a clearly negative eigenvalue (no minimum near) or is not finite
     */
    public static double newtonDecrement(double[][] h, double[] g) {
        int p = g.length;
        if (!Matrices.allFinite(h) || !Matrices.allFinite(g)) {
            return Double.NaN;
        }
        if (p == 0) {
            return 0;
        }
        double[][] sym = Matrices.symmetrize(h);
        double[] d = new double[p];
        double[] gs = new double[p];
        for (int j = 0; j < p; j++) {
            double hjj = Math.abs(sym[j][j]);
            d[j] = hjj > 0 ? 1 / Math.sqrt(hjj) : 1;
            gs[j] = d[j] * g[j];
        }
        double[][] s = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                s[i][j] = d[i] * sym[i][j] * d[j];
            }
        }
        double[] z = NewtonSystem.solve(s, gs);
        if (z != null) {
            return -Matrices.dot(gs, z);
        }
        EigenDecompositionSymmetric e = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(s));
        double[] mu = e.getEigenvalues();
        double top = 0;
        for (double m : mu) {
            top = Math.max(top, Math.abs(m));
        }
        double lambda2 = 0;
        for (int k = 0; k < p; k++) {
            if (mu[k] < -HessianDiagnostics.NULL_THRESHOLD * top) {
                return Double.NaN;
            }
            if (mu[k] > HessianDiagnostics.NULL_THRESHOLD * top) {
                double c = e.getEigenvector(k).dotProduct(MatrixUtils.createRealVector(gs));
                lambda2 += c * c / mu[k];
            }
        }
        return lambda2;
    }

    /** Whether \(\lambda^2/2 \le \mathrm{tol}\cdot\max(1, |f|)\). */
    public static boolean decrementSmall(double lambda2, double f) {
        return lambda2 / 2 <= DECREMENT_TOL * Math.max(1, Math.abs(f));
    }

    /** \(|f - f_{prev}| / (|f| + 0.1)\). */
    public static double relativeChange(double f, double previous) {
        return Math.abs(f - previous) / (Math.abs(f) + RELATIVE_CHANGE_OFFSET);
    }

    /**
     * Dennis and Schnabel's relative gradient \(\max_j |g_j|\max(|\beta_j|, \mathrm{typ}_j) / \max(|f|, 1)\).
     *
     * @param g       the gradient (not modified)
     * @param x       the point (not modified)
     * @param typical typical parameter sizes, or null for ones (not modified)
     * @param f       the loss
     */
    public static double relativeGradient(double[] g, double[] x, double[] typical, double f) {
        double r = 0;
        for (int j = 0; j < g.length; j++) {
            r = Math.max(r, Math.abs(g[j]) * Math.max(Math.abs(x[j]), typical == null ? 1 : typical[j]));
        }
        return r / Math.max(Math.abs(f), 1);
    }

    /**
     * The rounding floor of the relative gradient: \(10^3\epsilon\max_j s_j\max(|\beta_j|, \mathrm{typ}_j)/\max(|f|,1)\).
     *
     * @param termScale \(s_j = \sum_i|\partial_j f_i|\) (not modified)
     */
    public static double relativeGradientFloor(double[] termScale, double[] x, double[] typical, double f) {
        return ROUNDING_FACTOR * Math.ulp(1.0) * relativeGradient(termScale, x, typical, f);
    }
}
