package org.hessianworkbench.derivatives;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hessianworkbench.derivatives.error.BadInputException;

/**
 * The Hessian engines, named as on the command line.
 *
 * <p>Each engine has a documented tolerance against the AD reference on the <em>equilibrated</em>
 * difference \(\max_{jk}|A-B|_{jk}/\sqrt{|B_{jj}B_{kk}|}\) (see {@link HessianComparison}): the error of
 * each entry relative to the curvature of its two parameters, which the units of the columns cannot
 * change. The analysis behind each tolerance is written in those units: with
 * \(\mathrm{typ}_j = 1/\mathrm{rms}(x_j)\) ({@link Objective#typicalScale()}), let
 * \(z_j = \beta_j/\mathrm{typ}_j\) (the size of a coefficient on its predictor's scale) and
 * \(r = \max_i|\ell'_i| / \ell''_i\) (how much larger the gradient's terms are than the curvature's;
 * about 2 to 10 for a well-posed logistic or Poisson fit, large when fitted values approach 0 or 1).
 * The numbers measured on the three badly scaled data sets are in
 * {@code docs/hessian-engines.md}.
 */
public enum HessianMethod {

    /**
     * The model's own hand-derived formula. Both it and AD sum \(n\) terms \(\ell''_i x_{ij}x_{ik}\),
     * each rounded: the difference is at most about \(\gamma_n\sum_i|\ell''_i x_{ij}x_{ik}|\), which by
     * Cauchy-Schwarz is at most \(\gamma_n\sqrt{B_{jj}B_{kk}}\) when \(\ell'' \ge 0\) (\(\gamma_n \approx n\epsilon\)
     * in the worst case, \(\sqrt n\,\epsilon\) typically): 2e-15 to 3e-15 measured on the data
     * sets; 1e-10 holds for \(n\) up to \(10^5\) even in the worst case, and leaves room for the product
     * models' signed weights.
     */
    ANALYTIC("analytic", 1e-10),
    /** Automatic differentiation (Hipparchus {@code DerivativeStructure}, order 2): the reference. */
    AD("ad", 1e-10),
    /**
     * The logistic-Hessian notebook's {@code numerical_hessian}: central differences of a forward-difference
     * gradient of the loss, both with the fixed step {@code eps} = 1e-6 whatever the scale of the
     * parameter: the cautionary engine. Its round-off \(2\sigma_f/\mathrm{eps}^2\), with
     * \(\sigma_f \approx 5\epsilon\sum_i|f_i|\), is on unit-scale data about
     * \(2\cdot 5\epsilon\cdot 0.6n / (10^{-12}\cdot 0.2n) \approx 10^{-2}\) of the curvature \(0.2n\), at any
     * \(n\); its uncancelled truncation \(\tfrac{\mathrm{eps}}{2}\partial_{ijj}f\) adds \(5\times10^{-7}\) times a
     * column's units; and a column of thousandths, whose curvature is \(10^{-6}\) smaller, puts the
     * round-off at \(10^2\) or more. The tolerance 1e-3 is what a Hessian must reach for standard errors
     * good to about three digits: the nested scheme rarely does. It never decides a verdict.
     */
    FD_NESTED("fd-nested", 1e-3),
    /**
     * Central differences of the analytic gradient with \(h_j = \epsilon^{1/3}\max(|\beta_j|, \mathrm{typ}_j)\),
     * symmetrised. Relative to the curvature, the truncation \(h_j^2\,\partial_{jjk}f/6\) is about
     * \(\epsilon^{2/3}\max(|z_j|, 1)^2/6 \approx 10^{-11}\max(|z_j|,1)^2\) (logistic and Poisson losses have
     * \(|\ell'''| \le \ell''\)), and the round-off \(8\epsilon s_k/h_j\) about
     * \(8\epsilon^{2/3} r / \max(|z_j|,1) \approx 4\times10^{-10} r\). Measured: 1e-9 on the Poisson income
     * example (\(z\) = 7.8 for income, -7 for the intercept), 1e-11 on the others. The tolerance 1e-6
     * leaves three orders for large \(r\) (fitted values near 0 or 1) and near-collinear columns.
     */
    FD_CENTRAL("fd-central", 1e-6),
    /**
     * Richardson extrapolation of central differences of the analytic gradient over six halving steps
     * from \(h_0 = 0.1\max(|\beta_j|, \mathrm{typ}_j)\), each entry the tableau's entry with the smallest
     * error estimate, which it reports. Relative to the curvature the truncation left after \(m\)
     * eliminations is of order \((h/\rho)^{2m+2}\), \(\rho\) the radius of the loss's Taylor series in the
     * predictor (\(\pi\) for the logistic loss, infinite for Poisson and squared error, the distance to
     * \(p = 0\) for the cross-entropy product) and \(h\) the move of the predictor, about
     * \(0.1\max(|z_j|,1)\); the round-off of the smallest step \(h_0/32\), amplified less than twice by the
     * tableau, about \(16\epsilon r \cdot 32/(0.1\max(|z_j|,1)) \approx 10^{-12} r\). Measured: 7e-15 on the
     * Poisson income example, 1e-14 on the others, below 1e-9 on 3,000 cross-entropy product designs. The
     * tolerance 1e-8 leaves the same room as fd-central's for large \(r\).
     */
    FD_RICHARDSON("fd-richardson", 1e-8);

    private final String cliName;
    private final double tolerance;

    HessianMethod(String cliName, double tolerance) {
        this.cliName = cliName;
        this.tolerance = tolerance;
    }

    /** The name used on the command line and in reports. */
    public String cliName() {
        return cliName;
    }

    /** Tolerance on the equilibrated difference from the AD reference ({@link HessianComparison#maxScaledDiff()}). */
    public double tolerance() {
        return tolerance;
    }

    /**
     * Whether this is the cautionary engine (fd-nested, the notebook's fixed-step nested scheme): shown
     * for comparison and labelled as such wherever it appears; it never decides a verdict.
     */
    public boolean cautionary() {
        return this == FD_NESTED;
    }

    /** Whether the engine differentiates by finite steps (and so may cross a kink of the loss). */
    public boolean takesSteps() {
        return this == FD_NESTED || this == FD_CENTRAL || this == FD_RICHARDSON;
    }

    /** Computes the Hessian of {@code f} at {@code beta} with this engine's default settings. */
    public HessianEstimate compute(Objective f, double[] beta) {
        return switch (this) {
            case ANALYTIC -> new HessianEstimate(this, f.hessian(beta), null, 0, 1);
            case AD -> new HessianEstimate(this, f.automaticHessian(beta).hessian(), null, 0, 1);
            case FD_NESTED -> FiniteDifferences.nested(f, beta, FiniteDifferences.NOTEBOOK_EPS);
            case FD_CENTRAL -> FiniteDifferences.central(f, beta, true);
            case FD_RICHARDSON -> FiniteDifferences.richardson(f, beta);
        };
    }

    /**
     * The engine with this command-line name.
     *
     * @throws BadInputException with the known names, when there is none
     */
    public static HessianMethod fromCliName(String name) {
        for (HessianMethod m : values()) {
            if (m.cliName.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new BadInputException(DerivativesMessages.UNKNOWN_HESSIAN_METHOD, name,
                Arrays.stream(values()).map(HessianMethod::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
