package org.hessianworkbench.optimizers;

import org.hessianworkbench.derivatives.FirstOrder;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.Objective;

/**
 * Steepest descent, \(d = -\nabla f\), with backtracking to Armijo's condition. The first trial
 * multiplier is 1; later ones come from the last decrease,
 * \(t_0 = 2(f_k - f_{k-1}) / \nabla f_k^\top d_k\) (Nocedal &amp; Wright (2006), eq. 3.60), so the search
 * adapts to the scale of the problem. Slow on ill-conditioned problems (linear convergence with rate \((\kappa-1)/(\kappa+1)\)):
 * the baseline the other methods are compared with. Instances are immutable.
 */
public final class GradientDescent implements Optimizer {

    private final double armijo;
    private final double shrink;

    private GradientDescent(double c, double shrink) {
        this.armijo = c;
        this.shrink = shrink;
    }

    /** Steepest descent with Armijo constant {@code c} and backtracking factor {@code shrink}. */
    public static GradientDescent of(double c, double shrink) {
        return new GradientDescent(c, shrink);
    }

    /** With the defaults of {@link MethodSettings#DEFAULTS}: c = 1e-4, shrink 0.5. */
    public static GradientDescent withDefaults() {
        return new GradientDescent(MethodSettings.DEFAULTS.armijo(), MethodSettings.DEFAULTS.shrink());
    }

    @Override
    public String name() {
        return "gradient-descent";
    }

    @Override
    public OptimizationResult minimize(Objective f, double[] start, OptimizerOptions options) {
        Run run = new Run(name(), f, start, options);
        double t0 = 1;
        while (true) {
            StopReason stop = run.checkStop();
            if (stop != null) {
                return run.finish(stop, run.describe(stop));
            }
            double[] d = run.g.clone();
            for (int i = 0; i < d.length; i++) {
                d[i] = -d[i];
            }
            double slope = Matrices.dot(run.g, d);
            LineSearch.Outcome ls = LineSearch.armijo(run, d, armijo, shrink, t0);
            if (!ls.success()) {
                return run.finish(StopReason.NO_PROGRESS, run.describe(StopReason.NO_PROGRESS));
            }
            FirstOrder fg = new FirstOrder(ls.value(), ls.gradient());
            double previous = run.fx;
            run.accept(ls.point(), fg.value(), fg.gradient(), ls.step(), slope, ls.evaluations());
            double nextSlope = -Matrices.dot(run.g, run.g);
            double guess = 2 * (run.fx - previous) / nextSlope;
            t0 = guess > 0 && Double.isFinite(guess) ? Math.min(1.01 * guess, LineSearch.MAX_STEP) : 1;
        }
    }
}
