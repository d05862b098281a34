package org.hessianworkbench.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile submissions of {@code src/test/resources/hostile} (all right answers to
 * logistic-hessian, plus something a grader must not allow): those that would reach outside are
 * refused before they run, naming the API and the line; those that only hurt themselves (memory,
 * recursion, output, an endless loop) are contained in the checking JVM. Afterwards nothing exists on
 * disk that was not there before. Four checking JVMs, the endless loop's beside the others: about 5 s.
 */
class SandboxTest {

    /** Few tries: each contained submission fails (or prints) on its first call. */
    private static final int TRIES = 5;

    /** The time limit of the endless loop's check: the smallest the command line accepts that still shows the kill. */
    private static final int LOOP_LIMIT_SECONDS = 2;

    /** The bound on the loop's check: killed and reported within the limit plus this, from the JVM's start. */
    private static final double LOOP_SLACK_SECONDS = 3;

    /**
     * Compiling the solution and starting its JVM, before the limit counts: about 0.5 s on an idle
     * machine, several seconds on one running five builds on two cores.
     */
    private static final double START_SECONDS = 4;

    @TempDir
    Path scratch;

    private static Path hostile(String name) {
        try {
            return Path.of(SandboxTest.class.getResource("/hostile/" + name + ".java").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private CheckResult check(String name, int timeoutSeconds) {
        return ExerciseChecker.check(Exercise.byName("logistic-hessian"), hostile(name), TRIES, 7, timeoutSeconds, scratch);
    }

    @Test
    void hostileSubmissionsAreRefusedOrContainedAndLeaveNothingBehind() throws Exception {
        Path home = Path.of(System.getProperty("user.home"));
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path perf = tmp.resolve("hsperfdata_" + System.getProperty("user.name"));
        Set<String> homeBefore = names(home);
        Set<String> perfBefore = names(perf);
        List<Path> targets = List.of(home.resolve("graded-by-me.txt"), tmp.resolve("touched-by-student.txt"));
        for (Path t : targets) {
            assertFalse(Files.exists(t), t + " exists before the test");
        }

        // refused: the first forbidden use is the message, every one is listed with its line
        String[][] refused = {
            {"WritesToHome", "java.lang.System.getProperty (WritesToHome.java:8)", "java.nio.file.Files.writeString (WritesToHome.java:8)"},
            {"StartsProcess", "new java.lang.ProcessBuilder (StartsProcess.java:8)", "java.lang.ProcessBuilder.start (StartsProcess.java:8)"},
            {"OpensSocket", "new java.net.Socket (OpensSocket.java:7)", "java.net.Socket.getOutputStream (OpensSocket.java:8)"},
            {"ReflectsIntoGrader", "java.lang.Class.forName (ReflectsIntoGrader.java:8)", "java.lang.Class.getDeclaredField (ReflectsIntoGrader.java:9)"},
            {"ReadsEnvironment", "java.lang.System.getenv (ReadsEnvironment.java:7)", "java.lang.System.getenv (ReadsEnvironment.java:7)"},
            {"CallsExit", "java.lang.System.exit (CallsExit.java:8)", "java.lang.System.exit (CallsExit.java:8)"},
            {"StartsThread", "new java.lang.Thread (StartsThread.java:7)", "java.lang.Thread.start (StartsThread.java:12)"}};
        for (String[] r : refused) {
            CheckResult c = check(r[0], 10);
            assertEquals(Verdict.FORBIDDEN, c.verdict(), r[0] + ": " + c);
            assertEquals(r[0], c.solution());
            assertTrue(c.message().startsWith("the solution uses " + r[1]), c.message());
            assertTrue(c.message().endsWith("it was not run"), c.message());
            assertTrue(c.details().contains(r[2]), r[0] + ": " + c.details());
            assertEquals(0, c.tries());
        }

        // contained: the solution fails in its own JVM, the grader reports it. The endless loop's JVM,
        // which mostly waits for its time limit, runs beside the other three (one after another).
        ExecutorService beside = Executors.newSingleThreadExecutor();
        double[] loopSeconds = new double[1];
        CompletableFuture<CheckResult> loopCheck = CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            CheckResult r = check("LoopsForever", LOOP_LIMIT_SECONDS);
            loopSeconds[0] = (System.nanoTime() - start) / 1e9;
            return r;
        }, beside);
        beside.shutdown();

        CheckResult oom = check("AllocatesWithoutEnd", 10);
        assertEquals(Verdict.EXCEPTION, oom.verdict(), oom.toString());
        assertTrue(oom.message().startsWith("the solution threw java.lang.OutOfMemoryError: Java heap space"), oom.message());

        CheckResult recursion = check("RecursesWithoutEnd", 10);
        assertEquals(Verdict.EXCEPTION, recursion.verdict(), recursion.toString());
        // the stack overflows on the test of line 7 or on the call of line 8, as it happens
        assertTrue(recursion.message().matches(".*java\\.lang\\.StackOverflowError \\(an endless recursion\\?\\) "
                + "\\(RecursesWithoutEnd\\.java:[78]\\)"), recursion.message());

        CheckResult prints = check("Prints100MB", 10);
        assertEquals(Verdict.PASS, prints.verdict(), prints.toString());

        CheckResult loop = loopCheck.get(60, TimeUnit.SECONDS);
        double seconds = loopSeconds[0];
        assertEquals(Verdict.TIMEOUT, loop.verdict(), loop.toString());
        assertTrue(seconds < START_SECONDS + LOOP_LIMIT_SECONDS + LOOP_SLACK_SECONDS, seconds + " s");

        // nothing left: the scratch directories (with the JVMs' homes), the targets, the home, perf data
        assertEquals(Set.of(), names(scratch));
        for (Path t : targets) {
            assertFalse(Files.exists(t), t.toString());
        }
        Set<String> homeAfter = names(home);
        homeAfter.removeAll(homeBefore);
        assertEquals(Set.of(), homeAfter, "new in " + home);
        List<String> leaked = new ArrayList<>();
        for (String n : names(perf)) {
            // other JVMs on the machine come and go; a file of a process that has ended was left behind
            if (!perfBefore.contains(n) && n.matches("\\d+") && ProcessHandle.of(Long.parseLong(n)).isEmpty()) {
                leaked.add(n);
            }
        }
        assertEquals(List.of(), leaked, "perf data files of ended JVMs in " + perf);
    }

    private static Set<String> names(Path dir) throws IOException {
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.forEach(p -> names.add(p.getFileName().toString()));
            }
        }
        return names;
    }
}
