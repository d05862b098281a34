package org.hessianworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/** Separation detection on cases small enough to check by hand, and at n = 100,000. */
class SeparationTest {

    private static DesignBlock block(double[][] x) {
        return DesignBlock.of("", List.of("a", "b").subList(0, x[0].length), x);
    }

    @Test
    void aThresholdOnXSeparatesCompletely() {
        double[][] x = {{1, -2}, {1, -1}, {1, -0.5}, {1, 0.5}, {1, 1}, {1, 3}};
        Separation.Result r = Separation.binary(block(x), new double[] {0, 0, 0, 1, 1, 1});
        assertEquals(Separation.Kind.COMPLETE, r.kind());
        assertEquals(6, r.exact());
        assertArrayEquals(new boolean[] {true, true}, r.runsOff());
        // the direction: slope 1 and an intercept strictly between -0.5 and 0.5 (a separating threshold)
        double[] d = r.direction();
        assertEquals(1, d[1], 0);
        assertTrue(Math.abs(d[0]) < 0.5, "intercept " + d[0]);
    }

    @Test
    void tiesOnTheBoundaryMakeItQuasiComplete() {
        double[][] x = {{1, -2}, {1, -1}, {1, 0}, {1, 0}, {1, 1}, {1, 3}};
        Separation.Result r = Separation.binary(block(x), new double[] {0, 0, 0, 1, 1, 1});
        assertEquals(Separation.Kind.QUASI_COMPLETE, r.kind());
        assertEquals(4, r.exact(), "the tied pair at x = 0 is never predicted exactly");
        assertArrayEquals(new double[] {0, 1}, r.direction(), Tolerances.FEW_ROUNDINGS);
        assertEquals(List.of(1), r.runningOff(), "the intercept is pinned by the tied pair");
    }

    @Test
    void overlapIsNotSeparated() {
        double[][] x = {{1, -2}, {1, -1}, {1, 0.5}, {1, -0.5}, {1, 1}, {1, 3}};
        Separation.Result r = Separation.binary(block(x), new double[] {0, 0, 0, 1, 1, 1});
        assertEquals(Separation.Kind.NONE, r.kind());
        assertArrayEquals(new double[] {0, 0}, r.direction(), 0);
        assertEquals(List.of(), r.runningOff());
        assertEquals(1, r.programs());
    }

    @Test
    void aConstantResponseIsSeparatedByTheIntercept() {
        double[][] x = {{1, -2}, {1, 0}, {1, 3}};
        Separation.Result r = Separation.binary(block(x), new double[] {1, 1, 1});
        assertEquals(Separation.Kind.COMPLETE, r.kind());
    }

    @Test
    void aRowOfZerosCanNeverBePredictedExactly() {
        // no intercept: the row x = 0 has probability 1/2 whatever the coefficients
        double[][] x = {{-1}, {0}, {2}};
        Separation.Result r = Separation.binary(block(x), new double[] {0, 1, 1});
        assertEquals(Separation.Kind.QUASI_COMPLETE, r.kind());
        assertEquals(2, r.exact());
        assertEquals(List.of(0), r.runningOff());
    }

    @Test
    void poissonZeroCounts() {
        double[][] levels = {{1, 0}, {1, 0}, {1, 1}, {1, 1}};
        Separation.Result zeroLevel = Separation.counts(block(levels), new double[] {2, 3, 0, 0});
        assertEquals(Separation.Kind.QUASI_COMPLETE, zeroLevel.kind());
        assertEquals(List.of(1), zeroLevel.runningOff());
        assertEquals(-1, zeroLevel.direction()[1], 0);
        assertEquals(Separation.Kind.COMPLETE, Separation.counts(block(levels), new double[] {0, 0, 0, 0}).kind());
        Separation.Result none = Separation.counts(block(levels), new double[] {2, 0, 1, 0});
        assertEquals(Separation.Kind.NONE, none.kind());
        Separation.Result positive = Separation.counts(block(levels), new double[] {2, 1, 1, 4});
        assertEquals(Separation.Kind.NONE, positive.kind());
        assertEquals(0, positive.programs(), "no zero count: nothing to solve");
    }

    @Test
    void responsesMustSuitTheFamily() {
        double[][] x = {{1}, {2}};
        assertThrows(IllegalArgumentException.class, () -> Separation.binary(block(x), new double[] {0, 2}));
        assertThrows(IllegalArgumentException.class, () -> Separation.counts(block(x), new double[] {0, -1}));
        assertThrows(IllegalArgumentException.class, () -> Separation.binary(block(x), new double[] {0}));
    }

    private static final int[] PRIMES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29};

    /**
     * 100,000 rows and 10 columns (one at scale 1e3): the program is solved in the space of the
     * coefficients, so its memory is the design's; a dense primal tableau would need 80 GB.
     */
    @Test
    void aHundredThousandRows() {
        int n = 100_000;
        int p = 10;
        double[][] x = new double[n][p];
        double[] overlap = new double[n];
        double[] complete = new double[n];
        double[] quasi = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1;
            double eta = 0.3;
            for (int j = 1; j < p; j++) {
                // a deterministic scatter: fractional parts of multiples of square roots of primes, centred
                double u = (i * Math.sqrt(PRIMES[j]) + j * Math.PI) % 1 - 0.5;
                x[i][j] = j == 3 ? 1e3 * u : u;
                eta += (j % 2 == 0 ? 1 : -1) * (j == 3 ? u : x[i][j]);
            }
            complete[i] = eta > 0 ? 1 : 0;
            overlap[i] = (i % 7 == 0) ? 1 - complete[i] : complete[i];
            quasi[i] = complete[i];
        }
        // quasi-complete: a dummy in the last column predicts y = 1; the others overlap
        double[][] xq = new double[n][];
        for (int i = 0; i < n; i++) {
            xq[i] = x[i].clone();
            xq[i][p - 1] = i % 10 == 0 ? 1 : 0;
            quasi[i] = i % 10 == 0 ? 1 : overlap[i];
        }
        List<String> names = java.util.stream.IntStream.range(0, p).mapToObj(j -> "x" + j).toList();
        assertEquals(Separation.Kind.NONE, Separation.binary(DesignBlock.of("", names, x), overlap).kind());
        Separation.Result c = Separation.binary(DesignBlock.of("", names, x), complete);
        assertEquals(Separation.Kind.COMPLETE, c.kind());
        assertEquals(n, c.exact());
        Separation.Result q = Separation.binary(DesignBlock.of("", names, xq), quasi);
        assertEquals(Separation.Kind.QUASI_COMPLETE, q.kind());
        assertEquals(List.of(p - 1), q.runningOff());
    }
}
