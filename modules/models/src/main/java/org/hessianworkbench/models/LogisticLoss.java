package org.hessianworkbench.models;

import org.hessianworkbench.derivatives.ObservationLoss;
import org.hipparchus.CalculusFieldElement;

/**
 * Negative Bernoulli log-likelihood with the logit link, per observation:
 * \[ \ell(\eta; y) = \log(1 + e^{\eta}) - y\eta
 *   = \log(1 + e^{-|\eta|}) + \max(\eta, 0) - y\eta, \]
 * \[ \ell'(\eta) = \sigma(\eta) - y, \qquad \ell''(\eta) = \sigma(\eta)(1 - \sigma(\eta))
 *   = \frac{e^{-|\eta|}}{(1 + e^{-|\eta|})^2}. \]
 * The second form never overflows: \(e^{-|\eta|} \le 1\), so \(|\eta|\) up to 1e3 and beyond is safe,
 * and \(\ell''\) keeps full relative accuracy in the tails where \(1 - \sigma\) would cancel.
 *
 * <p><b>Trials</b> (grouped binomial data, \(y\) successes of \(m\); R's {@code cbind(s, f) ~}):
 * the negative binomial log-likelihood without \(\log\binom{m}{y}\),
 * \[ \ell(\eta; y, m) = m\log(1 + e^{\eta}) - y\eta
 *   = m\log(1 + e^{-|\eta|}) + (m\,[\eta &gt; 0] - y)\,\eta, \]
 * \[ \ell' = m\sigma(\eta) - y, \qquad \ell'' = m\,\sigma(\eta)(1 - \sigma(\eta)), \]
 * written in the same stable form; \(m = 1\) is the Bernoulli loss above, bit for bit.
 * Reference: McCullagh &amp; Nelder, <i>Generalized Linear Models</i>, 2nd ed. (1989), §4.3.
 */
public final class LogisticLoss implements ObservationLoss {

    /** The one instance. */
    public static final LogisticLoss INSTANCE = new LogisticLoss();

    private LogisticLoss() {
    }

    @Override
    public int predictors() {
        return 1;
    }

    @Override
    public <T extends CalculusFieldElement<T>> T value(T[] eta, double y) {
        T e = eta[0];
        // log1p(exp(-|eta|)) + max(eta, 0) - y * eta, branch on the value (the function is smooth at 0)
        if (e.getReal() > 0) {
            return e.negate().exp().log1p().add(e.multiply(1 - y));
        }
        return e.exp().log1p().subtract(e.multiply(y));
    }

    @Override
    public double value(double[] eta, double y) {
        double e = eta[0];
        return Math.log1p(Math.exp(-Math.abs(e))) + linearPart(e, y, 1);
    }

    /**
     * \(m\max(\eta, 0) - y\eta\) folded into one term, \((m - y)\eta\) or \(-y\eta\), so that a
     * confident right prediction keeps the tiny \(\log(1 + e^{-|\eta|})\) instead of losing it in
     * \(\eta + \text{tiny} - \eta\).
     */
    private static double linearPart(double e, double y, double m) {
        return e > 0 ? (m - y) * e : -y * e;
    }

    @Override
    public double derivatives(double[] eta, double y, double[] d1, double[] d2) {
        double e = eta[0];
        double t = Math.exp(-Math.abs(e));
        double onePlus = 1 + t;
        double sigma = e >= 0 ? 1 / onePlus : t / onePlus;
        d1[0] = sigma - y;
        d2[0] = t / (onePlus * onePlus);
        return Math.log1p(t) + linearPart(e, y, 1);
    }

    /** True: \(y\) successes of \(m\) trials. */
    @Override
    public boolean acceptsTrials() {
        return true;
    }

    /** \(m\log(1 + e^{-|\eta|}) + (m[\eta &gt; 0] - y)\eta\), over any field. */
    @Override
    public <T extends CalculusFieldElement<T>> T value(T[] eta, double y, double m) {
        T e = eta[0];
        if (e.getReal() > 0) {
            return e.negate().exp().log1p().multiply(m).add(e.multiply(m - y));
        }
        return e.exp().log1p().multiply(m).subtract(e.multiply(y));
    }

    @Override
    public double value(double[] eta, double y, double m) {
        double e = eta[0];
        return m * Math.log1p(Math.exp(-Math.abs(e))) + linearPart(e, y, m);
    }

    @Override
    public double derivatives(double[] eta, double y, double m, double[] d1, double[] d2) {
        double e = eta[0];
        double t = Math.exp(-Math.abs(e));
        double onePlus = 1 + t;
        double sigma = e >= 0 ? 1 / onePlus : t / onePlus;
        d1[0] = m * sigma - y;
        d2[0] = m * (t / (onePlus * onePlus));
        return m * Math.log1p(t) + linearPart(e, y, m);
    }

    /** The logistic function \(\sigma(\eta) = 1/(1 + e^{-\eta})\), computed without overflow. */
    public static double sigmoid(double eta) {
        double t = Math.exp(-Math.abs(eta));
        return eta >= 0 ? 1 / (1 + t) : t / (1 + t);
    }
}
