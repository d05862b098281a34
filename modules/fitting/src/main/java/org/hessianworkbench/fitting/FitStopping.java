package org.hessianworkbench.fitting;

import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.optimizers.OptimizerOptions;

/**
 * The optimiser's options as {@code fit} runs it: the gradient-norm rule with its tolerance raised to
 * the gradient's rounding floor ({@link Fitter#effectiveGtol}) when a tolerance was given, else the
 * scale-invariant rule with the typical sizes of the coefficients taken from the design
 * ({@link TypicalScale}).
 */
final class FitStopping {

    private FitStopping() {
    }

    static OptimizerOptions options(LinearPredictorObjective f, double[] start, OptimizerOptions asked) {
        if (!asked.scaleInvariantRule()) {
            return asked.withGtol(Fitter.effectiveGtol(f, start, asked.gtol()));
        }
        return asked.typicalScale() == null ? asked.withTypicalScale(TypicalScale.of(f)) : asked;
    }
}
