package org.hessianworkbench.symbolic.simplify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.Expr.Add;
import org.hessianworkbench.symbolic.Expr.Mul;
import org.hessianworkbench.symbolic.Expr.Neg;
import org.hessianworkbench.symbolic.Expr.Sub;
import org.hessianworkbench.symbolic.print.Printer;

/**
 * A canonical order of sums and products: the terms of every sum and the factors of every product
 * sorted by their text, so that {@code x*b} and {@code b*x} become the same tree. It only uses
 * commutativity and associativity, so the value never changes. Used to compare two expressions;
 * a derivation keeps the order in which its terms appear. Stateless.
 */
public final class Canonical {

    private Canonical() {
    }

    /** The expression with every sum and product in canonical order. */
    public static Expr order(Expr e) {
        Expr[] c = Expr.children(e);
        for (int i = 0; i < c.length; i++) {
            c[i] = order(c[i]);
        }
        Expr x = c.length == 0 ? e : Expr.withChildren(e, c);
        if (x instanceof Mul) {
            List<Expr> factors = new ArrayList<>();
            factors(x, factors);
            factors.sort(Comparator.comparing(Printer::text));
            Expr out = factors.get(0);
            for (int i = 1; i < factors.size(); i++) {
                out = new Mul(out, factors.get(i));
            }
            return out;
        }
        if (x instanceof Add || x instanceof Sub) {
            List<Expr> plus = new ArrayList<>();
            List<Expr> minus = new ArrayList<>();
            terms(x, true, plus, minus);
            plus.sort(Comparator.comparing(Printer::text));
            minus.sort(Comparator.comparing(Printer::text));
            Expr out = plus.isEmpty() ? new Neg(minus.remove(0)) : plus.remove(0);
            for (Expr t : plus) {
                out = new Add(out, t);
            }
            for (Expr t : minus) {
                out = new Sub(out, t);
            }
            return out;
        }
        return x;
    }

    private static void factors(Expr e, List<Expr> out) {
        if (e instanceof Mul m) {
            factors(m.left(), out);
            factors(m.right(), out);
        } else {
            out.add(e);
        }
    }

    private static void terms(Expr e, boolean positive, List<Expr> plus, List<Expr> minus) {
        if (e instanceof Add a) {
            terms(a.left(), positive, plus, minus);
            terms(a.right(), positive, plus, minus);
        } else if (e instanceof Sub s) {
            terms(s.left(), positive, plus, minus);
            terms(s.right(), !positive, plus, minus);
        } else {
            (positive ? plus : minus).add(e);
        }
    }
}
