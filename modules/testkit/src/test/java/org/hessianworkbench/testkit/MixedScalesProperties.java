package org.hessianworkbench.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/** The mixed-scale generator's coverage and structure. */
class MixedScalesProperties {

    @Property(tries = 300)
    void designsMixScalesWithinOneDesign(@ForAll("problems") MixedScales.Problem pr) {
        Statistics.label("family").collect(pr.family());
        Statistics.label("intercept").collect(pr.intercept());
        Statistics.label("covariates").collect(pr.covariates().size());
        double ratio = pr.scaleRatio();
        Statistics.label("scale ratio").collect(ratio >= 1e6 ? ">= 1e6" : ratio >= 1e2 ? "1e2..1e6" : "< 1e2");
        Statistics.label("has a 1e4 column").collect(pr.scales()[pr.p() - 1] == 1e4 || java.util.Arrays.stream(pr.scales())
                .anyMatch(s -> s == 1e4));
        Statistics.label("has a 1e-3 column").collect(java.util.Arrays.stream(pr.scales()).anyMatch(s -> s == 1e-3));
        Statistics.label("family").coverage(c -> {
            c.check(MixedScales.Family.POISSON).percentage(x -> x > 30);
            c.check(MixedScales.Family.LOGISTIC).percentage(x -> x > 30);
        });
        Statistics.label("intercept").coverage(c -> {
            c.check(true).percentage(x -> x > 30);
            c.check(false).percentage(x -> x > 30);
        });
        Statistics.label("scale ratio").coverage(c -> {
            c.check(">= 1e6").percentage(x -> x > 10);
            c.check("1e2..1e6").percentage(x -> x > 10);
        });
        Statistics.label("has a 1e4 column").coverage(c -> c.check(true).percentage(x -> x > 15));
        Statistics.label("has a 1e-3 column").coverage(c -> c.check(true).percentage(x -> x > 15));
        Statistics.label("covariates").coverage(c -> {
            for (int q = 1; q <= MixedScales.MAX_COVARIATES; q++) {
                c.check(q).count(k -> k > 0);
            }
        });
        // structure: rows per parameter, the intercept column, the point keeps eta moderate
        assertTrue(pr.n() >= MixedScales.MIN_ROWS_PER_PARAMETER * pr.p());
        for (int i = 0; i < pr.n(); i++) {
            if (pr.intercept()) {
                assertEquals(1, pr.x()[i][0]);
            }
            double eta = 0;
            for (int j = 0; j < pr.p(); j++) {
                eta += pr.x()[i][j] * pr.point()[j];
            }
            assertTrue(Math.abs(eta) < 15, "eta " + eta);
            assertTrue(pr.y()[i] >= 0 && pr.y()[i] == Math.rint(pr.y()[i]));
        }
        String csv = pr.csv(0, 1e4);
        assertEquals(pr.n() + 1, csv.lines().count());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<MixedScales.Problem> problems() {
        return MixedScales.regression();
    }
}
