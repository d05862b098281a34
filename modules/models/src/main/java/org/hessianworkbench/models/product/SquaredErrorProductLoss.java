package org.hessianworkbench.models.product;

import org.hessianworkbench.models.ModelKind;
import org.hipparchus.CalculusFieldElement;

/**
 * Half the squared error of a product prediction, \(l = \tfrac12(\hat y - y)^2\): \(l' = \hat y - y\),
 * \(l'' = 1\) (model {@code linear-product}, the logistic-Hessian notebook's MSE Hessian).
 */
public final class SquaredErrorProductLoss extends ProductLoss {

    /** The loss over {@code groups} predictors, exact curvature. */
    public SquaredErrorProductLoss(int groups) {
        this(groups, true);
    }

    private SquaredErrorProductLoss(int groups, boolean exact) {
        super(groups, exact);
    }

    @Override
    <T extends CalculusFieldElement<T>> T outer(T yhat, double y) {
        return yhat.subtract(y).square().multiply(0.5);
    }

    @Override
    double outerValue(double yhat, double y) {
        double r = yhat - y;
        return 0.5 * r * r;
    }

    @Override
    double outerDerivatives(double yhat, double y, double[] d) {
        double r = yhat - y;
        d[0] = r;
        d[1] = 1;
        return 0.5 * r * r;
    }

    @Override
    public ProductLoss gaussNewton() {
        return new SquaredErrorProductLoss(predictors(), false);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.LINEAR_PRODUCT;
    }
}
