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

    /** {@code workbench} and the arguments as typed, joined by spaces. */
    static String command(CommandSpec spec) {
        CommandSpec root = spec.root();
        ParseResult parsed = root.commandLine().getParseResult();
        List<String> args = parsed == null ? List.of() : parsed.originalArgs();
        String command = root.name().equals("workbench") ? "workbench" : "workbench " + root.name();
        return args.isEmpty() ? command : command + " " + String.join(" ", args);
    }
}
