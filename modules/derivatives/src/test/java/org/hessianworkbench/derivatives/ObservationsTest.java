package org.hessianworkbench.derivatives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/** The {@link Observations} record, and what {@link LinearPredictorObjective} does with it on tiny cases. */
class ObservationsTest {

    private static final double[][] X = {{1, 0.5}, {1, -1}, {1, 2}, {1, 0}};
    private static final double[] Y = {1, 0, 2, 1};
    private static final double[] BETA = {0.2, -0.3};

    /**
     * The sums by hand and the engines' sums of four terms of size at most about 10 differ by a few
     * roundings: absolute.
     */
    private static final double BY_HAND = 1e-13;

    private static List<DesignBlock> blocks() {
        return List.of(DesignBlock.of("", List.of("(Intercept)", "x"), X));
    }

    @Test
    void noneHasNothingAndEveryRowCounts() {
        Observations o = Observations.NONE;
        assertTrue(o.isNone());
        assertNull(o.weights());
        assertNull(o.trials());
        assertNull(o.offsets());
        assertEquals(1, o.weight(3));
        assertEquals(1, o.trial(3));
        assertEquals(0, o.offset(0, 3));
        assertEquals(7, o.used(7));
        assertEquals(Observations.NONE, new Observations(null, null, new double[][] {null}));
        assertEquals("Observations[none]", o.toString());
    }

    @Test
    void arraysAreCopiedInAndOut() {
        double[] w = {1, 0, 2};
        double[] off = {0.1, 0.2, 0.3};
        Observations o = new Observations(w, null, new double[][] {off});
        w[0] = 9;
        off[0] = 9;
        assertArrayEquals(new double[] {1, 0, 2}, o.weights(), 0);
        o.weights()[1] = 9;
        o.offsets()[0][0] = 9;
        assertEquals(0, o.weight(1));
        assertEquals(0.1, o.offset(0, 0));
        assertEquals(2, o.used(3));
        assertEquals(new Observations(new double[] {1, 0, 2}, null, new double[][] {{0.1, 0.2, 0.3}}), o);
        assertEquals("Observations[weights, offsets; n = 3]", o.toString());
    }

    @Test
    void badValuesAndLengthsAreProgrammingErrors() {
        assertThrows(IllegalArgumentException.class, () -> Observations.ofWeights(new double[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> Observations.ofWeights(new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Observations.ofWeights(new double[] {Double.POSITIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class, () -> Observations.ofTrials(new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> Observations.ofOffset(new double[] {Double.NEGATIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class, () -> new Observations(new double[2], new double[] {1, 1, 1}, null));
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
                () -> LinearPredictorObjective.of(blocks(), Y, TestLosses.POISSON, Observations.ofWeights(new double[3])));
        assertEquals("3 weights for 4 observations", rows.getMessage());
        IllegalArgumentException predictors = assertThrows(IllegalArgumentException.class,
                () -> LinearPredictorObjective.of(blocks(), Y, TestLosses.POISSON,
                        new Observations(null, null, new double[][] {new double[4], new double[4]})));
        assertTrue(predictors.getMessage().contains("2 linear predictors"), predictors.getMessage());
    }

    @Test
    void trialsAreRefusedForALossThatDoesNotTakeThem() {
        assertFalse(TestLosses.POISSON.acceptsTrials());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LinearPredictorObjective.of(blocks(),
                Y, TestLosses.POISSON, Observations.ofTrials(new double[] {1, 2, 3, 4})));
        assertTrue(e.getMessage().startsWith("trials given for a loss that does not take them"), e.getMessage());
    }

    @Test
    void withoutObservationsTheObjectiveIsTheOldOneBitForBit() {
        LinearPredictorObjective a = LinearPredictorObjective.of(blocks(), Y, TestLosses.POISSON);
        LinearPredictorObjective b = LinearPredictorObjective.of(blocks(), Y, TestLosses.POISSON, Observations.NONE);
        assertEquals(a.value(BETA), b.value(BETA), Tolerances.EXACT);
        assertArrayEquals(a.gradient(BETA), b.gradient(BETA), Tolerances.EXACT);
        assertArrayEquals(a.hessian(BETA)[1], b.hessian(BETA)[1], Tolerances.EXACT);
        assertEquals(Observations.NONE, a.observationData());
    }

    @Test
    void theSumByHandWithWeightsTrialsAndAnOffset() {
        double[] w = {2, 0, 0.5, 1};
        double[] m = {3, 1, 2, 1};
        double[] off = {0.1, 5, -0.2, 0};
        LinearPredictorObjective f = LinearPredictorObjective.of(blocks(), Y, TestLosses.BINOMIAL,
                new Observations(w, m, new double[][] {off}));
        double value = 0;
        double[] g = new double[2];
        double[][] h = new double[2][2];
        double[] eta = f.linearPredictors(BETA)[0];
        for (int i = 0; i < Y.length; i++) {
            double e = X[i][0] * BETA[0] + X[i][1] * BETA[1] + off[i];
            assertEquals(e, eta[i], Tolerances.FEW_ROUNDINGS, "eta " + i + " includes the offset");
            double mu = 1 / (1 + Math.exp(-e));
            value += w[i] * (m[i] * Math.log1p(Math.exp(e)) - Y[i] * e);
            for (int j = 0; j < 2; j++) {
                g[j] += w[i] * (m[i] * mu - Y[i]) * X[i][j];
                for (int k = 0; k < 2; k++) {
                    h[j][k] += w[i] * m[i] * mu * (1 - mu) * X[i][j] * X[i][k];
                }
            }
        }
        SecondOrder s = f.analyticSecondOrder(BETA);
        assertEquals(value, s.value(), Tolerances.FEW_ROUNDINGS * Math.abs(value));
        assertArrayEquals(g, s.gradient(), BY_HAND);
        for (int j = 0; j < 2; j++) {
            assertArrayEquals(h[j], s.hessian()[j], BY_HAND);
        }
        SecondOrder ad = f.automaticHessian(BETA);
        assertEquals(value, ad.value(), Tolerances.FEW_ROUNDINGS * Math.abs(value));
        for (int j = 0; j < 2; j++) {
            assertArrayEquals(h[j], ad.hessian()[j], BY_HAND);
        }
        assertArrayEquals(g, f.automaticGradient(BETA).gradient(), BY_HAND);
    }

    @Test
    void aZeroWeightRowIsNeitherEvaluatedNorCountedForKinks() {
        // the row of weight 0 has a response the loss cannot take (its value would be NaN): it is skipped
        double[] y = {1, Double.NaN, 2, 1};
        LinearPredictorObjective f = LinearPredictorObjective.of(blocks(), y, TestLosses.POISSON,
                Observations.ofWeights(new double[] {1, 0, 1, 1}));
        assertTrue(Double.isFinite(f.value(BETA)));
        assertTrue(Double.isFinite(f.automaticHessian(BETA).value()));
        assertTrue(Double.isFinite(f.automaticGradient(BETA).value()));
        assertTrue(Double.isFinite(f.valueTermScale(BETA)));
        assertEquals(0, f.kinksCrossed(BETA, new double[] {1e-3, 1e-3}));
    }
}
