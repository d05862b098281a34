package org.hessianworkbench.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** What every {@code --format html} page shows in its footer: the command as typed. */
final class Pages {

    private Pages() {
    }

    /** The bytes of a plot the command has just written, to show it inline. */
    static byte[] png(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new org.hessianworkbench.derivatives.error.InternalException(e,
                    org.hessianworkbench.report.ReportMessages.PLOT_NOT_DRAWN, file, e.getMessage());
        }
    }

    /** Arguments written without quotes; any other is shown in double quotes, as a shell would need it. */
    private static final String PLAIN = "[A-Za-z0-9_.,:=/@%+-]+";

    /**
     * {@code workbench} and the arguments of the whole command line as typed, e.g. {@code workbench derive
     * --expr "b*x" --wrt b} (also when a subcommand such as {@code exercise} runs as the top command).
     */
    static String command(CommandSpec spec) {
        CommandSpec root = spec.root();
        ParseResult parsed = root.commandLine().getParseResult();
        List<String> args = parsed == null ? List.of() : parsed.originalArgs();
        StringBuilder b = new StringBuilder(root.name().equals("workbench") ? "workbench" : "workbench " + root.name());
        for (String a : args) {
            b.append(' ').append(a.matches(PLAIN) ? a : '"' + a + '"');
        }
        return b.toString();
    }
}
