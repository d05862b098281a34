package org.hessianworkbench.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hessianworkbench.derivatives.ObservationLoss;
import org.hessianworkbench.testkit.Tolerances;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/** The per-observation losses against closed forms, at ordinary and extreme predictors. */
class LossTest {

    @Test
    void logisticAtZeroInClosedForm() {
        double[] d1 = new double[1];
        double[] d2 = new double[1];
        double v = LogisticLoss.INSTANCE.derivatives(new double[] {0}, 1, d1, d2);
        assertEquals(Math.log(2), v, Tolerances.CLOSED_FORM_ULPS);
        assertEquals(-0.5, d1[0], Tolerances.CLOSED_FORM_ULPS);
        assertEquals(0.25, d2[0], Tolerances.CLOSED_FORM_ULPS);
    }

    @Test
    void logisticNeverOverflowsUpToAThousand() {
        for (double eta : new double[] {-1e3, -745, -40, 40, 745, 1e3, 1e5}) {
            for (double y : new double[] {0, 1}) {
                double[] d1 = new double[1];
                double[] d2 = new double[1];
                double v = LogisticLoss.INSTANCE.derivatives(new double[] {eta}, y, d1, d2);
                assertTrue(Double.isFinite(v) && Double.isFinite(d1[0]) && Double.isFinite(d2[0]), eta + " " + y);
                // the loss of a confident wrong prediction grows like |eta|, of a right one like exp(-|eta|)
                boolean wrong = (eta > 0) == (y == 0);
                double softplus = Math.log1p(Math.exp(-Math.abs(eta)));
                assertEquals(wrong ? Math.abs(eta) + softplus : softplus, v, 1e-15 * Math.max(v, 1e-300));
                DerivativeStructure ad = ad(LogisticLoss.INSTANCE, eta, y);
                assertEquals(v, ad.getValue(), Math.max(1e-300, 1e-15 * Math.abs(v)));
                assertEquals(d1[0], ad.getPartialDerivative(1), 1e-15);
                assertEquals(d2[0], ad.getPartialDerivative(2), Math.max(1e-300, 1e-14 * d2[0]));
            }
        }
    }

    @Test
    void logisticCurvatureKeepsItsDigitsInTheTails() {
        // sigma(40)(1 - sigma(40)) = e^-40 / (1 + e^-40)^2, which 1 - sigma would lose entirely
        double[] d1 = new double[1];
        double[] d2 = new double[1];
        LogisticLoss.INSTANCE.derivatives(new double[] {40}, 1, d1, d2);
        double t = Math.exp(-40);
        assertEquals(t / ((1 + t) * (1 + t)), d2[0], 1e-15 * d2[0]);
    }

    @Test
    void poissonAndGaussianInClosedForm() {
        double[] d1 = new double[1];
        double[] d2 = new double[1];
        double v = PoissonLoss.INSTANCE.derivatives(new double[] {Math.log(3)}, 2, d1, d2);
        assertEquals(3 - 2 * Math.log(3), v, Tolerances.CLOSED_FORM_ULPS);
        assertEquals(1, d1[0], Tolerances.CLOSED_FORM_ULPS);
        assertEquals(3, d2[0], Tolerances.CLOSED_FORM_ULPS);
        v = GaussianLoss.INSTANCE.derivatives(new double[] {1.5}, 4, d1, d2);
        assertEquals(0.5 * 2.5 * 2.5, v, Tolerances.CLOSED_FORM_ULPS);
        assertEquals(-2.5, d1[0], Tolerances.CLOSED_FORM_ULPS);
        assertEquals(1, d2[0], 0);
    }

    @Test
    void genericAndPrimitiveValuesAgree() {
        for (Family f : Family.builtIns()) {
            ObservationLoss l = f.loss();
            for (double eta = -30; eta <= 30; eta += 0.37) {
                double y = f == Family.LOGISTIC ? (eta > 1 ? 1 : 0) : 2;
                assertEquals(l.value(new double[] {eta}, y), ad(l, eta, y).getValue(),
                        1e-14 * Math.max(1, Math.abs(l.value(new double[] {eta}, y))), f + " at " + eta);
            }
        }
    }

    @Test
    void logisticWithOneTrialIsTheBernoulliLossBitForBit() {
        ObservationLoss l = LogisticLoss.INSTANCE;
        assertTrue(l.acceptsTrials());
        assertTrue(!PoissonLoss.INSTANCE.acceptsTrials() && !GaussianLoss.INSTANCE.acceptsTrials());
        for (double eta : new double[] {-1e3, -40, -2.5, -1e-9, 0, 1e-9, 0.7, 40, 1e3}) {
            for (double y : new double[] {0, 1}) {
                double[] e = {eta};
                double[] d1 = new double[1];
                double[] d2 = new double[1];
                double[] t1 = new double[1];
                double[] t2 = new double[1];
                assertEquals(l.derivatives(e, y, d1, d2), l.derivatives(e, y, 1, t1, t2), Tolerances.EXACT);
                assertEquals(d1[0], t1[0], Tolerances.EXACT);
                assertEquals(d2[0], t2[0], Tolerances.EXACT);
                assertEquals(l.value(e, y), l.value(e, y, 1), Tolerances.EXACT);
                assertEquals(ad(l, eta, y).getValue(), adTrials(l, eta, y, 1).getValue(), Tolerances.EXACT);
            }
        }
    }

    @Test
    void logisticWithTrialsInClosedFormAndAgainstItsAd() {
        ObservationLoss l = LogisticLoss.INSTANCE;
        // m log(1 + e^eta) - y eta at eta = log 3 (sigma = 3/4): 5 log 4 - 2 log 3, 5 * 3/4 - 2, 5 * 3/16
        double[] d1 = new double[1];
        double[] d2 = new double[1];
        double v = l.derivatives(new double[] {Math.log(3)}, 2, 5, d1, d2);
        double expected = 5 * Math.log(4) - 2 * Math.log(3);
        assertEquals(expected, v, Tolerances.FEW_ROUNDINGS * expected);
        assertEquals(5 * 0.75 - 2, d1[0], Tolerances.FEW_ROUNDINGS * 5);
        assertEquals(5 * 3.0 / 16, d2[0], Tolerances.FEW_ROUNDINGS);
        for (double eta : new double[] {-1e3, -745, -40, -3, -0.1, 0, 0.1, 3, 40, 745, 1e3}) {
            for (double[] ym : new double[][] {{0, 7}, {7, 7}, {3, 7}, {2.5, 4}, {0.4, 1}}) {
                double y = ym[0];
                double m = ym[1];
                v = l.derivatives(new double[] {eta}, y, m, d1, d2);
                assertTrue(Double.isFinite(v) && Double.isFinite(d1[0]) && Double.isFinite(d2[0]), eta + " " + y + "/" + m);
                assertEquals(v, l.value(new double[] {eta}, y, m), Tolerances.EXACT);
                DerivativeStructure a = adTrials(l, eta, y, m);
                assertEquals(v, a.getValue(), Math.max(1e-300, TRIALS_AD * Math.abs(v)), "value " + eta + " " + y + "/" + m);
                assertEquals(d1[0], a.getPartialDerivative(1), TRIALS_AD * Math.max(m, Math.abs(d1[0])),
                        "first " + eta + " " + y + "/" + m);
                assertEquals(d2[0], a.getPartialDerivative(2), Math.max(1e-300, TRIALS_AD * d2[0]),
                        "second " + eta + " " + y + "/" + m);
                // m times the Bernoulli curvature, and the gradient m sigma - y
                double[] b1 = new double[1];
                double[] b2 = new double[1];
                l.derivatives(new double[] {eta}, 0, b1, b2);
                assertEquals(m * b2[0], d2[0], Tolerances.CLOSED_FORM_ULPS * d2[0]);
                assertEquals(m * LogisticLoss.sigmoid(eta) - y, d1[0], Tolerances.FEW_ROUNDINGS * m);
            }
        }
    }

    /**
     * The trials loss's analytic value and derivatives against Hipparchus's AD of its generic
     * definition: both are a few operations from \(e^{-|\eta|}\), agreeing to a few ulps (relative).
     */
    private static final double TRIALS_AD = 1e-14;

    private static DerivativeStructure adTrials(ObservationLoss l, double eta, double y, double m) {
        DSFactory factory = new DSFactory(1, 2);
        return l.value(new DerivativeStructure[] {factory.variable(0, eta)}, y, m);
    }

    private static DerivativeStructure ad(ObservationLoss l, double eta, double y) {
        DSFactory factory = new DSFactory(1, 2);
        return l.value(new DerivativeStructure[] {factory.variable(0, eta)}, y);
    }
}
