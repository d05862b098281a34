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
import org.hessianworkbench.symbolic.SpecialFunctions;
import org.hessianworkbench.symbolic.print.Printer;
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
        if (c.fn().arity() == 2) {
            return twoArguments(c, x);
        }
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
            case EXPM1 -> make(direct, name, lhs + "exp(" + u + ")" + times(du), new Call(Fn.EXP, a), da);
            case SQRT -> direct ? new Rule(name, lhs + "1/(2*sqrt(" + x + "))",
                    new Div(new Num(1), new Mul(new Num(2), c)))
                    : new Rule("chain", lhs + du + "/(2*sqrt(u))", new Div(da, new Mul(new Num(2), c)));
            case SIGMOID -> make(direct, name, lhs + "sigmoid(" + u + ")*(1 - sigmoid(" + u + "))" + times(du),
                    new Mul(new Call(Fn.SIGMOID, a), new Sub(new Num(1), new Call(Fn.SIGMOID, a))), da);
            case SOFTPLUS -> make(direct, name, lhs + "sigmoid(" + u + ")" + times(du), new Call(Fn.SIGMOID, a), da);
            case SIN -> make(direct, name, lhs + "cos(" + u + ")" + times(du), new Call(Fn.COS, a), da);
            case COS -> direct ? new Rule(name, lhs + "-sin(" + x + ")", new Neg(new Call(Fn.SIN, a)))
                    : new Rule("chain", lhs + "-sin(u)*" + du, new Neg(new Mul(new Call(Fn.SIN, a), da)));
            case TANH -> make(direct, name, lhs + "(1 - tanh(" + u + ")^2)" + times(du),
                    new Sub(new Num(1), new Pow(c, new Num(2))), da);
            case SINH -> make(direct, name, lhs + "cosh(" + u + ")" + times(du), new Call(Fn.COSH, a), da);
            case COSH -> make(direct, name, lhs + "sinh(" + u + ")" + times(du), new Call(Fn.SINH, a), da);
            case ABS -> make(direct, name, lhs + "(2*step(" + u + ") - 1)" + times(du)
                            + ", the right derivative at " + u + " = 0",
                    new Sub(new Mul(new Num(2), new Call(Fn.STEP, a)), new Num(1)), da);
            case STEP -> new Rule(name, lhs + "0 for " + u + " != 0", new Num(0));
            case PHI -> make(direct, name, lhs + "phi(" + u + ")" + times(du), new Call(Fn.DNORM, a), da);
            case DNORM -> make(direct, name, lhs + "-" + u + "*phi(" + u + ")" + times(du),
                    new Neg(new Mul(a, c)), da);
            case LOG_PHI -> make(direct, name, lhs + "invmills(" + u + ")" + times(du), new Call(Fn.INV_MILLS, a), da);
            case INV_MILLS -> make(direct, name, lhs + "-invmills(" + u + ")*(" + u + " + invmills(" + u + "))"
                    + times(du), new Neg(new Mul(c, new Add(a, c))), da);
            case ERF, ERFC -> {
                Expr outer = new Mul(new Num(SpecialFunctions.TWO_OVER_SQRT_PI),
                        new Call(Fn.EXP, new Neg(new Pow(a, new Num(2)))));
                String sign = fn == Fn.ERF ? "" : "-";
                yield make(direct, name, lhs + sign + "2/sqrt(pi)*exp(-" + u + "^2)" + times(du),
                        fn == Fn.ERF ? outer : new Neg(outer), da);
            }
            case LGAMMA -> make(direct, name, lhs + "digamma(" + u + ")" + times(du), new Call(Fn.DIGAMMA, a), da);
            case DIGAMMA -> make(direct, name, lhs + "trigamma(" + u + ")" + times(du), new Call(Fn.TRIGAMMA, a), da);
            case TRIGAMMA -> make(direct, name, lhs + "polygamma(2, " + u + ")" + times(du),
                    new Call(Fn.POLYGAMMA, new Num(2), a), da);
            default -> throw new IllegalArgumentException("cannot differentiate " + c);
        };
    }

    /** {@code min}, {@code max}, {@code polygamma} and {@code pow} written as a call. */
    private static Rule twoArguments(Call c, String x) {
        Expr u = c.arg();
        Expr v = c.second();
        return switch (c.fn()) {
            case MIN -> new Rule("min", f("diff(min(u, v), X) = diff(u, X)*step(v - u) + diff(v, X)*(1 - step(v - u))",
                    x), new Add(new Mul(d(u, x), new Call(Fn.STEP, new Sub(v, u))),
                    new Mul(d(v, x), new Sub(new Num(1), new Call(Fn.STEP, new Sub(v, u))))));
            case MAX -> new Rule("max", f("diff(max(u, v), X) = diff(u, X)*step(u - v) + diff(v, X)*(1 - step(u - v))",
                    x), new Add(new Mul(d(u, x), new Call(Fn.STEP, new Sub(u, v))),
                    new Mul(d(v, x), new Sub(new Num(1), new Call(Fn.STEP, new Sub(u, v))))));
            case POLYGAMMA -> {
                if (!(u instanceof Num n)) {
                    throw new IllegalArgumentException("polygamma's order must be a number: " + c);
                }
                Expr next = new Call(Fn.POLYGAMMA, new Num(n.value() + 1), v);
                boolean direct = v instanceof Sym;
                String k = Printer.number(n.value());
                String k1 = Printer.number(n.value() + 1);
                yield direct ? new Rule("polygamma", f("diff(polygamma(" + k + ", X), X) = polygamma(" + k1 + ", X)", x),
                        next)
                        : new Rule("chain", f("diff(polygamma(" + k + ", u), X) = polygamma(" + k1
                        + ", u)*diff(u, X)", x), new Mul(next, d(v, x)));
            }
            case POW -> power(new Pow(u, v), x);
            default -> throw new IllegalArgumentException("cannot differentiate " + c);
        };
    }

    private static String times(String du) {
        return du.isEmpty() ? "" : "*" + du;
    }

    private static Rule make(boolean direct, String name, String formula, Expr outer, Expr da) {
        return direct ? new Rule(name, formula, outer) : new Rule("chain", formula, new Mul(outer, da));
    }
}
