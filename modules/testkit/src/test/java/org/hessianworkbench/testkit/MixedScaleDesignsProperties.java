package org.hessianworkbench.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The mixed-scale generator's coverage and invariants: designs with both extremes (1e-3 and 1e4) in
 * one design are common, every decade is reached, offset and centred covariates, intercepts and n = 1
 * all occur; each column has its scale, and the linear predictor stays moderate whatever the units.
 */
class MixedScaleDesignsProperties {

    @Provide
    Arbitrary<MixedScaleDesigns.Problem> problems() {
        return MixedScaleDesigns.regression(Designs.Response.LEVELS);
    }

    @Provide
    Arbitrary<MixedScaleDesigns.Problem> drawn() {
        return MixedScaleDesigns.regression(Designs.Response.POISSON_AT_POINT, 0.5);
    }

    @Property(tries = 300)
    void mixedScaleDesignsCoverEveryShape(@ForAll("problems") MixedScaleDesigns.Problem mp) {
        RandomProblem pr = mp.problem();
        Statistics.label("extremes in one design").collect(mp.extremes());
        Statistics.label("spread").collect(mp.spread() >= 1e4 ? ">=1e4" : mp.spread() > 1 ? "1..1e4" : "1");
        Statistics.label("offset").collect(mp.offset());
        Statistics.label("intercept").collect(pr.intercept());
        Statistics.label("n").collect(pr.n() == 1 ? "1" : pr.n() <= 20 ? "2..20" : "21..500");
        double[] s = mp.scales();
        for (int j = pr.intercept() ? 1 : 0; j < s.length; j++) {
            Statistics.label("decade").collect((int) Math.round(Math.log10(s[j])));
        }
        Statistics.label("extremes in one design").coverage(c -> c.check(true).percentage(x -> x > 20));
        Statistics.label("spread").coverage(c -> c.check(">=1e4").percentage(x -> x > 30));
        Statistics.label("offset").coverage(c -> {
            c.check(true).percentage(x -> x > 30);
            c.check(false).percentage(x -> x > 30);
        });
        Statistics.label("intercept").coverage(c -> c.check(true).percentage(x -> x > 30));
        Statistics.label("n").coverage(c -> c.check("1").count(x -> x > 0));
        Statistics.label("decade").coverage(c -> {
            for (int k = MixedScaleDesigns.MIN_DECADE; k <= MixedScaleDesigns.MAX_DECADE; k++) {
                c.check(k).count(x -> x > 0);
            }
        });

        assertTrue(Double.isNaN(pr.scale()), "a mixed design has no one scale");
        assertEquals(1, pr.groups());
        double[][] x = pr.block(0);
        double m = mp.offset() ? MixedScaleDesigns.OFFSET : 0;
        for (double[] row : x) {
            if (pr.intercept()) {
                assertEquals(1, row[0], 0);
            }
            for (int j = pr.intercept() ? 1 : 0; j < row.length; j++) {
                double z = row[j] / s[j] - m;
                assertTrue(Math.abs(z) <= Designs.NORMAL_BOUND * (1 + 1e-9), "entry " + row[j] + " of a column at scale " + s[j]);
            }
        }
        // each term x_ij beta_j has size about 1/sqrt(q) whatever the column's units: eta stays moderate
        double bound = 2 * Designs.NORMAL_BOUND * Designs.NORMAL_BOUND * Math.sqrt(pr.p());
        assertTrue(pr.maxAbsLinearPredictor() <= bound, "eta " + pr.maxAbsLinearPredictor() + " above " + bound);
    }

    @Property(tries = 100)
    void responsesDrawnAtThePointAreCounts(@ForAll("drawn") MixedScaleDesigns.Problem mp) {
        for (double y : mp.problem().y()) {
            assertTrue(y >= 0 && y == Math.rint(y), "response " + y);
        }
    }
}
