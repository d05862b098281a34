package org.hessianworkbench.optimizers;

import java.util.Locale;
import org.hessianworkbench.derivatives.FirstOrder;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.Objective;

/**
 * Newton's method with the exact Hessian: direction \(d = -H^{-1}\nabla f\) by Cholesky, then
 * backtracking until Armijo's condition holds (the Newton/BFGS tutorial's algorithm, with its \(c = 0.4\)
 * and shrink 0.5 available as options). When \(H\) is not positive definite (non-convex losses) it
 * is shifted, \(H + \tau I\) with \(\tau = \delta\max(1, \max|\lambda|) - \lambda_{\min}\), and the
 * modification is counted. Reference: Nocedal &amp; Wright (2006), §3.1 and §3.4; Boyd &amp;
 * Vandenberghe, <i>Convex Optimization</i> (2004), Algorithm 9.5. Instances are immutable.
 */
public final class Newton implements Optimizer {

    /** Default Armijo constant (Nocedal &amp; Wright's suggestion; the Newton/BFGS tutorial uses 0.4). */
    public static final double DEFAULT_ARMIJO = 1e-4;

    /** Default shrink factor of the backtracking. */
    public static final double DEFAULT_SHRINK = 0.5;

    private final double armijo;
    private final double shrink;

    private Newton(double armijo, double shrink) {
        if (!(armijo > 0 && armijo < 1)) {
            throw new IllegalArgumentException("Armijo constant c must be in (0, 1), not " + armijo);
        }
        if (!(shrink > 0 && shrink < 1)) {
            throw new IllegalArgumentException("shrink factor must be in (0, 1), not " + shrink);
        }
        this.armijo = armijo;
        this.shrink = shrink;
    }

    /** Newton with Armijo constant {@code c} and backtracking factor {@code shrink}. */
    public static Newton of(double c, double shrink) {
        return new Newton(c, shrink);
    }

    /** Newton with the defaults c = 1e-4, shrink = 0.5. */
    public static Newton withDefaults() {
        return new Newton(DEFAULT_ARMIJO, DEFAULT_SHRINK);
    }

    @Override
    public String name() {
        return "newton";
    }

    @Override
    public OptimizationResult minimize(Objective f, double[] start, OptimizerOptions options) {
        Run run = new Run(name(), f, start, options, true);
        while (true) {
            StopReason stop = run.checkStop();
            if (stop != null) {
                return run.finish(stop, run.describe(stop));
            }
            double[][] h = run.hessian(run.x);
            if (!Matrices.allFinite(h)) {
                return run.finish(StopReason.DIVERGED, "the Hessian became non-finite");
            }
            stop = run.checkDecrement(Convergence.newtonDecrement(h, run.g));
            if (stop != null) {
                return run.finish(stop, run.describe(stop));
            }
            NewtonSystem.Direction dir = NewtonSystem.solveModified(h, run.g);
            if (dir.modified()) {
                run.hessianModifications++;
            }
            double slope = Matrices.dot(run.g, dir.direction());
            LineSearch.Outcome ls = LineSearch.armijo(run, dir.direction(), armijo, shrink, 1);
            if (!ls.success()) {
                StopReason why = run.noStep();
                return run.finish(why, run.describe(why));
            }
            FirstOrder fg = new FirstOrder(ls.value(), ls.gradient());
            run.accept(ls.point(), fg.value(), fg.gradient(), ls.step(), slope, ls.evaluations());
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "newton(c=%g, shrink=%g)", armijo, shrink);
    }
}
