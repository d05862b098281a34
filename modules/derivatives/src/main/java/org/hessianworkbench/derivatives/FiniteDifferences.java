package org.hessianworkbench.derivatives;

/**
 * Finite-difference Hessians: the logistic-Hessian notebook's nested scheme (the cautionary example),
 * central differences of the analytic gradient, and Richardson extrapolation with an error estimate.
 *
 * <p><b>Steps in the scale of the problem.</b> fd-central and fd-richardson step each parameter in
 * units of its typical size (Dennis &amp; Schnabel's typical-x scaling, <i>Numerical Methods for
 * Unconstrained Optimization and Nonlinear Equations</i>, SIAM 1996, section 5.4,
 * doi:10.1137/1.9781611971200). With \(\mathrm{typ}_j\) from {@link Objective#typicalScale()}
 * (\(1/\mathrm{rms}(x_j)\) for a design),
 * \[ h_j = \epsilon^{1/3}\max(|\beta_j|, \mathrm{typ}_j) \quad\text{(central)}, \qquad
 *    h_{0,j} = 0.1\max(|\beta_j|, \mathrm{typ}_j) \quad\text{(Richardson's first step)}. \]
 * A step then moves the linear predictor by about \(\epsilon^{1/3}\max(|\beta_j|\,\mathrm{rms}(x_j), 1)\)
 * whatever the units of \(x_j\): rescaling a column by \(c\) rescales \(\beta_j\), \(\mathrm{typ}_j\) and
 * \(h_j\) by \(1/c\) and leaves every difference the same up to rounding, so the error relative to the
 * curvature, \(|A-B|_{jk}/\sqrt{B_{jj}B_{kk}}\), does not depend on the units (the analysis of each
 * engine's error in these units is in {@link HessianMethod}). The fixed rule
 * \(\epsilon^{1/3}\max(1, |\beta_j|)\) this replaces moved a predictor built on a column of dollars
 * (\(\sim 5\times10^4\)) by 0.06 to 0.3, and Richardson's \(0.1|\beta_j|\) (1e-4 near zero) by 1 to 10:
 * errors of 1e-2. fd-nested keeps the notebook's fixed step {@link #NOTEBOOK_EPS}: it is the
 * cautionary example.
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

    /** Richardson: first step relative to \(\max(|\beta_j|, \mathrm{typ}_j)\), as R numDeriv's {@code d = 0.1}. */
    static final double RICHARDSON_RELATIVE_STEP = 0.1;

    /**
     * Richardson: number of steps \(h_0, h_0/2, \dots, h_0/32\), two more than numDeriv's {@code r = 4}. The
     * first step is relative to \(\max(|\beta_j|, \mathrm{typ}_j)\) and moves a linear predictor by about
     * \(0.1\max(|\beta_j|\,\mathrm{rms}(x_j), 1)\): 0.8 for the income coefficient of the Poisson example
     * in {@code docs/hessian-engines.md} (worth 7.8 on the predictor's scale), where four steps left 7e-9 of
     * the curvature; and 0.17 for a covariate of the cross-entropy product model, whose loss
     * \(-\log p\) has a singularity at \(p = 0\), only about 0.3 away: there five steps left up to 8e-7
     * (4e-8 with the best entry). Six steps, with the best entry of the tableau ({@link #richardson}),
     * leave 7e-15 and below 1e-9.
     * It costs four gradients per parameter more than numDeriv; the round-off of the smallest step,
     * \(h_0/32\), stays near 1e-12 of the curvature when \(|\beta_j| \le \mathrm{typ}_j\).
     */
    static final int RICHARDSON_STEPS = 6;

    private FiniteDifferences() {
    }

    /**
     * The logistic-Hessian notebook's {@code numerical_hessian}: column \(i\) is
     * \((g(\beta + \mathrm{eps}\,e_i) - g(\beta - \mathrm{eps}\,e_i)) / (2\,\mathrm{eps})\) where
     * \(g\) is scipy's {@code approx_fprime}, the forward difference
     * \(g_j(x) = (f(x + \mathrm{eps}\,e_j) - f(x)) / \mathrm{eps}\). Not symmetrised (the notebook did
     * not); its asymmetry is reported. The error estimate is the round-off
     * \(2\sigma_f / \mathrm{eps}^2\), with \(\sigma_f\) the measured rounding noise of \(f\)
     * ({@link NoiseEstimate}), and nothing else: the inner forward difference leaves a truncation
     * \(\tfrac{\mathrm{eps}}{2}\partial_{ijj}f\) that the outer difference does not cancel and the
     * estimate does not include, large when a column's units make \(\mathrm{eps}\) long (a column
     * of dollars). The step is fixed whatever the scale of the parameter: the cautionary example.
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
     * The size each parameter's steps are taken relative to: \(\max(|\beta_j|, \mathrm{typ}_j)\), with
     * \(\mathrm{typ}_j\) from {@link Objective#typicalScale()}.
     *
     * @param f    the objective (its typical scales); not modified
     * @param beta the point; not modified
     * @return a fresh array
     */
    public static double[] stepScale(Objective f, double[] beta) {
        double[] typ = f.typicalScale();
        double[] s = new double[beta.length];
        for (int j = 0; j < beta.length; j++) {
            s[j] = Math.max(Math.abs(beta[j]), typ[j]);
        }
        return s;
    }

    /**
     * The largest step each engine takes in each parameter, the steps {@link Objective#kinksCrossed} is
     * asked about: fd-nested \(2\,\mathrm{eps}\) (outer and inner step together), fd-central \(2h_j\) (the
     * wide step of its error estimate), \(h_j = \epsilon^{1/3}\max(|\beta_j|, \mathrm{typ}_j)\),
     * fd-richardson its first step \(h_{0,j} = 0.1\max(|\beta_j|, \mathrm{typ}_j)\).
     *
     * @param method a finite-difference engine
     * @param f      the objective whose typical scales set the steps; not modified
     * @param beta   the point; not modified
     * @return a fresh array
     * @throws IllegalArgumentException for the analytic and AD engines, which take no steps
     */
    public static double[] largestSteps(HessianMethod method, Objective f, double[] beta) {
        double[] scale = stepScale(f, beta);
        double[] s = new double[beta.length];
        for (int i = 0; i < beta.length; i++) {
            s[i] = switch (method) {
                case FD_NESTED -> 2 * NOTEBOOK_EPS;
                case FD_CENTRAL -> 2 * CENTRAL_STEP * scale[i];
                case FD_RICHARDSON -> RICHARDSON_RELATIVE_STEP * scale[i];
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
     * Central differences of the analytic gradient with \(h_i = \epsilon^{1/3}\max(|\beta_i|, \mathrm{typ}_i)\),
     * symmetrised. With {@code withErrorEstimate} the columns are also computed with step \(2h_i\)
     * and the error estimate is \(|D_h - D_{2h}|/3\) (the \(h^2\) term) plus the gradient round-off
     * \(8\epsilon s_j / h_i\) plus half the asymmetry.
     */
    public static HessianEstimate central(Objective f, double[] beta, boolean withErrorEstimate) {
        int p = beta.length;
        double[][] d = new double[p][p];
        double[][] err = withErrorEstimate ? new double[p][p] : null;
        double[] scale = withErrorEstimate ? f.gradientTermScale(beta) : null;
        double[] size = stepScale(f, beta);
        int evaluations = 0;
        for (int i = 0; i < p; i++) {
            double h = CENTRAL_STEP * size[i];
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
     * numDeriv and numdifftools): steps \(h_k = h_0 / 2^k\), \(k = 0..5\),
     * \(h_0 = 0.1\max(|\beta_i|, \mathrm{typ}_i)\) (numDeriv's relative step, with the parameter's typical
     * size where numDeriv falls back on an absolute 1e-4 near zero); tableau
     * \(R_{k,m} = R_{k,m-1} + (R_{k,m-1} - R_{k-1,m-1})/(4^m - 1)\), each entry with the error estimate
     * \(e_{k,m} = \max(|R_{k,m}-R_{k,m-1}|, |R_{k,m}-R_{k-1,m-1}|)\) plus the round-off
     * \(2\cdot 8\epsilon s_j / h_k\) (the tableau amplifies noise by less than 2). Each entry of the result
     * is the tableau's entry with the smallest \(e_{k,m}\), \(m \ge 1\) (Ridders' choice: C. J. F. Ridders,
     * "Accurate computation of F'(x) and F'(x)F''(x)", Advances in Engineering Software 4(2), 75-76, 1982;
     * Numerical Recipes' {@code dfridr}), so that a first step too long for the loss (beyond the radius of its Taylor series,
     * where the first columns of the tableau are useless) does not spoil the result; symmetrised, the
     * error estimate is that \(e_{k,m}\) plus half the asymmetry.
     */
    public static HessianEstimate richardson(Objective f, double[] beta) {
        int p = beta.length;
        double[][] result = new double[p][p];
        double[][] err = new double[p][p];
        double[] scale = f.gradientTermScale(beta);
        double[] size = stepScale(f, beta);
        int evaluations = 0;
        for (int i = 0; i < p; i++) {
            double h0 = RICHARDSON_RELATIVE_STEP * size[i];
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
            for (int j = 0; j < p; j++) {
                double best = Double.NaN;
                double bestErr = Double.POSITIVE_INFINITY;
                double hk = h0;
                for (int k = 1; k < RICHARDSON_STEPS; k++) {
                    hk /= 2;
                    double roundoff = 2 * GRADIENT_ROUNDOFF_FACTOR * MACHINE_EPS * scale[j] / hk;
                    for (int m = 1; m <= k; m++) {
                        double v = r[k][m][j];
                        double e = Math.max(Math.abs(v - r[k][m - 1][j]), Math.abs(v - r[k - 1][m - 1][j])) + roundoff;
                        if (e <= bestErr) {
                            bestErr = e;
                            best = v;
                        }
                    }
                }
                result[j][i] = Double.isNaN(best) ? r[RICHARDSON_STEPS - 1][RICHARDSON_STEPS - 1][j] : best;
                err[j][i] = bestErr;
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
