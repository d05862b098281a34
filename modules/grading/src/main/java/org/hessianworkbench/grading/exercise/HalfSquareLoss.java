package org.hessianworkbench.grading.exercise;

import org.hessianworkbench.derivatives.ObservationLoss;
import org.hipparchus.CalculusFieldElement;

/**
 * \(\tfrac12 r(\eta; y)^2\) for a residual \(r\) of one predictor: the least-squares loss whose
 * exact Hessian a Gauss-Newton exercise's near miss is. Immutable.
 */
final class HalfSquareLoss implements ObservationLoss {

    private final ObservationLoss residual;

    HalfSquareLoss(ObservationLoss residual) {
        this.residual = residual;
    }

    @Override
    public int predictors() {
        return 1;
    }

    @Override
    public <T extends CalculusFieldElement<T>> T value(T[] eta, double y) {
        T r = residual.value(eta, y);
        return r.multiply(r).multiply(0.5);
    }

    @Override
    public double value(double[] eta, double y) {
        double r = residual.value(eta, y);
        return 0.5 * r * r;
    }

    @Override
    public double derivatives(double[] eta, double y, double[] d1, double[] d2) {
        double[] r1 = new double[1];
        double[] r2 = new double[1];
        double r = residual.derivatives(eta, y, r1, r2);
        d1[0] = r * r1[0];
        d2[0] = r1[0] * r1[0] + r * r2[0];
        return 0.5 * r * r;
    }
}
