package org.hessianworkbench.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.derivatives.error.InternalException;
import org.hessianworkbench.derivatives.error.NumericalFailureException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code workbench} command. */
@Command(name = "workbench", mixinStandardHelpOptions = true, version = "Hessian Workbench 0.1.0",
        description = "Derive, compute, cross-check and use the gradients and Hessians of statistical losses.",
        subcommands = {FitCommand.class, CheckCommand.class, CompareOptimizersCommand.class, PredictCommand.class,
            VerifyCommand.class, org.hessianworkbench.cli.ExerciseCommand.class,
            org.hessianworkbench.cli.DeriveCommand.class, DemoCommand.class,
            CommandLine.HelpCommand.class})
public final class WorkbenchCommand {

    /** Exit code when the numbers cannot be trusted: engines disagree, a numerical failure. */
    public static final int EXIT_NUMERICAL_FAILURE = 1;

    /** Exit code for bad input (files, columns, formulas, options). */
    public static final int EXIT_BAD_INPUT = 2;

    /** Exit code for an internal error (a bug: please report it). */
    public static final int EXIT_INTERNAL = 3;

    /** Entry point. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new WorkbenchCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String command = command(commandLine);
            if (ex instanceof BadInputException bad) {
                commandLine.getErr().println("workbench " + commandLine.getCommandName() + ": error: "
                        + CliMessages.text(command, bad));
                return EXIT_BAD_INPUT;
            }
            if (ex instanceof NumericalFailureException failure) {
                commandLine.getErr().println("workbench " + commandLine.getCommandName() + ": numerical failure: "
                        + CliMessages.text(command, failure));
                return EXIT_NUMERICAL_FAILURE;
            }
            String what = ex instanceof InternalException internal ? CliMessages.text(command, internal)
                    : ex.toString();
            commandLine.getErr().println("workbench " + commandLine.getCommandName() + ": internal error: " + what
                    + " (run with --verbose for the stack trace)");
            if (Verbosity.verbose) {
                ex.printStackTrace(commandLine.getErr());
            }
            return EXIT_INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("workbench " + c.getCommandName() + ": error: " + ex.getMessage()
                    + " (see 'workbench help " + c.getCommandName() + "')");
            return EXIT_BAD_INPUT;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The command's names after {@code workbench}: {@code fit}, {@code exercise check}. */
    private static String command(CommandLine c) {
        String qualified = c.getCommandSpec().qualifiedName(" ");
        int space = qualified.indexOf(' ');
        return space < 0 ? qualified : qualified.substring(space + 1);
    }

    /** Process-wide verbosity, set by {@code --verbose}. */
    static final class Verbosity {
        static volatile boolean verbose;

        private Verbosity() {
        }

        /** Shows DEBUG logging of the workbench's packages (the optimisers' iterations). */
        static void enable() {
            verbose = true;
            Configurator.setLevel("org.hessianworkbench", Level.DEBUG);
        }
    }
}
