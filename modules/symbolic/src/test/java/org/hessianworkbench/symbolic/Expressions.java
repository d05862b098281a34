package org.hessianworkbench.symbolic;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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

/**
 * Generators of expression trees for properties. {@link #valid(int)} respects the domain: with the
 * symbols in [0.1, 2] (the checks' default), the argument of {@code log}, {@code log1p} and
 * {@code sqrt}, every divisor and every base of a non-integer power is positive by construction
 * ({@code exp(u)}, {@code sigmoid(u)}, sums, products and quotients of positive terms, positive
 * constants, symbols). {@link #anyTree(int)} is any tree at all, for the printer and parser.
 */
public final class Expressions {

    /**
     * The functions of generated calls: all but {@code pow}, which the parser reads as the operator
     * {@code ^} (generated as {@link Pow}).
     */
    public static final List<Fn> GENERATED = java.util.Arrays.stream(Fn.values()).filter(f -> f != Fn.POW).toList();

    /** The symbols of generated trees. */
    public static final List<String> SYMBOLS = List.of("b", "x", "y");

    private Expressions() {
    }

    private static Arbitrary<Expr> symbol() {
        return Arbitraries.of(SYMBOLS).map(Sym::new);
    }

    /** Small constants of either sign, integers and halves included. */
    private static Arbitrary<Expr> constant() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-3, 3).map(i -> (Expr) new Num(i)),
                Arbitraries.of(0.5, -0.5, 1.5, 0.25, 2.5).map(v -> (Expr) new Num(v)));
    }

    private static Arbitrary<Expr> positiveConstant() {
        return Arbitraries.of(0.5, 1.0, 1.5, 2.0, 3.0).map(v -> (Expr) new Num(v));
    }

    /** Exponents: small integers of either sign (negative included) and fractions. */
    private static Arbitrary<Expr> exponent() {
        return Arbitraries.of(-2.0, -1.0, 2.0, 3.0, 0.5, -0.5, 1.5).map(v -> (Expr) new Num(v));
    }

    /** A domain-respecting tree of depth at most {@code depth}. */
    public static Arbitrary<Expr> valid(int depth) {
        if (depth == 0) {
            return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, symbol()), net.jqwik.api.Tuple.of(1, constant()));
        }
        Arbitrary<Expr> sub = Arbitraries.lazy(() -> valid(depth - 1));
        Arbitrary<Expr> pos = Arbitraries.lazy(() -> positive(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, valid(0)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(sub, sub).as(Add::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(sub, sub).as(Sub::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(sub, sub).as(Mul::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(sub, pos).as(Div::new)),
                net.jqwik.api.Tuple.of(1, sub.map(Neg::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(pos, exponent()).as(Pow::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, Arbitraries.of(2.0, 3.0)).as((u, k) -> new Pow(u, new Num(k)))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(pos, sub).as(Pow::new)),
                net.jqwik.api.Tuple.of(6, call(depth)));
    }

    /** A function of a domain-respecting argument. */
    private static Arbitrary<Expr> call(int depth) {
        Arbitrary<Expr> sub = Arbitraries.lazy(() -> valid(depth - 1));
        Arbitrary<Expr> pos = Arbitraries.lazy(() -> positive(depth - 1));
        return Arbitraries.of(GENERATED).flatMap(f -> switch (f) {
            case LOG, LOG1P, SQRT, LGAMMA, DIGAMMA, TRIGAMMA -> pos.map(a -> (Expr) new Call(f, a));
            case POLYGAMMA -> Combinators.combine(Arbitraries.integers().between(0, 3), pos)
                    .as((k, a) -> (Expr) new Call(f, new Num(k), a));
            case MIN, MAX -> Combinators.combine(sub, sub).as((a, b) -> (Expr) new Call(f, a, b));
            default -> sub.map(a -> (Expr) new Call(f, a));
        });
    }

    /** A tree that is positive wherever the symbols are. */
    public static Arbitrary<Expr> positive(int depth) {
        if (depth == 0) {
            return Arbitraries.oneOf(symbol(), positiveConstant());
        }
        Arbitrary<Expr> sub = Arbitraries.lazy(() -> valid(depth - 1));
        Arbitrary<Expr> pos = Arbitraries.lazy(() -> positive(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, positive(0)),
                net.jqwik.api.Tuple.of(2, sub.map(a -> (Expr) new Call(Fn.EXP, a))),
                net.jqwik.api.Tuple.of(2, sub.map(a -> (Expr) new Call(Fn.SIGMOID, a))),
                net.jqwik.api.Tuple.of(1, pos.map(a -> (Expr) new Call(Fn.SQRT, a))),
                net.jqwik.api.Tuple.of(2, Combinators.combine(pos, pos).as(Add::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(pos, pos).as(Mul::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(pos, pos).as(Div::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(pos, exponent()).as(Pow::new)));
    }

    /** Any tree at all (numbers of any magnitude and sign, nested minus signs, derivatives), for the syntax. */
    public static Arbitrary<Expr> anyTree(int depth) {
        Arbitrary<Expr> number = Arbitraries.oneOf(
                Arbitraries.integers().between(-1000, 1000).map(i -> (Expr) new Num(i)),
                Arbitraries.doubles().between(-1e6, 1e6).map(v -> (Expr) new Num(v)),
                Arbitraries.of(1e-300, -2.5e-20, 1.5e20, 1e15, 123456789012345678.0, 0.1, -0.0, 1e-5, 0.0001)
                        .map(v -> (Expr) new Num(v)));
        Arbitrary<Expr> leaf = Arbitraries.oneOf(number, Arbitraries.of("b", "x", "eta", "f1", "y_2", "_t").map(Sym::new));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Expr> sub = Arbitraries.lazy(() -> anyTree(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, leaf),
                net.jqwik.api.Tuple.of(2, Combinators.combine(sub, sub).as(Add::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(sub, sub).as(Sub::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(sub, sub).as(Mul::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(sub, sub).as(Div::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(sub, sub).as(Pow::new)),
                net.jqwik.api.Tuple.of(2, sub.map(Neg::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.of(GENERATED), sub, sub,
                        Arbitraries.integers().between(0, 16)).as((f, a, b, k) -> (Expr) switch (f.arity()) {
                            case 1 -> new Call(f, a);
                            default -> new Call(f, f == Fn.POLYGAMMA ? new Num(k) : a, b);
                        })),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, Arbitraries.of("b", "x")).as(Diff::new)));
    }
}
