package org.hessianworkbench.design;

/**
 * A cell's value as written, seen as a range of characters without a string of its own: how
 * {@link DataSet} classifies a million numbers without allocating a million strings. The tests on it
 * are those of {@link NumberText} ({@link #isMissing()}, {@link #isNumber()}), on the range. Mutable,
 * one per thread.
 */
final class CellView {

    private CharSequence text;
    private int from;
    private int to;

    /** Points the view at {@code text[from, to)}. */
    void set(CharSequence text, int from, int to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /** Points the view at a whole string. */
    void set(String value) {
        set(value, 0, value.length());
    }

    /** The value as a string. */
    String string() {
        return text.subSequence(from, to).toString();
    }

    private int stripFrom() {
        int b = from;
        while (b < to && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        return b;
    }

    private int stripTo(int b) {
        int e = to;
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** {@link NumberText#isMissing(String)} of the value. */
    boolean isMissing() {
        int b = stripFrom();
        int e = stripTo(b);
        for (String token : NumberText.MISSING_TOKENS) {
            if (token.length() == e - b && regionEquals(token, b)) {
                return true;
            }
        }
        return false;
    }

    private boolean regionEquals(String token, int b) {
        for (int k = 0; k < token.length(); k++) {
            if (text.charAt(b + k) != token.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@link NumberText#isNumber(String)} of the value. */
    boolean isNumber() {
        int i = stripFrom();
        int n = stripTo(i);
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** The value of a number ({@link #isNumber()} is true): {@code Double.parseDouble} of the stripped text. */
    double number() {
        int b = stripFrom();
        return DecimalParser.parse(text, b, stripTo(b));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
