package org.hessianworkbench.derivatives;

/**
 * A value with its gradient. Instances are immutable; accessors return copies.
 *
 * @param value    the function value
 * @param gradient the gradient
 */
public record FirstOrder(double value, double[] gradient) {

    /** Defensive copy in. */
    public FirstOrder {
        gradient = gradient.clone();
    }

    /** The gradient (a copy). */
    @Override
    public double[] gradient() {
        return gradient.clone();
    }
}
