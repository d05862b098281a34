package org.hessianworkbench.derivatives;

/**
 * Finite-difference Hessians: the logistic-Hessian notebook's nested scheme (the bad example), central differences of
 * the analytic gradient, and Richardson extrapolation with an error estimate.
 *
 * <p>Round-off estimates use the scale of the terms summed into the value and the gradient
 * ({@link Objective#valueTermScale}, {@link Objective#gradientTermScale}), because at an optimum
 * the gradient is near zero while its terms are not.
 */
public final class FiniteDifferences {

    /** The logistic-Hessian notebook's step for {@code numerical_hessian} (and scipy's {@code approx_fprime}). */
    public static final double NOTEBOOK_EPS = 1e-6;

    /** Machine epsilon, \(2^{-52}\). */
    static final double MACHINE_EPS = Math.ulp(1.0);

    /** Central-difference step factor \(\epsilon^{1/3}\) (balances \(h^2\) truncation and \(\epsilon/h\) round-off). */
    static final double CENTRAL_STEP = Math.cbrt(MACHINE_EPS);

    /**
     * Round-off of a computed gradient entry in units of \(\epsilon\, s_j\): a few ulps for each
     * term plus the summation, which runs in chunks of {@value ChunkedSum#CHUNK_ROWS} rows.
     */
    static final double GRADIENT_ROUNDOFF_FACTOR = 8;

    /** Richardson: relative initial step, as R numDeriv's {@code d = 0.1}. */
    static final double RICHARDSON_RELATIVE_STEP = 0.1;

    /** Richardson: absolute initial step for parameters near zero (numDeriv's {@code eps = 1e-4}). */
    static final double RICHARDSON_ZERO_STEP = 1e-4;

    /** Richardson: below this \(|\beta_i|\) the absolute step is used (numDeriv's {@code zero.tol}). */
    static final double RICHARDSON_ZERO_TOL = Math.sqrt(MACHINE_EPS / 7e-7);

    /** Richardson: number of halving steps (numDeriv's {@code r = 4}). */
    static final int RICHARDSON_STEPS = 4;

    private FiniteDifferences() {
    }

    /**
     * The logistic-Hessian notebook's {@code numerical_hessian}: column \(i\) is
     * \((g(\beta + \mathrm{eps}\,e_i) - g(\beta - \mathrm{eps}\,e_i)) / (2\,\mathrm{eps})\) where
     * \(g\) is scipy's {@code approx_fprime}, the forward difference
     * \(g_j(x) = (f(x + \mathrm{eps}\,e_j) - f(x)) / \mathrm{eps}\). Not symmetrised (the notebook did
     * not); its asymmetry is reported. The error estimate is the round-off
     * \(2\sigma_f / \mathrm{eps}^2\), with \(\sigma_f\) the measured rounding noise of \(f\)
     * ({@link NoiseEstimate}); the forward-difference truncation cancels to \(O(\mathrm{eps}^2)\)
     * in the outer difference.
     */
    public static HessianEstimate nested(Objective f, double[] beta, double eps) {
        requirePositive(eps);
        int p = beta.length;
        double[][] h = new double[p][p];
        int evaluations = 0;
        for (int i = 0; i < p; i++) {
            double[] up = beta.clone();
            double[] dn = beta.clone();
            up[i] += eps;
            dn[i] -= eps;
            double[] gUp = forwardGradient(f, up, eps);
            double[] gDn = forwardGradient(f, dn, eps);
            evaluations += 2 * (p + 1);
            for (int j = 0; j < p; j++) {
                h[j][i] = (gUp[j] - gDn[j]) / (2 * eps);
            }
        }
        double roundoff = 2 * NoiseEstimate.of(f, beta) / (eps * eps);
        double[][] err = new double[p][p];
        for (double[] row : err) {
            java.util.Arrays.fill(row, roundoff);
        }
        return new HessianEstimate(HessianMethod.FD_NESTED, h, err, Matrices.maxAsymmetry(h), evaluations + 1);
    }

    /**
     * The largest step each engine takes in each parameter: fd-nested \(2\,\mathrm{eps}\) (outer and
     * inner step together), fd-central \(2h_i\) (with its error estimate), fd-richardson \(h_0\).
     *
     * @throws IllegalArgumentException for the analytic and AD engines, which take no steps
     */
    public static double[] largestSteps(HessianMethod method, double[] beta) {
        double[] s = new double[beta.length];
        for (int i = 0; i < beta.length; i++) {
            s[i] = switch (method) {
                case FD_NESTED -> 2 * NOTEBOOK_EPS;
                case FD_CENTRAL -> 2 * CENTRAL_STEP * Math.max(1, Math.abs(beta[i]));
                case FD_RICHARDSON -> Math.abs(beta[i]) < RICHARDSON_ZERO_TOL
                        ? RICHARDSON_ZERO_STEP : RICHARDSON_RELATIVE_STEP * Math.abs(beta[i]);
                default -> throw new IllegalArgumentException(method + " takes no finite-difference steps");
            };
        }
        return s;
    }

    /** scipy's {@code approx_fprime(x, f, eps)}: forward differences of the value. */
    static double[] forwardGradient(Objective f, double[] x, double eps) {
        double f0 = f.value(x);
        double[] g = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            double[] xj = x.clone();
            xj[j] += eps;
            g[j] = (f.value(xj) - f0) / eps;
        }
        return g;
    }

    /**
     * Central differences of the analytic gradient with \(h_i = \epsilon^{1/3}\max(1,|\beta_i|)\),
     * symmetrised. With {@code withErrorEstimate} the columns are also computed with step \(2h_i\)
     * and the error estimate is \(|D_h - D_{2h}|/3\) (the \(h^2\) term) plus the gradient round-off
     * \(8\epsilon s_j / h_i\) plus half the asymmetry.
     */
    public static HessianEstimate central(Objective f, double[] beta, boolean withErrorEstimate) {
        int p = beta.length;
        double[][] d = new double[p][p];
        double[][] err = withErrorEstimate ? new double[p][p] : null;
        double[] scale = withErrorEstimate ? f.gradientTermScale(beta) : null;
        int evaluations = 0;
        for (int i = 0; i < p; i++) {
            double h = CENTRAL_STEP * Math.max(1, Math.abs(beta[i]));
            double[] col = centralColumn(f, beta, i, h);
            evaluations += 2;
            for (int j = 0; j < p; j++) {
                d[j][i] = col[j];
            }
            if (withErrorEstimate) {
                double[] wide = centralColumn(f, beta, i, 2 * h);
                evaluations += 2;
                for (int j = 0; j < p; j++) {
                    err[j][i] = Math.abs(col[j] - wide[j]) / 3
                            + GRADIENT_ROUNDOFF_FACTOR * MACHINE_EPS * scale[j] / h;
                }
            }
        }
        return symmetrised(HessianMethod.FD_CENTRAL, d, err, evaluations);
    }

    /**
     * Richardson extrapolation of central differences of the analytic gradient (the approach of R
     * numDeriv and numdifftools): steps \(h_k = h_0 / 2^k\), \(k = 0..3\), \(h_0 = 0.1|\beta_i|\)
     * (1e-4 when \(|\beta_i| < 1.8\times10^{-5}\)); tableau
     * \(R_{k,m} = R_{k,m-1} + (R_{k,m-1} - R_{k-1,m-1})/(4^m - 1)\). The result is \(R_{3,3}\),
     * symmetrised; the error estimate is \(\max(|R_{3,3}-R_{3,2}|, |R_{3,3}-R_{2,2}|)\) plus the
     * round-off \(2\cdot 8\epsilon s_j / h_3\) (the tableau amplifies noise by less than 2) plus half
     * the asymmetry.
     */
    public static HessianEstimate richardson(Objective f, double[] beta) {
        int p = beta.length;
        double[][] result = new double[p][p];
        double[][] err = new double[p][p];
        double[] scale = f.gradientTermScale(beta);
        int evaluations = 0;
        for (int i = 0; i < p; i++) {
            double h0 = Math.abs(beta[i]) < RICHARDSON_ZERO_TOL
                    ? RICHARDSON_ZERO_STEP : RICHARDSON_RELATIVE_STEP * Math.abs(beta[i]);
            double[][][] r = new double[RICHARDSON_STEPS][][];
            double h = h0;
            for (int k = 0; k < RICHARDSON_STEPS; k++, h /= 2) {
                r[k] = new double[k + 1][];
                r[k][0] = centralColumn(f, beta, i, h);
                evaluations += 2;
                double factor = 4;
                for (int m = 1; m <= k; m++, factor *= 4) {
                    r[k][m] = new double[p];
                    for (int j = 0; j < p; j++) {
                        r[k][m][j] = r[k][m - 1][j] + (r[k][m - 1][j] - r[k - 1][m - 1][j]) / (factor - 1);
                    }
                }
            }
            int last = RICHARDSON_STEPS - 1;
            double hLast = h0 / (1 << last);
            for (int j = 0; j < p; j++) {
                double best = r[last][last][j];
                result[j][i] = best;
                err[j][i] = Math.max(Math.abs(best - r[last][last - 1][j]), Math.abs(best - r[last - 1][last - 1][j]))
                        + 2 * GRADIENT_ROUNDOFF_FACTOR * MACHINE_EPS * scale[j] / hLast;
            }
        }
        return symmetrised(HessianMethod.FD_RICHARDSON, result, err, evaluations);
    }

    /** \((\nabla f(\beta + h e_i) - \nabla f(\beta - h e_i)) / (2h)\). */
    private static double[] centralColumn(Objective f, double[] beta, int i, double h) {
        double[] up = beta.clone();
        double[] dn = beta.clone();
        up[i] += h;
        dn[i] -= h;
        double step = up[i] - dn[i];
        double[] gUp = f.gradient(up);
        double[] gDn = f.gradient(dn);
        double[] col = new double[beta.length];
        for (int j = 0; j < beta.length; j++) {
            col[j] = (gUp[j] - gDn[j]) / step;
        }
        return col;
    }

    private static HessianEstimate symmetrised(HessianMethod method, double[][] raw, double[][] err, int evaluations) {
        double asymmetry = Matrices.maxAsymmetry(raw);
        double[][] sym = Matrices.symmetrize(raw);
        double[][] e = null;
        if (err != null) {
            int p = raw.length;
            e = new double[p][p];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    e[i][j] = Math.max(err[i][j], err[j][i]) + 0.5 * Math.abs(raw[i][j] - raw[j][i]);
                }
            }
        }
        return new HessianEstimate(method, sym, e, asymmetry, evaluations);
    }

    private static void requirePositive(double eps) {
        if (!(eps > 0)) {
            throw new IllegalArgumentException("finite-difference step must be positive, not " + eps);
        }
    }
}
