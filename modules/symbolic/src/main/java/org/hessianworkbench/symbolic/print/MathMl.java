package org.hessianworkbench.symbolic.print;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.hessianworkbench.symbolic.print.Printer.Slot;
import org.jsoup.nodes.Element;

/**
 * Writes expressions as MathML Core elements (jsoup DOM), the third printer beside
 * {@link Printer#text} and {@link Printer#latex}: the same trees, the same parentheses as the LaTeX
 * (fractions are two-dimensional, so a quotient needs none), the same names (\(\sigma\) for
 * {@code sigmoid}, \(\lambda\) for {@code invmills}, \(b_{1}\) for {@code b1}). Quotients are
 * {@code mfrac}, powers {@code msup}, roots {@code msqrt}, function names an {@code mi} followed by the
 * invisible function application {@code mo} (U+2061). The caller supplies the {@code math} element;
 * nothing here writes markup as text. Stateless and thread-safe.
 */
public final class MathMl {

    /** U+2061, function application, between a function's name and its argument. */
    public static final String APPLY = "\u2061";

    /** U+2062, invisible times, between the factors of a product written side by side. */
    public static final String TIMES = "\u2062";

    /** U+2212, the minus sign. */
    public static final String MINUS = "\u2212";

    private static final Map<String, String> GREEK = Map.ofEntries(Map.entry("alpha", "α"), Map.entry("beta", "β"),
            Map.entry("gamma", "γ"), Map.entry("delta", "δ"), Map.entry("epsilon", "ϵ"), Map.entry("zeta", "ζ"),
            Map.entry("eta", "η"), Map.entry("theta", "θ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"),
            Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"),
            Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"),
            Map.entry("upsilon", "υ"), Map.entry("phi", "ϕ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"),
            Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"),
            Map.entry("Lambda", "Λ"), Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"), Map.entry("Sigma", "Σ"),
            Map.entry("Upsilon", "ϒ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
            Map.entry("ell", "ℓ"));

    private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+?)_?([0-9]+)");

    private MathMl() {
    }

    /**
     * Appends {@code e} to {@code parent} (a {@code math} element or any MathML element) as one
     * {@code mrow}, and returns that row.
     */
    public static Element append(Element parent, Expr e) {
        Element row = parent.appendElement("mrow");
        expr(row, e, Slot.TOP);
        return row;
    }

    /**
     * Appends a matrix in parentheses, {@code <mrow><mo>(</mo><mtable>...</mtable><mo>)</mo></mrow>},
     * one {@code mtr} per row of {@code entries} (not modified) and one {@code mtd} per entry.
     */
    public static Element matrix(Element parent, Expr[][] entries) {
        Element row = parent.appendElement("mrow");
        row.appendElement("mo").text("(");
        Element table = row.appendElement("mtable");
        for (Expr[] r : entries) {
            Element tr = table.appendElement("mtr");
            for (Expr entry : r) {
                append(tr.appendElement("mtd"), entry);
            }
        }
        row.appendElement("mo").text(")");
        return row;
    }

    /**
     * Appends a matrix of numbers in parentheses, as {@link #matrix(Element, Expr[][])} does for
     * expressions, each entry rounded to {@code digits} significant digits ({@link #number}).
     */
    public static Element matrix(Element parent, double[][] entries, int digits) {
        Element row = parent.appendElement("mrow");
        row.appendElement("mo").text("(");
        Element table = row.appendElement("mtable");
        for (double[] r : entries) {
            Element tr = table.appendElement("mtr");
            for (double entry : r) {
                double rounded = entry == 0 || !Double.isFinite(entry) ? entry
                        : new java.math.BigDecimal(entry).round(new java.math.MathContext(digits)).doubleValue();
                number(tr.appendElement("mtd"), rounded);
            }
        }
        row.appendElement("mo").text(")");
        return row;
    }

    /**
     * Appends the derivative's label: \(\partial f/\partial x\), \(\partial^2 f/\partial x^2\) or
     * \(\partial^2 f/\partial x\,\partial z\), as {@link org.hessianworkbench.symbolic.doc.Notation}
     * writes it in LaTeX; {@code function} is a symbol name such as {@code f} or {@code ell}.
     */
    public static Element derivative(Element parent, String function, List<String> wrt) {
        Element frac = parent.appendElement("mfrac");
        Element top = frac.appendElement("mrow");
        if (wrt.size() == 1) {
            top.appendElement("mo").text("∂");
        } else {
            Element d2 = top.appendElement("msup");
            d2.appendElement("mo").text("∂");
            d2.appendElement("mn").text("2");
        }
        symbol(top, function);
        Element bottom = frac.appendElement("mrow");
        if (wrt.size() == 1 || wrt.get(0).equals(wrt.get(1))) {
            bottom.appendElement("mo").text("∂");
            if (wrt.size() == 1) {
                symbol(bottom, wrt.get(0));
            } else {
                squared(bottom, wrt.get(0));
            }
        } else {
            bottom.appendElement("mo").text("∂");
            symbol(bottom, wrt.get(0));
            bottom.appendElement("mo").text("∂");
            symbol(bottom, wrt.get(1));
        }
        return frac;
    }

    private static void squared(Element parent, String name) {
        Element sup = parent.appendElement("msup");
        symbol(sup, name);
        sup.appendElement("mn").text("2");
    }

    /**
     * Appends a symbol as {@link Printer#latexSymbol} names it: Greek names as letters ({@code eta} is
     * η), trailing digits as a subscript ({@code b1} is {@code msub}), {@code yhat} with a hat, other
     * names as one upright {@code mi}.
     */
    public static Element symbol(Element parent, String name) {
        String greek = GREEK.get(name);
        if (greek != null) {
            return parent.appendElement("mi").text(greek);
        }
        if (name.length() == 1) {
            return parent.appendElement("mi").text(name);
        }
        if (name.length() == 4 && name.endsWith("hat")) {
            Element over = parent.appendElement("mover").attr("accent", "true");
            symbol(over, name.substring(0, 1));
            over.appendElement("mo").text("^");
            return over;
        }
        Matcher m = INDEXED.matcher(name);
        if (m.matches()) {
            Element sub = parent.appendElement("msub");
            symbol(sub, m.group(1));
            sub.appendElement("mn").text(m.group(2));
            return sub;
        }
        int u = name.indexOf('_');
        if (u > 0 && u < name.length() - 1) {
            Element sub = parent.appendElement("msub");
            symbol(sub, name.substring(0, u));
            symbol(sub, name.substring(u + 1));
            return sub;
        }
        return parent.appendElement("mi").text(name);
    }

    /**
     * Appends a number: {@code mn} with the digits of {@link Printer#number}, a minus sign as an
     * {@code mo}, the scientific form as \(1.5 \times 10^{-20}\).
     */
    public static Element number(Element parent, double v) {
        if (v < 0) {
            Element row = parent.appendElement("mrow");
            row.appendElement("mo").text(MINUS);
            number(row, -v);
            return row;
        }
        String s = Printer.number(v);
        int e = s.indexOf('e');
        if (e < 0) {
            return parent.appendElement("mn").text(s);
        }
        Element row = parent.appendElement("mrow");
        String mantissa = s.substring(0, e);
        if (!"1".equals(mantissa)) {
            row.appendElement("mn").text(mantissa);
            row.appendElement("mo").text("×");
        }
        Element power = row.appendElement("msup");
        power.appendElement("mn").text("10");
        String exponent = s.substring(e + 1);
        if (exponent.startsWith("-")) {
            Element x = power.appendElement("mrow");
            x.appendElement("mo").text(MINUS);
            x.appendElement("mn").text(exponent.substring(1));
        } else {
            power.appendElement("mn").text(exponent);
        }
        return row;
    }

    private static void expr(Element parent, Expr e, Slot slot) {
        if (Printer.latexNeedsParens(e, slot)) {
            Element row = parent.appendElement("mrow");
            row.appendElement("mo").text("(");
            expr(row, e, Slot.TOP);
            row.appendElement("mo").text(")");
            return;
        }
        if (e instanceof Num n) {
            number(parent, n.value());
        } else if (e instanceof Sym s) {
            symbol(parent, s.name());
        } else if (e instanceof Add a) {
            binary(parent, a.left(), "+", a.right());
        } else if (e instanceof Sub s) {
            binary(parent, s.left(), MINUS, s.right());
        } else if (e instanceof Mul m) {
            Element row = parent.appendElement("mrow");
            expr(row, m.left(), Slot.MUL_LEFT);
            Element times = row.appendElement("mo");
            expr(row, m.right(), Slot.MUL_RIGHT);
            times.text(startsWithDigit(times.nextElementSibling()) ? "·" : TIMES);
        } else if (e instanceof Div d) {
            Element frac = parent.appendElement("mfrac");
            append(frac, d.left());
            append(frac, d.right());
        } else if (e instanceof Pow p) {
            Element sup = parent.appendElement("msup");
            expr(sup, p.base(), Slot.POW_BASE);
            append(sup, p.exponent());
        } else if (e instanceof Neg n) {
            Element row = parent.appendElement("mrow");
            row.appendElement("mo").text(MINUS);
            expr(row, n.operand(), Slot.NEG);
        } else if (e instanceof Call c) {
            call(parent, c);
        } else if (e instanceof Diff d) {
            Element row = parent.appendElement("mrow");
            Element frac = row.appendElement("mfrac");
            frac.appendElement("mo").text("∂");
            Element bottom = frac.appendElement("mrow");
            bottom.appendElement("mo").text("∂");
            symbol(bottom, d.wrt());
            row.appendElement("mo").text("[");
            append(row, d.body());
            row.appendElement("mo").text("]");
        }
    }

    private static void binary(Element parent, Expr left, String op, Expr right) {
        Element row = parent.appendElement("mrow");
        expr(row, left, Slot.TOP);
        row.appendElement("mo").text(op);
        expr(row, right, Slot.ADD_RIGHT);
    }

    /** Whether the first leaf of {@code e} is a number (a product then shows its dot, as the LaTeX does). */
    private static boolean startsWithDigit(Element e) {
        Element first = e;
        while (first.childrenSize() > 0) {
            first = first.child(0);
        }
        return "mn".equals(first.tagName());
    }

    private static void call(Element parent, Call c) {
        switch (c.fn()) {
            case EXP -> {
                Element sup = parent.appendElement("msup");
                sup.appendElement("mi").text("e");
                append(sup, c.arg());
                return;
            }
            case SQRT -> {
                append(parent.appendElement("msqrt"), c.arg());
                return;
            }
            case ABS -> {
                Element row = parent.appendElement("mrow");
                row.appendElement("mo").text("|");
                append(row, c.arg());
                row.appendElement("mo").text("|");
                return;
            }
            default -> {
            }
        }
        Element row = parent.appendElement("mrow");
        name(row, c);
        row.appendElement("mo").text(APPLY);
        Element args = row.appendElement("mrow");
        args.appendElement("mo").text("(");
        int first = c.fn() == Fn.POLYGAMMA ? 1 : 0;
        for (int i = first; i < c.args().size(); i++) {
            if (i > first) {
                args.appendElement("mo").text(",");
            }
            append(args, c.args().get(i));
        }
        args.appendElement("mo").text(")");
    }

    /** The function's name as the LaTeX printer writes it. */
    private static void name(Element row, Call c) {
        switch (c.fn()) {
            case SIGMOID -> row.appendElement("mi").text("σ");
            case PHI -> row.appendElement("mi").text("Φ");
            case DNORM -> row.appendElement("mi").text("ϕ");
            case INV_MILLS -> row.appendElement("mi").text("λ");
            case DIGAMMA -> row.appendElement("mi").text("ψ");
            case LOG_PHI -> {
                row.appendElement("mi").text("log");
                row.appendElement("mo").text(APPLY);
                row.appendElement("mi").text("Φ");
            }
            case LGAMMA -> {
                row.appendElement("mi").text("log");
                row.appendElement("mo").text(APPLY);
                row.appendElement("mi").text("Γ");
            }
            case TRIGAMMA -> {
                Element sup = row.appendElement("msup");
                sup.appendElement("mi").text("ψ");
                sup.appendElement("mo").text("′");
            }
            case POLYGAMMA -> {
                Element sup = row.appendElement("msup");
                sup.appendElement("mi").text("ψ");
                Element order = sup.appendElement("mrow");
                order.appendElement("mo").text("(");
                number(order, ((Num) c.arg()).value());
                order.appendElement("mo").text(")");
            }
            default -> row.appendElement("mi").text(c.fn().text());
        }
    }
}
