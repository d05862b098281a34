package org.hessianworkbench.optimizers;

import org.hessianworkbench.derivatives.error.Message;

/** The messages of the optimizers module: optimiser names, tolerances, limits and method settings. */
public enum OptimizerMessages implements Message {

    /** An optimiser name that is not one: the name given, the known names. */
    UNKNOWN_OPTIMIZER("unknown optimizer '%s' (known: %s)"),
    /** A negative or NaN gradient tolerance: the tolerance. */
    GTOL_NEGATIVE("gtol must be >= 0, not %s"),
    /** A typical parameter scale that is not a positive number: the scale. */
    TYPICAL_SCALE_NOT_POSITIVE("a typical parameter scale must be a positive number, not %s"),
    /** A negative iteration limit: the limit. */
    MAX_ITERATIONS_NEGATIVE("the iteration limit must be >= 0, not %d"),
    /** An Armijo constant outside (0, 1): the constant. */
    ARMIJO_OUT_OF_RANGE("Armijo constant c must be in (0, 1), not %s"),
    /** A backtracking factor outside (0, 1): the factor. */
    SHRINK_OUT_OF_RANGE("shrink factor must be in (0, 1), not %s"),
    /** A B0 scale that is not a positive number: the scale. */
    B0_NOT_POSITIVE("B0 scale must be positive, not %s"),
    /** An L-BFGS memory below 1: the memory. */
    MEMORY_TOO_SMALL("L-BFGS memory must be at least 1, not %d");

    private final String format;

    OptimizerMessages(String format) {
        this.format = format;
    }

    @Override
    public String format() {
        return format;
    }
}
