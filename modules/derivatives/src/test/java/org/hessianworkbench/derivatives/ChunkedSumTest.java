package org.hessianworkbench.derivatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Example;
import org.hessianworkbench.testkit.Designs;
import org.hessianworkbench.testkit.RandomProblem;
import org.hessianworkbench.testkit.Tolerances;

/** The chunked, parallel sum against a plain loop over all rows. */
class ChunkedSumTest {

    /** A jqwik example: the testkit draws its 20,000-row problem with jqwik's generators, from a fixed seed. */
    @Example
    void parallelChunksGiveTheSequentialSum() {
        RandomProblem pr = Designs.regression().withRows(20_000, 20_000).withColumns(4, 4).withScales(1.0)
                .withoutCollinearColumns().withIntercept(Designs.Intercept.NEVER).example(42);
        LinearPredictorObjective f = RandomDesigns.objective(pr, TestLosses.POISSON);
        double[] b = pr.point();
        double[] y = pr.y();
        DesignBlock x = RandomDesigns.blocks(pr).get(0);
        double value = 0;
        double[][] h = new double[4][4];
        for (int i = 0; i < pr.n(); i++) {
            double eta = 0;
            for (int j = 0; j < 4; j++) {
                eta += x.get(i, j) * b[j];
            }
            double m = Math.exp(eta);
            value += m - y[i] * eta;
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
