package org.hessianworkbench.derivatives.error;

import java.util.Locale;

/**
 * A message of the workbench: a key (the enum constant's name) with a format. Each module has an
 * enum of its own messages ({@code DerivativesMessages}, {@code DesignMessages}, ...), as Hipparchus
 * has {@code LocalizedCoreFormats}; an exception carries the key and the values, so tests and
 * front ends can tell one failure from another without reading the text.
 *
 * <p>Formats are {@link String#format} patterns applied with {@link Locale#ROOT} (numbers never
 * print with a decimal comma), with {@code %s} for values that are already text. Library messages
 * speak of the user's data, columns, parameters and values; they never name a command-line flag
 * (the command line translates where it must).
 */
public interface Message {

    /** The key: the constant's name, e.g. {@code UNKNOWN_COLUMN}. */
    String name();

    /** The format of the text. */
    String format();

    /** The text with these values. */
    default String text(Object... values) {
        return String.format(Locale.ROOT, format(), values);
    }
}
