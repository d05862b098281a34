package org.hessianworkbench.symbolic;

import java.util.Optional;
import org.hipparchus.CalculusFieldElement;

/**
 * The functions of the expression language: one table for the symbolic module's losses and the
 * design's {@code I(...)} arithmetic. Each has its name in the text syntax, its number of arguments,
 * its value in double precision ({@link #value(double)}, {@link #value(double, double)}) and its value
 * over any Hipparchus field ({@link #apply(CalculusFieldElement)}), so the same definition gives
 * plain values and automatic derivatives. The special functions' numerics are in
 * {@link SpecialFunctions}.
 *
 * <p>Kinks: {@code abs} at 0, {@code min} and {@code max} where their arguments tie, and
 * {@code step} at 0 are not differentiable there. Automatic differentiation takes one side, the same
 * side as the symbolic rules: {@code abs}'s derivative at 0 is +1 (\(2\,\mathrm{step}(0) - 1\)),
 * {@code min(u, v)} and {@code max(u, v)} are {@code u} at a tie.
 */
public enum Fn {
    /** \(e^u\). */
    EXP("exp", 1),
    /** The natural logarithm \(\log u\), \(u > 0\). */
    LOG("log", 1),
    /** \(\log(1 + u)\), \(u > -1\), accurate for small \(u\). */
    LOG1P("log1p", 1),
    /** \(e^u - 1\), accurate for small \(u\). */
    EXPM1("expm1", 1),
    /** \(\sqrt u\), \(u \ge 0\). */
    SQRT("sqrt", 1),
    /** The logistic function \(\sigma(u) = 1/(1 + e^{-u})\). */
    SIGMOID("sigmoid", 1),
    /** \(\log(1 + e^u)\), computed without overflow. */
    SOFTPLUS("softplus", 1),
    /** \(\sin u\). */
    SIN("sin", 1),
    /** \(\cos u\). */
    COS("cos", 1),
    /** \(\tanh u\). */
    TANH("tanh", 1),
    /** \(\sinh u\). */
    SINH("sinh", 1),
    /** \(\cosh u\). */
    COSH("cosh", 1),
    /** \(|u|\) (not differentiable at 0). */
    ABS("abs", 1),
    /** The unit step: 1 for \(u \ge 0\), 0 for \(u < 0\) (its derivative is 0 away from 0). */
    STEP("step", 1),
    /** The standard normal distribution function \(\Phi(u)\). */
    PHI("Phi", 1),
    /** The standard normal density \(\phi(u) = e^{-u^2/2}/\sqrt{2\pi}\). */
    DNORM("phi", 1),
    /** \(\log\Phi(u)\), finite far into the lower tail; {@code log(Phi(u))} is rewritten to it. */
    LOG_PHI("logPhi", 1),
    /** The inverse Mills ratio \(\lambda(u) = \phi(u)/\Phi(u)\), the derivative of \(\log\Phi\). */
    INV_MILLS("invmills", 1),
    /** The error function \(\mathrm{erf}(u) = \frac{2}{\sqrt\pi}\int_0^u e^{-t^2}dt\). */
    ERF("erf", 1),
    /** \(\mathrm{erfc}(u) = 1 - \mathrm{erf}(u)\), accurate where it is small. */
    ERFC("erfc", 1),
    /** \(\log\Gamma(u)\), \(u > 0\). */
    LGAMMA("lgamma", 1),
    /** The digamma function \(\psi(u) = (\log\Gamma)'(u)\), \(u > 0\). */
    DIGAMMA("digamma", 1),
    /** The trigamma function \(\psi'(u)\), \(u > 0\). */
    TRIGAMMA("trigamma", 1),
    /** \(\psi^{(n)}(u)\), {@code polygamma(n, u)}: {@code n} a whole number from 0 to 16, \(u > 0\). */
    POLYGAMMA("polygamma", 2),
    /** \(u^v\); the parser writes {@code pow(u, v)} as the operator {@code u^v}. */
    POW("pow", 2),
    /** The smaller of two values (not differentiable where they tie). */
    MIN("min", 2),
    /** The larger of two values (not differentiable where they tie). */
    MAX("max", 2);

    private final String text;
    private final int arity;

    Fn(String text, int arity) {
        this.text = text;
        this.arity = arity;
    }

    /** The name in the text syntax, e.g. {@code log1p}, {@code Phi}. */
    public String text() {
        return text;
    }

    /** The number of arguments. */
    public int arity() {
        return arity;
    }

    /** Whether the function has a kink (a point where it is continuous but not differentiable). */
    public boolean hasKink() {
        return this == ABS || this == MIN || this == MAX || this == STEP;
    }

    /** The function named {@code name} in the text syntax (case matters: {@code Phi} and {@code phi} differ). */
    public static Optional<Fn> byName(String name) {
        for (Fn f : values()) {
            if (f.text.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The names of all functions, comma-separated, for messages. */
    public static String names() {
        StringBuilder b = new StringBuilder();
        for (Fn f : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(f.text);
        }
        return b.toString();
    }

    /** \(f(u)\) in double precision, for a one-argument function. */
    public double value(double u) {
        return switch (this) {
            case EXP -> Math.exp(u);
            case LOG -> Math.log(u);
            case LOG1P -> Math.log1p(u);
            case EXPM1 -> Math.expm1(u);
            case SQRT -> Math.sqrt(u);
            case SIGMOID -> SpecialFunctions.sigmoid(u);
            case SOFTPLUS -> SpecialFunctions.softplus(u);
            case SIN -> Math.sin(u);
            case COS -> Math.cos(u);
            case TANH -> Math.tanh(u);
            case SINH -> Math.sinh(u);
            case COSH -> Math.cosh(u);
            case ABS -> Math.abs(u);
            case STEP -> SpecialFunctions.step(u);
            case PHI -> SpecialFunctions.normCdf(u);
            case DNORM -> SpecialFunctions.normPdf(u);
            case LOG_PHI -> SpecialFunctions.logNormCdf(u);
            case INV_MILLS -> SpecialFunctions.invMills(u);
            case ERF -> SpecialFunctions.erf(u);
            case ERFC -> SpecialFunctions.erfc(u);
            case LGAMMA -> SpecialFunctions.logGamma(u);
            case DIGAMMA -> SpecialFunctions.polygamma(0, u);
            case TRIGAMMA -> SpecialFunctions.polygamma(1, u);
            default -> throw new IllegalArgumentException(text + " takes " + arity + " arguments");
        };
    }

    /**
     * \(f(u, v)\) in double precision, for a two-argument function; {@code polygamma}'s order must be
     * a whole number (NaN otherwise).
     */
    public double value(double u, double v) {
        return switch (this) {
            case POW -> Math.pow(u, v);
            case MIN -> Double.isNaN(u) || Double.isNaN(v) ? Double.NaN : u <= v ? u : v;
            case MAX -> Double.isNaN(u) || Double.isNaN(v) ? Double.NaN : u >= v ? u : v;
            case POLYGAMMA -> u == Math.rint(u) && Math.abs(u) <= SpecialFunctions.MAX_POLYGAMMA_ORDER
                    ? SpecialFunctions.polygamma((int) u, v) : Double.NaN;
            default -> throw new IllegalArgumentException(text + " takes " + arity + " argument");
        };
    }

    /** \(f\) of the arguments in double precision, whatever the arity. */
    public double value(double[] args) {
        return arity == 1 ? value(args[0]) : value(args[0], args[1]);
    }

    /**
     * \(f(u)\) over a field, for a one-argument function: Hipparchus's own functions where it has them
     * ({@code exp}, {@code log}, {@code sinh}, ...); \(\sigma\) is computed as \(1/(1+e^{-u})\) for
     * \(u \ge 0\) and as \(e^u/(1+e^u)\) otherwise, softplus as \(\max(u,0) + \log(1 + e^{-|u|})\),
     * so neither overflows; the special functions by their derivatives' Taylor polynomial
     * ({@link SpecialFunctions}).
     */
    public <T extends CalculusFieldElement<T>> T apply(T u) {
        return switch (this) {
            case EXP -> u.exp();
            case LOG -> u.log();
            case LOG1P -> u.log1p();
            case EXPM1 -> u.expm1();
            case SQRT -> u.sqrt();
            case SIGMOID -> {
                if (u.getReal() >= 0) {
                    yield u.negate().exp().add(1).reciprocal();
                }
                T e = u.exp();
                yield e.divide(e.add(1));
            }
            case SOFTPLUS -> u.getReal() > 0 ? u.add(u.negate().exp().log1p()) : u.exp().log1p();
            case SIN -> u.sin();
            case COS -> u.cos();
            case TANH -> u.tanh();
            case SINH -> u.sinh();
            case COSH -> u.cosh();
            case ABS -> u.getReal() < 0 ? u.negate() : u;
            case STEP -> u.getField().getZero().add(SpecialFunctions.step(u.getReal()));
            case PHI, DNORM, LOG_PHI, INV_MILLS, ERF, ERFC, LGAMMA, DIGAMMA, TRIGAMMA ->
                    SpecialFunctions.apply(this, u);
            default -> throw new IllegalArgumentException(text + " takes " + arity + " arguments");
        };
    }

    /** \(f(u, v)\) over a field, for a two-argument function. */
    public <T extends CalculusFieldElement<T>> T apply(T u, T v) {
        return switch (this) {
            case POW -> u.pow(v);
            case MIN -> u.getReal() <= v.getReal() ? u : v;
            case MAX -> u.getReal() >= v.getReal() ? u : v;
            case POLYGAMMA -> {
                double n = u.getReal();
                if (n != Math.rint(n) || n < 0 || n > SpecialFunctions.MAX_POLYGAMMA_ORDER) {
                    yield v.getField().getZero().add(Double.NaN);
                }
                yield SpecialFunctions.polygamma((int) n, v);
            }
            default -> throw new IllegalArgumentException(text + " takes " + arity + " argument");
        };
    }
}
