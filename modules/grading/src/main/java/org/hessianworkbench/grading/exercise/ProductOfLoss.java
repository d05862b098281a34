package org.hessianworkbench.grading.exercise;

import org.hessianworkbench.derivatives.ObservationLoss;
import org.hipparchus.CalculusFieldElement;
import org.hipparchus.util.MathArrays;

/**
 * The loss of a two-group product model written by an exercise file as an outer loss of the
 * prediction, \(\ell(f_1, f_2; y) = l(f_1 f_2; y)\), with \(l\) an expression in {@code yhat}. The
 * definition ({@link #value(CalculusFieldElement[], double)}) is the composition, so automatic
 * differentiation of it is the reference; the primitive path assembles
 * \(\partial^2\ell/\partial f_g\partial f_h = l''\,q_g q_h + l'\,[g \ne h]\) (\(q_1 = f_2\),
 * \(q_2 = f_1\)), without the residual term \(l'\) for the Gauss-Newton variant. Immutable.
 */
final class ProductOfLoss implements ObservationLoss {

    private final ObservationLoss outer;
    private final boolean exactCurvature;

    /**
     * @param outer          the loss of the prediction, one predictor ({@code yhat})
     * @param exactCurvature false for the Gauss-Newton variant (its primitive Hessian drops \(l'\))
     */
    ProductOfLoss(ObservationLoss outer, boolean exactCurvature) {
        this.outer = outer;
        this.exactCurvature = exactCurvature;
    }

    /** The Gauss-Newton variant of this loss. */
    ProductOfLoss gaussNewton() {
        return new ProductOfLoss(outer, false);
    }

    @Override
    public int predictors() {
        return 2;
    }

    @Override
    public <T extends CalculusFieldElement<T>> T value(T[] eta, double y) {
        T[] yhat = MathArrays.buildArray(eta[0].getField(), 1);
        yhat[0] = eta[0].multiply(eta[1]);
        return outer.value(yhat, y);
    }

    @Override
    public double value(double[] eta, double y) {
        return outer.value(new double[] {eta[0] * eta[1]}, y);
    }

    @Override
    public double derivatives(double[] eta, double y, double[] d1, double[] d2) {
        double[] o1 = new double[1];
        double[] o2 = new double[1];
        double l = outer.derivatives(new double[] {eta[0] * eta[1]}, y, o1, o2);
        double[] q = {eta[1], eta[0]};
        for (int g = 0; g < 2; g++) {
            d1[g] = o1[0] * q[g];
            for (int h = 0; h < 2; h++) {
                d2[g * 2 + h] = o2[0] * q[g] * q[h] + (exactCurvature && g != h ? o1[0] : 0);
            }
        }
        return l;
    }
}
