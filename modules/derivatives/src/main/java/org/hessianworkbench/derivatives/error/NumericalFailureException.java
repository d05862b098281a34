package org.hessianworkbench.derivatives.error;

/**
 * The input is valid but a number the caller asked for cannot be computed or trusted, and there is
 * no result that could carry the diagnosis instead. Command-line front ends print the text and exit
 * with status 1.
 */
public class NumericalFailureException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    /** The text when the formatted one is blank. */
    private static final String BLANK = "numerical failure";

    /**
     * A numerical failure described by {@code key} with {@code values}.
     *
     * @param key    what failed
     * @param values the values the text names
     */
    public NumericalFailureException(Message key, Object... values) {
        super(null, BLANK, key, values);
    }
}
