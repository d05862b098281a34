package org.hessianworkbench.derivatives.error;

/**
 * The workbench itself failed: a bug, or the machine (an output file that cannot be written, a
 * child JVM that cannot be started). Command-line front ends print the text and exit with status 3.
 */
public class InternalException extends WorkbenchException {

    private static final long serialVersionUID = 1L;

    /** The text when the formatted one is blank. */
    private static final String BLANK = "internal error";

    /**
     * An internal failure described by {@code key} with {@code values}.
     *
     * @param key    what failed
     * @param values the values the text names
     */
    public InternalException(Message key, Object... values) {
        super(null, BLANK, key, values);
    }

    /**
     * An internal failure with its cause.
     *
     * @param cause  the underlying exception
     * @param key    what failed
     * @param values the values the text names
     */
    public InternalException(Throwable cause, Message key, Object... values) {
        super(cause, BLANK, key, values);
    }
}
