package org.hessianworkbench.optimizers;

/** Why an optimiser stopped. */
public enum StopReason {
    /** The gradient norm reached the tolerance: converged. */
    GTOL("gtol"),
    /** The iteration limit was reached first. */
    MAX_ITERATIONS("max-iterations"),
    /** No step along the search direction decreased the loss (or the decrease was below rounding). */
    NO_PROGRESS("no-progress"),
    /** The loss, the step or the Hessian became non-finite or singular: the iteration diverged. */
    DIVERGED("diverged");

    private final String label;

    StopReason(String label) {
        this.label = label;
    }

    /** The name used in reports and JSON. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
