package org.hessianworkbench.symbolic;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A real-valued expression: an immutable tree of numbers, symbols, the operators \(+\ -\ \times\ /\
 * \hat{}\), unary minus, the functions of {@link Fn} and the unevaluated derivative
 * \(\partial u/\partial x\) ({@link Diff}).
 *
 * <p>Every node is a record, so two trees are {@code equals} exactly when they have the same shape
 * and the same leaves; nodes are immutable and safe to share between threads and between trees.
 */
public sealed interface Expr permits Expr.Num, Expr.Sym, Expr.Add, Expr.Sub, Expr.Mul, Expr.Div, Expr.Pow,
        Expr.Neg, Expr.Call, Expr.Diff {

    /** A finite number \(c\); {@code -0.0} is stored as {@code 0.0}. */
    record Num(double value) implements Expr {

        /** A number; NaN and infinities are rejected. */
        public Num {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a number must be finite, not " + value);
            }
            value = value + 0.0;
        }

        /** Whether this is the number {@code v}. */
        public boolean is(double v) {
            return value == v;
        }
    }

    /** A symbol \(x\): a variable or a parameter, named by an identifier that is not a function name. */
    record Sym(String name) implements Expr {

        /** A symbol; the name must be an identifier ({@code [A-Za-z_][A-Za-z0-9_]*}) and not a reserved word. */
        public Sym {
            if (!isValidName(name)) {
                throw new IllegalArgumentException("not a valid symbol name: '" + name + "'");
            }
        }
    }

    /** \(u + v\). */
    record Add(Expr left, Expr right) implements Expr {

        /** A sum of two non-null operands. */
        public Add {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** \(u - v\). */
    record Sub(Expr left, Expr right) implements Expr {

        /** A difference of two non-null operands. */
        public Sub {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** \(u \cdot v\). */
    record Mul(Expr left, Expr right) implements Expr {

        /** A product of two non-null operands. */
        public Mul {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** \(u / v\). */
    record Div(Expr left, Expr right) implements Expr {

        /** A quotient of two non-null operands. */
        public Div {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** \(u^v\) (right-associative in the text syntax: {@code a^b^c} is \(a^{(b^c)}\)). */
    record Pow(Expr base, Expr exponent) implements Expr {

        /** A power with a non-null base and exponent. */
        public Pow {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(exponent, "exponent");
        }
    }

    /** \(-u\). */
    record Neg(Expr operand) implements Expr {

        /** The negation of a non-null operand. */
        public Neg {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /**
     * \(f(u)\) or \(f(u, v)\) for a function \(f\) of {@link Fn}, with as many arguments as
     * {@link Fn#arity()} says.
     */
    record Call(Fn fn, List<Expr> args) implements Expr {

        /** A function applied to its arguments (copied); their number must be the function's arity. */
        public Call {
            Objects.requireNonNull(fn, "fn");
            args = List.copyOf(args);
            if (args.size() != fn.arity()) {
                throw new IllegalArgumentException(fn.text() + " takes " + fn.arity() + " argument(s), not "
                        + args.size());
            }
        }

        /** A one-argument function applied to {@code arg}. */
        public Call(Fn fn, Expr arg) {
            this(fn, List.of(arg));
        }

        /** A two-argument function applied to {@code first} and {@code second}. */
        public Call(Fn fn, Expr first, Expr second) {
            this(fn, List.of(first, second));
        }

        /** The first (for most functions the only) argument. */
        public Expr arg() {
            return args.get(0);
        }

        /** The second argument of a two-argument function. */
        public Expr second() {
            return args.get(1);
        }
    }

    /**
     * The unevaluated derivative \(\partial u/\partial x\), written {@code diff(u, x)}: the
     * placeholder a derivation rewrites one rule at a time until none is left.
     */
    record Diff(Expr body, String wrt) implements Expr {

        /** The derivative of {@code body} with respect to the symbol named {@code wrt}. */
        public Diff {
            Objects.requireNonNull(body, "body");
            if (!isValidName(wrt)) {
                throw new IllegalArgumentException("not a valid symbol name: '" + wrt + "'");
            }
        }
    }

    /** The name of the derivative operator in the text syntax, {@code diff(u, x)}. */
    String DIFF = "diff";

    /** Whether {@code name} can name a symbol: an identifier that is neither a function nor {@code diff}. */
    static boolean isValidName(String name) {
        return name != null && Trees.IDENTIFIER.matcher(name).matches() && Fn.byName(name).isEmpty()
                && !DIFF.equals(name);
    }

    /** The number \(c\). */
    static Num num(double c) {
        return new Num(c);
    }

    /** The symbol named {@code name}. */
    static Sym sym(String name) {
        return new Sym(name);
    }

    /** The free symbols of the tree, sorted (a {@code Diff}'s variable counts when its body depends on it). */
    default Set<String> symbols() {
        Set<String> out = new TreeSet<>();
        Trees.collect(this, out);
        return out;
    }

    /** Whether the value depends on the symbol {@code name}. */
    default boolean dependsOn(String name) {
        return Trees.dependsOn(this, name);
    }

    /** Whether the tree contains an unevaluated derivative. */
    default boolean hasDiff() {
        return Trees.hasDiff(this);
    }

    /** The number of nodes. */
    default int size() {
        return Trees.size(this);
    }

    /** The height: 0 for a leaf. */
    default int depth() {
        return Trees.depth(this);
    }

    /** The operands of a node, left to right (none for numbers and symbols). */
    static Expr[] children(Expr e) {
        if (e instanceof Add a) {
            return new Expr[] {a.left(), a.right()};
        } else if (e instanceof Sub s) {
            return new Expr[] {s.left(), s.right()};
        } else if (e instanceof Mul m) {
            return new Expr[] {m.left(), m.right()};
        } else if (e instanceof Div d) {
            return new Expr[] {d.left(), d.right()};
        } else if (e instanceof Pow p) {
            return new Expr[] {p.base(), p.exponent()};
        } else if (e instanceof Neg n) {
            return new Expr[] {n.operand()};
        } else if (e instanceof Call c) {
            return c.args().toArray(new Expr[0]);
        } else if (e instanceof Diff d) {
            return new Expr[] {d.body()};
        }
        return new Expr[0];
    }

    /** The same kind of node with new operands, in the order of {@link #children(Expr)}. */
    static Expr withChildren(Expr e, Expr[] c) {
        if (e instanceof Add) {
            return new Add(c[0], c[1]);
        } else if (e instanceof Sub) {
            return new Sub(c[0], c[1]);
        } else if (e instanceof Mul) {
            return new Mul(c[0], c[1]);
        } else if (e instanceof Div) {
            return new Div(c[0], c[1]);
        } else if (e instanceof Pow) {
            return new Pow(c[0], c[1]);
        } else if (e instanceof Neg) {
            return new Neg(c[0]);
        } else if (e instanceof Call call) {
            return new Call(call.fn(), List.of(c));
        } else if (e instanceof Diff d) {
            return new Diff(c[0], d.wrt());
        }
        return e;
    }

    /** The tree with every occurrence of the symbol {@code name} replaced by {@code value}. */
    static Expr substitute(Expr e, String name, Expr value) {
        if (e instanceof Sym s) {
            return s.name().equals(name) ? value : e;
        }
        if (e instanceof Diff d && d.wrt().equals(name)) {
            throw new IllegalArgumentException("cannot substitute the variable of " + d);
        }
        Expr[] c = children(e);
        if (c.length == 0) {
            return e;
        }
        Expr[] n = new Expr[c.length];
        boolean changed = false;
        for (int i = 0; i < c.length; i++) {
            n[i] = substitute(c[i], name, value);
            changed |= n[i] != c[i];
        }
        return changed ? withChildren(e, n) : e;
    }
}
