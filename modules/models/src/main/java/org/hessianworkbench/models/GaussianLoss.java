package org.hessianworkbench.models;

import org.hessianworkbench.derivatives.ObservationLoss;
import org.hipparchus.CalculusFieldElement;

/**
 * Half the squared residual, per observation (the linear model's loss, \(\tfrac12\) SSE summed):
 * \[ \ell(\eta; y) = \tfrac12(\eta - y)^2, \qquad \ell' = \eta - y, \qquad \ell'' = 1, \]
 * so the Hessian is \(X^\top X\).
 */
public final class GaussianLoss implements ObservationLoss {

    /** The one instance. */
    public static final GaussianLoss INSTANCE = new GaussianLoss();

    private GaussianLoss() {
    }

    @Override
    public int predictors() {
        return 1;
    }

    @Override
    public <T extends CalculusFieldElement<T>> T value(T[] eta, double y) {
        return eta[0].subtract(y).square().multiply(0.5);
    }

    @Override
    public double value(double[] eta, double y) {
        double r = eta[0] - y;
        return 0.5 * r * r;
    }

    @Override
    public double derivatives(double[] eta, double y, double[] d1, double[] d2) {
        double r = eta[0] - y;
        d1[0] = r;
        d2[0] = 1;
        return 0.5 * r * r;
    }
}
