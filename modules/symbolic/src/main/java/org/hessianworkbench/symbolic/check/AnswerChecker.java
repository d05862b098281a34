package org.hessianworkbench.symbolic.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.eval.Evaluator;
import org.hessianworkbench.symbolic.simplify.Canonical;
import org.hessianworkbench.symbolic.simplify.Simplifier;

/**
 * Decides whether an answer equals a derived result: symbolically when their difference simplifies
 * to 0, numerically otherwise. A counterexample is searched first among small simple values
 * (1, 2, 0, -1, 3, 1/2, ... for each symbol, simplest combinations first, those inside the domain
 * before the others) so a student can redo the arithmetic by hand, then at the random points of the
 * domain. Stateless and thread-safe.
 */
public final class AnswerChecker {

    /** Simple values, simplest first. */
    private static final double[] SIMPLE = {1, 2, 0, -1, 3, 0.5, -2, 4, -0.5, 5, 0.25, 10};

    /** Combinations of simple values tried at most (all of them for up to 3 symbols). */
    private static final int MAX_SIMPLE_POINTS = 5_000;

    private AnswerChecker() {
    }

    /** Compares {@code answer} with {@code expected}, drawing random points from {@code domain}. */
    public static AnswerCheck compare(Expr expected, Expr answer, Domain domain, int points, long seed) {
        Expr difference = Simplifier.standard().simplify(
                new Expr.Sub(Canonical.order(expected), Canonical.order(answer)));
        if (difference instanceof Expr.Num n && n.value() == 0) {
            return new AnswerCheck(expected, answer, true, AnswerCheck.Method.SYMBOLIC, difference, Map.of(),
                    Double.NaN, Double.NaN, 0);
        }
        TreeSet<String> symbols = new TreeSet<>(expected.symbols());
        symbols.addAll(answer.symbols());
        List<String> names = new ArrayList<>(symbols);
        Map<String, Double> undefinedAt = null;
        for (Map<String, Double> p : simplePoints(names, domain)) {
            double e = Evaluator.value(expected, p);
            double a = Evaluator.value(answer, p);
            if (Double.isFinite(e) && Double.isFinite(a) && Checker.relDiff(e, a) > Checker.REL_TOL) {
                return differ(expected, answer, difference, p, e, a, 0);
            }
            if (undefinedAt == null && Double.isFinite(e) && !Double.isFinite(a)) {
                undefinedAt = p;
            }
        }
        int compared = 0;
        for (Map<String, Double> p : Points.of(names, domain, points, seed).candidates()) {
            double e = Evaluator.value(expected, p);
            double a = Evaluator.value(answer, p);
            if (!Double.isFinite(e) || !Double.isFinite(a)) {
                if (undefinedAt == null && Double.isFinite(e)) {
                    undefinedAt = p;
                }
                continue;
            }
            compared++;
            if (Checker.relDiff(e, a) > Checker.REL_TOL) {
                return differ(expected, answer, difference, p, e, a, compared);
            }
            if (compared == points) {
                break;
            }
        }
        if (compared == 0 && undefinedAt != null) {
            return differ(expected, answer, difference, undefinedAt, Evaluator.value(expected, undefinedAt),
                    Double.NaN, 0);
        }
        return new AnswerCheck(expected, answer, compared > 0, AnswerCheck.Method.NUMERIC, difference, Map.of(),
                Double.NaN, Double.NaN, compared);
    }

    private static AnswerCheck differ(Expr expected, Expr answer, Expr difference, Map<String, Double> p, double e,
                                      double a, int compared) {
        return new AnswerCheck(expected, answer, false, AnswerCheck.Method.NUMERIC, difference, new TreeMap<>(p), e, a,
                compared);
    }

    /**
     * Combinations of simple values: those with fewer coordinates outside the domain first, then by
     * increasing total rank (all symbols 1 first).
     */
    static List<Map<String, Double>> simplePoints(List<String> names, Domain domain) {
        List<Map<String, Double>> all = simplePoints(names);
        List<Map<String, Double>> sorted = new ArrayList<>(all);
        sorted.sort(java.util.Comparator.comparingInt(p -> outside(p, domain)));
        return sorted;
    }

    private static int outside(Map<String, Double> p, Domain domain) {
        int n = 0;
        for (Map.Entry<String, Double> x : p.entrySet()) {
            Domain.Interval i = domain.of(x.getKey());
            if (x.getValue() < i.lo() || x.getValue() > i.hi()) {
                n++;
            }
        }
        return n;
    }

    /** Combinations of simple values, by increasing total rank (all symbols 1 first). */
    static List<Map<String, Double>> simplePoints(List<String> names) {
        List<Map<String, Double>> out = new ArrayList<>();
        int n = names.size();
        if (n == 0) {
            out.add(Map.of());
            return out;
        }
        int maxRank = n * (SIMPLE.length - 1);
        for (int total = 0; total <= maxRank && out.size() < MAX_SIMPLE_POINTS; total++) {
            addWithTotal(names, new int[n], 0, total, out);
        }
        return out;
    }

    private static void addWithTotal(List<String> names, int[] ranks, int at, int left, List<Map<String, Double>> out) {
        if (out.size() >= MAX_SIMPLE_POINTS) {
            return;
        }
        if (at == ranks.length - 1) {
            if (left < SIMPLE.length) {
                ranks[at] = left;
                Map<String, Double> p = new TreeMap<>();
                for (int i = 0; i < ranks.length; i++) {
                    p.put(names.get(i), SIMPLE[ranks[i]]);
                }
                out.add(p);
            }
            return;
        }
        for (int r = 0; r <= Math.min(left, SIMPLE.length - 1); r++) {
            ranks[at] = r;
            addWithTotal(names, ranks, at + 1, left - r, out);
        }
    }
}
