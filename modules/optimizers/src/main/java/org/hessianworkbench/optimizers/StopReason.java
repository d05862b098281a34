package org.hessianworkbench.optimizers;

/** Why an optimiser stopped, and whether that means it converged. */
public enum StopReason {
    /** The gradient norm reached the absolute tolerance {@code gtol}: converged. */
    GTOL("gtol", true),
    /**
     * Newton-type methods under the scale-invariant rule: half the squared Newton decrement, the
     * decrease the quadratic model predicts, reached {@code tol * max(1, |f|)}: converged.
     */
    NEWTON_DECREMENT("newton-decrement", true),
    /**
     * The other methods under the scale-invariant rule: the relative change of the loss and the
     * relative gradient both reached their tolerances: converged.
     */
    RELATIVE_CHANGE("relative-change", true),
    /**
     * Newton-type methods under the scale-invariant rule: no step decreased the loss, and the decrease
     * the Newton step predicts is below the loss's rounding noise at the iterate, so no computed loss
     * can do better: converged to the loss's rounding.
     */
    ROUNDING_FLOOR("rounding-floor", true),
    /** The iteration limit was reached first. */
    MAX_ITERATIONS("max-iterations", false),
    /** No step along the search direction decreased the loss (or the decrease was below rounding). */
    NO_PROGRESS("no-progress", false),
    /** The loss, the step or the Hessian became non-finite or singular: the iteration diverged. */
    DIVERGED("diverged", false);

    private final String label;
    private final boolean converged;

    StopReason(String label, boolean converged) {
        this.label = label;
        this.converged = converged;
    }

    /** The name used in reports and JSON. */
    public String label() {
        return label;
    }

    /** Whether stopping for this reason means the optimiser converged. */
    public boolean converged() {
        return converged;
    }

    @Override
    public String toString() {
        return label;
    }
}
