package org.hessianworkbench.derivatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/** The chunked, parallel sum against a plain loop over all rows. */
class ChunkedSumTest {

    @Test
    void parallelChunksGiveTheSequentialSum() {
        RandomDesigns.Problem pr = RandomDesigns.build(20_000, List.of(4), 1, false, 42);
        LinearPredictorObjective f = LinearPredictorObjective.of(pr.blocks(), pr.y(), TestLosses.POISSON);
        double[] b = pr.beta();
        DesignBlock x = pr.blocks().get(0);
        double value = 0;
        double[][] h = new double[4][4];
        for (int i = 0; i < pr.n(); i++) {
            double eta = 0;
            for (int j = 0; j < 4; j++) {
                eta += x.get(i, j) * b[j];
            }
            double m = Math.exp(eta);
            value += m - pr.y()[i] * eta;
            for (int j = 0; j < 4; j++) {
                for (int k = 0; k < 4; k++) {
                    h[j][k] += m * x.get(i, j) * x.get(i, k);
                }
            }
        }
        assertEquals(value, f.value(b), Tolerances.CHUNKED_SUM * Math.abs(value));
        assertTrue(HessianComparison.of("chunked", f.hessian(b), "loop", h, Tolerances.CHUNKED_SUM).agree());
        // the same call twice gives bit-identical results: merge order is fixed
        assertEquals(f.value(b), f.value(b), 0);
    }
}
