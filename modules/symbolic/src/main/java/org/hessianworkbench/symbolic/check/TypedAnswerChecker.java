package org.hessianworkbench.symbolic.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.SymbolicMessages;
import org.hessianworkbench.symbolic.diff.Differentiator;
import org.hessianworkbench.symbolic.eval.Evaluator;
import org.hessianworkbench.symbolic.simplify.Canonical;
import org.hessianworkbench.symbolic.simplify.Simplifier;
import org.hessianworkbench.symbolic.steps.Trace;
import org.hipparchus.analysis.differentiation.DerivativeStructure;

/**
 * Checks a typed answer (one expression, a gradient vector or a Hessian matrix) entry by entry
 * against automatic differentiation of the expression. An entry is right when its difference from
 * the derived result simplifies to 0, or when it agrees with automatic differentiation (within
 * {@link Checker#REL_TOL}, confirmed in precise arithmetic as {@link Checker} does) at every random
 * point where both are defined, and those are at least half the points wanted; it is wrong when a point
 * where they differ is found: first among small simple values, as {@link AnswerChecker} does, then
 * at the random points. Points where the expression, its derivative or the entry is undefined are
 * skipped and counted, not judged. A wrong entry gets a hint when it equals the derivative with a
 * flipped sign, twice or half of it, or the derivative divided by the derivative of an inner argument
 * of the expression (a missing chain factor), at every point where it was compared. Stateless and
 * thread-safe.
 */
public final class TypedAnswerChecker {

    /**
     * Relative tolerance of a hint. A hint is advice, not a verdict: the transformed derivative and
     * the answer are both double computations of the same function (rounding about 1e-15 relative,
     * more in an ill-conditioned expression the precise recheck does not redo here), and a hint that
     * does not hold differs by O(1) relative; 1e-6 leaves room on both sides.
     */
    public static final double HINT_TOL = 1e-6;

    private TypedAnswerChecker() {
    }

    /**
     * Checks {@code answer} for the expression {@code f} in the variables {@code wrt}.
     *
     * @param derived the derived result of an entry's variables (for the symbolic comparison and the report)
     * @param points  the random points each entry is checked at, at least 1
     * @throws BadInputException when the answer uses a symbol that is neither in {@code f} nor a variable
     */
    public static AnswerReport check(Expr f, List<String> wrt, TypedAnswer answer,
                                     Function<List<String>, Expr> derived, Domain domain, int points, long seed) {
        Set<String> known = new TreeSet<>(f.symbols());
        known.addAll(wrt);
        for (TypedAnswer.Entry e : answer.entries()) {
            for (String s : new TreeSet<>(e.answer().symbols())) {
                if (!known.contains(s)) {
                    throw new BadInputException(SymbolicMessages.ANSWER_UNKNOWN_SYMBOL, s, String.join(", ", known));
                }
            }
        }
        List<String> names = new ArrayList<>(known);
        List<TypedAnswer.Entry> entries = answer.entries();
        int m = entries.size();
        int order = entries.stream().mapToInt(e -> e.wrt().size()).max().orElse(1);
        Expr[] expected = new Expr[m];
        Expr[] difference = new Expr[m];
        boolean[] symbolic = new boolean[m];
        int[][] orders = new int[m][];
        for (int k = 0; k < m; k++) {
            TypedAnswer.Entry e = entries.get(k);
            expected[k] = derived.apply(e.wrt());
            difference[k] = Simplifier.standard().simplify(
                    new Expr.Sub(Canonical.order(expected[k]), Canonical.order(e.answer())));
            symbolic[k] = difference[k] instanceof Expr.Num n && n.value() == 0;
            orders[k] = new int[wrt.size()];
            for (String x : e.wrt()) {
                orders[k][wrt.indexOf(x)]++;
            }
        }
        Sample[] counterexample = new Sample[m];
        int open = 0;
        for (boolean s : symbolic) {
            open += s ? 0 : 1;
        }
        if (open > 0) {
            for (Map<String, Double> p : AnswerChecker.simplePoints(names, domain)) {
                double[] truth = truth(f, wrt, order, orders, p);
                for (int k = 0; k < m && truth != null; k++) {
                    if (symbolic[k] || counterexample[k] != null) {
                        continue;
                    }
                    Sample s = compare(f, wrt, orders[k], entries.get(k).answer(), p, truth[k]);
                    if (s != null && s.differs) {
                        counterexample[k] = s;
                        open--;
                    }
                }
                if (open == 0) {
                    break;
                }
            }
        }
        List<Map<String, Double>> random = Points.of(names, domain, points, seed).candidates().subList(0, points);
        int[] checked = new int[m];
        int[] skippedExpression = new int[m];
        int[] skippedAnswer = new int[m];
        List<List<Sample>> samples = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            samples.add(new ArrayList<>());
        }
        for (Map<String, Double> p : random) {
            double[] truth = truth(f, wrt, order, orders, p);
            for (int k = 0; k < m; k++) {
                if (truth == null || !Double.isFinite(truth[k])) {
                    skippedExpression[k]++;
                    continue;
                }
                double a = Evaluator.value(entries.get(k).answer(), p);
                if (!Double.isFinite(a)) {
                    skippedAnswer[k]++;
                    continue;
                }
                Sample s = compare(f, wrt, orders[k], entries.get(k).answer(), p, truth[k]);
                if (s == null) {
                    skippedExpression[k]++;
                    continue;
                }
                checked[k]++;
                samples.get(k).add(s);
                if (s.differs && counterexample[k] == null && !symbolic[k]) {
                    counterexample[k] = s;
                }
            }
        }
        List<AnswerReport.EntryCheck> out = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            TypedAnswer.Entry e = entries.get(k);
            Expr a = e.answer();
            AnswerCheck c;
            AnswerReport.Verdict verdict;
            Optional<AnswerHint> hint = Optional.empty();
            if (symbolic[k]) {
                verdict = AnswerReport.Verdict.RIGHT;
                c = new AnswerCheck(expected[k], a, true, AnswerCheck.Method.SYMBOLIC, difference[k], Map.of(),
                        Double.NaN, Double.NaN, 0);
            } else if (counterexample[k] != null) {
                verdict = AnswerReport.Verdict.WRONG;
                Sample s = counterexample[k];
                c = new AnswerCheck(expected[k], a, false, AnswerCheck.Method.NUMERIC, difference[k], s.point,
                        s.truth, s.got, checked[k]);
                List<Sample> evidence = new ArrayList<>(samples.get(k));
                if (!evidence.contains(s)) {
                    evidence.add(s);
                }
                hint = hint(f, wrt, e.wrt(), evidence);
            } else {
                boolean enough = checked[k] >= AnswerReport.enough(points);
                verdict = enough ? AnswerReport.Verdict.RIGHT : AnswerReport.Verdict.UNDECIDED;
                c = new AnswerCheck(expected[k], a, enough, AnswerCheck.Method.NUMERIC, difference[k], Map.of(),
                        Double.NaN, Double.NaN, checked[k]);
            }
            out.add(new AnswerReport.EntryCheck(e, c, verdict, checked[k], skippedExpression[k], skippedAnswer[k],
                    hint));
        }
        return new AnswerReport(answer, out, points);
    }

    /** An entry compared at a point: the true derivative, the entry, whether they differ. */
    private record Sample(Map<String, Double> point, double truth, double got, boolean differs) {
    }

    /** The derivatives of every entry at {@code p} by automatic differentiation, or null where {@code f} is undefined. */
    private static double[] truth(Expr f, List<String> wrt, int order, int[][] orders, Map<String, Double> p) {
        DerivativeStructure ds = Evaluator.derivatives(f, wrt, p, order);
        if (!Double.isFinite(ds.getValue())) {
            return null;
        }
        double[] out = new double[orders.length];
        for (int k = 0; k < orders.length; k++) {
            out[k] = ds.getPartialDerivative(orders[k]);
        }
        return out;
    }

    /** The entry against the derivative at {@code p}; null where either is undefined or not determined. */
    private static Sample compare(Expr f, List<String> wrt, int[] orders, Expr answer, Map<String, Double> p,
                                  double truth) {
        double a = Evaluator.value(answer, p);
        double r = Checker.relDiff(a, truth, () -> Evaluator.precise(answer, p),
                () -> Evaluator.preciseDerivative(f, wrt, p, orders));
        if (Double.isNaN(r)) {
            return null;
        }
        return new Sample(new TreeMap<>(p), truth, a, r > Checker.REL_TOL);
    }

    /** The first hint that holds at every sample (at least two), if any. */
    private static Optional<AnswerHint> hint(Expr f, List<String> wrt, List<String> entryWrt, List<Sample> evidence) {
        if (evidence.size() < 2) {
            return Optional.empty();
        }
        if (holds(evidence, s -> -s.truth)) {
            return Optional.of(AnswerHint.of(AnswerHint.Kind.SIGN));
        }
        if (holds(evidence, s -> 2 * s.truth) || holds(evidence, s -> s.truth / 2)) {
            return Optional.of(AnswerHint.of(AnswerHint.Kind.FACTOR_2));
        }
        int i = wrt.indexOf(entryWrt.get(0));
        int j = wrt.indexOf(entryWrt.get(entryWrt.size() - 1));
        for (Expr u : inner(f, wrt)) {
            Map<Map<String, Double>, double[]> du = new java.util.HashMap<>();
            for (Sample s : evidence) {
                du.put(s.point, Evaluator.gradient(u, wrt, s.point));
            }
            List<int[]> divisors = new ArrayList<>();
            divisors.add(new int[] {i});
            if (entryWrt.size() == 2) {
                if (j != i) {
                    divisors.add(new int[] {j});
                }
                divisors.add(new int[] {i, j});
            }
            for (int[] d : divisors) {
                Function<Sample, Double> divisor = s -> {
                    double v = 1;
                    for (int index : d) {
                        v *= du.get(s.point)[index];
                    }
                    return v;
                };
                boolean usable = evidence.stream().allMatch(s -> {
                    double v = divisor.apply(s);
                    return Double.isFinite(v) && v != 0;
                }) && evidence.stream().anyMatch(s -> Math.abs(Math.abs(divisor.apply(s)) - 1) > HINT_TOL);
                if (usable && holds(evidence, s -> s.truth / divisor.apply(s))) {
                    return Optional.of(AnswerHint.chain(u, factor(u, wrt, d)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean holds(List<Sample> evidence, java.util.function.ToDoubleFunction<Sample> transformed) {
        for (Sample s : evidence) {
            if (!(Checker.relDiff(s.got, transformed.applyAsDouble(s)) <= HINT_TOL)) {
                return false;
            }
        }
        return true;
    }

    /** The derivative of {@code u} in the variables at {@code indices}, multiplied, simplified. */
    private static Expr factor(Expr u, List<String> wrt, int[] indices) {
        Expr out = null;
        for (int index : indices) {
            Expr d = Differentiator.standard().derive(u, wrt.get(index), new Trace());
            out = out == null ? d : new Expr.Mul(out, d);
        }
        return Simplifier.standard().simplify(out);
    }

    /**
     * The inner arguments of {@code f} that depend on a variable, outermost first: the arguments of
     * functions and the bases and exponents of powers, except bare symbols.
     */
    static List<Expr> inner(Expr f, List<String> wrt) {
        Set<Expr> out = new LinkedHashSet<>();
        collect(f, wrt, out);
        return new ArrayList<>(out);
    }

    private static void collect(Expr e, List<String> wrt, Set<Expr> out) {
        if (e instanceof Expr.Call c) {
            c.args().forEach(a -> argument(a, wrt, out));
            c.args().forEach(a -> collect(a, wrt, out));
        } else if (e instanceof Expr.Pow p) {
            argument(p.base(), wrt, out);
            argument(p.exponent(), wrt, out);
            collect(p.base(), wrt, out);
            collect(p.exponent(), wrt, out);
        } else if (e instanceof Expr.Add a) {
            collect(a.left(), wrt, out);
            collect(a.right(), wrt, out);
        } else if (e instanceof Expr.Sub s) {
            collect(s.left(), wrt, out);
            collect(s.right(), wrt, out);
        } else if (e instanceof Expr.Mul mul) {
            collect(mul.left(), wrt, out);
            collect(mul.right(), wrt, out);
        } else if (e instanceof Expr.Div d) {
            collect(d.left(), wrt, out);
            collect(d.right(), wrt, out);
        } else if (e instanceof Expr.Neg n) {
            collect(n.operand(), wrt, out);
        }
    }

    private static void argument(Expr a, List<String> wrt, Set<Expr> out) {
        if (!(a instanceof Expr.Sym) && !(a instanceof Expr.Num) && a.symbols().stream().anyMatch(wrt::contains)) {
            out.add(a);
        }
    }
}
