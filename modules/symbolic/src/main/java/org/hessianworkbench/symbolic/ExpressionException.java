package org.hessianworkbench.symbolic;

import org.hessianworkbench.derivatives.error.BadInputException;

/**
 * An expression that cannot be read: the message is one line that quotes the expression, names the
 * column (1-based) and what was expected there, e.g.
 * {@code expression 'b*+x': at column 3: expected an operand after '*'}. The key is one of the
 * {@code EXPRESSION_*} {@link SymbolicMessages}; its values are the expression, the column, then
 * the key's own.
 */
public class ExpressionException extends BadInputException {

    private static final long serialVersionUID = 1L;

    /** The offending text. */
    private final String expression;

    /** The 1-based column of the error. */
    private final int column;

    /**
     * A syntax error at a column of the expression.
     *
     * @param key        what is wrong (an {@code EXPRESSION_*} key)
     * @param expression the expression
     * @param column     the 1-based column of the problem
     * @param details    the key's values after the expression and the column
     */
    public ExpressionException(SymbolicMessages key, String expression, int column, Object... details) {
        super(key, values(expression, column, details));
        this.expression = expression;
        this.column = column;
    }

    /** The offending text. */
    public String expression() {
        return expression;
    }

    /** The 1-based column of the error. */
    public int column() {
        return column;
    }

    private static Object[] values(String expression, int column, Object... details) {
        Object[] all = new Object[details.length + 2];
        all[0] = expression == null ? "" : expression;
        all[1] = column;
        System.arraycopy(details, 0, all, 2, details.length);
        return all;
    }
}
