package org.hessianworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.testkit.Separations;

/**
 * Separation detection on generated data: separated responses (complete, quasi-complete) are always
 * found, with the kind and the coefficient that runs off; overlapping responses never are; nearly
 * separated responses are classified as the primal programs solved by Hipparchus's simplex say
 * ({@link PrimalProgram}, the independent route), and the coefficients that run off are those the
 * primal programs \(\max\pm d_j\) can move.
 */
class SeparationProperties {

    /**
     * The primal's optimum (unit rows, unit box) above which the data are separated with room, and
     * below which they overlap with room: cases in between are too close to call for either code.
     */
    private static final double CLEARLY_POSITIVE = 1e-6;

    private static final double CLEARLY_ZERO = 1e-12;

    @Provide
    Arbitrary<Separations.Case> logistic() {
        return Separations.logistic();
    }

    @Provide
    Arbitrary<Separations.Case> poisson() {
        return Separations.poisson(Separations.Shape.QUASI_COMPLETE, Separations.Shape.OVERLAP, Separations.Shape.NEAR);
    }

    private static DesignBlock block(double[][] x) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < x[0].length; j++) {
            names.add("x" + j);
        }
        return DesignBlock.of("", names, x);
    }

    private static void collect(Separations.Case c) {
        Statistics.label("shape").collect(c.shape());
        Statistics.label("p").collect(c.problem().p());
        Statistics.label("intercept").collect(c.problem().intercept());
        double[][] x = c.x();
        double small = Double.POSITIVE_INFINITY;
        double large = 0;
        for (int j = c.problem().intercept() ? 1 : 0; j < x[0].length; j++) {
            double top = 0;
            for (double[] row : x) {
                top = Math.max(top, Math.abs(row[j]));
            }
            if (top > 0) {
                small = Math.min(small, top);
                large = Math.max(large, top);
            }
        }
        Statistics.label("column scales").collect(large > 1e3 * small ? "mixed" : "alike");
        Statistics.label("shape").coverage(k -> {
            for (Separations.Shape s : List.of(Separations.Shape.QUASI_COMPLETE, Separations.Shape.OVERLAP,
                    Separations.Shape.NEAR)) {
                k.check(s).percentage(v -> v > 15);
            }
        });
        Statistics.label("column scales").coverage(k -> k.check("mixed").percentage(v -> v > 20));
        Statistics.label("intercept").coverage(k -> {
            k.check(true).percentage(v -> v > 25);
            k.check(false).percentage(v -> v > 25);
        });
    }

    @Property(tries = 400)
    void logisticSeparationIsFoundAndOverlapNeverIs(@ForAll("logistic") Separations.Case c) {
        collect(c);
        Separation.Result r = Separation.binary(block(c.x()), c.y());
        check(c, r, false);
    }

    @Property(tries = 1000) // the near cases are a fraction of the draws: enough of both outcomes for the coverage check
    void poissonZeroCountsThatCanBeFittedExactlyAreFound(@ForAll("poisson") Separations.Case c) {
        collect(c);
        Separation.Result r = Separation.counts(block(c.x()), c.y());
        check(c, r, true);
    }

    private static void check(Separations.Case c, Separation.Result r, boolean counts) {
        double[][] x = c.x();
        double[] y = c.y();
        switch (c.shape()) {
            case COMPLETE -> {
                assertEquals(Separation.Kind.COMPLETE, r.kind());
                assertEquals(c.problem().n(), r.exact());
                assertSeparates(x, y, r.direction(), counts, true);
            }
            case QUASI_COMPLETE -> {
                assertEquals(Separation.Kind.QUASI_COMPLETE, r.kind());
                assertTrue(r.runsOff()[c.dummy()], "the dummy runs off");
                assertTrue(counts ? r.direction()[c.dummy()] < 0 : r.direction()[c.dummy()] > 0,
                        "along the dummy: " + Arrays.toString(r.direction()));
                assertSeparates(x, y, r.direction(), counts, false);
            }
            case OVERLAP -> assertEquals(Separation.Kind.NONE, r.kind());
            case NEAR -> {
                List<double[]> counted = new ArrayList<>();
                double[][] z = PrimalProgram.cone(x, y, counts, counted);
                double[] sum = new double[x[0].length];
                for (double[] row : counted) {
                    for (int j = 0; j < sum.length; j++) {
                        sum[j] += row[j];
                    }
                }
                double optimum = z.length == 0 ? 0 : PrimalProgram.maximise(z, sum);
                Assume.that(optimum > CLEARLY_POSITIVE || optimum < CLEARLY_ZERO);
                boolean separated = optimum > CLEARLY_POSITIVE;
                Statistics.label("near: primal").collect(separated ? "separated" : "overlap");
                Statistics.label("near: primal").coverage(k -> {
                    k.check("separated").count(v -> v > 0);
                    k.check("overlap").count(v -> v > 0);
                });
                assertEquals(separated, r.separated(), "primal optimum " + optimum);
                if (separated && !counts) {
                    boolean complete = PrimalProgram.margin(z, x[0].length) > CLEARLY_POSITIVE
                            && z.length == x.length;
                    assertEquals(complete ? Separation.Kind.COMPLETE : Separation.Kind.QUASI_COMPLETE, r.kind());
                }
                if (separated) {
                    assertSeparates(x, y, r.direction(), counts, r.kind() == Separation.Kind.COMPLETE);
                    assertRunningOff(z, r);
                }
            }
        }
        if (c.shape() == Separations.Shape.QUASI_COMPLETE) {
            assertRunningOff(PrimalProgram.cone(x, y, counts, new ArrayList<>()), r);
        }
    }

    /**
     * The coefficients that run off are those some separating direction moves: the primal programs
     * \(\max \pm d_j\) over the cone, one pair per coefficient, by Hipparchus's simplex.
     */
    private static void assertRunningOff(double[][] z, Separation.Result r) {
        int p = r.runsOff().length;
        for (int j = 0; j < p; j++) {
            double reach = 0;
            for (double sign : new double[] {1, -1}) {
                double[] c = new double[p];
                c[j] = sign;
                reach = Math.max(reach, PrimalProgram.maximise(z, c));
            }
            Assume.that(reach > CLEARLY_POSITIVE || reach < CLEARLY_ZERO);
            assertEquals(reach > CLEARLY_POSITIVE, r.runsOff()[j], "coefficient " + j + ": the primal reaches " + reach);
        }
    }

    /** The direction is in the cone (to rounding), moves some row strictly, and every row when complete. */
    private static void assertSeparates(double[][] x, double[] y, double[] d, boolean counts, boolean complete) {
        int strict = 0;
        for (int i = 0; i < x.length; i++) {
            double eta = 0;
            double size = 0;
            for (int j = 0; j < d.length; j++) {
                eta += x[i][j] * d[j];
                size += Math.abs(x[i][j] * d[j]);
            }
            double slack = 1e-9 * size;
            if (counts) {
                assertTrue(y[i] == 0 ? eta <= slack : Math.abs(eta) <= slack, "row " + i + ": x'd = " + eta);
                strict += y[i] == 0 && eta < -slack ? 1 : 0;
            } else {
                double z = y[i] == 1 ? eta : -eta;
                assertTrue(z >= -slack, "row " + i + ": z'd = " + z);
                strict += z > slack ? 1 : 0;
            }
        }
        assertTrue(strict > 0, "no row moves along " + Arrays.toString(d));
        if (complete) {
            assertEquals(x.length, strict, "complete separation predicts every row");
        }
    }
}
