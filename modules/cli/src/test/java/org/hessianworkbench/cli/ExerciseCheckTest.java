package org.hessianworkbench.cli;

import org.hessianworkbench.grading.exercise.SolutionRunner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * {@code exercise check} end to end, each test solution (grading's {@code TestSolutions}) compiled and
 * run in its own JVM: a reference solution passes; a wrong one is caught with a shrunk counterexample
 * in the JSON and text reports; solutions that do not compile, are forbidden, run out of memory, loop,
 * or print get their verdict. About a second per solution, most of it waiting on the child JVM: the
 * checks run two at a time (each has its own working directory and JVM). The verdicts on every test
 * solution (each exercise's reference and typical mistakes, wrong shapes, NaN, exceptions) are checked
 * with the checking JVM's code run in-process by grading's {@code ExerciseVerdictsTest}.
 */
@Execution(ExecutionMode.CONCURRENT)
class ExerciseCheckTest {

    /** Few tries: the wrong solutions fail on the first cases, and each JVM costs about a second anyway. */
    private static final String TRIES = "50";

    /** A fixed seed: the counterexamples and hints below are reproducible. */
    private static final String SEED = "7";

    private static final List<String> KEYS = List.of("exercise", "solution", "passed", "verdict", "tries", "seed",
            "counterexample", "expected", "got", "differing_entries", "hint", "message", "details", "printed");

    private static JsonNode check(int exitCode, String exercise, String solution, String... more) {
        String[] args = new String[4 + more.length];
        System.arraycopy(new String[] {"--tries", TRIES, "--seed", SEED}, 0, args, 0, 4);
        System.arraycopy(more, 0, args, 4, more.length);
        ExerciseCli r = ExerciseCli.check(exercise, solution, args);
        assertEquals(exitCode, r.code(), r.out() + r.err());
        JsonNode j = r.json();
        for (String key : KEYS) {
            assertTrue(j.has(key), key + " in " + j);
        }
        assertEquals(exercise, j.get("exercise").asText());
        return j;
    }

    @Test
    void aReferenceSolutionPasses() {
        JsonNode j = check(0, "logistic-hessian", "Reference");
        assertTrue(j.get("passed").asBoolean(), j.toString());
        assertEquals("pass", j.get("verdict").asText());
        assertEquals(Integer.parseInt(TRIES), j.get("tries").asInt());
        assertEquals(Long.parseLong(SEED), j.get("seed").asLong());
        assertTrue(j.get("counterexample").isNull());
    }

    @Test
    void theSignErrorOfTheLogisticHessianShrinksToTheSmallestCase() {
        JsonNode j = check(1, "logistic-hessian", "SignError");
        assertEquals("{\"x\":[[1.0]],\"y\":[0.0],\"beta\":[0.0]}", j.get("counterexample").toString());
        assertEquals("[[0.25]]", j.get("expected").toString());
        assertEquals("[[-0.25]]", j.get("got").toString());
        assertEquals("[[0,0]]", j.get("differing_entries").toString());
        assertEquals("sign", j.get("hint").asText());
    }

    @Test
    void theTextReportShowsTheCounterexampleTheEntriesTheHintAndHowToReproduce() {
        ExerciseCli r = ExerciseCli.run("check", "linear-product-hessian", "--solution",
                ExerciseCli.resource("linear-product-hessian", "NoResidualTerm").toString(), "--tries", TRIES, "--seed", SEED);
        assertEquals(1, r.code(), r.err());
        for (String s : List.of("solution NoResidualTerm: WRONG", "The smallest counterexample (shrunk by jqwik):", "x1   = [[",
                "expected (automatic differentiation of the loss):", "got:", "differing entries:", "hint (missing-residual-term)",
                "Reproduce: ./workbench exercise check linear-product-hessian --solution", "--seed " + SEED)) {
            assertTrue(r.out().contains(s), s + " in\n" + r.out());
        }
        assertTrue(r.err().contains("seed " + SEED), r.err());
    }

    @Test
    void aCompileErrorNamesFileAndLine() {
        JsonNode j = check(1, "logistic-hessian", "CompileError");
        assertEquals("compile-error", j.get("verdict").asText());
        assertTrue(j.get("message").asText().contains("CompileError.java:15: cannot find symbol"), j.toString());
        assertTrue(j.get("counterexample").isNull());
    }

    @Test
    void runningOutOfMemoryIsAnExceptionOfTheSolution() {
        JsonNode j = check(1, "logistic-hessian", "RunsOutOfMemory");
        assertEquals("exception", j.get("verdict").asText());
        assertTrue(j.get("message").asText().contains("java.lang.OutOfMemoryError: Java heap space (RunsOutOfMemory.java:12)"),
                j.toString());
        assertFalse(j.get("counterexample").isNull());
    }

    @Test
    void anEndlessLoopRunsIntoTheTimeLimitWithTheCaseInFlight() {
        long start = System.nanoTime();
        JsonNode j = check(1, "logistic-hessian", "EndlessLoop", "--timeout", "3");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("timeout", j.get("verdict").asText());
        assertTrue(j.get("message").asText().contains("time limit of 3 s"), j.toString());
        assertFalse(j.get("counterexample").isNull(), j.toString());
        boolean negative = false;
        for (JsonNode b : j.get("counterexample").get("beta")) {
            negative |= b.asDouble() < 0;
        }
        assertTrue(negative, "the solution loops only when a coefficient is negative: " + j);
        assertTrue(seconds < 3 + SolutionRunner.GRACE_SECONDS + 5, seconds + " s");
    }

    @Test
    void systemExitIsRefusedBeforeTheSolutionRuns() {
        JsonNode j = check(1, "logistic-hessian", "CallsSystemExit");
        assertEquals("forbidden", j.get("verdict").asText());
        assertTrue(j.get("message").asText().startsWith("the solution uses java.lang.System.exit (CallsSystemExit.java:9)"),
                j.toString());
        assertEquals(0, j.get("tries").asInt());
        assertTrue(j.get("counterexample").isNull(), j.toString());
        assertEquals("[\"java.lang.System.exit (CallsSystemExit.java:9)\"]", j.get("details").toString());
    }

    @Test
    void theTextReportOfAForbiddenSolutionListsEveryUse() {
        ExerciseCli r = ExerciseCli.run("check", "logistic-hessian", "--solution",
                ExerciseCli.resource("logistic-hessian", "StartsProcess").toString());
        assertEquals(1, r.code(), r.err());
        for (String s : List.of("solution StartsProcess: FORBIDDEN", "the solution uses new java.lang.ProcessBuilder "
                + "(StartsProcess.java:8)", "Every forbidden use (the solution was not run):",
                "  java.lang.ProcessBuilder.start (StartsProcess.java:8)")) {
            assertTrue(r.out().contains(s), s + " in\n" + r.out());
        }
    }

    @Test
    void whatTheSolutionPrintsOnTheCounterexampleIsReported() {
        JsonNode j = check(1, "logistic-hessian", "Prints");
        assertEquals("sign", j.get("hint").asText());
        assertEquals("row 0: eta = 0.0, w = -0.25\n", j.get("printed").asText());
    }
}
