package org.hessianworkbench.design;

/**
 * The value of a decimal literal ({@link NumberText#isNumber}) read from a range of characters, equal
 * bit for bit to {@link Double#parseDouble}, about ten times faster for the numbers CSV files hold.
 *
 * <p>The significant digits \(m\) (at most 18, so \(m < 10^{18} < 2^{63}\)) and the decimal exponent \(e\) give
 * the value \(m \cdot 10^{e}\). When \(m < 2^{53}\) and \(|e| \le 22\), both \(m\) and \(10^{|e|}\) are
 * exact doubles and one multiplication or division rounds correctly (Clinger's fast path). When
 * \(m \ge 2^{53}\) (16 to 18 digits, what a round-trip writer prints) and \(-22 \le e < 0\), the quotient
 * \(r = \mathrm{fl}(m)/10^{-e}\) is within two units in the last place of the answer; the residual
 * \(m - r \cdot 10^{-e}\) is computed exactly enough with a fused multiply-add (the product's error term)
 * and Sterbenz's lemma (the difference of close numbers), and compared with half a unit in the last
 * place times \(10^{-e}\): \(r\) is moved by one unit until the residual is inside, and any case within
 * a relative \(10^{-9}\) of a tie, at a power of two, or outside these ranges goes to
 * {@link Double#parseDouble}. Reference: W. D. Clinger, How to read floating point numbers accurately,
 * PLDI 1990, doi:10.1145/93542.93557.
 */
final class DecimalParser {

    /** Exact powers of ten, \(10^0\) to \(10^{22}\). */
    private static final double[] POWERS = new double[23];

    static {
        double p = 1;
        for (int k = 0; k < POWERS.length; k++) {
            POWERS[k] = p;
            p *= 10;
        }
    }

    private static final long TWO_53 = 1L << 53;

    private DecimalParser() {
    }

    /**
     * The value of {@code s[from, to)}, which must be a number in the sense of
     * {@link NumberText#isNumber} without surrounding spaces.
     */
    static double parse(CharSequence s, int from, int to) {
        int i = from;
        boolean negative = false;
        char c = s.charAt(i);
        if (c == '+' || c == '-') {
            negative = c == '-';
            i++;
        }
        long m = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        for (; i < to; i++) {
            c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (m == 0 && c == '0') {
                    if (point) {
                        scale--;
                    }
                    continue;
                }
                if (digits == 18) {
                    return slow(s, from, to);
                }
                m = 10 * m + (c - '0');
                digits++;
                if (point) {
                    scale--;
                }
            } else if (c == '.') {
                point = true;
            } else {
                break;
            }
        }
        int exponent = 0;
        if (i < to) {
            // the exponent: e or E, an optional sign, digits
            i++;
            boolean minus = false;
            if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                minus = s.charAt(i) == '-';
                i++;
            }
            for (; i < to; i++) {
                exponent = 10 * exponent + (s.charAt(i) - '0');
                if (exponent > 100_000) {
                    return slow(s, from, to);
                }
            }
            if (minus) {
                exponent = -exponent;
            }
        }
        if (m == 0) {
            return negative ? -0.0 : 0.0;
        }
        int e = exponent + scale;
        double v = value(m, e);
        if (Double.isNaN(v)) {
            return slow(s, from, to);
        }
        return negative ? -v : v;
    }

    /** \(m \cdot 10^e\) correctly rounded, or NaN when this class does not decide it. */
    static double value(long m, int e) {
        if (e < -22 || e > 22) {
            return Double.NaN;
        }
        if (m < TWO_53) {
            return e >= 0 ? m * POWERS[e] : m / POWERS[-e];
        }
        if (e >= 0) {
            return Double.NaN;
        }
        double p = POWERS[-e];
        double mh = m;
        long ml = m - (long) mh;
        double r = mh / p;
        for (int step = 0; step < 3; step++) {
            if (Math.getExponent(r) != Math.getExponent(Math.nextDown(r))) {
                return Double.NaN; // r is a power of two: the spacing below it is half the spacing above
            }
            double hi = r * p;
            double lo = Math.fma(r, p, -hi);
            double residual = ((mh - hi) - lo) + ml;
            double half = Math.ulp(r) * p / 2;
            double margin = 1e-9 * half;
            if (Math.abs(residual) < half - margin) {
                return r;
            }
            if (Math.abs(residual) <= half + margin) {
                return Double.NaN; // a tie, or too near one to tell
            }
            r = residual > 0 ? Math.nextUp(r) : Math.nextDown(r);
        }
        return Double.NaN;
    }

    private static double slow(CharSequence s, int from, int to) {
        return Double.parseDouble(s.subSequence(from, to).toString());
    }
}
