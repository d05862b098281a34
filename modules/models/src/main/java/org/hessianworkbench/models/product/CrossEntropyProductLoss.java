package org.hessianworkbench.models.product;

import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.ModelMessages;
import org.hipparchus.CalculusFieldElement;

/**
 * Binary cross-entropy of a clipped product prediction (model {@code linear-product-ce}):
 * \(p = \mathrm{clip}(\hat y, \epsilon, 1 - \epsilon)\), \(l = -[y\log p + (1 - y)\log(1 - p)]\).
 * Inside the clip, \(l' = -y/\hat y + (1 - y)/(1 - \hat y)\) and
 * \(l'' = y/\hat y^2 + (1 - y)/(1 - \hat y)^2\). At a clipped point (\(\hat y < \epsilon\) or
 * \(\hat y > 1 - \epsilon\)) \(p\) does not depend on \(\hat y\), so \(l' = l'' = 0\) there (as
 * {@code numpy.clip} and {@code torch.clamp} differentiate); at \(\hat y = \epsilon\) or
 * \(1 - \epsilon\) exactly the inside formulas apply. The analytic and the AD path take the same
 * branch, so they agree at clipped points too.
 */
public final class CrossEntropyProductLoss extends ProductLoss {

    /** quantbullet's default clip. */
    public static final double DEFAULT_EPS = 1e-3;

    private final double eps;

    /**
     * The loss over {@code groups} predictors with clip {@code eps}, exact curvature.
     *
     * @throws BadInputException when {@code eps} is not in (0, 0.5)
     */
    public CrossEntropyProductLoss(int groups, double eps) {
        this(groups, eps, true);
    }

    private CrossEntropyProductLoss(int groups, double eps, boolean exact) {
        super(groups, exact);
        if (!(eps > 0 && eps < 0.5)) {
            throw new BadInputException(ModelMessages.CLIP_OUT_OF_RANGE, eps);
        }
        this.eps = eps;
    }

    /** The clip. */
    public double eps() {
        return eps;
    }

    @Override
    <T extends CalculusFieldElement<T>> T outer(T yhat, double y) {
        double v = yhat.getReal();
        T p = v < eps ? yhat.newInstance(eps) : v > 1 - eps ? yhat.newInstance(1 - eps) : yhat;
        return p.log().multiply(y).add(p.negate().log1p().multiply(1 - y)).negate();
    }

    /** -1 below the clip, 1 above it, 0 inside: the clip's two kinks separate three smooth pieces. */
    @Override
    int outerPiece(double yhat) {
        return yhat < eps ? -1 : yhat > 1 - eps ? 1 : 0;
    }

    @Override
    double outerValue(double yhat, double y) {
        double p = Math.min(Math.max(yhat, eps), 1 - eps);
        return -(y * Math.log(p) + (1 - y) * Math.log1p(-p));
    }

    @Override
    double outerDerivatives(double yhat, double y, double[] d) {
        if (yhat < eps || yhat > 1 - eps) {
            d[0] = 0;
            d[1] = 0;
        } else {
            d[0] = -y / yhat + (1 - y) / (1 - yhat);
            d[1] = y / (yhat * yhat) + (1 - y) / ((1 - yhat) * (1 - yhat));
        }
        return outerValue(yhat, y);
    }

    @Override
    public ProductLoss gaussNewton() {
        return new CrossEntropyProductLoss(predictors(), eps, false);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.LINEAR_PRODUCT_CE;
    }
}
