package org.hessianworkbench.models.expression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.LossPanel;
import org.hessianworkbench.derivatives.Observations;
import org.hessianworkbench.derivatives.PerRowLoss;
import org.hessianworkbench.derivatives.SecondOrder;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.testkit.Tolerances;

/**
 * The panel path of a compiled expression loss ({@link ExpressionLoss#derivatives(int, LossPanel)},
 * {@link ExpressionLoss#values(int, LossPanel)}: the program evaluated once per slice of rows) against
 * its one-row path, on generated losses of one to three predictors, with and without trials, kinks
 * included, and on panels whose sizes straddle the slices and the objective's panels of 256 rows.
 * Both paths run the same instructions on the same numbers, so they agree bit for bit
 * ({@link Tolerances#EXACT}; NaN where both are NaN).
 */
class ExpressionLossPanelProperties {

    /** The predictors' names, the first {@code k} used by a loss of {@code k}. */
    private static final List<String> NAMES = List.of("eta", "mu", "s");

    /** Panel sizes: one row, around the 256 rows of a slice and of the objective's panel, and several slices. */
    private static final List<Integer> ROWS = List.of(1, 255, 256, 257, 600);

    /**
     * A generated loss and the rows it is evaluated on.
     *
     * @param text   the loss
     * @param k      its number of predictors
     * @param trials whether it reads {@code m} (and the rows have trials)
     * @param eta    {@code eta[j][r]}
     * @param y      the responses
     * @param m      the trials, 1 when the loss has none
     */
    record Case(String text, int k, boolean trials, double[][] eta, double[] y, double[] m) {
        ExpressionLoss loss() {
            return ExpressionLoss.parse(text, NAMES.subList(0, k), Map.of());
        }

        int rows() {
            return y.length;
        }

        @Override
        public String toString() {
            return text + " on " + rows() + " rows";
        }
    }

    /** A term of the loss over the leaves, of depth at most {@code depth}. */
    private static Arbitrary<String> term(List<String> leaves, int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(Arbitraries.of(leaves), Arbitraries.of("0.5", "2", "-1.5"));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> u = Arbitraries.lazy(() -> term(leaves, depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, leaf),
                net.jqwik.api.Tuple.of(4, Combinators.combine(Arbitraries.of("softplus", "sigmoid", "tanh", "sin", "Phi",
                        "erf", "abs", "exp"), u).as((f, a) -> f.equals("exp") ? "exp(-(" + a + ")^2)" : f + "(" + a + ")")),
                net.jqwik.api.Tuple.of(2, u.map(a -> "log1p((" + a + ")^2)")),
                net.jqwik.api.Tuple.of(1, u.map(a -> "lgamma(1 + (" + a + ")^2)")),
                net.jqwik.api.Tuple.of(1, u.map(a -> "sqrt(1 + (" + a + ")^2)")),
                net.jqwik.api.Tuple.of(3, Combinators.combine(u, u, Arbitraries.of(" + ", " - ", "*")).as((a, b, op) ->
                        "(" + a + ")" + op + "(" + b + ")")),
                net.jqwik.api.Tuple.of(1, Combinators.combine(u, u).as((a, b) -> "(" + a + ")/(1 + (" + b + ")^2)")),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.of("min", "max"), u, u).as((f, a, b) ->
                        f + "(" + a + ", " + b + ")")),
                net.jqwik.api.Tuple.of(1, Combinators.combine(u, Arbitraries.of(2, 3)).as((a, p) -> "(" + a + ")^" + p)));
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> predictors = Arbitraries.of(1, 2, 3);
        return Combinators.combine(predictors, Arbitraries.of(false, true), Arbitraries.of(ROWS)).flatAs((k, trials, n) -> {
            List<String> leaves = new ArrayList<>(NAMES.subList(0, k));
            leaves.add("y");
            if (trials) {
                leaves.add("m");
            }
            // two terms that mention every predictor between them; m* makes every trials case read m, the
            // square keeps the loss away from constant in its first predictor
            Arbitrary<String> text = Combinators.combine(term(leaves, 3), term(leaves, 3))
                    .as((t, u) -> "(" + t + ") + (" + u + ")")
                    .filter(t -> NAMES.subList(0, k).stream().allMatch(name -> t.matches("(?s).*\\b" + name + "\\b.*")))
                    .map(t -> (trials ? "m*" : "") + "(" + t + ") + 0.5*(" + NAMES.get(0) + " - y)^2")
                    .withoutEdgeCases();
            Arbitrary<double[]> column = Arbitraries.doubles().between(-4, 4).ofScale(3).withSpecialValue(0.0)
                    .array(double[].class).ofSize(n);
            Arbitrary<double[][]> eta = column.list().ofSize(k).map(l -> l.toArray(double[][]::new));
            Arbitrary<double[]> y = Arbitraries.of(0.0, 1.0, 2.0, -1.5, 0.25).array(double[].class).ofSize(n);
            Arbitrary<double[]> m = trials ? Arbitraries.of(1.0, 2.0, 5.0, 40.0).array(double[].class).ofSize(n)
                    : Arbitraries.just(ones(n));
            return Combinators.combine(text, eta, y, m).as((t, e, ys, ms) -> new Case(t, k, trials, e, ys, ms));
        });
    }

    private static double[] ones(int n) {
        double[] m = new double[n];
        java.util.Arrays.fill(m, 1);
        return m;
    }

    private static void collect(Case c, ExpressionLoss loss) {
        Statistics.label("predictors").collect(c.k());
        Statistics.label("trials").collect(c.trials());
        Statistics.label("rows").collect(c.rows());
        Statistics.label("kinks").collect(loss.hasKinks());
        Statistics.label("cross derivatives").collect(c.k() > 1 && !(loss.hessian().get(1) instanceof Expr.Num));
        Statistics.label("predictors").coverage(s -> {
            s.check(1).count(x -> x > 0);
            s.check(3).count(x -> x > 0);
        });
        Statistics.label("trials").coverage(s -> s.check(true).count(x -> x > 0));
        Statistics.label("rows").coverage(s -> ROWS.forEach(n -> s.check(n).count(x -> x > 0)));
        Statistics.label("kinks").coverage(s -> s.check(true).count(x -> x > 0));
        Statistics.label("cross derivatives").coverage(s -> s.check(true).count(x -> x > 0));
    }

    @Property(tries = 200)
    void thePanelPathIsTheOneRowPathBitForBit(@ForAll("cases") Case c) {
        ExpressionLoss loss = c.loss();
        collect(c, loss);
        int k = c.k();
        int n = c.rows();
        // a panel larger than the rows handed over: the rows beyond count are no one's business
        LossPanel panel = LossPanel.of(k, n + 3, c.trials());
        for (int j = 0; j < k; j++) {
            System.arraycopy(c.eta()[j], 0, panel.eta(j), 0, n);
        }
        System.arraycopy(c.y(), 0, panel.y(), 0, n);
        if (c.trials()) {
            System.arraycopy(c.m(), 0, panel.trials(), 0, n);
        }
        loss.derivatives(n, panel);
        double[] eta = new double[k];
        double[] d1 = new double[k];
        double[] d2 = new double[k * k];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < k; j++) {
                eta[j] = c.eta()[j][r];
            }
            double v = c.trials() ? loss.derivatives(eta, c.y()[r], c.m()[r], d1, d2) : loss.derivatives(eta, c.y()[r], d1, d2);
            String at = c + ", row " + r;
            assertEquals(v, panel.values()[r], Tolerances.EXACT, at);
            for (int j = 0; j < k; j++) {
                assertEquals(d1[j], panel.d1(j)[r], Tolerances.EXACT, at);
                for (int l = 0; l < k; l++) {
                    assertEquals(d2[j * k + l], panel.d2(panel.pair(j, l))[r], Tolerances.EXACT, at);
                }
            }
        }
        loss.values(n, panel);
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < k; j++) {
                eta[j] = c.eta()[j][r];
            }
            double v = c.trials() ? loss.value(eta, c.y()[r], c.m()[r]) : loss.value(eta, c.y()[r]);
            assertEquals(v, panel.values()[r], Tolerances.EXACT, c + ", value of row " + r);
        }
    }

    /**
     * Through the objective, with weights (a quarter 0: rows left out of the loss's panel), trials and
     * offsets: value, gradient and Hessian equal those of the same loss row by row, bit for bit, since
     * every row's numbers are and the sums are the same code.
     */
    @Property(tries = 60)
    void theObjectiveIsTheSameWithThePanelPath(@ForAll("cases") Case c,
                                               @ForAll("weights") double[] weightPool) {
        ExpressionLoss loss = c.loss();
        collect(c, loss);
        int k = c.k();
        int n = c.rows();
        List<DesignBlock> blocks = new ArrayList<>();
        double[][] offsets = new double[k][];
        for (int j = 0; j < k; j++) {
            // an intercept and the generated column (so eta = b0 + b1*x), both rescaled by the point below
            double[][] x = new double[n][2];
            for (int r = 0; r < n; r++) {
                x[r][0] = 1;
                x[r][1] = c.eta()[j][r];
            }
            blocks.add(DesignBlock.of(NAMES.get(j), List.of(NAMES.get(j) + "0", NAMES.get(j) + "1"), x));
            offsets[j] = new double[n];
            for (int r = 0; r < n; r++) {
                offsets[j][r] = 0.125 * c.eta()[(j + 1) % k][(r + 1) % n];
            }
        }
        double[] w = new double[n];
        for (int r = 0; r < n; r++) {
            w[r] = weightPool[r % weightPool.length];
        }
        Observations obs = new Observations(w, c.trials() ? c.m() : null, offsets);
        LinearPredictorObjective panels = LinearPredictorObjective.of(blocks, c.y(), loss, obs);
        LinearPredictorObjective rows = LinearPredictorObjective.of(blocks, c.y(), PerRowLoss.of(loss), obs);
        double[] beta = new double[2 * k];
        for (int j = 0; j < beta.length; j++) {
            beta[j] = j % 2 == 0 ? 0.25 : 0.75;
        }
        SecondOrder a = panels.analyticSecondOrder(beta);
        SecondOrder b = rows.analyticSecondOrder(beta);
        assertEquals(b.value(), a.value(), Tolerances.EXACT, c.toString());
        assertArrayEquals(b.gradient(), a.gradient(), Tolerances.EXACT, c.toString());
        for (int j = 0; j < beta.length; j++) {
            assertArrayEquals(b.hessian()[j], a.hessian()[j], Tolerances.EXACT, c + ", Hessian row " + j);
        }
        assertEquals(rows.value(beta), panels.value(beta), Tolerances.EXACT, c + ", value alone");
        assertArrayEquals(rows.gradientTermScale(beta), panels.gradientTermScale(beta), Tolerances.EXACT, c.toString());
    }

    /** Weights repeated over the rows: a quarter 0. */
    @Provide
    Arbitrary<double[]> weights() {
        return Arbitraries.of(0.0, 0.5, 1.0, 2.0, 0.0, 1.0, 3.0, 0.0).array(double[].class).ofMinSize(1).ofMaxSize(7);
    }
}
