package org.hessianworkbench.inference;

/**
 * One row of a coefficient table. When no covariance is available every field but the name and the
 * estimate is NaN (reports print them as missing, never as a number). When the estimate does not
 * exist (separated data) they are NaN too and the row is {@code withheld}: reports say so, rather
 * than that a value is missing. An aliased coefficient (its column is a linear combination of the
 * columns before it) has no estimate either: every number is NaN, as R's {@code NA}.
 *
 * @param name      parameter name
 * @param estimate  the estimate
 * @param stdError  standard error
 * @param statistic Wald statistic \(\hat\beta / \mathrm{SE}\)
 * @param pValue    two-sided p-value
 * @param ciLow     lower bound of the Wald interval
 * @param ciHigh    upper bound of the Wald interval
 * @param withheld  whether the standard error, test and interval are withheld because the estimate
 *                  they would be computed at does not exist
 * @param aliased   whether the coefficient is aliased (not estimable from this design)
 */
public record Coefficient(String name, double estimate, double stdError, double statistic, double pValue,
                          double ciLow, double ciHigh, boolean withheld, boolean aliased) {

    /** A row that is neither withheld nor aliased. */
    public Coefficient(String name, double estimate, double stdError, double statistic, double pValue, double ciLow,
                       double ciHigh) {
        this(name, estimate, stdError, statistic, pValue, ciLow, ciHigh, false, false);
    }

    /** A row whose standard error, test and interval are withheld: only the name and the (last) estimate. */
    public static Coefficient withheld(String name, double estimate) {
        return new Coefficient(name, estimate, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, true, false);
    }

    /** The row of an aliased coefficient: every number NaN. */
    public static Coefficient aliased(String name) {
        return new Coefficient(name, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, true);
    }

    /** True when the standard error (and so the test and interval) exists. */
    public boolean hasStdError() {
        return Double.isFinite(stdError);
    }
}
