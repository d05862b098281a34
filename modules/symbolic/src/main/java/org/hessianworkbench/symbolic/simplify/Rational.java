package org.hessianworkbench.symbolic.simplify;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * An exact fraction \(p/q\) with \(q > 0\) and \(\gcd(p, q) = 1\), for coefficients and exponents.
 * Arithmetic throws {@link ArithmeticException} on overflow (the caller then leaves the expression
 * alone). Immutable.
 */
record Rational(long num, long den) implements Comparable<Rational> {

    /** Doubles are read as fractions only when numerator and denominator are exact in a double. */
    private static final long EXACT_IN_DOUBLE = 1L << 53;

    /** The largest power of ten a decimal's denominator may have. */
    private static final int MAX_DECIMAL_SCALE = 15;

    static final Rational ZERO = new Rational(0, 1);
    static final Rational ONE = new Rational(1, 1);
    static final Rational MINUS_ONE = new Rational(-1, 1);

    Rational {
        if (den == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (den < 0) {
            num = Math.negateExact(num);
            den = Math.negateExact(den);
        }
        long g = gcd(Math.abs(num), den);
        if (g > 1) {
            num /= g;
            den /= g;
        }
    }

    static Rational of(long n) {
        return new Rational(n, 1);
    }

    /** The fraction a double is, when it is a short decimal (0.1 is 1/10), else empty. */
    static Optional<Rational> of(double v) {
        if (!Double.isFinite(v)) {
            return Optional.empty();
        }
        if (v == Math.rint(v)) {
            return Math.abs(v) < EXACT_IN_DOUBLE ? Optional.of(of((long) v)) : Optional.empty();
        }
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        if (d.scale() > MAX_DECIMAL_SCALE) {
            return Optional.empty();
        }
        BigInteger unscaled = d.unscaledValue();
        if (unscaled.abs().compareTo(BigInteger.valueOf(EXACT_IN_DOUBLE)) >= 0) {
            return Optional.empty();
        }
        Rational r = new Rational(unscaled.longValueExact(), BigInteger.TEN.pow(d.scale()).longValueExact());
        return r.toDouble() == v ? Optional.of(r) : Optional.empty();
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return Math.max(a, 1);
    }

    Rational add(Rational o) {
        return new Rational(Math.addExact(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)),
                Math.multiplyExact(den, o.den));
    }

    Rational subtract(Rational o) {
        return add(o.negate());
    }

    Rational multiply(Rational o) {
        return new Rational(Math.multiplyExact(num, o.num), Math.multiplyExact(den, o.den));
    }

    Rational divide(Rational o) {
        if (o.num == 0) {
            throw new ArithmeticException("division by zero");
        }
        return new Rational(Math.multiplyExact(num, o.den), Math.multiplyExact(den, o.num));
    }

    Rational negate() {
        return new Rational(Math.negateExact(num), den);
    }

    Rational abs() {
        return num < 0 ? negate() : this;
    }

    /** \(r^k\) for an integer \(k\) (negative powers of 0 throw). */
    Rational pow(int k) {
        Rational base = k < 0 ? ONE.divide(this) : this;
        Rational r = ONE;
        for (int i = 0; i < Math.abs(k); i++) {
            r = r.multiply(base);
        }
        return r;
    }

    boolean isInteger() {
        return den == 1;
    }

    int signum() {
        return Long.signum(num);
    }

    boolean isZero() {
        return num == 0;
    }

    boolean isOne() {
        return num == 1 && den == 1;
    }

    double toDouble() {
        return (double) num / (double) den;
    }

    /** Whether the denominator is a product of 2s and 5s, so the fraction is a finite decimal. */
    boolean isFiniteDecimal() {
        long d = den;
        while (d % 2 == 0) {
            d /= 2;
        }
        while (d % 5 == 0) {
            d /= 5;
        }
        return d == 1;
    }

    /** A folded number must print with at most this many significant digits (1/3 stays 1/3). */
    static final int MAX_SHORT_DIGITS = 10;

    /** Whether a value prints with at most {@value #MAX_SHORT_DIGITS} significant digits: 0.5 is, 1/3 is not. */
    static boolean isShort(double v) {
        return Double.isFinite(v)
                && new BigDecimal(Double.toString(v)).stripTrailingZeros().precision() <= MAX_SHORT_DIGITS;
    }

    /** Whether the fraction is a number that prints short, so it is written as one number ({@code 4.5}, not {@code 9/2}). */
    boolean isShortDecimal() {
        return isFiniteDecimal() && isShort(toDouble());
    }

    @Override
    public int compareTo(Rational o) {
        return subtract(o).signum();
    }
}
