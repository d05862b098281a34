package org.hessianworkbench.optimizers;

import java.util.Locale;
import org.hessianworkbench.derivatives.FirstOrder;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.Objective;

/**
 * Newton's method without step control: \(x_{k+1} = x_k - H_k^{-1}\nabla f_k\), always the full step,
 * even when the loss goes up. It is here to show why step control matters: far from the minimum of a
 * logistic loss the full step overshoots, \(|\beta|\) grows, every weight \(\sigma(1-\sigma)\) underflows
 * and the Hessian becomes singular. The run then stops with {@link StopReason#DIVERGED} and says
 * why; the estimate is the last finite iterate, never NaN. Instances are immutable.
 */
public final class FullStepNewton implements Optimizer {

    private FullStepNewton() {
    }

    /** Full-step Newton (it has no settings). */
    public static FullStepNewton withDefaults() {
        return new FullStepNewton();
    }

    @Override
    public String name() {
        return "newton-pure";
    }

    @Override
    public OptimizationResult minimize(Objective f, double[] start, OptimizerOptions options) {
        Run run = new Run(name(), f, start, options, true);
        double startLoss = run.fx;
        while (true) {
            StopReason stop = run.checkStop();
            if (stop != null) {
                return run.finish(stop, run.describe(stop));
            }
            double[][] h = run.hessian(run.x);
            if (!Matrices.allFinite(h)) {
                return run.finish(StopReason.DIVERGED, diverged(run, startLoss, "the Hessian became non-finite"));
            }
            stop = run.checkDecrement(Convergence.newtonDecrement(h, run.g));
            if (stop != null) {
                return run.finish(stop, run.describe(stop));
            }
            double[] d = NewtonSystem.solve(h, run.g);
            if (d == null) {
                return run.finish(StopReason.DIVERGED, diverged(run, startLoss,
                        "the Hessian became singular (not positive definite), so the Newton step does not exist"));
            }
            double[] next = LineSearch.along(run.x, 1, d);
            if (!Matrices.allFinite(next)) {
                return run.finish(StopReason.DIVERGED, diverged(run, startLoss, "the Newton step became non-finite"));
            }
            FirstOrder fg = run.valueAndGradient(next);
            if (!Double.isFinite(fg.value()) || !Matrices.allFinite(fg.gradient())) {
                return run.finish(StopReason.DIVERGED, diverged(run, startLoss,
                        "the loss overflowed at the next full step"));
            }
            run.accept(next, fg.value(), fg.gradient(), 1, Matrices.dot(run.g, d), 1);
        }
    }

    private static String diverged(Run run, double startLoss, String what) {
        return String.format(Locale.ROOT, "at iteration %d: %s. Full Newton steps without a line search took "
                        + "the loss from %.6g to %.6g and |b| to %.3g; far from the minimum the quadratic model is "
                        + "poor and nothing stops an overshoot (backtracking would have)",
                run.iteration, what, startLoss, run.fx, Matrices.norm(run.x));
    }
}
