package org.hessianworkbench.derivatives;

/**
 * A value with its gradient and Hessian. Instances are immutable; accessors return copies.
 *
 * @param value    the function value
 * @param gradient the gradient
 * @param hessian  the Hessian
 */
public record SecondOrder(double value, double[] gradient, double[][] hessian) {

    /** Defensive copies in. */
    public SecondOrder {
        gradient = gradient.clone();
        hessian = Matrices.copy(hessian);
    }

    /** The gradient (a copy). */
    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    /** The Hessian (a copy). */
    @Override
    public double[][] hessian() {
        return Matrices.copy(hessian);
    }
}
