package org.hessianworkbench.inference;

import java.util.ArrayList;
import java.util.List;

/**
 * Wald tests and intervals: \(s_j = \hat\beta_j / \mathrm{SE}_j\), two-sided p-value from the
 * reference distribution, interval \(\hat\beta_j \pm c\,\mathrm{SE}_j\) with \(c\) the critical value
 * (the exact normal quantile for the level, or a value given, e.g. the logistic-Hessian notebook's 1.96).
 */
public final class Wald {

    private Wald() {
    }

    /**
     * The coefficient table.
     *
     * @param names      parameter names
     * @param estimate   estimates
     * @param covariance the covariance or why there is none (then only estimates are filled in)
     * @param statistic  the reference distribution
     * @param critical   the interval's critical value
     * @return one row per parameter
     */
    public static List<Coefficient> table(List<String> names, double[] estimate, CovarianceResult covariance,
                                          Statistic statistic, double critical) {
        double[] se = covariance instanceof CovarianceResult.Available a ? a.standardErrors() : null;
        List<Coefficient> rows = new ArrayList<>();
        for (int j = 0; j < estimate.length; j++) {
            double b = estimate[j];
            if (se == null || !(se[j] > 0) || !Double.isFinite(se[j])) {
                rows.add(new Coefficient(names.get(j), b, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
                continue;
            }
            double s = b / se[j];
            rows.add(new Coefficient(names.get(j), b, se[j], s, statistic.twoSidedP(s),
                    b - critical * se[j], b + critical * se[j]));
        }
        return rows;
    }

    /**
     * The coefficient table of an estimate that does not exist: the estimates where the optimiser
     * stopped, every standard error, test and interval withheld.
     *
     * @param names    parameter names
     * @param estimate where the optimiser stopped
     * @return one withheld row per parameter
     */
    public static List<Coefficient> withheld(List<String> names, double[] estimate) {
        List<Coefficient> rows = new ArrayList<>();
        for (int j = 0; j < estimate.length; j++) {
            rows.add(Coefficient.withheld(names.get(j), estimate[j]));
        }
        return rows;
    }
}
