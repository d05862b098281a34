package org.hessianworkbench.fitting;

import org.hessianworkbench.models.RegressionModel;

/**
 * The dispersion of a Poisson fit: Pearson's statistic \(X^2 = \sum_i (y_i - \hat\mu_i)^2/\hat\mu_i\) on
 * \(n - p\) degrees of freedom and the ratio \(\hat\phi = X^2/(n - p)\), which is near 1 when the
 * counts vary as a Poisson variable's do. R computes the same in {@code summary.glm} (the
 * dispersion of {@code quasipoisson}); as R's {@code poisson()$linkinv}, fitted means below
 * \(\epsilon\) count as \(\epsilon\). Instances are immutable.
 *
 * @param method      the dispersion the standard errors assume
 * @param pearsonChi2 \(X^2\)
 * @param df          \(n - p\)
 * @param estimate    \(\hat\phi = X^2/(n - p)\)
 */
public record Dispersion(DispersionMethod method, double pearsonChi2, int df, double estimate) {

    /**
     * Above this \(\hat\phi\) a fit with dispersion 1 is diagnosed as overdispersed: standard errors too
     * small by a factor \(\sqrt{\hat\phi} > 1.22\).
     */
    public static final double OVERDISPERSION_THRESHOLD = 1.5;

    /** Smallest fitted mean in Pearson's statistic (R: {@code pmax(exp(eta), .Machine$double.eps)}). */
    static final double MIN_MEAN = Math.ulp(1.0);

    /** The dispersion the standard errors use: 1, or \(\hat\phi\) for {@link DispersionMethod#PEARSON}. */
    public double used() {
        return method == DispersionMethod.PEARSON ? estimate : 1;
    }

    /** Whether the standard errors use the estimate (then the tests are t tests). */
    public boolean estimated() {
        return method == DispersionMethod.PEARSON;
    }

    /** Whether \(\hat\phi\) exceeds {@link #OVERDISPERSION_THRESHOLD}. */
    public boolean overdispersed() {
        return estimate > OVERDISPERSION_THRESHOLD;
    }

    /** Pearson's statistic of a Poisson model at {@code beta}. */
    static Dispersion of(RegressionModel model, double[] beta, DispersionMethod method) {
        double[] y = model.response();
        double[] mu = model.fitted(beta);
        double x2 = 0;
        for (int i = 0; i < y.length; i++) {
            double m = Math.max(mu[i], MIN_MEAN);
            double r = y[i] - m;
            x2 += r * r / m;
        }
        int df = model.residualDf();
        return new Dispersion(method, x2, df, x2 / df);
    }
}
