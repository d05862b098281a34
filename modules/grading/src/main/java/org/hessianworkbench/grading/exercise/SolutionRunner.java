package org.hessianworkbench.grading.exercise;

import java.io.File;
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
 */
public final class SolutionRunner {

    /** The checking JVM's heap: enough for jqwik and small cases, small enough that a runaway solution fails fast. */
    static final String HEAP = "-Xmx256m";

    /** Seconds after the time limit before the JVM is killed, when its own watchdog did not end it. */
    public static final int GRACE_SECONDS = 5;

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
     * @param work           a scratch directory (the JVM's working directory and jqwik's database)
     * @param tries          random cases
     * @param seed           jqwik's seed
     * @param timeoutSeconds the time limit
     */
    static CheckResult run(Exercise e, String className, String sourceName, Path classes, Path work, int tries, long seed,
                           int timeoutSeconds) {
        Path out = work.resolve("stdout.txt");
        Path err = work.resolve("stderr.txt");
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        List<String> command = new ArrayList<>(List.of(javaExecutable(), HEAP, "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:-UsePerfData", "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8", "-cp", classPath(), ExerciseHarness.class.getName(), e.argument(),
                classes.toString(), className, sourceName, Integer.toString(tries), Long.toString(seed),
                Long.toString(deadline), Integer.toString(timeoutSeconds), work.resolve("jqwik-database").toString()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            boolean ended = p.waitFor(timeoutSeconds + GRACE_SECONDS, TimeUnit.SECONDS);
            if (!ended) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(GRACE_SECONDS, TimeUnit.SECONDS);
            }
            CheckResult r = result(out);
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
                    "the solution ended the JVM (exit code %d) before the check finished: does it call Runtime.halt?",
                    p.exitValue()), lastLines(err));
        } catch (IOException ex) {
            throw new InternalException(ex, GradingMessages.CHECKING_JVM_NOT_RUN, ex.getMessage());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new InternalException(ex, GradingMessages.CHECK_INTERRUPTED);
        }
    }

    /** The result line of the JVM's output, or null when there is none. */
    private static CheckResult result(Path out) throws IOException {
        if (!Files.exists(out)) {
            return null;
        }
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
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

    private static List<String> lastLines(Path err) throws IOException {
        if (!Files.exists(err)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(err, StandardCharsets.UTF_8)) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        return List.copyOf(lines.subList(Math.max(0, lines.size() - STDERR_LINES), lines.size()));
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
