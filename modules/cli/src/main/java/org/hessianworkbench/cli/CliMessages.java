package org.hessianworkbench.cli;

import org.hessianworkbench.derivatives.error.WorkbenchException;

/**
 * The library's messages as the command line says them. The libraries speak of values, columns and
 * parameters ("the start point has 3 values"); where a message is about a value that came from a
 * flag, the command line names the flag instead ("--start has 3 values"). The only place where
 * library message keys meet flag names.
 */
final class CliMessages {

    private CliMessages() {
    }

    /**
     * The text of {@code e} for the user of {@code command}.
     *
     * @param command the command's name, e.g. {@code fit}
     * @param e       the exception
     * @return one line
     */
    static String text(String command, WorkbenchException e) {
        return e.getMessage();
    }
}
