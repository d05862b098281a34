package org.hessianworkbench.cli;

import picocli.CommandLine.Model.CommandSpec;

/** The command line as typed, for the footer of an HTML page. */
final class TypedCommand {

    /** Arguments written without quotes; any other is shown in double quotes, as a shell would need it. */
    private static final String PLAIN = "[A-Za-z0-9_.,:=/@%+-]+";

    private TypedCommand() {
    }

    /** {@code workbench} and the arguments of the whole command line, e.g. {@code workbench derive --expr "b*x" --wrt b}. */
    static String of(CommandSpec spec) {
        StringBuilder b = new StringBuilder("workbench");
        for (String a : spec.commandLine().getParseResult().originalArgs()) {
            b.append(' ').append(a.matches(PLAIN) ? a : '"' + a + '"');
        }
        return b.toString();
    }
}
