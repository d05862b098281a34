package org.hessianworkbench.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.derivatives.error.InternalException;
import org.hessianworkbench.derivatives.error.NumericalFailureException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

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

    /** Exit code for an internal error (a bug: please report it; or the machine: out of memory). */
    public static final int EXIT_INTERNAL = 3;

    /** The option every command has (inherited from here): more log, and stack traces. */
    private static final String VERBOSE = "--verbose";

    @Option(names = VERBOSE, scope = ScopeType.INHERIT,
            description = "log the work (Log4j 2 DEBUG: the optimisers' iterations, the engines) to stderr, and print"
                    + " the stack trace of an internal error")
    void verbose(boolean v) {
        if (v) {
            Verbosity.enable();
        }
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return execute(commandLine(out, err), args);
    }

    /**
     * The command line with its handlers: an exception or an {@link Error} thrown by a command
     * becomes an exit code and one line on {@code err} ({@link #failure}); an output file that is
     * one of the command's inputs is refused before the command runs ({@link OutputGuard}).
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new WorkbenchCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionStrategy(WorkbenchCommand::executeCommand);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable thrown = ex instanceof CommandLine.ExecutionException && ex.getCause() instanceof Error e ? e : ex;
            return failure(thrown, commandLine, verbose(parseResult));
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("workbench " + c.getCommandName() + ": error: " + ex.getMessage()
                    + " (see 'workbench help " + c.getCommandName() + "')");
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    /**
     * Runs {@code cl} on {@code args}: the exit code. An {@link Error} that escapes picocli (it
     * passes only exceptions to the handler) is reported here as the handler would.
     */
    static int execute(CommandLine cl, String... args) {
        int code;
        Verbosity.Mark log = Verbosity.mark();
        try {
            code = cl.execute(args);
        } catch (Error e) {
            CommandLine.ParseResult parsed = cl.getParseResult();
            CommandLine where = parsed == null ? cl : leaf(parsed).commandSpec().commandLine();
            code = failure(e, where, parsed != null && verbose(parsed));
        } finally {
            // a run in a longer-lived JVM (the tests, the documentation's examples) leaves the log as it was
            Verbosity.restore(log);
        }
        cl.getOut().flush();
        cl.getErr().flush();
        return code;
    }

    /**
     * Runs the subcommand the arguments name (picocli's {@code RunLast}) after checking its output
     * files against its inputs. An {@link Error} from the command (out of memory, a stack overflow)
     * is handed to the exception handler like an exception: picocli passes only exceptions on.
     */
    private static int executeCommand(CommandLine.ParseResult parsed) {
        CommandLine leaf = leaf(parsed).commandSpec().commandLine();
        if (!helpRequested(parsed)) {
            try {
                OutputGuard.check(leaf(parsed));
            } catch (RuntimeException e) {
                throw new CommandLine.ExecutionException(leaf, e.getMessage(), e);
            }
        }
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (Error e) {
            throw new CommandLine.ExecutionException(leaf, e.toString(), e);
        }
    }

    /**
     * What a failed command prints (one line on stderr) and its exit code: bad input 2, a numerical
     * failure 1, anything else (a bug, the machine: out of memory, a stack overflow) 3, with the
     * stack trace only when {@code --verbose} was given.
     */
    static int failure(Throwable ex, CommandLine commandLine, boolean verbose) {
        String command = command(commandLine);
        PrintWriter err = commandLine.getErr();
        String prefix = "workbench " + commandLine.getCommandName() + ": ";
        if (ex instanceof BadInputException bad) {
            err.println(prefix + "error: " + CliMessages.text(command, bad));
            return EXIT_BAD_INPUT;
        }
        if (ex instanceof NumericalFailureException failure) {
            err.println(prefix + "numerical failure: " + CliMessages.text(command, failure));
            return EXIT_NUMERICAL_FAILURE;
        }
        err.println(prefix + "internal error: " + internalError(command, ex));
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return EXIT_INTERNAL;
    }

    /** The one line of an internal error: what failed, and what the user can do. */
    private static String internalError(String command, Throwable ex) {
        if (ex instanceof OutOfMemoryError oom) {
            return "out of memory (" + describe(oom) + "); give the Java virtual machine more memory (java -Xmx4g"
                    + " -jar workbench.jar ..., or WORKBENCH_JAVA_OPTS=-Xmx4g ./workbench ...), or rerun with"
                    + " --verbose for the stack trace";
        }
        if (ex instanceof StackOverflowError) {
            return "stack overflow (" + describe(ex) + "); give the Java virtual machine a larger stack (java -Xss16m"
                    + " -jar workbench.jar ..., or WORKBENCH_JAVA_OPTS=-Xss16m ./workbench ...), or rerun with --verbose"
                    + " for the stack trace";
        }
        String what = ex instanceof InternalException internal ? CliMessages.text(command, internal) : describe(ex);
        return what + " (rerun with --verbose for the stack trace)";
    }

    /** The class and message of a throwable on one line. */
    private static String describe(Throwable t) {
        String message = t.getMessage();
        String text = message == null || message.isBlank() ? t.getClass().getName()
                : t.getClass().getName() + ": " + message;
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** The innermost subcommand's parse result. */
    private static CommandLine.ParseResult leaf(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult p = parsed;
        while (p.hasSubcommand()) {
            p = p.subcommand();
        }
        return p;
    }

    /** Whether {@code --help} or {@code --version} was given to any command on the line. */
    private static boolean helpRequested(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code --verbose} was given, to the workbench or to any command on the line. */
    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
            if (p.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    /** The command's names after {@code workbench}: {@code fit}, {@code exercise check}. */
    private static String command(CommandLine c) {
        String qualified = c.getCommandSpec().qualifiedName(" ");
        int space = qualified.indexOf(' ');
        return space < 0 ? qualified : qualified.substring(space + 1);
    }

    /**
     * Process-wide verbosity of the log, set by {@code --verbose}. Log4j is not touched unless
     * {@code --verbose} is given (its start-up, configuration and plugins, is a third of a short
     * command's time): a run records the level it found only when it changes it.
     */
    static final class Verbosity {

        private Verbosity() {
        }

        /** The loggers of the workbench's packages. */
        private static final String PACKAGES = "org.hessianworkbench";

        /**
         * The level of the workbench's packages before the current run changed it, {@code null} while
         * the current run has not changed it.
         */
        private static Level before;

        /** What a run found when it began: the enclosing run's saved level, restored when it ends. */
        record Mark(Level enclosing) {
        }

        /** Begins a run: its changes to the level are undone by {@link #restore}. */
        static synchronized Mark mark() {
            Mark m = new Mark(before);
            before = null;
            return m;
        }

        /** Shows DEBUG logging of the workbench's packages (the optimisers' iterations). */
        static synchronized void enable() {
            if (before == null) {
                before = level();
            }
            Configurator.setLevel(PACKAGES, Level.DEBUG);
        }

        /** The level of the workbench's packages now. */
        static Level level() {
            return LogManager.getLogger(PACKAGES).getLevel();
        }

        /** Ends the run {@code m} began: the level back to what it was if the run changed it. */
        static synchronized void restore(Mark m) {
            if (before != null && level() != before) {
                Configurator.setLevel(PACKAGES, before);
            }
            before = m.enclosing();
        }
    }
}
