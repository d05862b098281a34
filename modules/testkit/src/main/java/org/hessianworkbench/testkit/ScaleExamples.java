package org.hessianworkbench.testkit;

import java.util.Locale;

/**
 * The two badly scaled examples as CSV text, generated deterministically: every variable is
 * its distribution's quantile function at a Kronecker sequence \(u_i = \{(i + k)\alpha + 1/2\}\) with
 * its own irrational \(\alpha\) (\(\sqrt 2 - 1\), \(\sqrt 3 - 1\), \((\sqrt 5 - 1)/2\)), jointly
 * equidistributed, the same numbers on every machine, no random generator; the offset \(k\) gives
 * other data sets of the same kind.
 * <ul>
 *   <li>{@link #incomeCsv}: Poisson, n = 2000, INCOME ~ N(3e4, 8e3), AGE ~ N(40, 10),
 *       y ~ Poisson(exp(-7 + 2.6e-4 INCOME + 0.02 AGE));</li>
 *   <li>{@link #dollarsCsv}: logistic, n = 2000, DOLLARS ~ N(5e4, 1.5e4), x ~ N(0, 1),
 *       y ~ Bernoulli(sigmoid(-1 + 1e-5 DOLLARS + 0.28 x)).</li>
 * </ul>
 */
public final class ScaleExamples {

    /** Observations of each example. */
    public static final int N = 2000;

    /** The Poisson example's coefficients: intercept, INCOME, AGE. */
    public static final double[] INCOME_TRUTH = {-7, 2.6e-4, 0.02};

    /** The logistic example's coefficients: intercept, DOLLARS, x. */
    public static final double[] DOLLARS_TRUTH = {-1, 1e-5, 0.28};

    private static final double A1 = Math.sqrt(2) - 1;
    private static final double A2 = Math.sqrt(3) - 1;
    private static final double A3 = (Math.sqrt(5) - 1) / 2;

    private ScaleExamples() {
    }

    /** The Poisson example, {@code y,INCOME,AGE}, numbers to full precision; formula {@code y ~ INCOME + AGE}. */
    public static String incomeCsv(int offset) {
        StringBuilder b = new StringBuilder("y,INCOME,AGE\n");
        for (int i = 0; i < N; i++) {
            double income = 3e4 + 8e3 * Designs.inverseNormal(kronecker(i + offset, A1));
            double age = 40 + 10 * Designs.inverseNormal(kronecker(i + offset, A2));
            double mean = Math.exp(INCOME_TRUTH[0] + INCOME_TRUTH[1] * income + INCOME_TRUTH[2] * age);
            b.append(poissonQuantile(mean, kronecker(i + offset, A3))).append(',')
                    .append(String.format(Locale.ROOT, "%.17g,%.17g", income, age)).append('\n');
        }
        return b.toString();
    }

    /** The logistic example, {@code y,DOLLARS,x}, numbers to full precision; formula {@code y ~ DOLLARS + x}. */
    public static String dollarsCsv(int offset) {
        StringBuilder b = new StringBuilder("y,DOLLARS,x\n");
        for (int i = 0; i < N; i++) {
            double dollars = 5e4 + 1.5e4 * Designs.inverseNormal(kronecker(i + offset, A1));
            double x = Designs.inverseNormal(kronecker(i + offset, A2));
            double eta = DOLLARS_TRUTH[0] + DOLLARS_TRUTH[1] * dollars + DOLLARS_TRUTH[2] * x;
            int y = kronecker(i + offset, A3) < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
            b.append(y).append(',').append(String.format(Locale.ROOT, "%.17g,%.17g", dollars, x)).append('\n');
        }
        return b.toString();
    }

    /** \(\{i\alpha + 1/2\}\). */
    static double kronecker(int i, double alpha) {
        double v = 0.5 + i * alpha;
        return v - Math.floor(v);
    }

    /**
     * The smallest {@code k} with {@code P(K <= k) > u} for a Poisson variable {@code K} of mean
     * {@code mean}, with the probabilities summed in log space so that large means (thousands) do
     * not underflow: \(\log p_k = -\mu + k\log\mu - \log k!\).
     */
    static int poissonQuantile(double mean, double u) {
        double logMean = Math.log(mean);
        double logFactorial = 0;
        double cdf = 0;
        int limit = (int) Math.min(Integer.MAX_VALUE - 1, mean + 40 * Math.sqrt(mean) + 100);
        for (int k = 0; k < limit; k++) {
            if (k > 0) {
                logFactorial += Math.log(k);
            }
            cdf += Math.exp(-mean + k * logMean - logFactorial);
            if (cdf > u) {
                return k;
            }
        }
        return limit;
    }
}
