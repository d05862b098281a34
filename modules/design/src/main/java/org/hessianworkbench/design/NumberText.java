package org.hessianworkbench.design;

import java.util.Set;

/**
 * How numbers are read from and written to text, independent of the default locale.
 *
 * <p>A number is a plain decimal literal: an optional sign, digits with an optional decimal point
 * (at least one digit in all), and an optional exponent ({@code 1e-3}, {@code -2.5E+4}, {@code .5}).
 * Surrounding spaces are ignored. Hexadecimal literals, Java type suffixes ({@code 1d}),
 * {@code Inf} and {@code Infinity} are not numbers. The missing-value tokens are listed in
 * {@link #MISSING_TOKENS}.
 *
 * <p>A file written with decimal commas (R's {@code read.csv2}, a spreadsheet in many European
 * locales) is read with the decimal mark {@link #COMMA}: the same literals with a comma in place of
 * the point ({@code 1,5}, {@code -2,5E+4}, {@code ,5}); a point is then no part of a number, and
 * neither is a thousands separator (R reads {@code 1.234,5} as text too).
 */
public final class NumberText {

    /** Tokens that mean "missing", compared case-sensitively after trimming spaces. */
    public static final Set<String> MISSING_TOKENS = Set.of("", "NA", "NaN", "N/A", "null");

    /** The decimal point, the mark of every number the workbench writes. */
    public static final char POINT = '.';

    /** The decimal comma of R's {@code read.csv2}. */
    public static final char COMMA = ',';

    /** Largest magnitude printed as an integer without an exponent. */
    private static final double PLAIN_INTEGER_LIMIT = 1e15;

    private NumberText() {
    }

    /** True when {@code text} is a missing-value token. */
    public static boolean isMissing(String text) {
        return MISSING_TOKENS.contains(text.strip());
    }

    /** True when {@code text} is a decimal number in the sense of this class. */
    public static boolean isNumber(String text) {
        return isNumber(text, POINT);
    }

    /**
     * True when {@code text} is a decimal number written with the decimal mark {@code decimalMark}.
     *
     * @param text        the text (not modified)
     * @param decimalMark {@link #POINT} or {@link #COMMA}
     * @return whether it is a number
     * @throws IllegalArgumentException when the mark is neither
     */
    public static boolean isNumber(String text, char decimalMark) {
        checkMark(decimalMark);
        String s = text.strip();
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == decimalMark) {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /**
     * The value of a number.
     *
     * @param text a number in the sense of {@link #isNumber(String)}
     * @return its value (infinite when it overflows, e.g. {@code 1e400})
     * @throws NumberFormatException when {@code text} is not such a number
     */
    public static double parse(String text) {
        return parse(text, POINT);
    }

    /**
     * The value of a number written with the decimal mark {@code decimalMark}.
     *
     * @param text        a number in the sense of {@link #isNumber(String, char)}
     * @param decimalMark {@link #POINT} or {@link #COMMA}
     * @return its value (infinite when it overflows)
     * @throws NumberFormatException when {@code text} is not such a number
     */
    public static double parse(String text, char decimalMark) {
        if (!isNumber(text, decimalMark)) {
            throw new NumberFormatException("not a decimal number: '" + text + "'");
        }
        String s = text.strip();
        return Double.parseDouble(decimalMark == POINT ? s : s.replace(COMMA, POINT));
    }

    /**
     * The shortest usual text for a value: integers without a decimal point ({@code 1}, not
     * {@code 1.0}), other values as {@link Double#toString(double)} with a lower-case exponent
     * and no {@code .0} before it ({@code 0.5}, {@code 1e-10}); {@code NaN}, {@code Inf},
     * {@code -Inf} for the non-finite values. The text parses back to the same value.
     */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < PLAIN_INTEGER_LIMIT) {
            return Long.toString((long) value);
        }
        String s = Double.toString(value);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + s.substring(e + 1);
    }

    private static void checkMark(char decimalMark) {
        if (decimalMark != POINT && decimalMark != COMMA) {
            throw new IllegalArgumentException("a decimal mark is '.' or ',', not '" + decimalMark + "'");
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
