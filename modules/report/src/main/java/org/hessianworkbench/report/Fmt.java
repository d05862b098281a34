package org.hessianworkbench.report;

import java.util.Locale;

/** Locale-independent number formatting; NaN never prints as a number. */
public final class Fmt {

    /** Text for a missing value. */
    public static final String MISSING = "NA";

    private Fmt() {
    }

    /** {@code digits} significant digits, R-like (plain for moderate magnitudes, exponent otherwise). */
    public static String sig(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? MISSING : (v > 0 ? "Inf" : "-Inf");
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e15) {
            int intDigits = (int) Math.floor(Math.log10(a)) + 1;
            int decimals = Math.max(0, digits - intDigits);
            String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
            return s;
        }
        return String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
    }

    /** Scientific with {@code digits} significant digits, e.g. {@code 1.23e-05}. */
    public static String sci(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? MISSING : (v > 0 ? "Inf" : "-Inf");
        }
        return String.format(Locale.ROOT, "%." + Math.max(0, digits - 1) + "e", v);
    }

    /** A p-value as R prints it: {@code < 2e-16} below machine precision, else 3 significant digits. */
    public static String pValue(double p) {
        if (!Double.isFinite(p)) {
            return MISSING;
        }
        if (p < 2.2e-16) {
            return "< 2e-16";
        }
        return p < 1e-4 ? String.format(Locale.ROOT, "%.2e", p) : String.format(Locale.ROOT, "%.4f", p);
    }

    /** At most 6 significant digits without trailing zeros: {@code 2.5}, {@code 97.5}, {@code 5}. */
    public static String shortest(double v) {
        if (!Double.isFinite(v)) {
            return sig(v, 6);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** Fixed decimals. */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? MISSING : (v > 0 ? "Inf" : "-Inf");
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A vector as {@code [a, b, c]} with {@code digits} significant digits. */
    public static String vector(double[] v, int digits) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            b.append(i == 0 ? "" : ", ").append(sig(v[i], digits));
        }
        return b.append(']').toString();
    }
}
