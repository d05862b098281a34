package org.hessianworkbench.symbolic.simplify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.Expr.Add;
import org.hessianworkbench.symbolic.Expr.Div;
import org.hessianworkbench.symbolic.Expr.Mul;
import org.hessianworkbench.symbolic.Expr.Neg;
import org.hessianworkbench.symbolic.Expr.Num;
import org.hessianworkbench.symbolic.Expr.Pow;
import org.hessianworkbench.symbolic.Expr.Sub;

/**
 * The algebra of sums and products: an expression made of {@code + - * / ^} over opaque atoms
 * (symbols, function calls, derivatives, sums inside products) is read as a sum of terms
 * \(c\prod_k b_k^{e_k}\) with exact rational \(c\) and \(e_k\), like terms are collected, equal bases
 * are combined (which cancels \(u/u\)), and it is written back in a canonical shape that keeps the
 * order in which the terms and factors first appeared. A sum is expanded, or a common factor taken
 * out, only when that makes it smaller; {@code sqrt(u)} is read as \(u^{1/2}\) and fractions are
 * written exactly ({@code x^(3/2)}, {@code x/2}); sums over a common denominator, polynomials in one
 * variable divided where they divide, and the double-angle identities give the forms a textbook
 * writes. Stateless.
 */
final class Normalizer {

    /** Sums inside a term are expanded only up to this power: \((u+v)^3\) at most. */
    private static final int MAX_EXPANDED_POWER = 3;

    /** An expansion giving more terms than this is not tried (its result would not be smaller). */
    private static final int MAX_EXPANDED_TERMS = 64;

    /** Integer powers of a product are distributed only up to this exponent. */
    private static final int MAX_DISTRIBUTED_POWER = 64;

    /** Denominators up to this print as fractions ({@code x/3}); larger finite decimals as decimals. */
    private static final long MAX_FRACTION_DENOMINATOR = 12;

    private Normalizer() {
    }

    /** What a normalisation did, in order of importance for naming the step. */
    enum Effect {
        EXPAND("expand and collect", "u*(v + w) = u*v + u*w"),
        FACTOR("factor out", "u*v + u*w = (v + w)*u"),
        COMMON_DENOMINATOR("common denominator", "a/u + b/v = (a*v + b*u)/(u*v)"),
        CANCEL("cancellation", "u*v/u = v"),
        COLLECT_TERMS("collect terms", "a*u + b*u = (a + b)*u"),
        COLLECT_POWERS("collect powers", "u^a*u^b = u^(a + b)"),
        POWER_OF_PRODUCT("power of a product", "(u*v)^n = u^n*v^n"),
        FOLD("constant folding", "arithmetic on numbers"),
        SIGN("-(a - b) = b - a", "-(a - b)*u = (b - a)*u"),
        COEFFICIENT_FIRST("number first", "u*c = c*u"),
        EXACT("exact fraction", "u^0.5 = sqrt(u), u^1.5 = u^(3/2)"),
        DOUBLE_ANGLE("double angle", "2*sin(u)*cos(u) = sin(2*u), cos(u)^2 - sin(u)^2 = cos(2*u)"),
        ASSOCIATIVITY("associativity", "u*(v*w) = u*v*w, u*(v/w) = u*v/w, u - (v - w) = u - v + w");

        final String rule;
        final String formula;

        Effect(String rule, String formula) {
            this.rule = rule;
            this.formula = formula;
        }
    }

    /** A normalised expression and what was done to get it. */
    record Result(Expr expr, Set<Effect> effects) {

        /** The step's rule name: the effects joined, most important first. */
        String rule() {
            StringBuilder b = new StringBuilder();
            for (Effect e : effects) {
                b.append(b.length() == 0 ? "" : ", ").append(e.rule);
            }
            return b.toString();
        }

        String formula() {
            return effects.iterator().next().formula;
        }
    }

    /** A term \(c\prod_k b_k^{e_k}\); the factor map keeps first-appearance order. Effectively immutable. */
    record Term(Rational coef, LinkedHashMap<Expr, Rational> factors) {

        static Term constant(Rational c) {
            return new Term(c, new LinkedHashMap<>());
        }

        static Term atom(Expr e, Rational exponent) {
            LinkedHashMap<Expr, Rational> f = new LinkedHashMap<>();
            f.put(e, exponent);
            return new Term(Rational.ONE, f);
        }

        Term withCoef(Rational c) {
            return new Term(c, factors);
        }
    }

    /**
     * The normal form of an algebraic node whose operands are already simplified, or empty when it
     * changes nothing of substance (only then is the node left as it is). A term of a sum keeps its
     * minus sign (the sum absorbs it); elsewhere {@code -(y - s)*x} becomes {@code (s - y)*x}.
     */
    static Optional<Result> normalize(Expr e, boolean termOfSum) {
        if (!(e instanceof Add || e instanceof Sub || e instanceof Mul || e instanceof Div || e instanceof Neg
                || e instanceof Pow)) {
            return Optional.empty();
        }
        try {
            Set<Effect> effects = EnumSet.noneOf(Effect.class);
            List<Term> terms = collect(poly(e, effects), effects);
            if (!e.hasDiff()) {
                terms = doubleAngle(terms, effects);
                terms = positiveSums(terms, effects);
            }
            List<Term> chosen = terms;
            Expr best = build(terms);
            // a sum with a derivative still to work out is not reshaped: finish differentiating first
            boolean finished = !e.hasDiff();
            if (finished && terms.size() >= 2 && terms.stream().anyMatch(Normalizer::hasExpandable)) {
                List<Term> expanded = expand(terms);
                if (expanded != null) {
                    Expr candidate = build(expanded);
                    if (candidate.size() < best.size()) {
                        best = candidate;
                        chosen = expanded;
                        effects.add(Effect.EXPAND);
                    }
                    Term shared = content(expanded);
                    if (shared != null && build(List.of(shared)).size() < best.size()) {
                        best = build(List.of(shared));
                        chosen = List.of(shared);
                        effects.add(Effect.EXPAND);
                        effects.add(Effect.FACTOR);
                    }
                }
            }
            if (finished && chosen.size() >= 2) {
                Term factored = factor(chosen);
                if (factored != null) {
                    Expr candidate = build(List.of(factored));
                    if (candidate.size() < best.size()) {
                        best = candidate;
                        chosen = List.of(factored);
                        effects.add(Effect.FACTOR);
                    }
                }
            }
            if (finished && chosen.size() >= 2) {
                Term together = together(chosen);
                if (together != null) {
                    Expr candidate = build(List.of(together));
                    if (candidate.size() < best.size()) {
                        best = candidate;
                        chosen = List.of(together);
                        effects.add(Effect.COMMON_DENOMINATOR);
                    }
                }
            }
            if (finished && chosen.size() == 1) {
                Term cancelled = cancelPolynomials(chosen.get(0));
                if (cancelled != null) {
                    best = build(List.of(cancelled));
                    chosen = List.of(cancelled);
                    effects.add(Effect.CANCEL);
                }
            }
            if (finished && !termOfSum && chosen.size() == 1) {
                Term absorbed = absorbSign(chosen.get(0));
                if (absorbed != null) {
                    best = build(List.of(absorbed));
                    effects.add(Effect.SIGN);
                }
            }
            if (!finished) {
                // regrouping alone is not worth a step while a derivative is pending
                effects.remove(Effect.ASSOCIATIVITY);
                effects.remove(Effect.COEFFICIENT_FIRST);
            }
            if (effects.isEmpty() || best.equals(e)) {
                return Optional.empty();
            }
            return Optional.of(new Result(best, effects));
        } catch (ArithmeticException overflow) {
            return Optional.empty();
        }
    }

    /**
     * A product with \(e^{ku}/(1 + e^u)^m\), \(m \ge k \ge 0\), \(m \ge 1\), written with the logistic
     * function: \(\sigma(u)^k (1 - \sigma(u))^{m-k}\) (so \(e^u/(1 + e^u)^2 = \sigma(u)(1 - \sigma(u))\)), or
     * empty when the node has no such factors.
     */
    static Optional<Expr> sigmoid(Expr e) {
        if (!(e instanceof Mul || e instanceof Div) || e.hasDiff()) {
            return Optional.empty();
        }
        try {
            Set<Effect> ignored = EnumSet.noneOf(Effect.class);
            List<Term> terms = collect(poly(e, ignored), ignored);
            if (terms.size() != 1) {
                return Optional.empty();
            }
            Term t = terms.get(0);
            for (Map.Entry<Expr, Rational> x : t.factors().entrySet()) {
                Rational m = x.getValue().negate();
                Optional<Expr> u = onePlusExp(x.getKey());
                if (u.isEmpty() || !m.isInteger() || m.signum() <= 0) {
                    continue;
                }
                Expr exp = new Expr.Call(org.hessianworkbench.symbolic.Fn.EXP, u.get());
                Rational k = t.factors().getOrDefault(exp, Rational.ZERO);
                if (!k.isInteger() || k.signum() < 0 || k.compareTo(m) > 0) {
                    continue;
                }
                if (mentions(t, exp, x.getKey())) {
                    continue; // exp(u) inside another factor would leave the two forms mixed
                }
                Expr s = new Expr.Call(org.hessianworkbench.symbolic.Fn.SIGMOID, u.get());
                // exponents add: the term may already have factors sigmoid(u) or 1 - sigmoid(u)
                // (x*exp(b)/((1 + exp(b))^2*(1 - sigmoid(b))^2) is x*sigmoid(b)/(1 - sigmoid(b)))
                LinkedHashMap<Expr, Rational> f = new LinkedHashMap<>();
                for (Map.Entry<Expr, Rational> y : t.factors().entrySet()) {
                    if (y.getKey().equals(exp)) {
                        f.merge(s, k, Rational::add);
                    } else if (y.getKey() == x.getKey()) {
                        if (!m.equals(k)) {
                            f.merge(new Sub(new Num(1), s), m.subtract(k), Rational::add);
                        }
                    } else {
                        f.merge(y.getKey(), y.getValue(), Rational::add);
                    }
                }
                f.values().removeIf(Rational::isZero);
                return Optional.of(build(List.of(new Term(t.coef(), f))));
            }
            return Optional.empty();
        } catch (ArithmeticException overflow) {
            return Optional.empty();
        }
    }

    /** Whether a factor of {@code t} other than {@code x} itself and {@code except} contains {@code x}. */
    private static boolean mentions(Term t, Expr x, Expr except) {
        for (Expr f : t.factors().keySet()) {
            if (f != except && !f.equals(x) && contains(f, x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(Expr e, Expr x) {
        if (e.equals(x)) {
            return true;
        }
        for (Expr c : Expr.children(e)) {
            if (contains(c, x)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code u} of a sum {@code 1 + exp(u)} (in either order). */
    private static Optional<Expr> onePlusExp(Expr sum) {
        if (!(sum instanceof Add a)) {
            return Optional.empty();
        }
        Expr one = a.left();
        Expr other = a.right();
        if (!(one instanceof Num)) {
            one = a.right();
            other = a.left();
        }
        if (one instanceof Num n && n.value() == 1 && other instanceof Expr.Call c
                && c.fn() == org.hessianworkbench.symbolic.Fn.EXP) {
            return Optional.of(c.arg());
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ reading

    /** The terms of {@code e}, before like terms are collected. */
    static List<Term> poly(Expr e, Set<Effect> effects) {
        if (e instanceof Num n) {
            Optional<Rational> r = Rational.of(n.value());
            return List.of(r.isPresent() ? Term.constant(r.get()) : Term.atom(e, Rational.ONE));
        } else if (e instanceof Add a) {
            if (isSum(a.right())) {
                effects.add(Effect.ASSOCIATIVITY);
            }
            return concat(poly(a.left(), effects), poly(a.right(), effects));
        } else if (e instanceof Sub s) {
            if (isSum(s.right())) {
                effects.add(Effect.ASSOCIATIVITY);
            }
            return concat(poly(s.left(), effects), negate(poly(s.right(), effects)));
        } else if (e instanceof Neg n) {
            return negate(poly(n.operand(), effects));
        } else if (e instanceof Mul m) {
            if (m.right() instanceof Mul || m.right() instanceof Div || m.left() instanceof Div) {
                effects.add(Effect.ASSOCIATIVITY);
            }
            if (m.right() instanceof Num && !(m.left() instanceof Num)) {
                effects.add(Effect.COEFFICIENT_FIRST);
            }
            Term a = asTerm(poly(m.left(), effects), m.left());
            Term b = asTerm(poly(m.right(), effects), m.right());
            return List.of(multiply(a, b, effects));
        } else if (e instanceof Div d) {
            if (d.left() instanceof Div || d.right() instanceof Div) {
                effects.add(Effect.ASSOCIATIVITY);
            }
            Term a = asTerm(poly(d.left(), effects), d.left());
            Term b = asTerm(poly(d.right(), effects), d.right());
            if (b.coef().isZero()) {
                return List.of(Term.atom(e, Rational.ONE));
            }
            return List.of(multiply(a, invert(b), effects));
        } else if (e instanceof Pow p) {
            return List.of(power(p, effects));
        } else if (e instanceof Expr.Call c && c.fn() == org.hessianworkbench.symbolic.Fn.SQRT) {
            // sqrt(u) is u^(1/2), so sqrt(u)*u = u^(3/2) and sqrt(u)/u = 1/sqrt(u)
            return List.of(power(new Pow(c.arg(), new Div(new Num(1), new Num(2))), effects));
        }
        return List.of(Term.atom(e, Rational.ONE));
    }

    private static boolean isSum(Expr e) {
        return e instanceof Add || e instanceof Sub;
    }

    /** A constant rational exponent: {@code 2}, {@code -1}, {@code 1/2}, {@code -(1/2)}. */
    static Optional<Rational> constant(Expr e) {
        if (e instanceof Num n) {
            return Rational.of(n.value());
        } else if (e instanceof Neg n) {
            return constant(n.operand()).map(Rational::negate);
        } else if (e instanceof Div d) {
            Optional<Rational> a = constant(d.left());
            Optional<Rational> b = constant(d.right());
            if (a.isPresent() && b.isPresent() && !b.get().isZero()) {
                return Optional.of(a.get().divide(b.get()));
            }
        }
        return Optional.empty();
    }

    private static Term power(Pow p, Set<Effect> effects) {
        Optional<Rational> r = constant(p.exponent());
        if (r.isEmpty()) {
            return Term.atom(p, Rational.ONE);
        }
        Rational k = r.get();
        if (p.exponent() instanceof Num && !k.isInteger() && k.den() <= MAX_FRACTION_DENOMINATOR) {
            effects.add(Effect.EXACT); // u^-0.5 is written 1/sqrt(u), u^1.5 as u^(3/2)
        }
        List<Term> base = poly(p.base(), EnumSet.noneOf(Effect.class));
        if (base.size() != 1) {
            Term t = asTerm(base, p.base());
            if (k.isInteger() && Math.abs(k.num()) <= MAX_DISTRIBUTED_POWER) {
                return powerOf(t, k, effects);
            }
            return Term.atom(p.base(), k);
        }
        Term t = poly(p.base(), effects).get(0);
        if (k.isInteger() && Math.abs(k.num()) <= MAX_DISTRIBUTED_POWER && !(t.coef().isZero() && k.signum() < 0)) {
            if (t.factors().size() > 1 || !t.coef().isOne() && !t.factors().isEmpty()) {
                effects.add(Effect.POWER_OF_PRODUCT);
            } else if (t.factors().size() == 1 && !t.factors().values().iterator().next().isOne()) {
                effects.add(Effect.COLLECT_POWERS);
            } else if (t.factors().isEmpty()) {
                effects.add(Effect.FOLD);
            }
            return powerOf(t, k, effects);
        }
        if (t.coef().isOne() && t.factors().size() == 1 && t.factors().values().iterator().next().isOne()) {
            return Term.atom(t.factors().keySet().iterator().next(), k);
        }
        return Term.atom(p.base(), k);
    }

    private static Term powerOf(Term t, Rational k, Set<Effect> effects) {
        int n = (int) k.num();
        LinkedHashMap<Expr, Rational> f = new LinkedHashMap<>();
        for (Map.Entry<Expr, Rational> x : t.factors().entrySet()) {
            f.put(x.getKey(), x.getValue().multiply(k));
        }
        return new Term(t.coef().pow(n), f);
    }

    /** One term standing for a (possibly multi-term) operand: a sum becomes a factor, its sign kept outside. */
    private static Term asTerm(List<Term> p, Expr source) {
        if (p.size() == 1) {
            return p.get(0);
        }
        if (source instanceof Neg n) {
            Term inner = asTerm(poly(n.operand(), EnumSet.noneOf(Effect.class)), n.operand());
            return inner.withCoef(inner.coef().negate());
        }
        return Term.atom(source, Rational.ONE);
    }

    private static Term multiply(Term a, Term b, Set<Effect> effects) {
        if (!a.coef().abs().isOne() && !b.coef().abs().isOne()) {
            effects.add(Effect.FOLD);
        }
        LinkedHashMap<Expr, Rational> f = new LinkedHashMap<>(a.factors());
        for (Map.Entry<Expr, Rational> x : b.factors().entrySet()) {
            Rational old = f.get(x.getKey());
            if (old == null) {
                f.put(x.getKey(), x.getValue());
                continue;
            }
            Rational sum = old.add(x.getValue());
            effects.add(old.signum() != x.getValue().signum() ? Effect.CANCEL : Effect.COLLECT_POWERS);
            if (sum.isZero()) {
                f.remove(x.getKey());
            } else {
                f.put(x.getKey(), sum);
            }
        }
        return new Term(a.coef().multiply(b.coef()), f);
    }

    private static Term invert(Term t) {
        LinkedHashMap<Expr, Rational> f = new LinkedHashMap<>();
        for (Map.Entry<Expr, Rational> x : t.factors().entrySet()) {
            f.put(x.getKey(), x.getValue().negate());
        }
        return new Term(Rational.ONE.divide(t.coef()), f);
    }

    private static List<Term> concat(List<Term> a, List<Term> b) {
        List<Term> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<Term> negate(List<Term> p) {
        List<Term> out = new ArrayList<>(p.size());
        for (Term t : p) {
            out.add(t.withCoef(t.coef().negate()));
        }
        return out;
    }

    /** Like terms (the same factors with the same exponents, in any order) added up; zeros dropped. */
    static List<Term> collect(List<Term> p, Set<Effect> effects) {
        LinkedHashMap<Map<Expr, Rational>, Rational> sums = new LinkedHashMap<>();
        Map<Map<Expr, Rational>, LinkedHashMap<Expr, Rational>> firstOrder = new LinkedHashMap<>();
        for (Term t : p) {
            Rational old = sums.get(t.factors());
            if (old != null) {
                effects.add(Effect.COLLECT_TERMS);
                sums.put(t.factors(), old.add(t.coef()));
            } else {
                sums.put(t.factors(), t.coef());
                firstOrder.put(t.factors(), t.factors());
            }
        }
        List<Term> out = new ArrayList<>();
        for (Map.Entry<Map<Expr, Rational>, Rational> x : sums.entrySet()) {
            if (x.getValue().isZero()) {
                if (p.size() > 1) {
                    effects.add(Effect.COLLECT_TERMS);
                }
                continue;
            }
            out.add(new Term(x.getValue(), firstOrder.get(x.getKey())));
        }
        return out;
    }

    // ------------------------------------------------------------------ expanding and factoring

    private static boolean isExpandable(Expr base, Rational e) {
        return isSum(base) && e.isInteger() && e.signum() > 0 && e.num() <= MAX_EXPANDED_POWER;
    }

    private static boolean hasExpandable(Term t) {
        for (Map.Entry<Expr, Rational> x : t.factors().entrySet()) {
            if (isExpandable(x.getKey(), x.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** Every sum factor multiplied out, like terms collected; null when it would be too large. */
    private static List<Term> expand(List<Term> terms) {
        Set<Effect> ignored = EnumSet.noneOf(Effect.class);
        List<Term> out = new ArrayList<>();
        for (Term t : terms) {
            LinkedHashMap<Expr, Rational> rest = new LinkedHashMap<>();
            List<List<Term>> sums = new ArrayList<>();
            for (Map.Entry<Expr, Rational> x : t.factors().entrySet()) {
                if (isExpandable(x.getKey(), x.getValue())) {
                    List<Term> s = collect(poly(x.getKey(), ignored), ignored);
                    for (int i = 0; i < x.getValue().num(); i++) {
                        sums.add(s);
                    }
                } else {
                    rest.put(x.getKey(), x.getValue());
                }
            }
            List<Term> product = List.of(new Term(t.coef(), rest));
            for (List<Term> s : sums) {
                List<Term> next = new ArrayList<>();
                for (Term a : product) {
                    for (Term b : s) {
                        next.add(multiply(a, b, ignored));
                    }
                }
                if (next.size() > MAX_EXPANDED_TERMS) {
                    return null;
                }
                product = next;
            }
            out.addAll(product);
        }
        return collect(out, ignored);
    }

    /**
     * The terms' common number taken out when it is a fraction, {@code 1/2 - x/2 = (1 - x)/2}, or null
     * when it is a whole number or there is none.
     */
    private static Term content(List<Term> terms) {
        if (terms.size() < 2) {
            return null;
        }
        long g = 0;
        long l = 1;
        for (Term t : terms) {
            g = java.math.BigInteger.valueOf(g).gcd(java.math.BigInteger.valueOf(Math.abs(t.coef().num()))).longValueExact();
            long d = t.coef().den();
            l = Math.multiplyExact(l / java.math.BigInteger.valueOf(l).gcd(java.math.BigInteger.valueOf(d)).longValueExact(), d);
        }
        Rational c = new Rational(g, l);
        if (c.isInteger()) {
            return null;
        }
        List<Term> inner = new ArrayList<>();
        for (Term t : terms) {
            inner.add(t.withCoef(t.coef().divide(c)));
        }
        LinkedHashMap<Expr, Rational> f = new LinkedHashMap<>();
        f.put(build(inner), Rational.ONE);
        return new Term(c, f);
    }

    /** The common factor of all terms taken out, {@code (sum)*common}, or null when there is none. */
    private static Term factor(List<Term> terms) {
        LinkedHashMap<Expr, Rational> common = new LinkedHashMap<>();
        for (Map.Entry<Expr, Rational> x : terms.get(0).factors().entrySet()) {
            Rational e = x.getValue();
            boolean everywhere = true;
            for (Term t : terms) {
                Rational f = t.factors().get(x.getKey());
                if (f == null || f.signum() != e.signum()) {
                    everywhere = false;
                    break;
                }
                e = e.signum() > 0 ? (f.compareTo(e) < 0 ? f : e) : (f.compareTo(e) > 0 ? f : e);
            }
            if (everywhere) {
                common.put(x.getKey(), e);
            }
        }
        if (common.isEmpty()) {
            return null;
        }
        List<Term> rest = new ArrayList<>();
        for (Term t : terms) {
            LinkedHashMap<Expr, Rational> f = new LinkedHashMap<>(t.factors());
            for (Map.Entry<Expr, Rational> c : common.entrySet()) {
                Rational left = f.get(c.getKey()).subtract(c.getValue());
                if (left.isZero()) {
                    f.remove(c.getKey());
                } else {
                    f.put(c.getKey(), left);
                }
            }
            rest.add(new Term(t.coef(), f));
        }
        LinkedHashMap<Expr, Rational> f = new LinkedHashMap<>();
        f.put(build(rest), Rational.ONE);
        for (Map.Entry<Expr, Rational> c : common.entrySet()) {
            // the sum left may be one of the common factors itself, (1 - s)*e - (1 - s)*s*e = (1 - s)^2*e:
            // its exponents add
            Rational sum = f.containsKey(c.getKey()) ? f.get(c.getKey()).add(c.getValue()) : c.getValue();
            if (sum.isZero()) {
                f.remove(c.getKey());
            } else {
                f.put(c.getKey(), sum);
            }
        }
        return new Term(Rational.ONE, f);
    }

    /**
     * The terms over their common denominator, {@code a/u + b/v = (a*v + b*u)/(u*v)} (the highest power
     * of each base with a negative exponent), the numerator multiplied out and collected; null when no
     * term has a denominator, or when the numerator stays a sum and no denominator is a root (a sum of
     * fractions such as {@code (1 - y)/(1 - p) - y/p} is already how a textbook writes it).
     */
    private static Term together(List<Term> terms) {
        LinkedHashMap<Expr, Rational> common = new LinkedHashMap<>();
        for (Term t : terms) {
            for (Map.Entry<Expr, Rational> x : t.factors().entrySet()) {
                if (x.getValue().signum() < 0) {
                    Rational d = x.getValue().negate();
                    Rational old = common.get(x.getKey());
                    common.put(x.getKey(), old == null || d.compareTo(old) > 0 ? d : old);
                }
            }
        }
        if (common.isEmpty()) {
            return null;
        }
        boolean root = common.values().stream().anyMatch(r -> !r.isInteger());
        List<Term> numerator = new ArrayList<>();
        for (Term t : terms) {
            LinkedHashMap<Expr, Rational> f = new LinkedHashMap<>(t.factors());
            for (Map.Entry<Expr, Rational> c : common.entrySet()) {
                Rational e = f.getOrDefault(c.getKey(), Rational.ZERO).add(c.getValue());
                if (e.isZero()) {
                    f.remove(c.getKey());
                } else {
                    f.put(c.getKey(), e);
                }
            }
            numerator.add(new Term(t.coef(), f));
        }
        Set<Effect> ignored = EnumSet.noneOf(Effect.class);
        List<Term> n = collect(numerator, ignored);
        List<Term> expanded = n.stream().anyMatch(Normalizer::hasExpandable) ? expand(n) : null;
        if (expanded != null && build(expanded).size() < build(n).size()) {
            n = expanded;
        }
        if (n.size() >= 2) {
            Term factored = factor(n);
            if (factored != null && build(List.of(factored)).size() < build(n).size()) {
                n = List.of(factored);
            }
        }
        if (!root && n.size() > 1) {
            return null; // a sum of fractions is textbook form unless the numerator collapses
        }
        Term top;
        if (n.isEmpty()) {
            return Term.constant(Rational.ZERO);
        } else if (n.size() == 1) {
            top = n.get(0);
        } else {
            top = Term.atom(build(n), Rational.ONE);
        }
        Term out = top;
        for (Map.Entry<Expr, Rational> c : common.entrySet()) {
            out = multiply(out, Term.atom(c.getKey(), c.getValue().negate()), ignored);
        }
        return out;
    }

    /**
     * A numerator polynomial divided by a denominator polynomial where it divides exactly, both in one
     * variable (a symbol or any other atom, such as {@code exp(x)}): {@code (x^2 - 1)/(x - 1)^2 = (x + 1)/(x - 1)}.
     * Null when nothing divides.
     */
    private static Term cancelPolynomials(Term t) {
        boolean changed = false;
        LinkedHashMap<Expr, Rational> f = new LinkedHashMap<>(t.factors());
        Rational coef = t.coef();
        for (Expr top : List.copyOf(f.keySet())) {
            Rational e = f.get(top);
            if (e == null || !isSum(top) || !e.isOne()) {
                continue;
            }
            List<Term> n = expanded(top);
            for (Expr bottom : List.copyOf(f.keySet())) {
                Rational d = f.get(bottom);
                if (d == null || !isSum(bottom) || !d.isInteger() || d.signum() >= 0) {
                    continue;
                }
                List<Term> b = expanded(bottom);
                Expr var = variable(n, b);
                if (var == null) {
                    continue;
                }
                Rational[] num = coefficients(n, var);
                Rational[] den = coefficients(b, var);
                if (num == null || den == null || den.length < 2) {
                    continue;
                }
                int times = 0;
                Rational[] q = divide(num, den);
                while (q != null && times < -d.num()) {
                    num = q;
                    times++;
                    q = num.length >= den.length ? divide(num, den) : null;
                }
                if (times == 0) {
                    continue;
                }
                changed = true;
                Rational left = d.add(Rational.of(times));
                if (left.isZero()) {
                    f.remove(bottom);
                } else {
                    f.put(bottom, left);
                }
                List<Term> quotient = terms(num, var);
                f.remove(top);
                if (quotient.size() == 1) {
                    Term only = quotient.get(0);
                    coef = coef.multiply(only.coef());
                    for (Map.Entry<Expr, Rational> x : only.factors().entrySet()) {
                        f.merge(x.getKey(), x.getValue(), Rational::add);
                    }
                } else {
                    f.put(build(quotient), Rational.ONE);
                }
                break;
            }
        }
        if (!changed) {
            return null;
        }
        f.values().removeIf(Rational::isZero);
        return new Term(coef, f);
    }

    private static List<Term> expanded(Expr sum) {
        Set<Effect> ignored = EnumSet.noneOf(Effect.class);
        List<Term> p = collect(poly(sum, ignored), ignored);
        // sums inside sums, ((x + 2)*x + 1)^2: a few rounds reach the polynomial
        for (int round = 0; round < MAX_EXPANDED_POWER && p.stream().anyMatch(Normalizer::hasExpandable); round++) {
            List<Term> x = expand(p);
            if (x == null) {
                return p;
            }
            p = x;
        }
        return p;
    }

    /**
     * The double-angle identities on the terms of a sum: a term {@code 2k*sin(u)*cos(u)*r} becomes
     * {@code k*sin(2*u)*r}, and two terms {@code a*cos(u)^2*r - a*sin(u)^2*r} become {@code a*cos(2*u)*r}.
     */
    private static List<Term> doubleAngle(List<Term> terms, Set<Effect> effects) {
        List<Term> out = new ArrayList<>(terms);
        for (int i = 0; i < out.size(); i++) {
            Term t = out.get(i);
            Rational half = t.coef().divide(Rational.of(2));
            if (!half.isInteger()) {
                continue;
            }
            for (Expr f : t.factors().keySet()) {
                if (f instanceof Expr.Call c && c.fn() == org.hessianworkbench.symbolic.Fn.SIN
                        && Rational.ONE.equals(t.factors().get(f))) {
                    Expr cos = new Expr.Call(org.hessianworkbench.symbolic.Fn.COS, c.arg());
                    if (Rational.ONE.equals(t.factors().get(cos))) {
                        LinkedHashMap<Expr, Rational> g = new LinkedHashMap<>();
                        for (Map.Entry<Expr, Rational> x : t.factors().entrySet()) {
                            if (x.getKey().equals(f)) {
                                g.put(new Expr.Call(org.hessianworkbench.symbolic.Fn.SIN, twice(c.arg())), Rational.ONE);
                            } else if (!x.getKey().equals(cos)) {
                                g.put(x.getKey(), x.getValue());
                            }
                        }
                        out.set(i, new Term(half, g));
                        effects.add(Effect.DOUBLE_ANGLE);
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            for (int j = 0; j < out.size(); j++) {
                if (i == j) {
                    continue;
                }
                Term a = out.get(i);
                Term b = out.get(j);
                if (!a.coef().equals(b.coef().negate())) {
                    continue;
                }
                for (Expr f : a.factors().keySet()) {
                    if (!(f instanceof Expr.Call c && c.fn() == org.hessianworkbench.symbolic.Fn.COS)
                            || !Rational.of(2).equals(a.factors().get(f))) {
                        continue;
                    }
                    Expr sin = new Expr.Call(org.hessianworkbench.symbolic.Fn.SIN, c.arg());
                    LinkedHashMap<Expr, Rational> ra = new LinkedHashMap<>(a.factors());
                    ra.remove(f);
                    LinkedHashMap<Expr, Rational> rb = new LinkedHashMap<>(b.factors());
                    if (!Rational.of(2).equals(rb.remove(sin)) || !ra.equals(rb)) {
                        continue;
                    }
                    LinkedHashMap<Expr, Rational> g = new LinkedHashMap<>();
                    for (Map.Entry<Expr, Rational> x : a.factors().entrySet()) {
                        if (x.getKey().equals(f)) {
                            g.put(new Expr.Call(org.hessianworkbench.symbolic.Fn.COS, twice(c.arg())), Rational.ONE);
                        } else {
                            g.put(x.getKey(), x.getValue());
                        }
                    }
                    out.set(i, new Term(a.coef(), g));
                    out.remove(j);
                    effects.add(Effect.DOUBLE_ANGLE);
                    return doubleAngle(out, effects);
                }
            }
        }
        return out;
    }

    /**
     * A sum factor whose terms all have a minus sign has it taken out: {@code 2 - (-6*x - 6)*x} is
     * {@code 2 + (6*x + 6)*x}.
     */
    private static List<Term> positiveSums(List<Term> terms, Set<Effect> effects) {
        List<Term> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            Term flipped = t;
            for (Map.Entry<Expr, Rational> x : t.factors().entrySet()) {
                Rational e = x.getValue();
                if (!isSum(x.getKey()) || !e.isInteger() || e.num() % 2 == 0) {
                    continue;
                }
                Set<Effect> ignored = EnumSet.noneOf(Effect.class);
                List<Term> inner = collect(poly(x.getKey(), ignored), ignored);
                if (inner.size() < 2 || inner.stream().anyMatch(n -> n.coef().signum() > 0)) {
                    continue;
                }
                LinkedHashMap<Expr, Rational> f = new LinkedHashMap<>();
                for (Map.Entry<Expr, Rational> y : t.factors().entrySet()) {
                    // the flipped sum may be another factor of the term, as in (-2 - y)/(2 + y): the powers add
                    f.merge(y.getKey() == x.getKey() ? build(negate(inner)) : y.getKey(), y.getValue(), Rational::add);
                }
                f.values().removeIf(r -> r.signum() == 0);
                flipped = new Term(t.coef().negate(), f);
                effects.add(Effect.SIGN);
                break;
            }
            out.add(flipped);
        }
        return out;
    }

    private static Expr twice(Expr u) {
        Set<Effect> ignored = EnumSet.noneOf(Effect.class);
        List<Term> p = collect(poly(u, ignored), ignored);
        List<Term> doubled = new ArrayList<>();
        for (Term t : p) {
            doubled.add(t.withCoef(t.coef().multiply(Rational.of(2))));
        }
        return build(doubled);
    }

    /** The one atom both polynomials are written in, or null. */
    private static Expr variable(List<Term> a, List<Term> b) {
        Expr var = null;
        for (List<Term> p : List.of(a, b)) {
            for (Term t : p) {
                for (Expr k : t.factors().keySet()) {
                    if (var == null) {
                        var = k;
                    } else if (!var.equals(k)) {
                        return null;
                    }
                }
            }
        }
        return var;
    }

    /** The coefficients by degree of a polynomial in {@code var}, or null when it is not one. */
    private static Rational[] coefficients(List<Term> p, Expr var) {
        int degree = 0;
        for (Term t : p) {
            Rational k = t.factors().getOrDefault(var, Rational.ZERO);
            if (!k.isInteger() || k.signum() < 0 || k.num() > MAX_DISTRIBUTED_POWER) {
                return null;
            }
            degree = Math.max(degree, (int) k.num());
        }
        Rational[] c = new Rational[degree + 1];
        java.util.Arrays.fill(c, Rational.ZERO);
        for (Term t : p) {
            int k = (int) t.factors().getOrDefault(var, Rational.ZERO).num();
            c[k] = c[k].add(t.coef());
        }
        return c;
    }

    /** The quotient of exact division, or null when there is a remainder. */
    private static Rational[] divide(Rational[] num, Rational[] den) {
        int dn = den.length - 1;
        while (dn > 0 && den[dn].isZero()) {
            dn--;
        }
        if (dn == 0 || num.length - 1 < dn) {
            return null;
        }
        Rational[] r = num.clone();
        Rational[] q = new Rational[num.length - dn];
        java.util.Arrays.fill(q, Rational.ZERO);
        for (int k = num.length - 1; k >= dn; k--) {
            Rational c = r[k].divide(den[dn]);
            q[k - dn] = c;
            for (int j = 0; j <= dn; j++) {
                r[k - dn + j] = r[k - dn + j].subtract(c.multiply(den[j]));
            }
        }
        for (Rational x : r) {
            if (!x.isZero()) {
                return null;
            }
        }
        return q;
    }

    /** A polynomial's terms, highest degree first. */
    private static List<Term> terms(Rational[] c, Expr var) {
        List<Term> out = new ArrayList<>();
        for (int k = c.length - 1; k >= 0; k--) {
            if (c[k].isZero()) {
                continue;
            }
            LinkedHashMap<Expr, Rational> f = new LinkedHashMap<>();
            if (k > 0) {
                f.put(var, Rational.of(k));
            }
            out.add(new Term(c[k], f));
        }
        return out;
    }

    /** {@code -(y - s)*x} as {@code (s - y)*x}: a negative term's sign moved into a sum factor that has a minus. */
    private static Term absorbSign(Term t) {
        if (t.coef().signum() >= 0) {
            return null;
        }
        for (Map.Entry<Expr, Rational> x : t.factors().entrySet()) {
            Rational e = x.getValue();
            if (!isSum(x.getKey()) || !e.isInteger() || e.num() % 2 == 0) {
                continue;
            }
            List<Term> negated = negate(collect(poly(x.getKey(), EnumSet.noneOf(Effect.class)),
                    EnumSet.noneOf(Effect.class)));
            if (negated.stream().noneMatch(n -> n.coef().signum() > 0)) {
                continue;
            }
            Expr flipped = build(negated);
            if (t.factors().containsKey(flipped)) {
                continue;
            }
            LinkedHashMap<Expr, Rational> f = new LinkedHashMap<>();
            for (Map.Entry<Expr, Rational> y : t.factors().entrySet()) {
                f.put(y.getKey() == x.getKey() ? flipped : y.getKey(), y.getValue());
            }
            return new Term(t.coef().negate(), f);
        }
        return null;
    }

    // ------------------------------------------------------------------ writing

    /** The terms as an expression: a positive term first when there is one, then the others in order. */
    static Expr build(List<Term> terms) {
        if (terms.isEmpty()) {
            return new Num(0);
        }
        List<Term> order = new ArrayList<>(terms);
        if (order.get(0).coef().signum() < 0) {
            for (int i = 1; i < order.size(); i++) {
                if (order.get(i).coef().signum() > 0) {
                    order.add(0, order.remove(i));
                    break;
                }
            }
        }
        Expr out = null;
        for (Term t : order) {
            Expr magnitude = magnitude(t);
            boolean negative = t.coef().signum() < 0;
            if (out == null) {
                out = !negative ? magnitude
                        : magnitude instanceof Num n ? new Num(-n.value()) : new Neg(magnitude);
            } else {
                out = negative ? new Sub(out, magnitude) : new Add(out, magnitude);
            }
        }
        return out;
    }

    /** \(|c|\prod b^e\) as {@code numerator/denominator}. */
    private static Expr magnitude(Term t) {
        Rational c = t.coef().abs();
        if (t.factors().isEmpty()) {
            return number(c);
        }
        List<Expr> num = new ArrayList<>();
        List<Expr> den = new ArrayList<>();
        boolean fraction = c.den() != 1 && (c.den() <= MAX_FRACTION_DENOMINATOR || !c.isFiniteDecimal());
        if (c.den() == 1 || fraction) {
            if (c.num() != 1) {
                num.add(new Num(c.num()));
            }
            if (c.den() != 1) {
                den.add(new Num(c.den()));
            }
        } else {
            num.add(new Num(c.toDouble()));
        }
        for (Map.Entry<Expr, Rational> x : t.factors().entrySet()) {
            Rational e = x.getValue();
            if (e.signum() > 0) {
                num.add(power(x.getKey(), e));
            } else {
                den.add(power(x.getKey(), e.negate()));
            }
        }
        Expr n = num.isEmpty() ? new Num(1) : product(num);
        return den.isEmpty() ? n : new Div(n, product(den));
    }

    private static Expr product(List<Expr> factors) {
        Expr out = factors.get(0);
        for (int i = 1; i < factors.size(); i++) {
            out = new Mul(out, factors.get(i));
        }
        return out;
    }

    private static Expr power(Expr base, Rational e) {
        if (e.isOne()) {
            return base;
        }
        if (e.num() == 1 && e.den() == 2) {
            return new Expr.Call(org.hessianworkbench.symbolic.Fn.SQRT, base);
        }
        return new Pow(base, e.signum() < 0 ? new Neg(exponent(e.negate())) : exponent(e));
    }

    /** A positive exponent: a whole number, or an exact fraction {@code p/q} (not 1.5). */
    private static Expr exponent(Rational e) {
        if (!e.isInteger() && e.den() <= MAX_FRACTION_DENOMINATOR) {
            return new Div(new Num(e.num()), new Num(e.den()));
        }
        return number(e);
    }

    /**
     * A non-negative number: a fraction with a small denominator as {@code p/q} (kept exact), else one
     * number when it prints short (as constant folding would write it), else {@code p/q}.
     */
    private static Expr number(Rational c) {
        if (!c.isInteger() && c.den() <= MAX_FRACTION_DENOMINATOR) {
            return new Div(new Num(c.num()), new Num(c.den())); // exact: 3/2, not 1.5
        }
        if (c.isInteger() || c.isShortDecimal()) {
            return new Num(c.toDouble());
        }
        return new Div(new Num(c.num()), new Num(c.den()));
    }
}
