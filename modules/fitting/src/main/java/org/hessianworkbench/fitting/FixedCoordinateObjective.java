package org.hessianworkbench.fitting;

import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.derivatives.FirstOrder;
import org.hessianworkbench.derivatives.Objective;
import org.hessianworkbench.derivatives.SecondOrder;

/**
 * An objective with one coordinate held fixed: \(g(\gamma) = f(\beta)\) where \(\beta_j = b\) and the
 * other coordinates are \(\gamma\), so that \(\nabla g\) and \(\nabla^2 g\) are \(\nabla f\) without
 * entry \(j\) and \(\nabla^2 f\) without row and column \(j\). Minimising it is the constrained refit
 * of a profile ({@link Profiles}). Instances are immutable.
 */
final class FixedCoordinateObjective implements Objective {

    private final Objective f;
    private final int j;
    private final double b;

    FixedCoordinateObjective(Objective f, int j, double b) {
        this.f = f;
        this.j = j;
        this.b = b;
    }

    /** The full point: {@code gamma} with {@code b} inserted at {@code j}. */
    double[] embed(double[] gamma) {
        double[] beta = new double[gamma.length + 1];
        for (int k = 0, m = 0; k < beta.length; k++) {
            beta[k] = k == j ? b : gamma[m++];
        }
        return beta;
    }

    /** The free coordinates of {@code beta} (entry {@code j} dropped). */
    static double[] drop(double[] beta, int j) {
        double[] g = new double[beta.length - 1];
        for (int k = 0, m = 0; k < beta.length; k++) {
            if (k != j) {
                g[m++] = beta[k];
            }
        }
        return g;
    }

    private static double[][] drop(double[][] h, int j) {
        double[][] r = new double[h.length - 1][];
        for (int k = 0, m = 0; k < h.length; k++) {
            if (k != j) {
                r[m++] = drop(h[k], j);
            }
        }
        return r;
    }

    @Override
    public int dimension() {
        return f.dimension() - 1;
    }

    @Override
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>(f.parameterNames());
        names.remove(j);
        return names;
    }

    @Override
    public double value(double[] gamma) {
        return f.value(embed(gamma));
    }

    @Override
    public double[] gradient(double[] gamma) {
        return drop(f.gradient(embed(gamma)), j);
    }

    @Override
    public FirstOrder valueAndGradient(double[] gamma) {
        FirstOrder o = f.valueAndGradient(embed(gamma));
        return new FirstOrder(o.value(), drop(o.gradient(), j));
    }

    @Override
    public SecondOrder secondOrder(double[] gamma) {
        SecondOrder o = f.secondOrder(embed(gamma));
        return new SecondOrder(o.value(), drop(o.gradient(), j), drop(o.hessian(), j));
    }

    @Override
    public double[][] hessian(double[] gamma) {
        return drop(f.hessian(embed(gamma)), j);
    }

    @Override
    public FirstOrder automaticGradient(double[] gamma) {
        FirstOrder o = f.automaticGradient(embed(gamma));
        return new FirstOrder(o.value(), drop(o.gradient(), j));
    }

    @Override
    public SecondOrder automaticHessian(double[] gamma) {
        SecondOrder o = f.automaticHessian(embed(gamma));
        return new SecondOrder(o.value(), drop(o.gradient(), j), drop(o.hessian(), j));
    }

    @Override
    public double[] gradientTermScale(double[] gamma) {
        return drop(f.gradientTermScale(embed(gamma)), j);
    }

    @Override
    public double[] typicalScale() {
        return drop(f.typicalScale(), j);
    }

    @Override
    public double valueTermScale(double[] gamma) {
        return f.valueTermScale(embed(gamma));
    }
}
