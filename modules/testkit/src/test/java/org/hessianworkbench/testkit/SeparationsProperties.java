package org.hessianworkbench.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The separation generator's coverage and what each shape promises by construction: complete
 * separation by the point with the margin, the quasi-complete dummy with its responses and tied
 * pairs, the overlap witness, mixed column scales in one design.
 */
class SeparationsProperties {

    @Provide
    Arbitrary<Separations.Case> cases() {
        return Arbitraries.oneOf(Separations.logistic(), Separations.poisson());
    }

    @Property(tries = 400)
    void everyShapeIsReachedAndKeepsItsPromise(@ForAll("cases") Separations.Case c) {
        RandomProblem pr = c.problem();
        Statistics.label("shape").collect(c.shape() + (c.counts() ? " counts" : " 0/1"));
        Statistics.label("p").collect(pr.p());
        Statistics.label("intercept").collect(pr.intercept());
        double[][] x = c.x();
        double small = Double.POSITIVE_INFINITY;
        double large = 0;
        for (int j = pr.intercept() ? 1 : 0; j < x[0].length; j++) {
            if (j == c.dummy()) {
                continue;
            }
            double top = 0;
            for (double[] row : x) {
                top = Math.max(top, Math.abs(row[j]));
            }
            small = Math.min(small, top);
            large = Math.max(large, top);
        }
        Statistics.label("column scales 1e4 apart or more").collect(large >= 1e4 * small);
        Statistics.label("shape").coverage(k -> {
            for (String s : new String[] {"COMPLETE 0/1", "QUASI_COMPLETE 0/1", "OVERLAP 0/1", "NEAR 0/1",
                "QUASI_COMPLETE counts", "OVERLAP counts", "NEAR counts"}) {
                k.check(s).count(v -> v > 0);
            }
        });
        Statistics.label("p").coverage(k -> {
            k.check(1).count(v -> v > 0);
            k.check(Separations.MAX_COLUMNS).count(v -> v > 0);
        });
        Statistics.label("intercept").coverage(k -> {
            k.check(true).percentage(v -> v > 25);
            k.check(false).percentage(v -> v > 25);
        });
        Statistics.label("column scales 1e4 apart or more").coverage(k -> k.check(true).percentage(v -> v > 15));

        double[] y = c.y();
        double[] eta = pr.linearPredictors()[0];
        switch (c.shape()) {
            case COMPLETE -> {
                assertTrue(Separations.hasMargin(pr));
                for (int i = 0; i < y.length; i++) {
                    assertEquals(eta[i] > 0 ? 1 : 0, y[i], 0, "y = 1[x'b > 0]");
                }
            }
            case QUASI_COMPLETE -> {
                int d = c.dummy();
                assertEquals(pr.p() - 1, d, "the dummy is the last column");
                int ones = 0;
                for (int i = 0; i < y.length; i++) {
                    assertTrue(x[i][d] == 0 || x[i][d] == 1);
                    if (x[i][d] == 1) {
                        ones++;
                        assertEquals(c.counts() ? 0 : 1, y[i], 0, "the dummy's rows");
                    }
                }
                assertTrue(ones >= 1);
                if (!c.counts()) {
                    for (int i = ones; i < y.length; i += 2) {
                        assertEquals(0, y[i], 0);
                        assertEquals(1, y[i + 1], 0);
                        assertEquals(java.util.Arrays.toString(x[i]), java.util.Arrays.toString(x[i + 1]), "a tied pair");
                    }
                } else {
                    assertTrue(java.util.Arrays.stream(y, ones, y.length).anyMatch(v -> v > 0), "a positive count");
                }
            }
            case OVERLAP -> {
                if (c.counts()) {
                    assertTrue(java.util.Arrays.stream(y).allMatch(v -> v >= 1));
                } else if (pr.intercept()) {
                    assertEquals(1, x[x.length - 1][0], 0, "the witness keeps the intercept column");
                }
            }
            case NEAR -> assertTrue(y.length >= 3);
        }
    }
}
