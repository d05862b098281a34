package org.hessianworkbench.grading.exercise;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.grading.PropertyLauncher;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import java.util.Locale;

/**
 * The main class of the JVM a solution is checked in: loads the compiled class, runs the jqwik
 * property through the JUnit Platform launcher (equal group widths first for a product exercise,
 * where a transposed cross block shows as a wrong value, then any widths), shrinks a failure further
 * with {@link Minimizer}, and writes one result line
 * to standard output, prefixed by {@link #RESULT_MARKER}; then halts with status 0, whatever threads
 * the solution left behind.
 *
 * <p>The solution's own output (System.out and System.err) is captured, never mixed with the result;
 * what it prints on the counterexample is reported. A watchdog thread writes a timeout result with
 * the case in flight when the deadline passes, and halts. A solution that ends the JVM itself leaves
 * no result line, which the parent reports.
 *
 * <p>Arguments: exercise, classes directory, class name, source file name, tries, seed, deadline
 * (epoch milliseconds), time limit in seconds (for the message), jqwik database path.
 */
public final class ExerciseHarness {

    /** Prefix of the result line. */
    static final String RESULT_MARKER = "@@workbench-exercise-result@@ ";

    /** The first line this JVM writes: the parent's time limit counts from when it reads it. */
    static final String STARTED_MARKER = "@@workbench-exercise-started@@";

    /** Prefix of the line reporting a failure of the harness itself (a bug, not the solution's fault). */
    static final String INTERNAL_MARKER = "@@workbench-exercise-internal-error@@ ";

    /** Characters of the solution's output kept. */
    static final int PRINTED_LIMIT = 4000;

    /** Stack frames of the solution's code reported with an exception. */
    static final int MAX_FRAMES = 8;

    /** Of the tries of a product exercise, this fraction goes to equal group widths first. */
    static final int EQUAL_WIDTHS_SHARE = 4;

    private static final PrintStream CHANNEL = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);
    /** The solution's output: reset before each call of the solution, so it holds what the latest call printed. */
    static final Capture CAPTURE = new Capture(PRINTED_LIMIT);
    private static final java.util.logging.Logger JQWIK_LOG = java.util.logging.Logger.getLogger("net.jqwik");
    private static boolean emitted;
    /** When this JVM began running the harness. */
    private static final long START_MILLIS = System.currentTimeMillis();

    private ExerciseHarness() {
    }

    /** The parsed arguments. */
    private record Args(Exercise exercise, Path classes, String className, String sourceName, int tries, long seed,
                        long deadline, int timeoutSeconds, String database) {
        /**
         * The arguments; the deadline is the later of the one given and this JVM's start plus the time
         * limit, so that the start-up of the checking JVM on a loaded machine is not counted as the
         * solution's time. The parent kills this JVM {@link SolutionRunner#GRACE_SECONDS} after the
         * limit counted from when it read {@link #STARTED_MARKER}, which this JVM writes first: the
         * watchdog reports before that.
         */
        static Args parse(String[] a) {
            int timeout = Integer.parseInt(a[7]);
            // reading the exercise's file (and compiling its loss) is start-up too
            Exercise exercise = Exercise.fromArgument(a[0]);
            long started = Math.max(START_MILLIS, System.currentTimeMillis());
            long deadline = Math.max(Long.parseLong(a[6]), started + timeout * 1000L);
            return new Args(exercise, Path.of(a[1]), a[2], a[3], Integer.parseInt(a[4]),
                    Long.parseLong(a[5]), deadline, timeout, a[8]);
        }
    }

    /** Entry point of the checking JVM. */
    public static void main(String[] argv) {
        PrintStream captured = new PrintStream(CAPTURE, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);
        JQWIK_LOG.setLevel(java.util.logging.Level.SEVERE);
        try {
            // the exercise is read first: the parent's clock (from this marker) and the limit (from after
            // the read) then start together, so the parent never kills before the watchdog reports the case
            Args a = Args.parse(argv);
            CHANNEL.println(STARTED_MARKER);
            CHANNEL.flush();
            watchdog(a);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> exited(a), "exercise-exit"));
            emit(RESULT_MARKER + ResultJson.line(run(a)));
        } catch (Throwable t) {
            StringBuilder b = new StringBuilder(t.toString());
            for (StackTraceElement f : t.getStackTrace()) {
                b.append(" | at ").append(f);
            }
            emit(INTERNAL_MARKER + b);
        }
        Runtime.getRuntime().halt(0);
    }

    /**
     * Runs the check of an already compiled, trusted solution in this JVM, as the checking JVM would
     * (the same stages, shrinking and verdicts; the solution's output is captured and the streams put
     * back), without the watchdog or the halt: for the tests of the verdicts on the project's own
     * solutions. Student code never runs here: {@link SolutionRunner} runs it in a JVM of its own.
     * Not thread-safe (the session is static); one call at a time.
     */
    static synchronized CheckResult inProcess(Exercise e, Path classes, String className, String sourceName, int tries,
                                              long seed, Path database) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream captured = new PrintStream(CAPTURE, true, StandardCharsets.UTF_8);
        java.util.logging.Level level = JQWIK_LOG.getLevel();
        System.setOut(captured);
        System.setErr(captured);
        JQWIK_LOG.setLevel(java.util.logging.Level.SEVERE);
        try {
            CAPTURE.reset();
            return run(new Args(e, classes, className, sourceName, tries, seed, Long.MAX_VALUE, Integer.MAX_VALUE,
                    database.toString()));
        } finally {
            Trial.inFlight = null;
            System.setOut(out);
            System.setErr(err);
            JQWIK_LOG.setLevel(level);
        }
    }

    private static synchronized void emit(String line) {
        if (emitted) {
            return;
        }
        emitted = true;
        CHANNEL.println(line);
        CHANNEL.flush();
    }

    private static CheckResult run(Args a) {
        Exercise e = a.exercise();
        String name = a.className();
        Object solution;
        try {
            URLClassLoader loader = new URLClassLoader(new URL[] {a.classes().toUri().toURL()},
                    ExerciseHarness.class.getClassLoader());
            Class<?> type = Class.forName(name, true, loader);
            solution = type.getConstructor().newInstance();
        } catch (InvocationTargetException ex) {
            Throwable cause = ex.getCause() == null ? ex : ex.getCause();
            return thrown(a, "the constructor threw " + describe(cause, a), cause);
        } catch (ExceptionInInitializerError ex) {
            Throwable cause = ex.getCause() == null ? ex : ex.getCause();
            return thrown(a, "the static initialiser threw " + describe(cause, a), cause);
        } catch (ReflectiveOperationException | LinkageError | java.net.MalformedURLException ex) {
            return CheckResult.withoutCase(e.cliName(), name, Verdict.NOT_A_SOLUTION, 0, a.seed(),
                    "cannot instantiate " + name + ": " + ex, List.of());
        }
        if (!e.kind().api().isInstance(solution)) {
            return CheckResult.withoutCase(e.cliName(), name, Verdict.NOT_A_SOLUTION, 0, a.seed(),
                    name + " does not implement " + e.kind().api().getSimpleName(), List.of());
        }
        boolean product = e.kind() == ExerciseKind.PRODUCT_HESSIAN;
        int first = product ? Math.max(1, a.tries() / EQUAL_WIDTHS_SHARE) : a.tries();
        int tries = 0;
        for (int stage = 0; stage < (product ? 2 : 1); stage++) {
            int n = stage == 0 ? first : a.tries() - first;
            if (n == 0) {
                continue;
            }
            ExerciseSession.Outcome o = runStage(e, solution, product && stage == 0, n, a);
            tries += o.tries();
            if (!o.passed()) {
                return failure(a, solution, o, tries);
            }
        }
        return CheckResult.withoutCase(e.cliName(), name, Verdict.PASS, tries, a.seed(),
                String.format(Locale.ROOT, "agrees with the reference on %d random cases", tries), List.of());
    }

    private static ExerciseSession.Outcome runStage(Exercise e, Object solution, boolean equalWidths, int tries, Args a) {
        ExerciseSession.exercise = e;
        ExerciseSession.solution = solution;
        ExerciseSession.equalWidths = equalWidths;
        ExerciseSession.tries = tries;
        ExerciseSession.seed = Long.toString(a.seed());
        ExerciseSession.outcome = null;
        TestExecutionSummary summary;
        try {
            summary = PropertyLauncher.run(ExerciseProperties.class, List.of(ExerciseProperties.PROPERTY),
                    ExerciseCase.class, a.database());
        } catch (VirtualMachineError | LinkageError ex) {
            // rethrown past the engine (as an OutOfMemoryError of the solution would be, were it not
            // wrapped): the solution's failure on the case of the latest call, unshrunk
            return new ExerciseSession.Outcome(false, Trial.CALLS.get(), Trial.last, ex);
        }
        Trial.inFlight = null;
        ExerciseSession.Outcome o = ExerciseSession.outcome;
        if (o == null) {
            List<String> why = new ArrayList<>();
            summary.getFailures().forEach(f -> why.add(f.getException().toString()));
            throw new IllegalStateException("jqwik did not run the property (" + summary.getTestsFoundCount()
                    + " found): " + why);
        }
        return o;
    }

    private static CheckResult failure(Args a, Object solution, ExerciseSession.Outcome o, int tries) {
        Exercise e = a.exercise();
        ExerciseCase c = o.sample();
        Throwable t = o.failure();
        if (c != null && t != null && !(t instanceof VirtualMachineError)) {
            Minimizer.Failure m = Minimizer.minimise(e, solution, c, t);
            c = m.sample();
            t = m.failure();
        }
        String printed = c == null ? null : rerun(e, solution, c);
        if (t instanceof Trial.WrongValues w) {
            int total = 0;
            for (double[] row : w.expected) {
                total += row.length;
            }
            return new CheckResult(e.cliName(), a.className(), Verdict.WRONG, tries, a.seed(), c, w.expected, w.got,
                    w.comparison.differing(), Hint.classify(e, c, w.expected, w.got),
                    String.format(Locale.ROOT, "%d of %d entries differ from the reference",
                            w.comparison.differing().size(), total), List.of(), printed);
        }
        double[][] expected = c == null ? null : e.reference(c);
        if (t instanceof Trial.WrongShape w) {
            return new CheckResult(e.cliName(), a.className(), Verdict.WRONG_SHAPE, tries, a.seed(), c, expected, w.got,
                    List.of(), null, w.getMessage(), List.of(), printed);
        }
        if (t instanceof Trial.NotFinite w) {
            return new CheckResult(e.cliName(), a.className(), Verdict.NOT_FINITE, tries, a.seed(), c, expected, w.got,
                    List.of(), null, w.getMessage(), List.of(), printed);
        }
        if (t == null) {
            t = new IllegalStateException("jqwik reported a failure without an exception");
        }
        if (t instanceof Trial.OutOfMemory) {
            t = t.getCause().getStackTrace().length == 0 && Trial.firstOutOfMemory != null ? Trial.firstOutOfMemory
                    : t.getCause();
        }
        return new CheckResult(e.cliName(), a.className(), Verdict.EXCEPTION, tries, a.seed(), c, expected, null,
                List.of(), null, "the solution threw " + describe(t, a), frames(t, a), printed);
    }

    private static CheckResult thrown(Args a, String message, Throwable t) {
        return new CheckResult(a.exercise().cliName(), a.className(), Verdict.EXCEPTION, 0, a.seed(), null, null, null,
                List.of(), null, message, frames(t, a), CAPTURE.text());
    }

    /** Runs the solution once more on the counterexample to catch what it prints there. */
    private static String rerun(Exercise e, Object solution, ExerciseCase c) {
        CAPTURE.reset();
        try {
            Trial.call(e.kind(), solution, c);
        } catch (Throwable ignored) {
            // the failure is already known; only the output is wanted
        }
        Trial.inFlight = null;
        return CAPTURE.text();
    }

    /** {@code java.lang.ArithmeticException: / by zero (MyHessian.java:14)}. */
    static String describe(Throwable t, Args a) {
        String where = null;
        for (StackTraceElement f : t.getStackTrace()) {
            if (isSolutionFrame(f, a)) {
                where = f.getFileName() + ":" + f.getLineNumber();
                break;
            }
        }
        String text = t.getMessage() == null ? t.getClass().getName() : t.getClass().getName() + ": "
                + t.getMessage().lines().findFirst().orElse("");
        if (t instanceof StackOverflowError) {
            text += " (an endless recursion?)";
        }
        return text + (where == null ? "" : " (" + where + ")");
    }

    private static List<String> frames(Throwable t, Args a) {
        List<String> frames = new ArrayList<>();
        String previous = null;
        for (StackTraceElement f : t.getStackTrace()) {
            if (isSolutionFrame(f, a)) {
                String s = "at " + f;
                if (!s.equals(previous)) {
                    frames.add(s);
                }
                previous = s;
                if (frames.size() == MAX_FRAMES) {
                    break;
                }
            }
        }
        return frames;
    }

    private static boolean isSolutionFrame(StackTraceElement f, Args a) {
        return f.getClassName().equals(a.className()) || f.getClassName().startsWith(a.className() + "$")
                || a.sourceName().equals(f.getFileName());
    }

    /**
     * Runs when the solution calls System.exit (the harness itself ends with a halt, which runs no
     * hooks): reports the case in flight and what the solution printed on it. The parent adds the
     * exit code.
     */
    private static void exited(Args a) {
        ExerciseCase c = Trial.inFlight;
        double[][] expected = null;
        if (c != null) {
            try {
                expected = a.exercise().reference(c);
            } catch (RuntimeException ignored) {
                // the case is reported without it
            }
        }
        String message = c != null ? "the solution ended the JVM with System.exit on the case below"
                : "the solution ended the JVM with System.exit while it was being loaded";
        emit(RESULT_MARKER + ResultJson.line(new CheckResult(a.exercise().cliName(), a.className(), Verdict.EXITED,
                Trial.CALLS.get(), a.seed(), c, expected, null, List.of(), null, message, List.of(), CAPTURE.text())));
    }

    /** Writes a timeout result with the case in flight, and halts, when the deadline passes. */
    private static void watchdog(Args a) {
        Thread t = new Thread(() -> {
            long wait;
            while ((wait = a.deadline() - System.currentTimeMillis()) > 0) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ex) {
                    return;
                }
            }
            ExerciseCase c = Trial.inFlight;
            double[][] expected = null;
            if (c != null) {
                try {
                    expected = a.exercise().reference(c);
                } catch (RuntimeException ignored) {
                    // the case is reported without it
                }
            }
            String message = c != null
                    ? String.format(Locale.ROOT, "the solution ran past the time limit of %d s on the case below "
                            + "(an endless loop?)", a.timeoutSeconds())
                    : String.format(Locale.ROOT, "the check ran past the time limit of %d s after %d calls of the "
                            + "solution (a slow solution needs a larger time limit)", a.timeoutSeconds(),
                            Trial.CALLS.get());
            emit(RESULT_MARKER + ResultJson.line(new CheckResult(a.exercise().cliName(), a.className(), Verdict.TIMEOUT,
                    Trial.CALLS.get(), a.seed(), c, expected, null, List.of(), null, message, List.of(), null)));
            Runtime.getRuntime().halt(0);
        }, "exercise-time-limit");
        t.setDaemon(true);
        t.start();
    }

    /** Keeps the first characters written to it (thread-safe). */
    static final class Capture extends OutputStream {
        private final int limit;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private long dropped;

        Capture(int limit) {
            this.limit = limit;
        }

        @Override
        public synchronized void write(int b) {
            if (kept.size() < limit) {
                kept.write(b);
            } else {
                dropped++;
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int room = Math.max(0, Math.min(len, limit - kept.size()));
            kept.write(b, off, room);
            dropped += len - room;
        }

        synchronized void reset() {
            kept.reset();
            dropped = 0;
        }

        /** The text kept, with a note of what was dropped; null when nothing was written. */
        synchronized String text() {
            if (kept.size() == 0 && dropped == 0) {
                return null;
            }
            String s = kept.toString(StandardCharsets.UTF_8);
            return dropped == 0 ? s : s + "... (" + dropped + " more bytes)";
        }
    }

    static {
        // load Jackson before the solution runs: a watchdog that fires while the solution holds all the
        // memory must not need to load classes first
        ResultJson.MAPPER.createObjectNode();
    }
}
