package org.hessianworkbench.grading.exercise;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hessianworkbench.derivatives.error.InternalException;
import org.hessianworkbench.grading.GradingMessages;

/**
 * Runs a compiled solution in a separate JVM ({@link ExerciseHarness}) with a time limit, and reads
 * its result: the solution can loop, exhaust its memory, or end its JVM without touching the
 * workbench's. The JVM gets the workbench's class path (the entries of {@code java.class.path},
 * whose jars' manifest Class-Path entries the JVM follows, plus the locations of the classes the
 * harness needs, for class loaders that do not show in {@code java.class.path}).
 *
 * <p>The JVM is the sandbox's second wall (the first is {@link SolutionAllowlist}, checked before):
 * it starts with an empty environment, in a fresh scratch directory that is also its {@code HOME},
 * {@code user.home} and {@code java.io.tmpdir} (deleted with the scratch directory afterwards),
 * without a performance-data file ({@code -XX:-UsePerfData}: a killed JVM leaves no {@code
 * hsperfdata} file), with a heap of 256 MB, its output capped at {@link #OUTPUT_LIMIT} bytes a stream,
 * and killed at the time limit.
 */
public final class SolutionRunner {

    /** The checking JVM's heap: enough for jqwik and small cases, small enough that a runaway solution fails fast. */
    static final String HEAP = "-Xmx256m";

    /** The system property naming the checking JVM's class-data-sharing archive (set by {@code ./workbench}). */
    public static final String ARCHIVE_PROPERTY = "workbench.check.archive";

    /** The system property naming the archive the checking JVM dumps its classes into at exit (the training run). */
    public static final String CREATE_ARCHIVE_PROPERTY = "workbench.check.archive.create";

    /**
     * Seconds after the time limit before the JVM is killed, when its own watchdog did not end it.
     * Both count the limit from the start of the checking JVM (its first line, {@link
     * ExerciseHarness#STARTED_MARKER}), so that a slow start-up on a loaded machine is not the
     * solution's time: an endless loop is reported by the watchdog at the limit, and killed at the
     * latest at the limit plus this grace (under the limit plus 3 s).
     */
    public static final int GRACE_SECONDS = 2;

    /** Seconds the JVM may take to start (to write its first line) before it is killed. */
    static final int STARTUP_SECONDS = 10;

    /** How often the parent looks whether the JVM has started or ended. */
    private static final long POLL_MILLIS = 50;

    /** Bytes of each of the JVM's output streams kept (the solution's own output is captured inside it, see
     * {@link ExerciseHarness#PRINTED_LIMIT}; this caps what the JVM itself writes). */
    static final int OUTPUT_LIMIT = 1 << 20;

    /** How long the output is waited for once the JVM has ended. */
    private static final long DRAIN_WAIT_MILLIS = 2000;

    /** Last lines of the JVM's error output reported when it ended without a result. */
    static final int STDERR_LINES = 6;

    /** Classes whose locations join the class path (absent ones are skipped). */
    private static final List<String> NEEDED = List.of(ExerciseHarness.class.getName(),
            "org.hessianworkbench.exercise.api.GradientSolution", "org.hessianworkbench.derivatives.Objective",
            "org.hessianworkbench.models.LogisticLoss", "org.hipparchus.analysis.differentiation.DerivativeStructure",
            "net.jqwik.api.Arbitraries", "net.jqwik.engine.JqwikTestEngine",
            "org.junit.platform.launcher.core.LauncherFactory", "org.junit.platform.engine.TestEngine",
            "org.junit.platform.commons.util.ReflectionUtils", "org.opentest4j.AssertionFailedError",
            "org.apiguardian.api.API", "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.core.JsonFactory", "com.fasterxml.jackson.annotation.JsonProperty",
            "org.apache.logging.log4j.LogManager", "org.apache.logging.log4j.core.LoggerContext");

    private SolutionRunner() {
    }

    /**
     * Checks the compiled solution.
     *
     * @param e              the exercise
     * @param className      the solution's binary class name
     * @param sourceName     its source file's name (to find its stack frames)
     * @param classes        the compiled classes' directory
     * @param work           a scratch directory (holds the JVM's fresh home and working directory, and jqwik's database)
     * @param tries          random cases
     * @param seed           jqwik's seed
     * @param timeoutSeconds the time limit
     */
    static CheckResult run(Exercise e, String className, String sourceName, Path classes, Path work, int tries, long seed,
                           int timeoutSeconds) {
        Path home;
        try {
            home = Files.createDirectory(work.resolve("home"));
        } catch (IOException ex) {
            throw new InternalException(ex, GradingMessages.SCRATCH_DIRECTORY_NOT_CREATED, ex.getMessage());
        }
        long start = System.currentTimeMillis();
        long deadline = start + timeoutSeconds * 1000L;
        List<String> command = new ArrayList<>(List.of(javaExecutable(), HEAP, "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:-UsePerfData", "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8", "-Duser.home=" + home, "-Djava.io.tmpdir=" + home));
        command.addAll(archiveOptions());
        command.addAll(List.of("-cp", classPath(), ExerciseHarness.class.getName(), e.argument(), classes.toString(), className, sourceName,
                Integer.toString(tries), Long.toString(seed), Long.toString(deadline), Integer.toString(timeoutSeconds),
                work.resolve("jqwik-database").toString()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        environment(pb.environment(), home);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            Drain out = new Drain(p.getInputStream(), "exercise-stdout");
            Drain err = new Drain(p.getErrorStream(), "exercise-stderr");
            boolean ended = waitWithin(p, out, start, timeoutSeconds);
            if (!ended) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(GRACE_SECONDS, TimeUnit.SECONDS);
            }
            CheckResult r = result(out.lines());
            if (r != null && r.verdict() == Verdict.EXITED && ended) {
                return new CheckResult(r.exercise(), r.solution(), r.verdict(), r.tries(), r.seed(), r.counterexample(),
                        r.expected(), r.got(), r.differing(), r.hint(), r.message().replace("System.exit", "System.exit(" + p.exitValue() + ")"),
                        r.details(), r.printed());
            }
            if (r != null) {
                return r;
            }
            if (!ended) {
                return CheckResult.withoutCase(e.cliName(), className, Verdict.TIMEOUT, 0, seed, String.format(Locale.ROOT,
                        "the solution ran past the time limit of %d s and was stopped", timeoutSeconds), List.of());
            }
            return CheckResult.withoutCase(e.cliName(), className, Verdict.EXITED, 0, seed, String.format(Locale.ROOT,
                    "the checking JVM ended (exit code %d) before the check finished", p.exitValue()),
                    lastLines(err.lines()));
        } catch (IOException ex) {
            throw new InternalException(ex, GradingMessages.CHECKING_JVM_NOT_RUN, ex.getMessage());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new InternalException(ex, GradingMessages.CHECK_INTERRUPTED);
        }
    }

    /**
     * Waits for the JVM to end, at most the time limit plus {@link #GRACE_SECONDS} counted from when
     * it started (or {@link #STARTUP_SECONDS} more than that from {@code spawned}, when it does not
     * start); false when it has not ended.
     */
    private static boolean waitWithin(Process p, Drain out, long spawned, int timeoutSeconds) throws InterruptedException {
        long allowed = (timeoutSeconds + GRACE_SECONDS) * 1000L;
        while (!p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            long started = out.startedAt();
            long killAt = started > 0 ? started + allowed : spawned + allowed + STARTUP_SECONDS * 1000L;
            if (System.currentTimeMillis() >= killAt) {
                return false;
            }
        }
        return true;
    }

    /**
     * The checking JVM's environment: nothing inherited. {@code HOME} is the fresh scratch home; on a
     * system whose file names are UTF-8, {@code LC_ALL=C.UTF-8} keeps the JVM reading its class path
     * and arguments as UTF-8 (without a locale it reads them as ASCII); on Windows, {@code SystemRoot},
     * without which the JVM cannot start.
     */
    static void environment(Map<String, String> env, Path home) {
        String systemRoot = env.get("SystemRoot");
        env.clear();
        env.put("HOME", home.toString());
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        if (windows && systemRoot != null) {
            env.put("SystemRoot", systemRoot);
        }
        if (!windows && "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"))) {
            env.put("LC_ALL", "C.UTF-8");
        }
    }

    /**
     * Reads one output stream of the checking JVM on its own thread, keeping the first {@link
     * #OUTPUT_LIMIT} bytes and dropping the rest (so that the JVM never blocks on a full pipe).
     */
    static final class Drain {
        private static final byte[] STARTED = ExerciseHarness.STARTED_MARKER.getBytes(StandardCharsets.UTF_8);
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final Thread thread;
        /** When {@link ExerciseHarness#STARTED_MARKER} was read (this JVM's clock), 0 before. */
        private volatile long startedAt;

        Drain(InputStream in, String name) {
            thread = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try (in) {
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        synchronized (kept) {
                            kept.write(buffer, 0, Math.max(0, Math.min(n, OUTPUT_LIMIT - kept.size())));
                            if (startedAt == 0 && contains(kept.toByteArray(), STARTED)) {
                                startedAt = System.currentTimeMillis();
                            }
                        }
                    }
                } catch (IOException ignored) {
                    // the JVM is gone: what was read is kept
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
        }

        /** When the JVM wrote its first line (this JVM's clock), or 0 when it has not yet. */
        long startedAt() {
            return startedAt;
        }

        private static boolean contains(byte[] text, byte[] part) {
            outer:
            for (int i = 0; i + part.length <= text.length; i++) {
                for (int j = 0; j < part.length; j++) {
                    if (text[i + j] != part[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }

        /** The lines kept, once the stream has ended (or after a short wait, if a stray process holds it). */
        List<String> lines() throws InterruptedException {
            thread.join(DRAIN_WAIT_MILLIS);
            synchronized (kept) {
                return kept.toString(StandardCharsets.UTF_8).lines().toList();
            }
        }
    }

    /** The result line of the JVM's output, or null when there is none. */
    private static CheckResult result(List<String> out) throws IOException {
        for (String line : out) {
            if (line.startsWith(ExerciseHarness.RESULT_MARKER)) {
                return ResultJson.fromJson(ResultJson.MAPPER.readTree(line.substring(ExerciseHarness.RESULT_MARKER.length())));
            }
            if (line.startsWith(ExerciseHarness.INTERNAL_MARKER)) {
                throw new InternalException(GradingMessages.HARNESS_FAILED,
                        line.substring(ExerciseHarness.INTERNAL_MARKER.length()));
            }
        }
        return null;
    }

    private static List<String> lastLines(List<String> err) {
        List<String> lines = new ArrayList<>();
        for (String l : err) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        return List.copyOf(lines.subList(Math.max(0, lines.size() - STDERR_LINES), lines.size()));
    }

    /**
     * The checking JVM's class-data-sharing options (docs/benchmarks.md, "Start-up"): with the system
     * property {@value #ARCHIVE_PROPERTY} naming a file, {@code -XX:SharedArchiveFile} of it (its
     * classes, jqwik's and the JUnit platform's among them, are mapped instead of loaded); with {@value
     * #CREATE_ARCHIVE_PROPERTY}, {@code -XX:ArchiveClassesAtExit} into the file it names (the launcher's
     * training run). An archive that does not match the JVM or the class path is ignored by the JVM,
     * and the CDS log is off so that nothing about it reaches the JVM's output.
     */
    static List<String> archiveOptions() {
        List<String> options = new ArrayList<>();
        String create = System.getProperty(CREATE_ARCHIVE_PROPERTY, "");
        String use = System.getProperty(ARCHIVE_PROPERTY, "");
        if (!create.isBlank()) {
            options.add("-XX:ArchiveClassesAtExit=" + Path.of(create).toAbsolutePath());
        } else if (!use.isBlank() && Files.isRegularFile(Path.of(use))) {
            options.add("-XX:SharedArchiveFile=" + Path.of(use).toAbsolutePath());
        } else {
            return options;
        }
        options.addAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Xlog:class+path=off"));
        return options;
    }

    /**
     * Whether the checking JVM maps {@code archive} (a class-data-sharing archive it dumped): a JVM
     * with the checking JVM's options, class path and {@code -Xshare:on} starts and ends cleanly on it.
     * An archive cut short (a JVM killed while it wrote it) can crash the JVM that maps it, so the
     * launcher keeps only an archive this accepts.
     */
    public static boolean archiveUsable(Path archive) {
        List<String> command = List.of(javaExecutable(), HEAP, "-XX:+UseSerialGC", "-Xshare:on", "-XX:-UsePerfData",
                "-XX:ErrorFile=/dev/null", "-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-Xlog:class+path=off", "-cp", classPath(), "-version");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(STARTUP_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException ex) {
            return false;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The java launcher of this runtime. */
    static String javaExecutable() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path java = bin.resolve("java");
        if (Files.isExecutable(java)) {
            return java.toString();
        }
        return ProcessHandle.current().info().command().orElse(bin.resolve("java.exe").toString());
    }

    /** This JVM's class path plus the locations of the classes the harness needs. */
    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String s : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!s.isBlank()) {
                entries.add(Path.of(s).toAbsolutePath().toString());
            }
        }
        for (String name : NEEDED) {
            try {
                CodeSource cs = Class.forName(name, false, SolutionRunner.class.getClassLoader())
                        .getProtectionDomain().getCodeSource();
                if (cs != null && cs.getLocation() != null) {
                    entries.add(Path.of(cs.getLocation().toURI()).toAbsolutePath().toString());
                }
            } catch (ClassNotFoundException | URISyntaxException | IllegalArgumentException ignored) {
                // not on this class path: the JVM does without it
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
