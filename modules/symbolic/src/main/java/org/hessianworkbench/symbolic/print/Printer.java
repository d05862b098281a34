package org.hessianworkbench.symbolic.print;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
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

/**
 * Writes expressions as plain text in the parser's syntax (printing then parsing gives the same
 * tree), as LaTeX, and as Markdown (LaTeX in {@code $...$}). Numbers print with the fewest digits
 * that read back to the same {@code double}, independent of the locale. Stateless and thread-safe.
 */
public final class Printer {

    /** Numbers at least this large in magnitude print in scientific notation. */
    private static final double SCIENTIFIC_ABOVE = 1e15;

    /** Numbers smaller than this in magnitude (and not 0) print in scientific notation. */
    private static final double SCIENTIFIC_BELOW = 1e-4;

    static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi",
            "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega");

    private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+?)_?([0-9]+)");

    private Printer() {
    }

    /** Where a sub-expression sits, deciding whether it needs parentheses (shared with {@link MathMl}). */
    enum Slot { TOP, ADD_RIGHT, MUL_LEFT, MUL_RIGHT, NEG, POW_BASE, POW_EXP }

    /** The kind of a node for the parenthesis rules. */
    private enum Kind { SUM, NEGATIVE, PRODUCT, POWER, ATOM }

    // ------------------------------------------------------------------ text

    /** The expression in the parser's syntax, e.g. {@code (sigmoid(b*x) - y)*x}. */
    public static String text(Expr e) {
        StringBuilder b = new StringBuilder();
        text(e, Slot.TOP, b);
        return b.toString();
    }

    private static Kind kind(Expr e) {
        if (e instanceof Add || e instanceof Sub) {
            return Kind.SUM;
        } else if (e instanceof Neg || (e instanceof Num n && n.value() < 0)) {
            return Kind.NEGATIVE;
        } else if (e instanceof Mul || e instanceof Div) {
            return Kind.PRODUCT;
        } else if (e instanceof Pow) {
            return Kind.POWER;
        }
        return Kind.ATOM;
    }

    private static boolean needsParens(Expr e, Slot slot) {
        Kind k = kind(e);
        return switch (slot) {
            case TOP -> false;
            case ADD_RIGHT, MUL_LEFT -> k == Kind.SUM || k == Kind.NEGATIVE;
            case MUL_RIGHT, POW_EXP -> k == Kind.SUM || k == Kind.NEGATIVE || k == Kind.PRODUCT;
            // -2 would read back as the number -2, so the negation of a number keeps its parentheses
            case NEG -> k == Kind.SUM || k == Kind.NEGATIVE || e instanceof Num;
            case POW_BASE -> k != Kind.ATOM;
        };
    }

    private static void text(Expr e, Slot slot, StringBuilder b) {
        if (needsParens(e, slot)) {
            b.append('(');
            text(e, Slot.TOP, b);
            b.append(')');
            return;
        }
        if (e instanceof Num n) {
            b.append(number(n.value()));
        } else if (e instanceof Sym s) {
            b.append(s.name());
        } else if (e instanceof Add a) {
            text(a.left(), Slot.TOP, b);
            b.append(" + ");
            text(a.right(), Slot.ADD_RIGHT, b);
        } else if (e instanceof Sub s) {
            text(s.left(), Slot.TOP, b);
            b.append(" - ");
            text(s.right(), Slot.ADD_RIGHT, b);
        } else if (e instanceof Mul m) {
            text(m.left(), Slot.MUL_LEFT, b);
            b.append('*');
            text(m.right(), Slot.MUL_RIGHT, b);
        } else if (e instanceof Div d) {
            text(d.left(), Slot.MUL_LEFT, b);
            b.append('/');
            text(d.right(), Slot.MUL_RIGHT, b);
        } else if (e instanceof Pow p) {
            text(p.base(), Slot.POW_BASE, b);
            b.append('^');
            text(p.exponent(), Slot.POW_EXP, b);
        } else if (e instanceof Neg n) {
            b.append('-');
            text(n.operand(), Slot.NEG, b);
        } else if (e instanceof Call c) {
            b.append(c.fn().text()).append('(');
            for (int i = 0; i < c.args().size(); i++) {
                b.append(i == 0 ? "" : ", ");
                text(c.args().get(i), Slot.TOP, b);
            }
            b.append(')');
        } else if (e instanceof Diff d) {
            b.append(Expr.DIFF).append('(');
            text(d.body(), Slot.TOP, b);
            b.append(", ").append(d.wrt()).append(')');
        }
    }

    /**
     * A number with the fewest digits that read back to the same {@code double}: integers without a
     * decimal point, {@code 0.25}, {@code 1.5e-20}; always with {@link Locale#ROOT} conventions.
     */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < SCIENTIFIC_ABOVE) {
            return Long.toString((long) v);
        }
        String sign = v < 0 ? "-" : "";
        BigDecimal d = new BigDecimal(Double.toString(Math.abs(v))).stripTrailingZeros();
        double a = Math.abs(v);
        if (a >= SCIENTIFIC_BELOW && a < SCIENTIFIC_ABOVE) {
            return sign + d.toPlainString();
        }
        String digits = d.unscaledValue().toString();
        int exponent = digits.length() - 1 - d.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + exponent;
    }

    // ------------------------------------------------------------------ LaTeX

    /** The expression as LaTeX math (without delimiters), e.g. {@code \sigma\left(b\,x\right) - y}. */
    public static String latex(Expr e) {
        StringBuilder b = new StringBuilder();
        latex(e, Slot.TOP, b);
        return b.toString();
    }

    /** The expression as Markdown: its LaTeX between single dollars. */
    public static String markdown(Expr e) {
        return "$" + latex(e) + "$";
    }

    private static Kind latexKind(Expr e) {
        if (e instanceof Div) {
            return Kind.ATOM;
        }
        if (e instanceof Call c && c.fn() == Fn.EXP) {
            return Kind.POWER;
        }
        return kind(e);
    }

    /** Whether {@code e} in {@code slot} needs parentheses in two-dimensional notation (LaTeX, MathML). */
    static boolean latexNeedsParens(Expr e, Slot slot) {
        Kind k = latexKind(e);
        return switch (slot) {
            case TOP, POW_EXP -> false;
            case ADD_RIGHT, MUL_LEFT, MUL_RIGHT -> k == Kind.SUM || k == Kind.NEGATIVE;
            case NEG -> k == Kind.SUM || k == Kind.NEGATIVE;
            case POW_BASE -> k != Kind.ATOM || e instanceof Div;
        };
    }

    private static void latex(Expr e, Slot slot, StringBuilder b) {
        if (latexNeedsParens(e, slot)) {
            b.append("\\left(");
            latex(e, Slot.TOP, b);
            b.append("\\right)");
            return;
        }
        if (e instanceof Num n) {
            b.append(latexNumber(n.value()));
        } else if (e instanceof Sym s) {
            b.append(latexSymbol(s.name()));
        } else if (e instanceof Add a) {
            latex(a.left(), Slot.TOP, b);
            b.append(" + ");
            latex(a.right(), Slot.ADD_RIGHT, b);
        } else if (e instanceof Sub s) {
            latex(s.left(), Slot.TOP, b);
            b.append(" - ");
            latex(s.right(), Slot.ADD_RIGHT, b);
        } else if (e instanceof Mul m) {
            latex(m.left(), Slot.MUL_LEFT, b);
            StringBuilder right = new StringBuilder();
            latex(m.right(), Slot.MUL_RIGHT, right);
            b.append(Character.isDigit(right.charAt(0)) ? " \\cdot " : "\\,").append(right);
        } else if (e instanceof Div d) {
            b.append("\\frac{");
            latex(d.left(), Slot.TOP, b);
            b.append("}{");
            latex(d.right(), Slot.TOP, b);
            b.append('}');
        } else if (e instanceof Pow p) {
            latex(p.base(), Slot.POW_BASE, b);
            b.append("^{");
            latex(p.exponent(), Slot.POW_EXP, b);
            b.append('}');
        } else if (e instanceof Neg n) {
            b.append('-');
            latex(n.operand(), Slot.NEG, b);
        } else if (e instanceof Call c) {
            latexCall(c, b);
        } else if (e instanceof Diff d) {
            b.append("\\frac{\\partial}{\\partial ").append(latexSymbol(d.wrt())).append("}\\left[");
            latex(d.body(), Slot.TOP, b);
            b.append("\\right]");
        }
    }

    private static void latexCall(Call c, StringBuilder b) {
        switch (c.fn()) {
            case EXP -> {
                b.append("e^{");
                latex(c.arg(), Slot.TOP, b);
                b.append('}');
                return;
            }
            case SQRT -> {
                b.append("\\sqrt{");
                latex(c.arg(), Slot.TOP, b);
                b.append('}');
                return;
            }
            case ABS -> {
                b.append("\\left\\lvert ");
                latex(c.arg(), Slot.TOP, b);
                b.append("\\right\\rvert");
                return;
            }
            default -> {
            }
        }
        String name = switch (c.fn()) {
            case LOG -> "\\log";
            case LOG1P -> "\\operatorname{log1p}";
            case EXPM1 -> "\\operatorname{expm1}";
            case SIGMOID -> "\\sigma";
            case SOFTPLUS -> "\\operatorname{softplus}";
            case SIN -> "\\sin";
            case COS -> "\\cos";
            case TANH -> "\\tanh";
            case SINH -> "\\sinh";
            case COSH -> "\\cosh";
            case STEP -> "\\operatorname{step}";
            case PHI -> "\\Phi";
            case DNORM -> "\\phi";
            case LOG_PHI -> "\\log\\Phi";
            case INV_MILLS -> "\\lambda";
            case ERF -> "\\operatorname{erf}";
            case ERFC -> "\\operatorname{erfc}";
            case LGAMMA -> "\\log\\Gamma";
            case DIGAMMA -> "\\psi";
            case TRIGAMMA -> "\\psi'";
            case MIN -> "\\min";
            case MAX -> "\\max";
            case POLYGAMMA -> "\\psi^{(" + latexNumber(((Num) c.arg()).value()) + ")}";
            case POW -> "\\operatorname{pow}";
            default -> throw new IllegalStateException(c.fn().text());
        };
        b.append(name).append('(');
        int first = c.fn() == Fn.POLYGAMMA ? 1 : 0;
        for (int i = first; i < c.args().size(); i++) {
            b.append(i == first ? "" : ", ");
            latex(c.args().get(i), Slot.TOP, b);
        }
        b.append(')');
    }

    /** A number in LaTeX: {@code 1.5 \times 10^{-20}} for the scientific form. */
    public static String latexNumber(double v) {
        String s = number(v);
        int e = s.indexOf('e');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        String exp = s.substring(e + 1);
        return ("1".equals(mantissa) ? "" : "-1".equals(mantissa) ? "-" : mantissa + " \\times ") + "10^{" + exp + "}";
    }

    /**
     * A symbol name in LaTeX: Greek names as letters ({@code eta} is \(\eta\)), trailing digits as a
     * subscript ({@code b1} is \(b_{1}\)), {@code yhat} as \(\hat y\), other long names upright.
     */
    public static String latexSymbol(String name) {
        if (GREEK.contains(name)) {
            return "\\" + name;
        }
        if (name.length() == 1) {
            return name;
        }
        if (name.length() == 4 && name.endsWith("hat")) {
            return "\\hat{" + latexSymbol(name.substring(0, 1)) + "}";
        }
        Matcher m = INDEXED.matcher(name);
        if (m.matches()) {
            return latexSymbol(m.group(1)) + "_{" + m.group(2) + "}";
        }
        int u = name.indexOf('_');
        if (u > 0 && u < name.length() - 1) {
            return latexSymbol(name.substring(0, u)) + "_{" + latexSymbol(name.substring(u + 1)) + "}";
        }
        return "\\mathrm{" + name.replace("_", "\\_") + "}";
    }
}
