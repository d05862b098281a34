package org.hessianworkbench.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.statistics.Statistics;

/**
 * The generator's coverage and invariants: every shape the properties of the workbench rely on is
 * reached (n = 1, large n, every scale, collinear columns, intercepts, one to three groups), the
 * designs have the promised structure, and product points keep their predictions moderate and,
 * for 0/1 responses, inside the cross-entropy clip.
 */
class DesignsProperties {

    @Provide
    Arbitrary<RandomProblem> regressions() {
        return Designs.regression().arbitrary();
    }

    @Provide
    Arbitrary<RandomProblem> products() {
        return Designs.products().withScales(Designs.SCALES.toArray(Double[]::new)).arbitrary();
    }

    @Provide
    Arbitrary<RandomProblem> binaryProducts() {
        return Designs.products().withResponses(Designs.Response.BINARY).arbitrary();
    }

    @Provide
    Arbitrary<RandomProblem> drawnFromTheModel() {
        return Designs.regression().withColumns(1, 5).withRowsPerParameter(40, 300).withScales(1.0)
                .withoutCollinearColumns().withIntercept(Designs.Intercept.ALWAYS)
                .withResponses(Designs.Response.LOGISTIC_AT_POINT).withSpread(0.5).arbitrary();
    }

    @Property(tries = 300)
    void regressionDesignsCoverEveryShape(@ForAll("regressions") RandomProblem pr) {
        Statistics.label("n").collect(pr.n() == 1 ? "1" : pr.n() <= 20 ? "2..20" : "21..500");
        Statistics.label("p").collect(pr.p());
        Statistics.label("scale").collect(pr.scale());
        Statistics.label("collinear").collect(pr.collinear() && pr.p() >= 2);
        Statistics.label("intercept").collect(pr.intercept());
        Statistics.label("n").coverage(c -> {
            c.check("1").percentage(x -> x > 20);
            c.check("2..20").percentage(x -> x > 20);
            c.check("21..500").percentage(x -> x > 20);
        });
        Statistics.label("p").coverage(c -> {
            c.check(1).count(x -> x > 0);
            c.check(Designs.MAX_COLUMNS).count(x -> x > 0);
        });
        Statistics.label("scale").coverage(c -> {
            for (double s : Designs.SCALES) {
                c.check(s).percentage(x -> x > 20);
            }
        });
        Statistics.label("collinear").coverage(c -> c.check(true).percentage(x -> x > 20));
        Statistics.label("intercept").coverage(c -> {
            c.check(true).percentage(x -> x > 30);
            c.check(false).percentage(x -> x > 30);
        });

        assertEquals(1, pr.groups());
        assertTrue(pr.n() >= 1 && pr.n() <= Designs.MAX_ROWS, "n " + pr.n());
        assertTrue(pr.p() >= 1 && pr.p() <= Designs.MAX_COLUMNS, "p " + pr.p());
        double[][] x = pr.block(0);
        for (double[] row : x) {
            if (pr.intercept()) {
                assertEquals(1, row[0], 0);
            }
            int q = row.length;
            int last = pr.collinear() && q >= 2 ? q - 1 : q;
            for (int j = pr.intercept() ? 1 : 0; j < last; j++) {
                assertTrue(Math.abs(row[j]) <= Designs.NORMAL_BOUND * pr.scale() * (1 + 1e-5), "entry " + row[j]);
            }
            if (pr.collinear() && q >= 2) {
                assertEquals(row[q - 2], row[q - 1], 1e-5 * Math.abs(row[q - 2]), "near-collinear column");
            }
        }
        for (double y : pr.y()) {
            assertTrue(y == 0 || y == 1 || y == 2, "response " + y);
        }
        // the point keeps eta a sum of p terms of size 1 / sqrt(p) each
        assertTrue(pr.maxAbsLinearPredictor() <= 1.01 * Math.sqrt(pr.p()) * Designs.NORMAL_BOUND * Designs.NORMAL_BOUND,
                "eta " + pr.maxAbsLinearPredictor());
    }

    @Property(tries = 300)
    void productDesignsCoverEveryShape(@ForAll("products") RandomProblem pr) {
        Statistics.label("groups").collect(pr.groups());
        Statistics.label("n").collect(pr.n() == 1 ? "1" : pr.n() <= 20 ? "2..20" : "21..500");
        Statistics.label("scale").collect(pr.scale());
        Statistics.label("collinear").collect(pr.collinear() && pr.columns().stream().anyMatch(q -> q >= 2));
        Statistics.label("groups").coverage(c -> {
            for (int g = 1; g <= Designs.MAX_GROUPS; g++) {
                c.check(g).count(x -> x > 0);
            }
        });
        Statistics.label("n").coverage(c -> c.check("1").count(x -> x > 0));
        Statistics.label("scale").coverage(c -> {
            c.check(1e-3).count(x -> x > 0);
            c.check(1e3).count(x -> x > 0);
        });
        Statistics.label("collinear").coverage(c -> c.check(true).count(x -> x > 0));

        assertTrue(pr.groups() >= 1 && pr.groups() <= Designs.MAX_GROUPS);
        for (int g = 0; g < pr.groups(); g++) {
            double[][] x = pr.block(g);
            assertTrue(x[0].length <= Designs.MAX_GROUP_COLUMNS);
            for (double[] row : x) {
                assertEquals(1, row[0], 0, "a group's first column is its bias");
                int last = pr.collinear() && row.length >= 2 ? row.length - 1 : row.length;
                for (int j = 1; j < last; j++) {
                    assertTrue(Math.abs(row[j]) <= pr.scale() * (1 + 1e-5), "entry " + row[j]);
                }
            }
        }
        // every group's prediction stays within a factor of its centre: the product is moderate
        double centre = Math.pow(Designs.REAL_CENTRE, 1.0 / pr.groups());
        for (double[] eta : pr.linearPredictors()) {
            for (double e : eta) {
                assertTrue(e > 0.05 * centre && e < 2 * centre, "group prediction " + e);
            }
        }
    }

    @Property(tries = 1000)
    void binaryProductPredictionsStayInsideTheClip(@ForAll("binaryProducts") RandomProblem pr) {
        Statistics.label("groups").collect(pr.groups());
        Statistics.label("groups").coverage(c -> c.check(Designs.MAX_GROUPS).count(x -> x > 0));
        for (double y : pr.y()) {
            assertTrue(y == 0 || y == 1, "response " + y);
        }
        for (double yhat : pr.predictions()) {
            assertTrue(yhat > Designs.CLIP && yhat < 1 - Designs.CLIP, "prediction " + yhat + " outside the clip");
        }
    }

    @Property(tries = 100)
    void responsesDrawnFromTheModelFollowIt(@ForAll("drawnFromTheModel") RandomProblem pr) {
        Statistics.label("p").collect(pr.p());
        Statistics.label("p").coverage(c -> c.check(1).count(x -> x > 0));
        assertTrue(pr.intercept());
        assertTrue(pr.n() >= 40 * pr.p() && pr.n() <= 300 * pr.p(), "n " + pr.n() + " for p " + pr.p());
        double[] eta = pr.linearPredictors()[0];
        double[] y = pr.y();
        double expected = 0;
        double observed = 0;
        double variance = 0;
        for (int i = 0; i < y.length; i++) {
            double m = 1 / (1 + Math.exp(-eta[i]));
            expected += m;
            variance += m * (1 - m);
            observed += y[i];
            assertTrue(y[i] == 0 || y[i] == 1);
        }
        // the count of ones is within 6 standard deviations of its expectation
        assertTrue(Math.abs(observed - expected) <= 6 * Math.sqrt(variance) + 1, observed + " ones, expected " + expected);
    }

    @Property(tries = 200)
    void poissonQuantilesInvertTheDistribution(@ForAll("means") double mean) {
        double u = 0.5;
        int k = Designs.poissonQuantile(mean, u);
        double cdf = 0;
        double term = Math.exp(-mean);
        for (int j = 0; j <= k; j++) {
            if (j > 0) {
                term *= mean / j;
            }
            cdf += term;
        }
        assertTrue(cdf > u && cdf - term <= u, "k " + k + " for mean " + mean);
    }

    @Provide
    Arbitrary<Double> means() {
        return Arbitraries.doubles().between(0.01, 50);
    }

    @Example
    void normalQuantilesAgreeWithScipy() {
        // scipy.stats.norm.ppf, printed with repr
        assertEquals(1.959963984540054, Designs.inverseNormal(0.975), 1e-8);
        assertEquals(-1.959963984540054, Designs.inverseNormal(0.025), 1e-8);
        assertEquals(-2.3263478740408408, Designs.inverseNormal(0.01), 1e-8);
        assertEquals(-5.997807015007686, Designs.inverseNormal(1e-9), 1e-8);
        assertEquals(0, Designs.normalAt(0), 0);
        assertEquals(-Designs.normalAt(12345), Designs.normalAt(-12345), 0);
        assertTrue(Designs.normalAt(Designs.STEPS) < Designs.NORMAL_BOUND);
        assertTrue(Designs.normalAt(Designs.STEPS) > 6);
    }

    @Example
    void normalValuesHaveMeanZeroAndVarianceOne() {
        double[] z = Designs.normals(20_000).generator(1000).next(new Random(7)).value();
        double mean = Arrays.stream(z).average().orElseThrow();
        double variance = Arrays.stream(z).map(v -> (v - mean) * (v - mean)).sum() / (z.length - 1);
        long beyond2 = Arrays.stream(z).filter(v -> Math.abs(v) > 2).count();
        // 5 standard errors: mean sd 1/sqrt(n) = 0.007, variance sd sqrt(2/n) = 0.01, tail count sd 29 of 910
        assertEquals(0, mean, 0.035);
        assertEquals(1, variance, 0.05);
        assertEquals(0.0455 * z.length, beyond2, 150);
        double[] u = Designs.uniforms(20_000).generator(1000).next(new Random(7)).value();
        assertEquals(1.0 / 3, Arrays.stream(u).map(v -> v * v).average().orElseThrow(), 0.02);
    }

    @Example
    void aCounterexampleShrinksToOneRowOneColumnAtScaleOne() {
        // a "property" that fails whenever some covariate is larger than half the scale
        java.util.function.Predicate<RandomProblem> fails = pr -> {
            for (double[] row : pr.block(0)) {
                for (double v : row) {
                    if (Math.abs(v) > 0.5 * pr.scale()) {
                        return true;
                    }
                }
            }
            return false;
        };
        Arbitrary<RandomProblem> problems = Designs.regression().withRows(5, 30).withIntercept(Designs.Intercept.NEVER).arbitrary();
        Random random = new Random(42);
        Shrinkable<RandomProblem> s = problems.generator(1000).next(random);
        while (!fails.test(s.value())) {
            s = problems.generator(1000).next(random);
        }
        for (int step = 0; step < 100_000; step++) {
            Optional<Shrinkable<RandomProblem>> smaller = s.shrink().filter(c -> fails.test(c.value())).findFirst();
            if (smaller.isEmpty()) {
                break;
            }
            s = smaller.get();
        }
        RandomProblem min = s.value();
        assertEquals(5, min.n(), min.toString());
        assertEquals(List.of(1), min.columns(), min.toString());
        assertEquals(1.0, min.scale(), min.toString());
        assertTrue(!min.collinear(), min.toString());
        // one entry just above 0.5, the others shrunk to 0
        long nonZero = Arrays.stream(min.block(0)).filter(r -> r[0] != 0).count();
        assertEquals(1, nonZero, min.toString());
    }
}
