package org.hessianworkbench.models;

import org.hessianworkbench.derivatives.ObservationLoss;
import org.hipparchus.CalculusFieldElement;

/**
 * Negative Poisson log-likelihood with the log link, per observation, without the constant
 * \(\log y!\) (which the log-likelihood adds back):
 * \[ \ell(\eta; y) = e^{\eta} - y\eta, \qquad \ell' = e^{\eta} - y, \qquad \ell'' = e^{\eta}. \]
 * Reference: McCullagh &amp; Nelder (1989), §6.2.
 */
public final class PoissonLoss implements ObservationLoss {

    /** The one instance. */
    public static final PoissonLoss INSTANCE = new PoissonLoss();

    private PoissonLoss() {
    }

    @Override
    public int predictors() {
        return 1;
    }

    @Override
    public <T extends CalculusFieldElement<T>> T value(T[] eta, double y) {
        return eta[0].exp().subtract(eta[0].multiply(y));
    }

    @Override
    public double value(double[] eta, double y) {
        return Math.exp(eta[0]) - y * eta[0];
    }

    @Override
    public double derivatives(double[] eta, double y, double[] d1, double[] d2) {
        double mu = Math.exp(eta[0]);
        d1[0] = mu - y;
        d2[0] = mu;
        return mu - y * eta[0];
    }
}
