package org.hessianworkbench.derivatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/** The panel's layout and {@link ObservationLoss}'s row-by-row default of the panel methods. */
class LossPanelTest {

    /** Marks the rows a call must leave alone. */
    private static final double UNTOUCHED = -12345.5;

    @Test
    void theSecondDerivativesAreTheUpperTriangleRowByRow() {
        LossPanel panel = LossPanel.of(3, 4, false);
        int[][] pairs = {{0, 0}, {0, 1}, {0, 2}, {1, 1}, {1, 2}, {2, 2}};
        for (int t = 0; t < pairs.length; t++) {
            assertEquals(t, panel.pair(pairs[t][0], pairs[t][1]));
            assertEquals(t, panel.pair(pairs[t][1], pairs[t][0]), "symmetric");
        }
        assertEquals(6, LossPanel.pairs(3));
        assertEquals(1, LossPanel.pairs(1));
        assertEquals(4, panel.capacity());
        assertFalse(panel.hasTrials());
        assertNull(panel.trials());
        assertEquals("LossPanel[3 predictors, 4 rows]", panel.toString());
    }

    @Test
    void theDefaultIsTheOneRowMethodRowByRow() {
        ObservationLoss loss = TestLosses.PRODUCT_SQUARED;
        double[][] eta = {{0.3, -1.2, 2.0, 0.0, 5.0}, {1.1, 0.4, -0.7, 3.0, 5.0}};
        double[] y = {0.5, -2.0, 1.0, 0.0, 9.0};
        LossPanel panel = LossPanel.of(2, 6, false);
        fill(panel, eta, y, null);
        loss.derivatives(4, panel);
        double[] d1 = new double[2];
        double[] d2 = new double[4];
        for (int r = 0; r < 4; r++) {
            double v = loss.derivatives(new double[] {eta[0][r], eta[1][r]}, y[r], d1, d2);
            assertEquals(v, panel.values()[r], Tolerances.EXACT);
            assertEquals(d1[0], panel.d1(0)[r], Tolerances.EXACT);
            assertEquals(d1[1], panel.d1(1)[r], Tolerances.EXACT);
            assertEquals(d2[0], panel.d2(panel.pair(0, 0))[r], Tolerances.EXACT);
            assertEquals(d2[1], panel.d2(panel.pair(0, 1))[r], Tolerances.EXACT);
            assertEquals(d2[3], panel.d2(panel.pair(1, 1))[r], Tolerances.EXACT);
        }
        assertEquals(UNTOUCHED, panel.values()[4], "rows from count on are left alone");
        assertEquals(UNTOUCHED, panel.d2(2)[4]);
        loss.values(4, panel);
        for (int r = 0; r < 4; r++) {
            assertEquals(loss.value(new double[] {eta[0][r], eta[1][r]}, y[r]), panel.values()[r], Tolerances.EXACT);
        }
    }

    @Test
    void aPanelWithTrialsUsesTheThreeArgumentMethods() {
        ObservationLoss loss = TestLosses.BINOMIAL;
        double[][] eta = {{0.3, -1.2}};
        double[] y = {2, 0};
        double[] m = {5, 3};
        LossPanel panel = LossPanel.of(1, 2, true);
        assertTrue(panel.hasTrials());
        fill(panel, eta, y, m);
        loss.derivatives(2, panel);
        double[] d1 = new double[1];
        double[] d2 = new double[1];
        for (int r = 0; r < 2; r++) {
            assertEquals(loss.derivatives(new double[] {eta[0][r]}, y[r], m[r], d1, d2), panel.values()[r],
                    Tolerances.EXACT);
            assertEquals(d1[0], panel.d1(0)[r], Tolerances.EXACT);
            assertEquals(d2[0], panel.d2(0)[r], Tolerances.EXACT);
            assertNotEquals(loss.value(new double[] {eta[0][r]}, y[r]), panel.values()[r], "m = 1 is another loss");
        }
        loss.values(2, panel);
        assertEquals(loss.value(new double[] {0.3}, 2, 5), panel.values()[0], Tolerances.EXACT);
    }

    @Test
    void aPanelOfAnotherShapeIsAProgrammingError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TestLosses.POISSON.derivatives(1, LossPanel.of(2, 1, false)));
        assertTrue(e.getMessage().startsWith("a panel of 2 linear predictors for a loss of 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TestLosses.POISSON.values(1, LossPanel.of(2, 1, false)));
        assertThrows(IllegalArgumentException.class, () -> LossPanel.of(0, 4, false));
        assertThrows(IllegalArgumentException.class, () -> LossPanel.of(1, 0, false));
    }

    /** The inputs into the panel, every output {@link #UNTOUCHED}. */
    private static void fill(LossPanel panel, double[][] eta, double[] y, double[] m) {
        for (int k = 0; k < eta.length; k++) {
            System.arraycopy(eta[k], 0, panel.eta(k), 0, eta[k].length);
            java.util.Arrays.fill(panel.d1(k), UNTOUCHED);
        }
        System.arraycopy(y, 0, panel.y(), 0, y.length);
        if (m != null) {
            System.arraycopy(m, 0, panel.trials(), 0, m.length);
        }
        java.util.Arrays.fill(panel.values(), UNTOUCHED);
        for (int t = 0; t < LossPanel.pairs(eta.length); t++) {
            java.util.Arrays.fill(panel.d2(t), UNTOUCHED);
        }
    }
}
