package org.hessianworkbench.fitting;

import org.hessianworkbench.derivatives.Observations;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.RegressionModel;

/**
 * The dispersion of a Poisson fit: Pearson's statistic \(X^2 = \sum_i (y_i - \hat\mu_i)^2/\hat\mu_i\) on
 * \(n - p\) degrees of freedom and the ratio \(\hat\phi = X^2/(n - p)\), which is near 1 when the
 * counts vary as a Poisson variable's do. R computes the same in {@code summary.glm} (the
 * dispersion of {@code quasipoisson}); as R's {@code poisson()$linkinv}, fitted means below
 * \(\epsilon\) count as \(\epsilon\).
 *
 * <p>With prior weights, \(X^2 = \sum_i w_i(y_i - \hat\mu_i)^2/V_i\) over the observations of nonzero
 * weight and \(n_{ok} - p\) degrees of freedom: R's {@code summary.glm} sums the working weights times
 * the squared working residuals where the weights are positive, which is this. For grouped binomial data
 * (\(y_i\) successes of \(m_i\), R's {@code quasibinomial} with {@code cbind}) the variance is on the
 * count scale, \(V_i = m_i\hat\mu_i(1 - \hat\mu_i)\): R's prior weight \(w_im_i\) times the
 * proportion's \((y_i/m_i - \hat\mu_i)^2/(\hat\mu_i(1 - \hat\mu_i))\) is the same. Instances are
 * immutable.
 *
 * @param method      the dispersion the standard errors assume
 * @param pearsonChi2 \(X^2\)
 * @param df          \(n_{ok} - p\)
 * @param estimate    \(\hat\phi = X^2/(n_{ok} - p)\)
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

    /** Pearson's statistic of a Poisson or grouped binomial model at {@code beta}. */
    static Dispersion of(RegressionModel model, double[] beta, DispersionMethod method) {
        double[] y = model.response();
        double[] mu = model.fitted(beta);
        Observations obs = model.observations();
        boolean binomial = model.family() == Family.LOGISTIC;
        double x2 = 0;
        for (int i = 0; i < y.length; i++) {
            double w = obs.weight(i);
            if (w == 0) {
                continue;
            }
            if (binomial) {
                double trials = obs.trial(i);
                double r = y[i] - trials * mu[i];
                x2 += w * (r * r / (trials * mu[i] * (1 - mu[i])));
                continue;
            }
            double m = Math.max(mu[i], MIN_MEAN);
            double r = y[i] - m;
            x2 += w * (r * r / m);
        }
        int df = model.residualDf();
        return new Dispersion(method, x2, df, x2 / df);
    }
}
