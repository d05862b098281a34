package org.hessianworkbench.derivatives;

import org.hipparchus.CalculusFieldElement;

/**
 * Per-observation losses for testing the engines independently of the models module: a Poisson
 * log-likelihood (one predictor), a binomial one with trials, and a squared error of a product of two
 * predictors. Their hand-derived derivatives are in closed form here. Shared through the test-jar.
 */
public final class TestLosses {

    private TestLosses() {
    }

    /** \(\ell(\eta; y) = e^\eta - y\eta\): \(\ell' = e^\eta - y\), \(\ell'' = e^\eta\). */
    public static final ObservationLoss POISSON = new ObservationLoss() {
        @Override
        public int predictors() {
            return 1;
        }

        @Override
        public <T extends CalculusFieldElement<T>> T value(T[] eta, double y) {
            return eta[0].exp().subtract(eta[0].multiply(y));
        }

        @Override
        public double value(double[] eta, double y) {
            return Math.exp(eta[0]) - y * eta[0];
        }

        @Override
        public double derivatives(double[] eta, double y, double[] d1, double[] d2) {
            double m = Math.exp(eta[0]);
            d1[0] = m - y;
            d2[0] = m;
            return m - y * eta[0];
        }
    };

    /**
     * Binomial with \(m\) trials, logit link, without \(\log\binom{m}{y}\):
     * \(\ell(\eta; y, m) = m\log(1 + e^\eta) - y\eta\), \(\ell' = m\sigma(\eta) - y\),
     * \(\ell'' = m\sigma(\eta)(1 - \sigma(\eta))\); the plain formulas (no care for \(|\eta|\) in the
     * hundreds: the test problems keep \(\eta\) moderate). Without trials \(m = 1\).
     */
    public static final ObservationLoss BINOMIAL = new ObservationLoss() {
        @Override
        public int predictors() {
            return 1;
        }

        @Override
        public boolean acceptsTrials() {
            return true;
        }

        @Override
        public <T extends CalculusFieldElement<T>> T value(T[] eta, double y) {
            return value(eta, y, 1);
        }

        @Override
        public double value(double[] eta, double y) {
            return value(eta, y, 1);
        }

        @Override
        public double derivatives(double[] eta, double y, double[] d1, double[] d2) {
            return derivatives(eta, y, 1, d1, d2);
        }

        @Override
        public <T extends CalculusFieldElement<T>> T value(T[] eta, double y, double m) {
            return eta[0].exp().log1p().multiply(m).subtract(eta[0].multiply(y));
        }

        @Override
        public double value(double[] eta, double y, double m) {
            return m * Math.log1p(Math.exp(eta[0])) - y * eta[0];
        }

        @Override
        public double derivatives(double[] eta, double y, double m, double[] d1, double[] d2) {
            double sigma = 1 / (1 + Math.exp(-eta[0]));
            d1[0] = m * sigma - y;
            d2[0] = m * sigma * (1 - sigma);
            return value(eta, y, m);
        }
    };

    /**
     * \(\ell(\eta_1,\eta_2; y) = \tfrac12(\eta_1\eta_2 - y)^2\): \(\ell_1 = r\eta_2\),
     * \(\ell_2 = r\eta_1\), \(\ell_{11} = \eta_2^2\), \(\ell_{22} = \eta_1^2\),
     * \(\ell_{12} = \eta_1\eta_2 + r\), with \(r = \eta_1\eta_2 - y\).
     */
    public static final ObservationLoss PRODUCT_SQUARED = new ObservationLoss() {
        @Override
        public int predictors() {
            return 2;
        }

        @Override
        public <T extends CalculusFieldElement<T>> T value(T[] eta, double y) {
            return eta[0].multiply(eta[1]).subtract(y).square().multiply(0.5);
        }

        @Override
        public double value(double[] eta, double y) {
            double r = eta[0] * eta[1] - y;
            return 0.5 * r * r;
        }

        @Override
        public double derivatives(double[] eta, double y, double[] d1, double[] d2) {
            double r = eta[0] * eta[1] - y;
            d1[0] = r * eta[1];
            d1[1] = r * eta[0];
            d2[0] = eta[1] * eta[1];
            d2[1] = eta[0] * eta[1] + r;
            d2[2] = d2[1];
            d2[3] = eta[0] * eta[0];
            return 0.5 * r * r;
        }
    };
}
