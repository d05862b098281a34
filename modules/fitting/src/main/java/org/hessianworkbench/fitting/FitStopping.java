package org.hessianworkbench.fitting;

import org.hessianworkbench.derivatives.Objective;
import org.hessianworkbench.optimizers.OptimizerOptions;

/**
 * The optimiser's options as {@code fit} runs it: the gradient-norm rule with its tolerance raised to
 * the gradient's rounding floor ({@link Fitter#effectiveGtol}) when a tolerance was given, else the
 * scale-invariant rule with the typical sizes of the coefficients the objective supplies
 * ({@link Objective#typicalScale()}: \(1/\mathrm{rms}(x_j)\) for a model on a design).
 */
final class FitStopping {

    private FitStopping() {
    }

    static OptimizerOptions options(Objective f, double[] start, OptimizerOptions asked) {
        if (!asked.scaleInvariantRule()) {
            return asked.withGtol(Fitter.effectiveGtol(f, start, asked.gtol()));
        }
        return asked.typicalScale() == null ? asked.withTypicalScale(f.typicalScale()) : asked;
    }
}
