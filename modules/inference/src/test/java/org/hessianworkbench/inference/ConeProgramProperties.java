package org.hessianworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.testkit.Designs;

/**
 * The dual simplex of {@link ConeProgram} against the primal program solved by Hipparchus's simplex
 * ({@link PrimalProgram}): the same optimal value, and the direction it returns is feasible and
 * attains it. Rows are normal values (general position) or small integers (ties, repeated and
 * opposite rows: the degenerate programs where a simplex can cycle).
 */
class ConeProgramProperties {

    /** Two simplex codes on the same program with at most 60 unit rows: their values agree to rounding. */
    private static final double SAME_VALUE = 1e-8;

    /**
     * A program: rows, columns, entries (normal or integer), weights.
     *
     * @param z the rows, unit length
     * @param c the weights
     * @param integers whether the entries were small integers
     */
    record Program(double[][] z, double[] c, boolean integers) {
        @Override
        public String toString() {
            return z.length + " rows of " + c.length + (integers ? " (integers)" : "") + ": z = "
                    + java.util.Arrays.deepToString(z) + ", c = " + java.util.Arrays.toString(c);
        }
    }

    @Provide
    Arbitrary<Program> programs() {
        Arbitrary<Integer> rows = Arbitraries.integers().between(1, 60);
        Arbitrary<Integer> columns = Arbitraries.integers().between(1, 5);
        return Combinators.combine(rows, columns, Arbitraries.of(false, true)).flatAs((m, p, integers) -> {
            Arbitrary<double[]> entries = integers
                    ? Arbitraries.integers().between(-2, 2).list().ofSize(m * p).map(ConeProgramProperties::doubles)
                    : Designs.normals(m * p);
            Arbitrary<double[]> weights = Arbitraries.oneOf(Designs.normals(p),
                    Arbitraries.integers().between(-2, 2).list().ofSize(p).map(ConeProgramProperties::doubles));
            return Combinators.combine(entries, weights).as((e, c) -> new Program(unitRows(e, m, p), c, integers));
        });
    }

    private static double[] doubles(List<Integer> k) {
        return k.stream().mapToDouble(Integer::doubleValue).toArray();
    }

    private static double[][] unitRows(double[] e, int m, int p) {
        double[][] z = new double[m][p];
        for (int i = 0; i < m; i++) {
            double norm = 0;
            for (int j = 0; j < p; j++) {
                norm = Math.hypot(norm, e[i * p + j]);
            }
            for (int j = 0; j < p; j++) {
                z[i][j] = norm > 0 ? e[i * p + j] / norm : 0;
            }
        }
        return z;
    }

    @Property(tries = 400)
    void theDualSimplexFindsThePrimalOptimum(@ForAll("programs") Program pr) {
        int m = pr.z().length;
        int p = pr.c().length;
        double[] flat = new double[m * p];
        for (int i = 0; i < m; i++) {
            System.arraycopy(pr.z()[i], 0, flat, i * p, p);
        }
        ConeProgram.Solution s = new ConeProgram(flat, m, p).maximise(pr.c());
        double reference = PrimalProgram.maximise(pr.z(), pr.c());
        Statistics.label("optimum").collect(reference > SAME_VALUE ? "positive" : "zero");
        Statistics.label("entries").collect(pr.integers() ? "integers" : "normal");
        Statistics.label("optimum").coverage(c -> {
            c.check("positive").percentage(x -> x > 20);
            c.check("zero").percentage(x -> x > 5);
        });
        Statistics.label("entries").coverage(c -> c.check("integers").percentage(x -> x > 30));

        assertEquals(reference, s.value(), SAME_VALUE * Math.max(1, Math.abs(reference)), "optimal value");
        double[] d = s.direction();
        double value = 0;
        for (int j = 0; j < p; j++) {
            assertTrue(Math.abs(d[j]) <= 1 + 1e-12, "box: " + d[j]);
            value += pr.c()[j] * d[j];
        }
        assertEquals(s.value(), value, 1e-12 * Math.max(1, Math.abs(value)), "the direction attains the value");
        for (double[] row : pr.z()) {
            double r = 0;
            for (int j = 0; j < p; j++) {
                r += row[j] * d[j];
            }
            assertTrue(r >= -1e-9, "the direction leaves the cone: z'd = " + r);
        }
    }
}
