package org.hessianworkbench.symbolic.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.Expressions;
import org.hessianworkbench.symbolic.check.Checker;
import org.hessianworkbench.symbolic.check.Domain;
import org.hessianworkbench.symbolic.check.Points;
import org.hessianworkbench.symbolic.diff.Differentiator;
import org.hessianworkbench.symbolic.eval.Evaluator;
import org.hessianworkbench.symbolic.parse.Parser;
import org.hessianworkbench.symbolic.print.Printer;
import org.hessianworkbench.symbolic.steps.Trace;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/** The compiled program against the tree evaluator, and what compilation shares. */
class ProgramTest {

    /** Points per tree, evaluated as one panel. */
    private static final int POINTS = 12;

    @Provide
    Arbitrary<Expr> valid() {
        return Expressions.valid(4);
    }

    /**
     * The program computes what the tree evaluator computes: the same operations, except that integer
     * powers and a few functions may round differently in the last bits; where a tree is ill
     * conditioned (its double value is noise, judged against 40-digit arithmetic) nothing is compared.
     */
    @Property(tries = 400)
    void programEqualsTheTreeEvaluator(@ForAll("valid") Expr e) {
        Expr d = Differentiator.standard().derive(e, "b", Trace.NONE);
        List<String> inputs = Expressions.SYMBOLS;
        Program p = Program.compile(List.of(e, d), inputs);
        List<Map<String, Double>> points = Points.of(inputs, Domain.standard(), POINTS, 3).candidates()
                .subList(0, POINTS);
        double[][] in = new double[inputs.size()][POINTS];
        for (int r = 0; r < POINTS; r++) {
            for (int k = 0; k < inputs.size(); k++) {
                in[k][r] = points.get(r).get(inputs.get(k));
            }
        }
        double[][] out = p.evaluate(in, POINTS, p.workspace(16));
        int compared = 0;
        for (int r = 0; r < POINTS; r++) {
            for (int o = 0; o < 2; o++) {
                Expr tree = o == 0 ? e : d;
                double expected = Evaluator.value(tree, points.get(r));
                double actual = out[o][r];
                if (!Double.isFinite(expected) || !wellConditioned(tree, points.get(r))) {
                    continue;
                }
                double rel = Checker.relDiff(actual, expected);
                if (rel > Checker.REL_TOL && !wellConditionedNearby(tree, points.get(r))) {
                    continue; // the tree's own value was lucky here: its neighbours' are noise
                }
                int row = r;
                assertTrue(rel <= Checker.REL_TOL, () -> Printer.text(tree) + " at " + points.get(row)
                        + ": program " + actual + ", tree " + expected);
                compared++;
            }
        }
        Statistics.label("values compared").collect(compared == 0 ? "none" : "some");
        Statistics.label("values compared").coverage(c -> c.check("some").percentage(pct -> pct > 50));
    }

    /** Points a few units in the last place from a point, on each side, at which the rounding is tried again. */
    private static final int NEIGHBOURS = 3;

    /**
     * Whether the tree is computed well in double precision at {@code p} and at points a few units in
     * the last place away ({@link #NEIGHBOURS} on each side): one value within {@link
     * Tolerances#ILL_CONDITIONED} of the precise one may be luck where the tree cancels (as in
     * {@code invmills(-exp(b)^8) - exp(b)^8}, whose double value at b = 1.0123 happened to be right to
     * 7e-11 while the same sum rounded differently is off by 1.5e-9); the rounding at the neighbours is
     * a fresh draw of the same noise.
     */
    private static boolean wellConditionedNearby(Expr e, Map<String, Double> p) {
        for (int j = -NEIGHBOURS; j <= NEIGHBOURS; j++) {
            Map<String, Double> q = new java.util.HashMap<>();
            for (Map.Entry<String, Double> v : p.entrySet()) {
                q.put(v.getKey(), v.getValue() + 4 * j * Math.ulp(v.getValue()));
            }
            if (!wellConditioned(e, q)) {
                return false;
            }
        }
        return true;
    }

    private static boolean wellConditioned(Expr e, Map<String, Double> p) {
        double v = Evaluator.value(e, p);
        org.hipparchus.dfp.Dfp precise = Evaluator.precise(e, p);
        return Double.isFinite(v) && precise.isFinite()
                && Checker.relDiff(v, precise.toDouble()) <= Tolerances.ILL_CONDITIONED;
    }

    @Test
    void commonSubexpressionsAreComputedOnce() {
        Expr loss = Parser.parse("-(y*logPhi(eta) + (1 - y)*logPhi(-eta))");
        Program once = Program.compile(List.of(loss), List.of("eta", "y"));
        Program twice = Program.compile(List.of(loss, loss), List.of("eta", "y"));
        assertEquals(once.instructions(), twice.instructions());
        assertArrayEquals(new double[] {-Math.log(0.5), -Math.log(0.5)}, twice.evaluate(0, 1), 1e-15);
    }

    @Test
    void constantsAreFoldedAndIntegerPowersAreProducts() {
        Program p = Program.compile(List.of(Parser.parse("(2 + 3)*x^3 + log(exp(1))")), List.of("x"));
        assertEquals(125.0 * 5 + 1, p.evaluate(5)[0], 1e-12);
        assertTrue(p.instructions() <= 5, "two constants, a power, a product and a sum: " + p.instructions());
    }

    @Test
    void kinksAreReportedAsPieces() {
        Program p = Program.compile(List.of(Parser.parse("0.5*min(abs(y - eta), 1)^2 + max(abs(y - eta) - 1, 0)")),
                List.of("eta", "y"));
        assertTrue(p.hasKinks());
        double[][] in = {{0.0, 0.5, -0.5, 3.0}, {0.0, 0.0, 0.0, 0.0}};
        long[] piece = new long[4];
        p.pieces(in, 4, p.workspace(4), piece);
        assertEquals(piece[0], piece[2], "eta = 0 and -0.5: y - eta >= 0, inside the quadratic part");
        assertTrue(piece[1] != piece[2], "the sign of y - eta differs");
        assertTrue(piece[3] != piece[1], "beyond the threshold");
        assertEquals(0.5 * 0.25, p.evaluate(0.5, 0)[0], 1e-15);
        assertEquals(0.5 + 2, p.evaluate(3, 0)[0], 1e-15);
    }

    @Test
    void unknownSymbolsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Program.compile(List.of(Parser.parse("a*x")),
                List.of("x")));
        assertThrows(IllegalArgumentException.class, () -> Program.compile(List.of(Parser.parse("diff(x^2, x)")),
                List.of("x")));
    }
}
