package org.hessianworkbench.symbolic.simplify;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.Expr.Add;
import org.hessianworkbench.symbolic.Expr.Call;
import org.hessianworkbench.symbolic.Expr.Diff;
import org.hessianworkbench.symbolic.Expr.Div;
import org.hessianworkbench.symbolic.Expr.Mul;
import org.hessianworkbench.symbolic.Expr.Neg;
import org.hessianworkbench.symbolic.Expr.Num;
import org.hessianworkbench.symbolic.Expr.Pow;
import org.hessianworkbench.symbolic.Expr.Sub;
import org.hessianworkbench.symbolic.Expr.Sym;
import org.hessianworkbench.symbolic.Fn;
import org.hessianworkbench.symbolic.eval.Evaluator;
import org.hessianworkbench.symbolic.print.Printer;
import org.hessianworkbench.symbolic.steps.Step;
import org.hessianworkbench.symbolic.steps.Trace;

/**
 * Simplifies an expression bottom-up, one named rule at a time, recording each rewrite as a
 * {@link Step}: constant folding, the identities of 0 and 1 ({@code x*1}, {@code x^1},
 * {@code x + 0}, ...), signs, cancellation, collecting terms and powers (see {@link Normalizer}),
 * and identities of the functions such as {@code sigmoid(-z) = 1 - sigmoid(z)}, and the forms a
 * textbook writes: exact fractions, {@code exp(u)/(1 + exp(u)) = sigmoid(u)} and its powers, common
 * denominators, polynomial division, {@code sinh(u)/cosh(u) = tanh(u)}, double angles. Every rule keeps
 * the value wherever both sides are defined (a cancellation such as {@code u/u = 1} only widens the
 * domain). The bodies of unevaluated derivatives are left alone. A rewrite whose whole expression
 * prints the same before and after (a regrouping the printer does not show) is applied but not
 * recorded. Immutable and thread-safe.
 */
public final class Simplifier {

    /**
     * Rewrites per call at most: every rule makes the tree smaller or more canonical, so this is a
     * safety net against a cycle between rules, never reached in practice.
     */
    private static final int MAX_REWRITES = 2_000;

    private static final Simplifier STANDARD = new Simplifier(false);
    private static final Simplifier STABLE = new Simplifier(true);

    private final boolean stable;

    private Simplifier(boolean stable) {
        this.stable = stable;
    }

    /** The standard rules. */
    public static Simplifier standard() {
        return STANDARD;
    }

    /**
     * The standard rules plus the numerically stable forms: {@code 1 - sigmoid(z) = sigmoid(-z)} and
     * {@code 1 - Phi(z) = Phi(-z)} (the left sides cancel for large {@code z}; the standard rule
     * {@code sigmoid(-z) = 1 - sigmoid(z)} is not used), {@code log(sigmoid(z)) = -log1p(exp(-z))},
     * {@code log(Phi(z)) = logPhi(z)}, {@code log(1 + exp(z)) = softplus(z)},
     * {@code log(1 - exp(z)) = log(-expm1(z))} and {@code log(exp(z) - 1) = log(expm1(z))}.
     */
    public static Simplifier stable() {
        return STABLE;
    }

    /** The simplified expression, without recording steps. */
    public Expr simplify(Expr e) {
        return simplify(e, Trace.NONE);
    }

    /** The simplified expression; each rewrite is added to {@code trace} with the whole expression before and after. */
    public Expr simplify(Expr e, Trace trace) {
        return new Run(trace).simplify(e, UnaryOperator.identity(), null);
    }

    /** A rewrite of one node by one rule. */
    record Rewrite(String rule, String formula, Expr result) {
    }

    /** One call's state: the trace and the rewrite budget. */
    private final class Run {
        private final Trace trace;
        private int budget = MAX_REWRITES;

        Run(Trace trace) {
            this.trace = trace;
        }

        /**
         * Simplifies {@code e}, where {@code context} rebuilds the whole expression around it and
         * {@code parent} is the node above it (null at the top).
         */
        Expr simplify(Expr e, UnaryOperator<Expr> context, Expr parent) {
            Expr node = children(e, context);
            boolean termOfSum = parent instanceof Add || parent instanceof Sub;
            while (budget > 0) {
                Optional<Rewrite> r = rewrite(node, termOfSum);
                if (r.isEmpty()) {
                    break;
                }
                budget--;
                Rewrite w = r.get();
                Expr before = context.apply(node);
                Expr after = context.apply(w.result());
                // a regrouping that prints the same (a + (b + c) and a + b + c) changes nothing a reader sees
                if (!Printer.text(before).equals(Printer.text(after))) {
                    trace.add(new Step(Step.Kind.SIMPLIFY, w.rule(), w.formula(), node, null, w.result(), before,
                            after));
                }
                node = children(w.result(), context);
            }
            return node;
        }

        private Expr children(Expr e, UnaryOperator<Expr> context) {
            if (e instanceof Diff || e instanceof Num || e instanceof Sym) {
                return e;
            }
            Expr[] c = Expr.children(e);
            boolean changed = false;
            for (int i = 0; i < c.length; i++) {
                final int at = i;
                Expr old = c[i];
                c[i] = simplify(old, x -> {
                    Expr[] copy = c.clone();
                    copy[at] = x;
                    return context.apply(Expr.withChildren(e, copy));
                }, e);
                changed |= c[i] != old;
            }
            return changed ? Expr.withChildren(e, c) : e;
        }
    }

    // ------------------------------------------------------------------ rules

    /**
     * The first rule that applies to the node (whose operands are already simple), if any;
     * {@code termOfSum} tells that the node is an operand of a sum or difference.
     */
    Optional<Rewrite> rewrite(Expr e, boolean termOfSum) {
        Optional<Rewrite> local = local(e);
        if (local.isPresent()) {
            return local;
        }
        Optional<Expr> logistic = Normalizer.sigmoid(e);
        if (logistic.isPresent()) {
            return rule("sigmoid", "exp(u)/(1 + exp(u)) = sigmoid(u), 1/(1 + exp(u)) = 1 - sigmoid(u)",
                    logistic.get());
        }
        return Normalizer.normalize(e, termOfSum).map(n -> new Rewrite(n.rule(), n.formula(), n.expr()));
    }

    private static Optional<Rewrite> rule(String rule, String formula, Expr result) {
        return Optional.of(new Rewrite(rule, formula, result));
    }

    private static boolean isNum(Expr e, double v) {
        return e instanceof Num n && n.value() == v;
    }

    private static boolean negative(Expr e) {
        return e instanceof Neg || (e instanceof Num n && n.value() < 0);
    }

    private static Expr negated(Expr e) {
        return e instanceof Neg n ? n.operand() : new Num(-((Num) e).value());
    }

    private Optional<Rewrite> local(Expr e) {
        if (e instanceof Call c) {
            return call(c);
        }
        Optional<Expr> folded = fold(e);
        if (folded.isPresent()) {
            return rule("constant folding", "arithmetic on numbers", folded.get());
        }
        if (e instanceof Neg n) {
            Expr x = n.operand();
            if (x instanceof Neg inner) {
                return rule("-(-x) = x", "-(-x) = x", inner.operand());
            }
            if (x instanceof Sub s) {
                return rule("-(a - b) = b - a", "-(a - b) = b - a", new Sub(s.right(), s.left()));
            }
        } else if (e instanceof Add a) {
            if (isNum(a.right(), 0)) {
                return rule("x + 0", "x + 0 = x", a.left());
            }
            if (isNum(a.left(), 0)) {
                return rule("x + 0", "0 + x = x", a.right());
            }
            if (negative(a.right())) {
                return rule("sign", "a + (-b) = a - b", new Sub(a.left(), negated(a.right())));
            }
            if (negative(a.left())) {
                return rule("sign", "-a + b = b - a", new Sub(a.right(), negated(a.left())));
            }
        } else if (e instanceof Sub s) {
            if (stable && isNum(s.left(), 1) && s.right() instanceof Call c
                    && (c.fn() == Fn.SIGMOID || c.fn() == Fn.PHI)) {
                String f = c.fn().text();
                return rule("1 - " + f + "(z) = " + f + "(-z)", "1 - " + f + "(z) = " + f + "(-z)",
                        new Call(c.fn(), new Neg(c.arg())));
            }
            if (isNum(s.right(), 0)) {
                return rule("x - 0", "x - 0 = x", s.left());
            }
            if (isNum(s.left(), 0)) {
                return rule("0 - x", "0 - x = -x", new Neg(s.right()));
            }
            if (s.left().equals(s.right())) {
                return rule("x - x", "x - x = 0", new Num(0));
            }
            if (negative(s.right())) {
                return rule("sign", "a - (-b) = a + b", new Add(s.left(), negated(s.right())));
            }
        } else if (e instanceof Mul m) {
            if (isNum(m.left(), 0) || isNum(m.right(), 0)) {
                return rule("x*0", "x*0 = 0", new Num(0));
            }
            if (isNum(m.right(), 1)) {
                return rule("x*1", "x*1 = x", m.left());
            }
            if (isNum(m.left(), 1)) {
                return rule("x*1", "1*x = x", m.right());
            }
            if (negative(m.left())) {
                return rule("sign", "(-a)*b = -(a*b)", new Neg(new Mul(negated(m.left()), m.right())));
            }
            if (negative(m.right())) {
                return rule("sign", "a*(-b) = -(a*b)", new Neg(new Mul(m.left(), negated(m.right()))));
            }
        } else if (e instanceof Div d) {
            if (isNum(d.right(), 1)) {
                return rule("x/1", "x/1 = x", d.left());
            }
            if (isNum(d.left(), 0) && !isNum(d.right(), 0)) {
                return rule("0/x", "0/x = 0", new Num(0));
            }
            if (d.left().equals(d.right())) {
                return rule("x/x", "x/x = 1", new Num(1));
            }
            if (d.left() instanceof Call sh && sh.fn() == Fn.SINH && d.right() instanceof Call ch
                    && ch.fn() == Fn.COSH && sh.arg().equals(ch.arg())) {
                return rule("sinh(u)/cosh(u) = tanh(u)", "sinh(u)/cosh(u) = tanh(u)", new Call(Fn.TANH, sh.arg()));
            }
            if (negative(d.left())) {
                return rule("sign", "(-a)/b = -(a/b)", new Neg(new Div(negated(d.left()), d.right())));
            }
            if (negative(d.right())) {
                return rule("sign", "a/(-b) = -(a/b)", new Neg(new Div(d.left(), negated(d.right()))));
            }
        } else if (e instanceof Pow p) {
            if (isNum(p.exponent(), 1)) {
                return rule("x^1", "x^1 = x", p.base());
            }
            if (isNum(p.exponent(), 0)) {
                return rule("x^0", "x^0 = 1", new Num(1));
            }
            if (isNum(p.base(), 1)) {
                return rule("1^x", "1^x = 1", new Num(1));
            }
            if (p.base() instanceof Call c && c.fn() == Fn.SQRT && isNum(p.exponent(), 2)) {
                return rule("sqrt(u)^2 = u", "sqrt(u)^2 = u", c.arg());
            }
        }
        return Optional.empty();
    }

    /** Identities of the functions. */
    private Optional<Rewrite> call(Call c) {
        Expr a = c.arg();
        if (a instanceof Num) {
            Optional<Expr> folded = fold(c);
            if (folded.isPresent()) {
                return rule("constant folding", c.fn().text() + " of a number", folded.get());
            }
        }
        Fn f = c.fn();
        if (negative(a)) {
            Expr z = negated(a);
            switch (f) {
                case SIGMOID -> {
                    if (!stable) { // the stable rules go the other way: 1 - sigmoid(z) cancels for large z
                        return rule("sigmoid(-z) = 1 - sigmoid(z)", "sigmoid(-z) = 1 - sigmoid(z)",
                                new Sub(new Num(1), new Call(Fn.SIGMOID, z)));
                    }
                }
                case SIN -> {
                    return rule("sin(-z) = -sin(z)", "sin(-z) = -sin(z)", new Neg(new Call(Fn.SIN, z)));
                }
                case TANH -> {
                    return rule("tanh(-z) = -tanh(z)", "tanh(-z) = -tanh(z)", new Neg(new Call(Fn.TANH, z)));
                }
                case COS -> {
                    return rule("cos(-z) = cos(z)", "cos(-z) = cos(z)", new Call(Fn.COS, z));
                }
                case ABS -> {
                    return rule("abs(-z) = abs(z)", "abs(-z) = abs(z)", new Call(Fn.ABS, z));
                }
                case SINH -> {
                    return rule("sinh(-z) = -sinh(z)", "sinh(-z) = -sinh(z)", new Neg(new Call(Fn.SINH, z)));
                }
                case COSH -> {
                    return rule("cosh(-z) = cosh(z)", "cosh(-z) = cosh(z)", new Call(Fn.COSH, z));
                }
                case DNORM -> {
                    return rule("phi(-z) = phi(z)", "phi(-z) = phi(z)", new Call(Fn.DNORM, z));
                }
                case ERF -> {
                    return rule("erf(-z) = -erf(z)", "erf(-z) = -erf(z)", new Neg(new Call(Fn.ERF, z)));
                }
                default -> {
                }
            }
        }
        if (f == Fn.LOG && a instanceof Call inner && inner.fn() == Fn.EXP) {
            return rule("log(exp(u)) = u", "log(exp(u)) = u", inner.arg());
        }
        if (f == Fn.EXP && a instanceof Call inner && inner.fn() == Fn.LOG) {
            return rule("exp(log(u)) = u", "exp(log(u)) = u", inner.arg());
        }
        if (stable) {
            Optional<Rewrite> r = stableForm(f, a);
            if (r.isPresent()) {
                return r;
            }
        }
        if (stable && f == Fn.LOG) {
            if (a instanceof Call inner && inner.fn() == Fn.SIGMOID) {
                return rule("log(sigmoid(z)) = -log1p(exp(-z))", "log(sigmoid(z)) = -log1p(exp(-z))",
                        new Neg(new Call(Fn.LOG1P, new Call(Fn.EXP, new Neg(inner.arg())))));
            }
        }
        return Optional.empty();
    }

    /**
     * The numerically careful forms of logarithms that lose everything in a tail: {@code log(Phi(z))}
     * underflows to \(-\infty\) where \(\Phi\) rounds to 0 ({@code logPhi} does not; {@code 1 - Phi(z)}
     * is first rewritten to {@code Phi(-z)}, so {@code log(1 - Phi(z))} becomes {@code logPhi(-z)}); {@code log(1 + exp(z))} overflows for large {@code z}
     * ({@code softplus} does not); {@code log(1 - exp(z))} and {@code log(exp(z) - 1)} cancel for small
     * {@code z} ({@code expm1} does not); {@code phi(z)/Phi(z)} is 0/0 far in the lower tail
     * ({@code invmills} is not).
     */
    private static Optional<Rewrite> stableForm(Fn f, Expr a) {
        if (f == Fn.LOG && a instanceof Call inner && inner.fn() == Fn.PHI) {
            return rule("log(Phi(z)) = logPhi(z)", "log(Phi(z)) = logPhi(z)", new Call(Fn.LOG_PHI, inner.arg()));
        }
        if (f == Fn.LOG && a instanceof Sub s && isNum(s.left(), 1) && s.right() instanceof Call inner) {
            if (inner.fn() == Fn.EXP) {
                return rule("log(1 - exp(z)) = log(-expm1(z))", "log(1 - exp(z)) = log(-expm1(z))",
                        new Call(Fn.LOG, new Neg(new Call(Fn.EXPM1, inner.arg()))));
            }
        }
        if (f == Fn.LOG && a instanceof Sub s && isNum(s.right(), 1) && s.left() instanceof Call inner
                && inner.fn() == Fn.EXP) {
            return rule("log(exp(z) - 1) = log(expm1(z))", "log(exp(z) - 1) = log(expm1(z))",
                    new Call(Fn.LOG, new Call(Fn.EXPM1, inner.arg())));
        }
        if (f == Fn.LOG && a instanceof Add s && isNum(s.left(), 1) && s.right() instanceof Call inner
                && inner.fn() == Fn.EXP) {
            return rule("log(1 + exp(z)) = softplus(z)", "log(1 + exp(z)) = softplus(z)",
                    new Call(Fn.SOFTPLUS, inner.arg()));
        }
        return Optional.empty();
    }

    /**
     * A node of numbers replaced by its value, when the value is finite and short (exact fractions
     * first, so 0.1 + 0.2 is 0.3; 1/3 and log(2) are left as they are).
     */
    private static Optional<Expr> fold(Expr e) {
        Expr[] c = Expr.children(e);
        if (c.length == 0 || e instanceof Diff) {
            return Optional.empty();
        }
        for (Expr x : c) {
            if (!(x instanceof Num)) {
                return Optional.empty();
            }
        }
        if (e instanceof Neg n) {
            return Optional.of(new Num(-((Num) n.operand()).value()));
        }
        Optional<Rational> exact = exact(e);
        if (e instanceof Div && exact.isPresent() && !exact.get().isInteger() && isWhole(((Div) e).left())
                && isWhole(((Div) e).right()) && exact.get().den() <= MAX_KEPT_DENOMINATOR) {
            return Optional.empty(); // 1/2 and 3/2 stay exact fractions
        }
        double v = exact.isPresent() ? exact.get().toDouble() : Evaluator.value(e, java.util.Map.of());
        if (!Double.isFinite(v) || !isShort(v)) {
            return Optional.empty();
        }
        return Optional.of(new Num(v));
    }

    private static Optional<Rational> exact(Expr e) {
        if (!(e instanceof Add || e instanceof Sub || e instanceof Mul || e instanceof Div)) {
            return Optional.empty();
        }
        Expr[] c = Expr.children(e);
        Optional<Rational> a = Rational.of(((Num) c[0]).value());
        Optional<Rational> b = Rational.of(((Num) c[1]).value());
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (e instanceof Add) {
                return Optional.of(a.get().add(b.get()));
            } else if (e instanceof Sub) {
                return Optional.of(a.get().subtract(b.get()));
            } else if (e instanceof Mul) {
                return Optional.of(a.get().multiply(b.get()));
            }
            return b.get().isZero() ? Optional.empty() : Optional.of(a.get().divide(b.get()));
        } catch (ArithmeticException overflow) {
            return Optional.empty();
        }
    }

    /** A quotient of whole numbers with at most this denominator is kept as a fraction, not folded to a decimal. */
    private static final long MAX_KEPT_DENOMINATOR = 12;

    private static boolean isWhole(Expr e) {
        return e instanceof Num n && n.value() == Math.rint(n.value());
    }

    private static boolean isShort(double v) {
        return Rational.isShort(v);
    }
}
