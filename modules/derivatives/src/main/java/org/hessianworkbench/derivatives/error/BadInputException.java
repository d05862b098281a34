package org.hessianworkbench.derivatives.error;

/**
 * Bad input from the user (a data file, a formula, an expression, a value): the text is one line
 * that names the offending file, line, column or value, and is fit to print as it is. Command-line
 * front ends print it and exit with status 2.
 */
public class BadInputException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    /** The text when the formatted one is blank. */
    private static final String BLANK = "bad input";

    /**
     * Bad input described by {@code key} with {@code values}.
     *
     * @param key    what is wrong
     * @param values the values the text names
     */
    public BadInputException(Message key, Object... values) {
        super(null, BLANK, key, values);
    }

    /**
     * Bad input with its low-level cause (kept for debugging, not for the user).
     *
     * @param cause  the underlying exception
     * @param key    what is wrong
     * @param values the values the text names
     */
    public BadInputException(Throwable cause, Message key, Object... values) {
        super(cause, BLANK, key, values);
    }
}
