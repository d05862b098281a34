package org.hessianworkbench.derivatives;

import java.util.List;

/**
 * An objective with every typical size 1 ({@link Objective#typicalScale()}'s default), delegating
 * everything else: finite differences on it take the fixed steps \(\epsilon^{1/3}\max(1, |\beta_j|)\) that
 * ignore the units of the design, the rule the typical-size steps replaced. For tests that show what
 * that rule did.
 */
public final class UnitTypicalScale implements Objective {

    private final Objective f;

    /** Wraps {@code f}. */
    public UnitTypicalScale(Objective f) {
        this.f = f;
    }

    @Override
    public int dimension() {
        return f.dimension();
    }

    @Override
    public List<String> parameterNames() {
        return f.parameterNames();
    }

    @Override
    public double value(double[] beta) {
        return f.value(beta);
    }

    @Override
    public double[] gradient(double[] beta) {
        return f.gradient(beta);
    }

    @Override
    public double[][] hessian(double[] beta) {
        return f.hessian(beta);
    }

    @Override
    public FirstOrder automaticGradient(double[] beta) {
        return f.automaticGradient(beta);
    }

    @Override
    public SecondOrder automaticHessian(double[] beta) {
        return f.automaticHessian(beta);
    }

    @Override
    public double[] gradientTermScale(double[] beta) {
        return f.gradientTermScale(beta);
    }

    @Override
    public double valueTermScale(double[] beta) {
        return f.valueTermScale(beta);
    }

    @Override
    public int kinksCrossed(double[] beta, double[] steps) {
        return f.kinksCrossed(beta, steps);
    }
}
