package org.hessianworkbench.inference;

import org.hessianworkbench.derivatives.error.BadInputException;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * The reference distribution of a Wald statistic: standard normal ("z"), or Student's t with
 * \(n - p\) degrees of freedom ("t", for the linear model with estimated \(\sigma^2\)). Instances are
 * immutable.
 */
public final class Statistic {

    private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

    /** Absolute accuracy of the t quantile solver (Hipparchus defaults to 1e-9, too coarse for 9 digits). */
    private static final double QUANTILE_ACCURACY = 1e-14;

    private final String name;
    private final double df;
    private final TDistribution t;

    private Statistic(String name, double df) {
        this.name = name;
        this.df = df;
        this.t = Double.isFinite(df) ? new TDistribution(df, QUANTILE_ACCURACY) : null;
    }

    /** The standard normal. */
    public static Statistic z() {
        return new Statistic("z", Double.POSITIVE_INFINITY);
    }

    /**
     * Student's t.
     *
     * @throws IllegalArgumentException when {@code df} is not positive
     */
    public static Statistic t(double df) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("t needs positive degrees of freedom, not " + df);
        }
        return new Statistic("t", df);
    }

    /** "z" or "t". */
    public String name() {
        return name;
    }

    /** Degrees of freedom (infinite for z). */
    public double df() {
        return df;
    }

    /** Two-sided p-value \(2 F(-|s|)\) (computed in the lower tail, so tiny p-values keep their digits). */
    public double twoSidedP(double statistic) {
        double lower = -Math.abs(statistic);
        return 2 * (t == null ? NORMAL.cumulativeProbability(lower) : t.cumulativeProbability(lower));
    }

    /**
     * The critical value \(F^{-1}(1 - (1 - \mathrm{level})/2)\) of a two-sided interval.
     *
     * @throws BadInputException when the level (the user's confidence level) is not in (0, 1)
     */
    public double critical(double level) {
        if (!(level > 0 && level < 1)) {
            throw new BadInputException(InferenceMessages.LEVEL_OUT_OF_RANGE, level);
        }
        double q = 1 - (1 - level) / 2;
        return t == null ? NORMAL.inverseCumulativeProbability(q) : t.inverseCumulativeProbability(q);
    }
}
