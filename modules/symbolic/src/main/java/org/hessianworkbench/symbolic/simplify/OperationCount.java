package org.hessianworkbench.symbolic.simplify;

import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.Expr.Add;
import org.hessianworkbench.symbolic.Expr.Call;
import org.hessianworkbench.symbolic.Expr.Div;
import org.hessianworkbench.symbolic.Expr.Mul;
import org.hessianworkbench.symbolic.Expr.Neg;
import org.hessianworkbench.symbolic.Expr.Num;
import org.hessianworkbench.symbolic.Expr.Pow;
import org.hessianworkbench.symbolic.Expr.Sub;
import org.hessianworkbench.symbolic.Fn;

/**
 * The number of operations in an expression as SymPy's {@code count_ops} counts them, a measure of
 * how short a result is written. SymPy counts its own trees (sums and products with many operands,
 * minus signs inside coefficients, {@code exp(-u)} held as a power of \(e\)); this counter reads our
 * binary tree the same way:
 * <ul>
 * <li>a sum of \(k\) terms: \(k - 1\) ADD or SUB (SUB for a term with a minus sign); a minus on the first
 * term is free (\(-a + b\) is one SUB) unless every term has one (\(-a - b\) is a NEG and a SUB);</li>
 * <li>a product or quotient is split into numerator and denominator as SymPy's {@code fraction} does
 * (a factor \(u^{-k}\) or \(e^{-u}\) belongs to the denominator): a minus sign is one NEG, a
 * denominator one DIV, each numerator and denominator of \(m\) factors \(m - 1\) MUL (a whole-number
 * coefficient is a factor; a number alone over a denominator is not counted);</li>
 * <li>{@code u^v}: one POW, except {@code u^-1}, which is one DIV;</li>
 * <li>a function call: one (EXP, LOG, SIGMOID, ...), except {@code sqrt(u)}, which SymPy holds as
 * {@code u^(1/2)}: a POW and a DIV;</li>
 * <li>a number: a negative one is a NEG, one that is not a whole number a DIV (SymPy holds it as the
 * fraction {@code p/q}); symbols count nothing.</li>
 * </ul>
 * The textbook corpus checks the counter against SymPy's count of every SymPy result it records.
 * Stateless.
 */
public final class OperationCount {

    private OperationCount() {
    }

    /** The number of operations of {@code e}. */
    public static int of(Expr e) {
        if (e instanceof Num n) {
            return number(n.value());
        } else if (e instanceof Add || e instanceof Sub) {
            return sum(e);
        } else if (e instanceof Mul || e instanceof Div || e instanceof Neg) {
            return product(e, false);
        } else if (e instanceof Pow p) {
            return (isMinusOne(p.exponent()) ? 1 : 1 + of(p.exponent())) + of(p.base());
        } else if (e instanceof Call c) {
            int own = c.fn() == Fn.SQRT ? 2 : 1;
            for (Expr a : c.args()) {
                own += of(a);
            }
            return own;
        }
        int own = e instanceof Expr.Diff ? 1 : 0;
        for (Expr c : Expr.children(e)) {
            own += of(c);
        }
        return own;
    }

    private static int number(double v) {
        return (v < 0 ? 1 : 0) + (v == Math.rint(v) ? 0 : 1);
    }

    private static int sum(Expr e) {
        List<Expr> terms = new ArrayList<>();
        List<Boolean> minus = new ArrayList<>();
        terms(e, false, terms, minus);
        int count = terms.size() - 1;
        boolean allNegative = true;
        for (int i = 0; i < terms.size(); i++) {
            Expr t = terms.get(i);
            boolean negative = minus.get(i) != negative(t);
            allNegative &= negative;
            count += unsigned(t);
        }
        return allNegative ? count + 1 : count;
    }

    private static void terms(Expr e, boolean minus, List<Expr> terms, List<Boolean> signs) {
        if (e instanceof Add a) {
            terms(a.left(), minus, terms, signs);
            terms(a.right(), minus, terms, signs);
        } else if (e instanceof Sub s) {
            terms(s.left(), minus, terms, signs);
            terms(s.right(), !minus, terms, signs);
        } else {
            terms.add(e);
            signs.add(minus);
        }
    }

    /** Whether a term carries a minus sign of its own. */
    private static boolean negative(Expr t) {
        if (t instanceof Num n) {
            return n.value() < 0;
        }
        if (t instanceof Neg || t instanceof Mul || t instanceof Div) {
            Factors f = new Factors();
            f.read(t, false);
            return f.negative;
        }
        return false;
    }

    /** The count of a term without its sign. */
    private static int unsigned(Expr t) {
        if (t instanceof Num n) {
            return number(Math.abs(n.value()));
        }
        if (t instanceof Neg || t instanceof Mul || t instanceof Div) {
            return product(t, true);
        }
        return of(t);
    }

    /** A product's factors split into numerator and denominator, with its sign and whole-number coefficients. */
    private static final class Factors {
        boolean negative;
        final List<Expr> num = new ArrayList<>();
        final List<Expr> den = new ArrayList<>();
        final List<Expr> numCoef = new ArrayList<>();
        final List<Expr> denCoef = new ArrayList<>();

        void read(Expr e, boolean below) {
            if (e instanceof Neg n) {
                negative = !negative;
                read(n.operand(), below);
            } else if (e instanceof Mul m) {
                read(m.left(), below);
                read(m.right(), below);
            } else if (e instanceof Div d) {
                read(d.left(), below);
                read(d.right(), !below);
            } else if (e instanceof Num n) {
                if (n.value() < 0) {
                    negative = !negative;
                }
                double v = Math.abs(n.value());
                if (v != 1) {
                    (below ? denCoef : numCoef).add(new Num(v));
                }
            } else if (e instanceof Pow p && negativeConstant(p.exponent())) {
                Expr flipped = isMinusOne(p.exponent()) ? p.base() : new Pow(p.base(), unsign(p.exponent()));
                (below ? num : den).add(flipped);
            } else if (e instanceof Call c && c.fn() == Fn.EXP && c.arg() instanceof Neg n) {
                (below ? num : den).add(new Call(Fn.EXP, n.operand()));
            } else {
                (below ? den : num).add(e);
            }
        }
    }

    private static int product(Expr e, boolean dropSign) {
        Factors f = new Factors();
        f.read(e, false);
        int count = f.negative && !dropSign ? 1 : 0;
        boolean denominator = !f.den.isEmpty() || !f.denCoef.isEmpty();
        if (f.num.isEmpty()) {
            if (!denominator) {
                return count + mul(f.numCoef, List.of());
            }
            // a number over a denominator: SymPy counts the DIV and the denominator only
            return count + 1 + (f.den.isEmpty() ? 0 : mul(f.denCoef, f.den));
        }
        if (!denominator) {
            return count + mul(f.numCoef, f.num);
        }
        return count + 1 + mul(f.numCoef, f.num) + (f.den.isEmpty() ? 0 : mul(f.denCoef, f.den));
    }

    /** \(m - 1\) MUL for \(m\) factors, plus what each factor counts. */
    private static int mul(List<Expr> coefficients, List<Expr> factors) {
        int m = coefficients.size() + factors.size();
        int count = Math.max(m - 1, 0);
        for (Expr c : coefficients) {
            count += of(c);
        }
        for (Expr x : factors) {
            count += of(x);
        }
        return count;
    }

    private static boolean negativeConstant(Expr e) {
        return e instanceof Neg n && n.operand() instanceof Num || e instanceof Neg n2 && n2.operand() instanceof Div
                || e instanceof Num v && v.value() < 0;
    }

    private static Expr unsign(Expr e) {
        return e instanceof Neg n ? n.operand() : new Num(-((Num) e).value());
    }

    private static boolean isMinusOne(Expr e) {
        if (e instanceof Neg m) {
            return m.operand() instanceof Num one && one.value() == 1;
        }
        return e instanceof Num n && n.value() == -1;
    }
}
