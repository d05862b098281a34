package org.hessianworkbench.fitting;

import org.hessianworkbench.derivatives.Observations;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.expression.NamedModel;
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
        return method == DispersionMethod.FIXED ? 1 : estimate;
    }

    /** Whether the standard errors use the estimate (then the tests are t tests). */
    public boolean estimated() {
        return method == DispersionMethod.PEARSON;
    }

    /** Whether \(\hat\phi\) exceeds {@link #OVERDISPERSION_THRESHOLD}. */
    public boolean overdispersed() {
        return method != DispersionMethod.HUBER && estimate > OVERDISPERSION_THRESHOLD;
    }

    /**
     * Huber's scale ({@link DispersionMethod#HUBER}) at {@code beta}: {@code pearsonChi2} holds
     * \(\sum w_i\psi_i^2\), {@code df} \(n_{ok} - p\), {@code estimate}
     * \([\sum w_i\psi_i^2/(n_{ok} - p)]/[\sum w_i\psi'_i/n_{ok}]\).
     */
    static Dispersion huber(RegressionModel model, double[] beta) {
        double[] y = model.response();
        double[] eta = model.objective().linearPredictors(beta)[0];
        Observations obs = model.observations();
        double[] e = new double[1];
        double[] d1 = new double[1];
        double[] d2 = new double[1];
        double psi2 = 0;
        double slope = 0;
        for (int i = 0; i < y.length; i++) {
            double w = obs.weight(i);
            if (w == 0) {
                continue;
            }
            e[0] = eta[i];
            model.family().loss().derivatives(e, y[i], d1, d2);
            psi2 += w * d1[0] * d1[0];
            slope += w * d2[0];
        }
        int df = model.residualDf();
        int used = model.observationsUsed();
        return new Dispersion(DispersionMethod.HUBER, psi2, df, (psi2 / df) / (slope / used));
    }

    /**
     * Pearson's statistic \(\sum_i w_i(y_i - \hat\mu_i)^2/V(\hat\mu_i)\) of a model whose family has a
     * variance function (Poisson, binomial with trials, gamma, negative binomial) at {@code beta}.
     */
    static Dispersion of(RegressionModel model, double[] beta, DispersionMethod method) {
        double[] y = model.response();
        double[] mu = model.fitted(beta);
        Observations obs = model.observations();
        Family family = model.family();
        boolean binomial = family.response() == NamedModel.Response.BINOMIAL;
        boolean count = family.response() == NamedModel.Response.COUNT;
        double x2 = 0;
        for (int i = 0; i < y.length; i++) {
            double w = obs.weight(i);
            if (w == 0) {
                continue;
            }
            if (binomial) {
                double trials = obs.trial(i);
                double r = y[i] - trials * mu[i];
                x2 += w * (r * r / family.variance(mu[i], trials));
                continue;
            }
            double m = count ? Math.max(mu[i], MIN_MEAN) : mu[i];
            double r = y[i] - m;
            x2 += w * (r * r / family.variance(m, 1));
        }
        int df = model.residualDf();
        return new Dispersion(method, x2, df, x2 / df);
    }
}
