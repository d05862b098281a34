package org.hessianworkbench.derivatives;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.CalculusFieldElement;
import org.junit.jupiter.api.Test;

/** The measured rounding noise against functions with noise of a known size. */
class NoiseEstimateTest {

    /**
     * A smooth quadratic plus deterministic noise of standard deviation {@code sigma}: uniform on
     * [-sqrt 3, sqrt 3] times sigma, from a hash of the point's bits.
     */
    private static Objective noisy(double sigma) {
        return new GenericObjective() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public <T extends CalculusFieldElement<T>> T value(T[] b) {
                return b[0].square().add(b[1].square().multiply(3));
            }

            @Override
            public double value(double[] b) {
                long h = Double.doubleToLongBits(b[0]) * 0x9E3779B97F4A7C15L ^ Double.doubleToLongBits(b[1]) * 0xC2B2AE3D27D4EB4FL;
                h ^= h >>> 29;
                h *= 0xBF58476D1CE4E5B9L;
                h ^= h >>> 32;
                double u = (h >>> 11) * 0x1.0p-53;
                return b[0] * b[0] + 3 * b[1] * b[1] + sigma * Math.sqrt(3) * (2 * u - 1);
            }

            @Override
            public double[] gradient(double[] b) {
                return new double[] {2 * b[0], 6 * b[1]};
            }

            @Override
            public double[][] hessian(double[] b) {
                return new double[][] {{2, 0}, {0, 6}};
            }
        };
    }

    @Test
    void findsInjectedNoiseOfKnownSize() {
        for (double sigma : new double[] {1e-6, 1e-9, 1e-12}) {
            double est = NoiseEstimate.of(noisy(sigma), new double[] {0.7, -1.3});
            // nine points give a rough estimate: within a factor 3 either way
            assertTrue(est > sigma / 3 && est < 3 * sigma, "sigma " + sigma + " estimated " + est);
        }
    }

    @Test
    void aSmoothFunctionHasNoiseNearTheLastRounding() {
        double est = NoiseEstimate.of(noisy(0), new double[] {0.7, -1.3});
        double f = 0.49 + 3 * 1.69;
        assertTrue(est >= Math.ulp(1.0) * f && est < 100 * Math.ulp(1.0) * f, "estimated " + est);
    }
}
