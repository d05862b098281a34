package org.hessianworkbench.derivatives;

import org.hipparchus.CalculusFieldElement;

/**
 * The Rosenbrock function \(f(x, y) = (1 - x)^2 + 100 (y - x^2)^2\), minimum 0 at (1, 1), with its
 * closed-form gradient and Hessian. Shared with other modules' tests through the test-jar.
 */
public final class Rosenbrock extends GenericObjective {

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public <T extends CalculusFieldElement<T>> T value(T[] b) {
        T x = b[0];
        T y = b[1];
        T a = x.negate().add(1);
        T c = y.subtract(x.square());
        return a.square().add(c.square().multiply(100));
    }

    @Override
    public double[] gradient(double[] b) {
        double x = b[0];
        double y = b[1];
        return new double[] {-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)};
    }

    @Override
    public double[][] hessian(double[] b) {
        double x = b[0];
        double y = b[1];
        return new double[][] {{2 - 400 * y + 1200 * x * x, -400 * x}, {-400 * x, 200}};
    }
}
