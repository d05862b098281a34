package org.hessianworkbench.derivatives.error;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The root of the workbench's exceptions: a {@link Message} key, the values it was formatted with,
 * and a one-line text fit to print as it is. Three kinds, one subclass each:
 * <ul>
 *   <li>{@link BadInputException}: the user's input is wrong (a file, a column, a formula, an
 *       expression, a value); the command line prints the text and exits with status 2;</li>
 *   <li>{@link NumericalFailureException}: the input is valid but the numbers cannot be computed
 *       or trusted; the command line prints the text and exits with status 1;</li>
 *   <li>{@link InternalException}: the workbench itself failed (a bug, or the machine: a file that
 *       cannot be written, a child JVM that cannot start); exit status 3.</li>
 * </ul>
 * A numerical failure that is a normal outcome (a singular Hessian, a fit that did not converge)
 * is a result with a diagnosis, not an exception. {@link IllegalArgumentException} and
 * {@link IllegalStateException} remain for programming errors only: a precondition of an internal
 * call that no user input can reach (mismatched array shapes between the workbench's own classes,
 * a missing case of an enum).
 */
public abstract class WorkbenchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Message key;
    private final transient Object[] values;

    /**
     * An exception with the text of {@code key} formatted with {@code values}; a blank text becomes
     * the key's name.
     *
     * @param cause  the low-level cause, kept for debugging (may be null)
     * @param key    what went wrong
     * @param values the values the text names
     */
    protected WorkbenchException(Throwable cause, Message key, Object... values) {
        this(cause, key.name(), key, values);
    }

    /**
     * An exception with the text of {@code key} formatted with {@code values}.
     *
     * @param cause   the low-level cause, kept for debugging (may be null)
     * @param ifBlank the text when the formatted one is blank (the kind of failure, e.g. "bad input")
     * @param key     what went wrong
     * @param values  the values the text names
     */
    protected WorkbenchException(Throwable cause, String ifBlank, Message key, Object... values) {
        super(oneLine(key.text(values), ifBlank), cause);
        this.key = key;
        this.values = values.clone();
    }

    /** The message key. */
    public Message key() {
        return key;
    }

    /** The values the text was formatted with, in order (unmodifiable; entries may be null). */
    public List<Object> values() {
        return Collections.unmodifiableList(Arrays.asList(values.clone()));
    }

    /** The text: one line, never null or blank. */
    @Override
    public String getMessage() {
        return super.getMessage();
    }

    private static String oneLine(String message, String ifBlank) {
        String line = message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return line.isEmpty() ? ifBlank : line;
    }
}
