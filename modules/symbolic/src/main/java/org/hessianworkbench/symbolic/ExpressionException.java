package org.hessianworkbench.symbolic;

/**
 * An expression that cannot be read or used: the message is one line that quotes the expression and,
 * for a syntax error, names the column (1-based) and what was expected there, e.g.
 * {@code expression 'b*+x': at column 3: expected an operand after '*'}.
 */
public class ExpressionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The offending text. */
    private final String expression;

    /** The 1-based column of the error, or 0 when it is not about a position. */
    private final int column;

    /** A syntax error at a column (1-based) of the expression. */
    public ExpressionException(String expression, int column, String what) {
        super("expression '" + oneLine(expression) + "': at column " + column + ": " + oneLine(what));
        this.expression = expression;
        this.column = column;
    }

    /** A problem with a whole expression (an unknown symbol, a value out of range). */
    public ExpressionException(String expression, String what) {
        super("expression '" + oneLine(expression) + "': " + oneLine(what));
        this.expression = expression;
        this.column = 0;
    }

    /** The offending text. */
    public String expression() {
        return expression;
    }

    /** The 1-based column of the error, or 0 when the error is not about a position. */
    public int column() {
        return column;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
