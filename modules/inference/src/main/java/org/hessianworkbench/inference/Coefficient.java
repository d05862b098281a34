package org.hessianworkbench.inference;

/**
 * One row of a coefficient table. When no covariance is available every field but the name and the
 * estimate is NaN (reports print them as missing, never as a number). An aliased coefficient (its
 * column is a linear combination of the columns before it) has no estimate either: every number is
 * NaN, as R's {@code NA}.
 *
 * @param name      parameter name
 * @param estimate  the estimate
 * @param stdError  standard error
 * @param statistic Wald statistic \(\hat\beta / \mathrm{SE}\)
 * @param pValue    two-sided p-value
 * @param ciLow     lower bound of the Wald interval
 * @param ciHigh    upper bound of the Wald interval
 * @param aliased   whether the coefficient is aliased (not estimable from this design)
 */
public record Coefficient(String name, double estimate, double stdError, double statistic, double pValue,
                          double ciLow, double ciHigh, boolean aliased) {

    /** A coefficient that is not aliased. */
    public Coefficient(String name, double estimate, double stdError, double statistic, double pValue,
                       double ciLow, double ciHigh) {
        this(name, estimate, stdError, statistic, pValue, ciLow, ciHigh, false);
    }

    /** The row of an aliased coefficient: every number NaN. */
    public static Coefficient aliased(String name) {
        return new Coefficient(name, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, true);
    }

    /** True when the standard error (and so the test and interval) exists. */
    public boolean hasStdError() {
        return Double.isFinite(stdError);
    }
}
