package org.hessianworkbench.optimizers;

import org.hessianworkbench.derivatives.FirstOrder;
import org.hessianworkbench.derivatives.Objective;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.hipparchus.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

/**
 * Hipparchus's {@link NonLinearConjugateGradientOptimizer} (Polak-Ribière, its own line search),
 * wrapped as a peer of the workbench's methods: same stopping rule (gradient norm), same trace and
 * counts. The convergence checker Hipparchus calls once per iteration records the trace.
 * Instances are immutable.
 */
public final class HipparchusCg implements Optimizer {

    /** Relative tolerance of Hipparchus's line search on the step (its default 1e-8 stalls near the minimum). */
    static final double LINE_SEARCH_RELATIVE = 1e-12;

    /** Absolute tolerance of Hipparchus's line search on the step. */
    static final double LINE_SEARCH_ABSOLUTE = 1e-14;

    /** Initial bracketing range of Hipparchus's line search. */
    static final double LINE_SEARCH_BRACKET = 1e-3;

    /** Restarts after a stalled line search. */
    static final int MAX_RESTARTS = 5;

    /** Evaluations allowed per iteration before Hipparchus gives up. */
    static final int EVALUATIONS_PER_ITERATION = 1000;

    private HipparchusCg() {
    }

    /** Hipparchus's CG with the workbench's line-search settings (it has no other settings). */
    public static HipparchusCg withDefaults() {
        return new HipparchusCg();
    }

    @Override
    public String name() {
        return "hipparchus-cg";
    }

    @Override
    public OptimizationResult minimize(Objective f, double[] start, OptimizerOptions options) {
        Run run = new Run(name(), f, start, options);
        StopReason initial = run.checkStop();
        if (initial != null) {
            return run.finish(initial, run.describe(initial));
        }
        int[] evaluations = {0};
        boolean[] stalled = {false};
        NonLinearConjugateGradientOptimizer cg = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, (iteration, previous, current) -> {
                    FirstOrder fg = run.valueAndGradient(current.getPointRef());
                    double step = org.hessianworkbench.derivatives.Matrices.norm(diff(current.getPointRef(), run.x));
                    run.accept(current.getPointRef(), fg.value(), fg.gradient(), step, Double.NaN, evaluations[0]);
                    evaluations[0] = 0;
                    stalled[0] = step == 0;
                    return stalled[0] || run.checkStop() != null;
                }, LINE_SEARCH_RELATIVE, LINE_SEARCH_ABSOLUTE, LINE_SEARCH_BRACKET);
        // a stalled line search is retried from the current point, which restarts CG from steepest descent
        for (int restart = 0; restart <= MAX_RESTARTS; restart++) {
            stalled[0] = false;
            int left = options.maxIterations() - run.iteration;
            try {
                cg.optimize(new MaxEval(EVALUATIONS_PER_ITERATION * (left + 1)), new MaxIter(left + 1),
                        new ObjectiveFunction(b -> {
                            evaluations[0]++;
                            return run.value(b);
                        }),
                        new ObjectiveFunctionGradient(b -> {
                            run.gradientEvaluations++;
                            return f.gradient(b);
                        }),
                        GoalType.MINIMIZE, new InitialGuess(run.x));
            } catch (MathIllegalStateException limit) {
                return run.finish(StopReason.MAX_ITERATIONS, run.describe(StopReason.MAX_ITERATIONS));
            }
            StopReason stop = run.checkStop();
            if (stop != null) {
                return run.finish(stop, run.describe(stop));
            }
            if (!stalled[0]) {
                break;
            }
        }
        return run.finish(StopReason.NO_PROGRESS, run.describe(StopReason.NO_PROGRESS));
    }

    private static double[] diff(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }
}
