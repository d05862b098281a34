package org.hessianworkbench.symbolic.check;

/**
 * The numeric check of one step, or of one result against automatic differentiation. Immutable.
 *
 * @param status     passed, failed, or unchecked (no point where both sides are finite)
 * @param points     the number of points compared
 * @param maxRelDiff the largest \(|a - b| / \max(1, |a|, |b|)\) over those points
 */
public record StepCheck(Status status, int points, double maxRelDiff) {

    /** The outcome of a check. */
    public enum Status {
        /** Both sides agree at every point compared. */
        PASSED,
        /** The sides differ at some point: the step is wrong. */
        FAILED,
        /** No point was found where both sides are finite. */
        UNCHECKED
    }

    /** Whether the check passed. */
    public boolean passed() {
        return status == Status.PASSED;
    }
}
