package org.hessianworkbench.inference;

/**
 * One row of a coefficient table. When no covariance is available every field but the name and the
 * estimate is NaN (reports print them as missing, never as a number).
 *
 * @param name      parameter name
 * @param estimate  the estimate
 * @param stdError  standard error
 * @param statistic Wald statistic \(\hat\beta / \mathrm{SE}\)
 * @param pValue    two-sided p-value
 * @param ciLow     lower bound of the Wald interval
 * @param ciHigh    upper bound of the Wald interval
 */
public record Coefficient(String name, double estimate, double stdError, double statistic, double pValue,
                          double ciLow, double ciHigh) {

    /** True when the standard error (and so the test and interval) exists. */
    public boolean hasStdError() {
        return Double.isFinite(stdError);
    }
}
