package org.hessianworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.report.AtomicFiles;
import org.hessianworkbench.report.ReportMessages;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Refuses an output file that is one of the command's input files, before the command does any
 * work: {@code fit --save data.csv --data data.csv} would replace the data by the fitted model.
 * The one place every command goes through ({@link WorkbenchCommand} calls it before running the
 * command the arguments name); the flags are classified here, and a test checks that every file
 * option of every command is in one of the two lists.
 */
final class OutputGuard {

    /** The options that name a file the command writes. */
    static final List<String> OUTPUTS = List.of("--save", "--trace", "--out", "--plot-convergence", "--plot-bins",
            "--plot", "--plot-diff", "--plot-path", "--plot-profile");

    /** The options that name a file the command reads. */
    static final List<String> INPUTS = List.of("--data", "--model-file", "--solution", "--submissions",
            "--exercises");

    private OutputGuard() {
    }

    /**
     * An output file that is an input file: the library's message ({@link ReportMessages#OUTPUT_IS_INPUT},
     * with the two paths as given) and the flags that named them, for {@link CliMessages}.
     */
    static final class SameFile extends BadInputException {

        private static final long serialVersionUID = 1L;

        private final String outputFlag;
        private final String inputFlag;

        SameFile(String outputFlag, Path output, String inputFlag, Path input) {
            super(ReportMessages.OUTPUT_IS_INPUT, output, input);
            this.outputFlag = outputFlag;
            this.inputFlag = inputFlag;
        }

        /** The output's flag, e.g. {@code --save}. */
        String outputFlag() {
            return outputFlag;
        }

        /** The input's flag, e.g. {@code --data}. */
        String inputFlag() {
            return inputFlag;
        }
    }

    /**
     * Checks the options given to one command.
     *
     * @param parsed the command's parse result (the innermost subcommand)
     * @throws SameFile for the first output, in the order of {@link #OUTPUTS}, that is the same
     *                  file as an input (real paths, following symbolic links)
     * @throws BadInputException for an output in a directory that does not exist, before the command
     *                           computes what it would write there
     */
    static void check(CommandLine.ParseResult parsed) {
        for (String output : OUTPUTS) {
            Path out = path(parsed, output);
            if (out == null) {
                continue;
            }
            Path dir = out.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new BadInputException(ReportMessages.OUTPUT_DIRECTORY_MISSING, out, dir);
            }
            for (String input : INPUTS) {
                Path in = path(parsed, input);
                if (in != null && AtomicFiles.sameFile(out, in)) {
                    throw new SameFile(output, out, input, in);
                }
            }
        }
    }

    /** The path an option was given, or null when the command has no such option or it was not given. */
    private static Path path(CommandLine.ParseResult parsed, String name) {
        OptionSpec o = parsed.matchedOption(name);
        return o != null && o.getValue() instanceof Path p ? p : null;
    }
}
