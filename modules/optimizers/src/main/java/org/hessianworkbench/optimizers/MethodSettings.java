package org.hessianworkbench.optimizers;

import org.hessianworkbench.derivatives.error.BadInputException;

/**
 * Method-specific settings, with the defaults used when a method is named without them. Instances
 * are immutable.
 *
 * @param armijo  Armijo constant \(c\) of the backtracking searches (default 1e-4; the Newton/BFGS tutorial uses 0.4)
 * @param shrink  backtracking factor (default 0.5)
 * @param b0      initial Hessian approximation \(B_0 = b_0 I\) of {@code bfgs-b} (default 10, the tutorial's)
 * @param memory  pairs kept by {@code lbfgs} (default 10)
 */
public record MethodSettings(double armijo, double shrink, double b0, int memory) {

    /** The defaults: c = 1e-4, shrink 0.5, B0 = 10 I, m = 10. */
    public static final MethodSettings DEFAULTS = new MethodSettings(1e-4, 0.5, 10, 10);

    /**
     * Validates.
     *
     * @throws BadInputException for a setting out of its range
     */
    public MethodSettings {
        if (!(armijo > 0 && armijo < 1)) {
            throw new BadInputException(OptimizerMessages.ARMIJO_OUT_OF_RANGE, armijo);
        }
        if (!(shrink > 0 && shrink < 1)) {
            throw new BadInputException(OptimizerMessages.SHRINK_OUT_OF_RANGE, shrink);
        }
        if (!(b0 > 0 && Double.isFinite(b0))) {
            throw new BadInputException(OptimizerMessages.B0_NOT_POSITIVE, b0);
        }
        if (memory < 1) {
            throw new BadInputException(OptimizerMessages.MEMORY_TOO_SMALL, memory);
        }
    }

    /** A copy with another Armijo constant. */
    public MethodSettings withArmijo(double c) {
        return new MethodSettings(c, shrink, b0, memory);
    }

    /** A copy with another B0 scale. */
    public MethodSettings withB0(double b) {
        return new MethodSettings(armijo, shrink, b, memory);
    }
}
