package org.hessianworkbench.derivatives;

/**
 * The rounding noise of a computed function, measured rather than assumed: \(f\) is evaluated at
 * \(m + 1\) points \(x + k h u\) spaced by a tiny step along a fixed direction, and the \(j\)-th
 * differences of those values, which annihilate the smooth part, leave the noise:
 * \(\sigma_j^2 = \frac{\gamma_j}{m + 1 - j}\sum_k (\Delta^j f_k)^2\), \(\gamma_j = (j!)^2/(2j)!\).
 * The estimate is the median of \(\sigma_j\) over \(j = 3..6\), where the table has settled.
 * This is a simplified form of Moré &amp; Wild's ECnoise: J. J. Moré and S. M. Wild, "Estimating
 * computational noise", SIAM J. Sci. Comput. 33(3), 2011, doi:10.1137/100786125.
 */
public final class NoiseEstimate {

    /** Points evaluated, \(m + 1\). */
    static final int POINTS = 9;

    /** Function evaluations one estimate costs. */
    public static final int EVALUATIONS = POINTS;

    /** Relative spacing of the points: far below any curvature, far above \(\epsilon\). */
    static final double SPACING = 1e-9;

    private NoiseEstimate() {
    }

    /**
     * The standard deviation of the rounding noise of {@code f} near {@code x}, at least
     * \(\epsilon|f(x)|\) (the noise of the last rounding).
     */
    public static double of(Objective f, double[] x) {
        int p = x.length;
        double[] u = new double[p];
        // a fixed, irregular direction so that the result is reproducible
        for (int i = 0; i < p; i++) {
            u[i] = Math.sin(1.0 + 2.3 * i) * Math.max(1, Math.abs(x[i]));
        }
        double norm = Matrices.norm(u);
        double[] values = new double[POINTS];
        for (int k = 0; k < POINTS; k++) {
            double[] y = x.clone();
            for (int i = 0; i < p; i++) {
                y[i] += (k - POINTS / 2) * SPACING * u[i] / norm;
            }
            values[k] = f.value(y);
        }
        double floor = FiniteDifferences.MACHINE_EPS * Math.abs(values[POINTS / 2]);
        double[] sigma = new double[4];
        double[] diff = values.clone();
        int len = POINTS;
        double gamma = 1;
        for (int j = 1; j <= 6; j++) {
            len--;
            for (int k = 0; k < len; k++) {
                diff[k] = diff[k + 1] - diff[k];
            }
            gamma *= j / (2.0 * (2 * j - 1)); // (j!)^2 / (2j)!
            if (j >= 3) {
                double s = 0;
                for (int k = 0; k < len; k++) {
                    s += diff[k] * diff[k];
                }
                sigma[j - 3] = Math.sqrt(gamma * s / len);
            }
        }
        java.util.Arrays.sort(sigma);
        double median = 0.5 * (sigma[1] + sigma[2]);
        return Math.max(median, floor);
    }
}
