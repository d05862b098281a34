package org.hessianworkbench.symbolic.diff;

import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.derivatives.error.BadInputException;
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
import org.hessianworkbench.symbolic.SymbolicMessages;
import org.hessianworkbench.symbolic.simplify.Simplifier;
import org.hessianworkbench.symbolic.steps.Step;
import org.hessianworkbench.symbolic.steps.Trace;

/**
 * Differentiates by rewriting {@code diff(u, x)} one rule at a time: a derivation starts from
 * {@code diff(f, x)}, each step replaces the first {@code diff} (in reading order) whose body has no
 * {@code diff} by the right side of one rule (constant, variable, sum, difference, negation,
 * constant factor, product, quotient, power, chain, and one rule per function), and after each
 * step the whole expression is simplified. Every step is recorded. Immutable and thread-safe.
 */
public final class Differentiator {

    /**
     * Rule applications per derivation at most; a derivative of a tree of n nodes needs at most a few
     * per node, so this only stops a runaway derivation of an enormous expression.
     */
    private static final int MAX_RULE_STEPS = 20_000;

    private final Simplifier simplifier;

    /** A differentiator that simplifies with {@code simplifier} after each rule. */
    public Differentiator(Simplifier simplifier) {
        this.simplifier = simplifier;
    }

    /** A differentiator with the standard simplification rules. */
    public static Differentiator standard() {
        return new Differentiator(Simplifier.standard());
    }

    /** \(\partial f/\partial x\), simplified; every rule and simplification is added to {@code trace}. */
    public Expr derive(Expr f, String x, Trace trace) {
        return eliminate(new Diff(f, x), trace);
    }

    /**
     * {@code e} with every {@code diff(u, x)} in it worked out, step by step.
     *
     * @throws BadInputException when the derivation needs more rule steps than allowed (an enormous
     *                           expression)
     */
    public Expr eliminate(Expr e, Trace trace) {
        Expr current = e;
        for (int n = 0; n < MAX_RULE_STEPS; n++) {
            List<Integer> path = new ArrayList<>();
            Diff d = innermost(current, path);
            if (d == null) {
                return current;
            }
            Rule r = rule(d.body(), d.wrt());
            Expr after = replace(current, path, 0, r.result());
            trace.add(new Step(Step.Kind.DIFFERENTIATE, r.name(), r.formula(), d.body(), d.wrt(), r.result(),
                    current, after));
            current = simplifier.simplify(after, trace);
        }
        throw new BadInputException(SymbolicMessages.DERIVATION_TOO_LONG, MAX_RULE_STEPS);
    }

    /** The first {@code diff} in reading order whose body has none; its path of child indices. */
    private static Diff innermost(Expr e, List<Integer> path) {
        if (e instanceof Diff d && !d.body().hasDiff()) {
            return d;
        }
        Expr[] c = Expr.children(e);
        for (int i = 0; i < c.length; i++) {
            if (c[i].hasDiff()) {
                path.add(i);
                return innermost(c[i], path);
            }
        }
        return null;
    }

    private static Expr replace(Expr e, List<Integer> path, int at, Expr with) {
        if (at == path.size()) {
            return with;
        }
        Expr[] c = Expr.children(e);
        c[path.get(at)] = replace(c[path.get(at)], path, at + 1, with);
        return Expr.withChildren(e, c);
    }

    /** A differentiation rule applied: its name, the rule as an identity, and the result. */
    record Rule(String name, String formula, Expr result) {
    }

    private static Expr d(Expr u, String x) {
        return new Diff(u, x);
    }

    /** The one rule for {@code diff(u, x)}, decided by the shape of {@code u}. */
    static Rule rule(Expr u, String x) {
        if (!u.dependsOn(x)) {
            return new Rule("constant", "diff(c, X) = 0 when c does not depend on X".replace("X", x), new Num(0));
        }
        if (u instanceof Sym) {
            return new Rule("variable", "diff(X, X) = 1".replace("X", x), new Num(1));
        }
        if (u instanceof Add a) {
            return new Rule("sum", f("diff(u + v, X) = diff(u, X) + diff(v, X)", x),
                    new Add(d(a.left(), x), d(a.right(), x)));
        }
        if (u instanceof Sub s) {
            return new Rule("difference", f("diff(u - v, X) = diff(u, X) - diff(v, X)", x),
                    new Sub(d(s.left(), x), d(s.right(), x)));
        }
        if (u instanceof Neg n) {
            return new Rule("negation", f("diff(-u, X) = -diff(u, X)", x), new Neg(d(n.operand(), x)));
        }
        if (u instanceof Mul m) {
            if (!m.left().dependsOn(x)) {
                return new Rule("constant factor", f("diff(c*u, X) = c*diff(u, X)", x),
                        new Mul(m.left(), d(m.right(), x)));
            }
            if (!m.right().dependsOn(x)) {
                return new Rule("constant factor", f("diff(u*c, X) = diff(u, X)*c", x),
                        new Mul(d(m.left(), x), m.right()));
            }
            return new Rule("product", f("diff(u*v, X) = diff(u, X)*v + u*diff(v, X)", x),
                    new Add(new Mul(d(m.left(), x), m.right()), new Mul(m.left(), d(m.right(), x))));
        }
        if (u instanceof Div q) {
            if (!q.right().dependsOn(x)) {
                return new Rule("constant divisor", f("diff(u/c, X) = diff(u, X)/c", x),
                        new Div(d(q.left(), x), q.right()));
            }
            if (!q.left().dependsOn(x)) {
                return new Rule("reciprocal", f("diff(c/v, X) = -c*diff(v, X)/v^2", x),
                        new Neg(new Div(new Mul(q.left(), d(q.right(), x)), new Pow(q.right(), new Num(2)))));
            }
            return new Rule("quotient", f("diff(u/v, X) = (diff(u, X)*v - u*diff(v, X))/v^2", x),
                    new Div(new Sub(new Mul(d(q.left(), x), q.right()), new Mul(q.left(), d(q.right(), x))),
                            new Pow(q.right(), new Num(2))));
        }
        if (u instanceof Pow p) {
            return power(p, x);
        }
        if (u instanceof Call c) {
            return function(c, x);
        }
        throw new IllegalArgumentException("cannot differentiate " + u);
    }

    private static String f(String formula, String x) {
        return formula.replace("X", x);
    }

    private static Rule power(Pow p, String x) {
        Expr a = p.base();
        Expr n = p.exponent();
        if (!n.dependsOn(x)) {
            Expr nMinus1 = n instanceof Num k ? new Num(k.value() - 1) : new Sub(n, new Num(1));
            Expr outer = new Mul(n, new Pow(a, nMinus1));
            if (a instanceof Sym) {
                return new Rule("power", f("diff(X^n, X) = n*X^(n - 1)", x), outer);
            }
            return new Rule("chain", f("diff(u^n, X) = n*u^(n - 1)*diff(u, X)", x), new Mul(outer, d(a, x)));
        }
        if (!a.dependsOn(x)) {
            Expr outer = new Mul(p, new Call(Fn.LOG, a));
            if (n instanceof Sym) {
                return new Rule("exponential", f("diff(c^X, X) = c^X*log(c)", x), outer);
            }
            return new Rule("chain", f("diff(c^u, X) = c^u*log(c)*diff(u, X)", x), new Mul(outer, d(n, x)));
        }
        return new Rule("general power", f("diff(u^v, X) = u^v*(diff(v, X)*log(u) + v*diff(u, X)/u)", x),
                new Mul(p, new Add(new Mul(d(n, x), new Call(Fn.LOG, a)), new Div(new Mul(n, d(a, x)), a))));
    }

    /** {@code f(x)}'s own rule when the argument is the variable, the chain rule otherwise. */
    private static Rule function(Call c, String x) {
        Expr a = c.arg();
        boolean direct = a instanceof Sym;
        Fn fn = c.fn();
        String name = fn.text();
        String u = direct ? x : "u";
        String du = direct ? "" : "diff(u, " + x + ")";
        String lhs = "diff(" + name + "(" + u + "), " + x + ") = ";
        Expr da = d(a, x);
        return switch (fn) {
            case EXP -> make(direct, name, lhs + name + "(" + u + ")" + times(du), c, da);
            case LOG -> direct ? new Rule(name, lhs + "1/" + x, new Div(new Num(1), a))
                    : new Rule("chain", lhs + du + "/u", new Div(da, a));
            case LOG1P -> direct ? new Rule(name, lhs + "1/(1 + " + x + ")", new Div(new Num(1), new Add(new Num(1), a)))
                    : new Rule("chain", lhs + du + "/(1 + u)", new Div(da, new Add(new Num(1), a)));
            case SQRT -> direct ? new Rule(name, lhs + "1/(2*sqrt(" + x + "))",
                    new Div(new Num(1), new Mul(new Num(2), c)))
                    : new Rule("chain", lhs + du + "/(2*sqrt(u))", new Div(da, new Mul(new Num(2), c)));
            case SIGMOID -> make(direct, name, lhs + "sigmoid(" + u + ")*(1 - sigmoid(" + u + "))" + times(du),
                    new Mul(c, new Sub(new Num(1), c)), da);
            case SIN -> make(direct, name, lhs + "cos(" + u + ")" + times(du), new Call(Fn.COS, a), da);
            case COS -> direct ? new Rule(name, lhs + "-sin(" + x + ")", new Neg(new Call(Fn.SIN, a)))
                    : new Rule("chain", lhs + "-sin(u)*" + du, new Neg(new Mul(new Call(Fn.SIN, a), da)));
            case TANH -> make(direct, name, lhs + "(1 - tanh(" + u + ")^2)" + times(du),
                    new Sub(new Num(1), new Pow(c, new Num(2))), da);
            case ABS -> make(direct, name, lhs + u + "/abs(" + u + ")" + times(du) + " for " + u + " != 0",
                    new Div(a, c), da);
        };
    }

    private static String times(String du) {
        return du.isEmpty() ? "" : "*" + du;
    }

    private static Rule make(boolean direct, String name, String formula, Expr outer, Expr da) {
        return direct ? new Rule(name, formula, outer) : new Rule("chain", formula, new Mul(outer, da));
    }
}
