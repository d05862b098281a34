package org.hessianworkbench.models.product;

import org.hessianworkbench.derivatives.ObservationLoss;
import org.hessianworkbench.models.ModelKind;
import org.hipparchus.CalculusFieldElement;

/**
 * A loss \(l(\hat y; y)\) of the product \(\hat y = \prod_g \eta_g\) of \(G\) linear predictors.
 * Subclasses give the outer loss once, generic ({@link #outer(CalculusFieldElement, double)}), and
 * its hand-derived first and second derivatives in \(\hat y\); this class applies the product rule
 * (package documentation). {@link #gaussNewton()} is the same loss with the Gauss-Newton (Fisher)
 * curvature, which drops the \(l'\,R_{gh}\) term.
 */
public abstract class ProductLoss implements ObservationLoss {

    private final int groups;
    private final boolean exactCurvature;

    ProductLoss(int groups, boolean exactCurvature) {
        if (groups < 1) {
            throw new IllegalArgumentException("a product model needs at least one group, not " + groups);
        }
        this.groups = groups;
        this.exactCurvature = exactCurvature;
    }

    /** The outer loss \(l(\hat y; y)\), generic: the definition. */
    abstract <T extends CalculusFieldElement<T>> T outer(T yhat, double y);

    /** The outer loss \(l(\hat y; y)\) on the primitive path. */
    abstract double outerValue(double yhat, double y);

    /**
     * The outer loss and its derivatives.
     *
     * @param yhat the prediction
     * @param y    the response
     * @param d    output: {@code d[0]} = \(l'\), {@code d[1]} = \(l''\)
     * @return \(l\)
     */
    abstract double outerDerivatives(double yhat, double y, double[] d);

    /** The same loss with the Gauss-Newton curvature (no residual term). */
    public abstract ProductLoss gaussNewton();

    /** The model kind this loss makes. */
    public abstract ModelKind kind();

    /** Whether this is the exact curvature (false for the Gauss-Newton form). */
    public boolean exactCurvature() {
        return exactCurvature;
    }

    @Override
    public int predictors() {
        return groups;
    }

    @Override
    public <T extends CalculusFieldElement<T>> T value(T[] eta, double y) {
        T product = eta[0];
        for (int g = 1; g < eta.length; g++) {
            product = product.multiply(eta[g]);
        }
        return outer(product, y);
    }

    @Override
    public double value(double[] eta, double y) {
        return outerValue(product(eta), y);
    }

    @Override
    public double derivatives(double[] eta, double y, double[] d1, double[] d2) {
        int k = eta.length;
        double[] d = new double[2];
        double l = outerDerivatives(product(eta), y, d);
        double[] q = new double[k];
        for (int g = 0; g < k; g++) {
            q[g] = productExcept(eta, g, -1);
        }
        for (int g = 0; g < k; g++) {
            d1[g] = d[0] * q[g];
            for (int h = 0; h < k; h++) {
                double residual = exactCurvature && g != h ? d[0] * productExcept(eta, g, h) : 0;
                d2[g * k + h] = d[1] * q[g] * q[h] + residual;
            }
        }
        return l;
    }

    /** The smooth piece of the outer loss at a prediction (0 when the outer loss is smooth). */
    int outerPiece(double yhat) {
        return 0;
    }

    @Override
    public int piece(double[] eta, double y) {
        return outerPiece(product(eta));
    }

    /** \(\prod_g\eta_g\). */
    public static double product(double[] eta) {
        double p = 1;
        for (double e : eta) {
            p *= e;
        }
        return p;
    }

    /** \(\prod_{k \ne a, b}\eta_k\), without division (so an \(\eta_k = 0\) is harmless). */
    static double productExcept(double[] eta, int a, int b) {
        double p = 1;
        for (int k = 0; k < eta.length; k++) {
            if (k != a && k != b) {
                p *= eta[k];
            }
        }
        return p;
    }
}
