package org.hessianworkbench.derivatives.error;

/**
 * Bad input from the user (a data file, a formula, an option value): the message is one line that
 * names the offending file, line, column or text, and is fit to print as it is.
 *
 * <p>Command-line front ends catch it, print {@link #getMessage()} and exit with status 2.
 */
public class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a one-line message.
     *
     * @param message what is wrong, naming the offending input; line breaks are replaced by spaces
     */
    public BadInputException(String message) {
        super(oneLine(message));
    }

    /**
     * An exception with a one-line message and the low-level cause.
     *
     * @param message what is wrong, naming the offending input; line breaks are replaced by spaces
     * @param cause   the underlying exception (kept for debugging, not for the user)
     */
    public BadInputException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** The message: one line, never null. */
    @Override
    public String getMessage() {
        return super.getMessage();
    }

    private static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "bad input";
        }
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
