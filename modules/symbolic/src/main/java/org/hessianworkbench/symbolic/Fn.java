package org.hessianworkbench.symbolic;

import java.util.Locale;
import java.util.Optional;
import org.hipparchus.CalculusFieldElement;

/**
 * The functions of the expression language, each with its value over any Hipparchus field (so the
 * same definition gives plain values and automatic derivatives).
 */
public enum Fn {
    /** \(e^u\). */
    EXP,
    /** The natural logarithm \(\log u\), \(u > 0\). */
    LOG,
    /** \(\log(1 + u)\), \(u > -1\), accurate for small \(u\). */
    LOG1P,
    /** \(\sqrt u\), \(u \ge 0\). */
    SQRT,
    /** The logistic function \(\sigma(u) = 1/(1 + e^{-u})\). */
    SIGMOID,
    /** \(\sin u\). */
    SIN,
    /** \(\cos u\). */
    COS,
    /** \(\tanh u\). */
    TANH,
    /** \(|u|\) (not differentiable at 0). */
    ABS;

    /** The name in the text syntax, e.g. {@code log1p}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The function named {@code name} in the text syntax, if any. */
    public static Optional<Fn> byName(String name) {
        for (Fn f : values()) {
            if (f.text().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The names of all functions, comma-separated, for messages. */
    public static String names() {
        StringBuilder b = new StringBuilder();
        for (Fn f : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(f.text());
        }
        return b.toString();
    }

    /**
     * \(f(u)\) over a field; \(\sigma\) is computed as \(1/(1+e^{-u})\) for \(u \ge 0\) and as
     * \(e^u/(1+e^u)\) otherwise, so neither form overflows.
     */
    public <T extends CalculusFieldElement<T>> T apply(T u) {
        return switch (this) {
            case EXP -> u.exp();
            case LOG -> u.log();
            case LOG1P -> u.log1p();
            case SQRT -> u.sqrt();
            case SIGMOID -> {
                if (u.getReal() >= 0) {
                    yield u.negate().exp().add(1).reciprocal();
                }
                T e = u.exp();
                yield e.divide(e.add(1));
            }
            case SIN -> u.sin();
            case COS -> u.cos();
            case TANH -> u.tanh();
            case ABS -> u.abs();
        };
    }
}
