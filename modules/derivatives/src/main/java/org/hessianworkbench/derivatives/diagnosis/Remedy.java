package org.hessianworkbench.derivatives.diagnosis;

/**
 * What the user can do about a diagnosis, as a code: the library names the remedy, a front end says
 * how (the command line turns it into a flag, a program into a call).
 */
public enum Remedy {

    /** Refit with Firth's penalised likelihood, whose estimates exist under separation. */
    FIRTH("firth"),
    /** Refit with the dispersion estimated from the Pearson statistic (quasi-likelihood). */
    PEARSON_DISPERSION("pearson-dispersion"),
    /** Allow the optimiser more iterations. */
    MORE_ITERATIONS("more-iterations"),
    /** Use an exact Hessian engine (analytic or AD) for the standard errors. */
    EXACT_ENGINE("exact-engine"),
    /** Drop the aliased columns from the formula. */
    DROP_ALIASED("drop-aliased");

    private final String id;

    Remedy(String id) {
        this.id = id;
    }

    /** The code as JSON shows it, e.g. {@code firth}. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
