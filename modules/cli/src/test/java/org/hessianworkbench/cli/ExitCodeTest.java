package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.derivatives.error.NumericalFailureException;
import org.hessianworkbench.fitting.FittingMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The exit codes and what goes to stderr with them: 0 success, 1 a verdict failed, 2 bad input, 3
 * an internal error (out of memory and stack overflows included) as one line naming what failed
 * and what to do, the stack trace only with {@code --verbose}. A command that throws is added to
 * the real command line as a test-only subcommand, so an {@link OutOfMemoryError} is simulated
 * without exhausting the test JVM's memory; one test exhausts the memory of a child JVM for real.
 */
class ExitCodeTest {

    @TempDir
    Path dir;

    /** A test-only subcommand that throws what it is given. */
    @Command(name = "throw")
    static final class Throwing implements Callable<Integer> {

        private final Supplier<Throwable> thrown;

        Throwing(Supplier<Throwable> thrown) {
            this.thrown = thrown;
        }

        @Override
        public Integer call() throws Exception {
            Throwable t = thrown.get();
            if (t instanceof Error e) {
                throw e;
            }
            throw (Exception) t;
        }
    }

    /** The workbench's command line with {@code throw} added, run on {@code args}. */
    private static Cli runThrowing(Supplier<Throwable> thrown, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = WorkbenchCommand.commandLine(new PrintWriter(out), new PrintWriter(err));
        cl.addSubcommand("throw", new Throwing(thrown));
        // the streams reach the subcommands there are when they are set
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = WorkbenchCommand.execute(cl, args);
        return new Cli(code, out.toString(), err.toString());
    }

    private static void assertOneLine(Cli r, int code, String... parts) {
        assertEquals(code, r.code(), r.err());
        assertEquals("", r.out());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertFalse(err.contains("\tat "), "no stack trace without --verbose: " + err);
        for (String part : parts) {
            assertTrue(err.contains(part), "'" + part + "' in: " + err);
        }
    }

    @Test
    void outOfMemoryIsAnInternalErrorOnOneLineWithWhatToDo() {
        Cli r = runThrowing(() -> new OutOfMemoryError("Java heap space"), "throw");
        assertOneLine(r, WorkbenchCommand.EXIT_INTERNAL, "workbench throw: internal error: out of memory",
                "Java heap space", "-Xmx", "WORKBENCH_JAVA_OPTS", "--verbose");
    }

    @Test
    void stackOverflowIsAnInternalErrorOnOneLine() {
        Cli r = runThrowing(StackOverflowError::new, "throw");
        assertOneLine(r, WorkbenchCommand.EXIT_INTERNAL, "internal error: stack overflow", "-Xss", "--verbose");
    }

    @Test
    void anyOtherErrorOrExceptionIsAnInternalError() {
        assertOneLine(runThrowing(() -> new AssertionError("a broken invariant"), "throw"),
                WorkbenchCommand.EXIT_INTERNAL, "internal error: java.lang.AssertionError: a broken invariant",
                "--verbose");
        assertOneLine(runThrowing(() -> new IllegalStateException("two\nlines"), "throw"),
                WorkbenchCommand.EXIT_INTERNAL, "java.lang.IllegalStateException: two lines", "--verbose");
        assertOneLine(runThrowing(() -> new UncheckedIOException(new IOException("disk")), "throw"),
                WorkbenchCommand.EXIT_INTERNAL, "disk");
    }

    @Test
    void theStackTraceComesOnlyWithVerbose() {
        Level log = LogManager.getLogger("org.hessianworkbench")
                .getLevel();
        Cli r = runThrowing(() -> new OutOfMemoryError("Java heap space"), "throw", "--verbose");
        assertEquals(log, LogManager.getLogger("org.hessianworkbench").getLevel(),
                "the log is as it was after the run");
        assertEquals(WorkbenchCommand.EXIT_INTERNAL, r.code());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(0).startsWith("workbench throw: internal error: out of memory"), r.err());
        assertTrue(lines.get(1).startsWith("java.lang.OutOfMemoryError: Java heap space"), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("ExitCodeTest")), r.err());
        // the option is the workbench's, so it may also come first
        Cli before = runThrowing(StackOverflowError::new, "--verbose", "throw");
        assertTrue(before.err().contains("\tat "), before.err());
    }

    @Test
    void badInputAndNumericalFailuresKeepTheirCodes() {
        assertOneLine(runThrowing(() -> new BadInputException(FittingMessages.FORMULA_MISSING, "logistic"), "throw"),
                WorkbenchCommand.EXIT_BAD_INPUT, "workbench throw: error: ");
        assertOneLine(runThrowing(() -> new NumericalFailureException(FittingMessages.FORMULA_MISSING, "logistic"),
                "throw"), WorkbenchCommand.EXIT_NUMERICAL_FAILURE, "workbench throw: numerical failure: ");
    }

    @Test
    void everyCommandTakesVerbose() {
        CommandLine cl = WorkbenchCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        List<String> without = new ArrayList<>();
        collectWithoutVerbose(cl, without);
        assertEquals(List.of(), without, "the hint of an internal error names --verbose: every command must take it");
    }

    private static void collectWithoutVerbose(CommandLine c, List<String> without) {
        if (c.getCommandSpec().findOption("--verbose") == null) {
            without.add(c.getCommandSpec().qualifiedName());
        }
        c.getSubcommands().values().forEach(s -> collectWithoutVerbose(s, without));
    }

    @Test
    void aRealStackOverflowOfTheParserIsAnInternalError() {
        String deep = "(".repeat(100_000) + "b" + ")".repeat(100_000);
        Cli r = Cli.run("derive", "--expr", deep, "--wrt", "b");
        assertOneLine(r, WorkbenchCommand.EXIT_INTERNAL, "workbench derive: internal error: stack overflow");
    }

    /**
     * The real thing, in a JVM of its own with a small heap: {@code main} exits with 3 and one line,
     * where before the error escaped picocli and the JVM printed the stack trace and exited with 1.
     */
    @Test
    void aRealOutOfMemoryErrorExitsWithThreeAndOneLine() throws IOException, InterruptedException {
        Path big = dir.resolve("big.csv");
        try (var w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("y,x\n");
            String row = "0.123456789012345,1.23456789012345\n";
            for (int i = 0; i < 1_000_000; i++) {
                w.write(row);
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx24m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
        String log = System.getProperty("log4j2.configurationFile");
        if (log != null) {
            command.add("-Dlog4j2.configurationFile=" + log);
        }
        command.addAll(List.of(WorkbenchCommand.class.getName(), "fit", "--data", big.toString(), "--model", "linear",
                "--formula", "y ~ x"));
        Process p = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child JVM did not finish");
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertOneLine(new Cli(p.exitValue(), "", err), WorkbenchCommand.EXIT_INTERNAL,
                "workbench fit: internal error: out of memory", "-Xmx");
    }
}
