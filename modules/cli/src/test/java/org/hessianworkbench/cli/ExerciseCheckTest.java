package org.hessianworkbench.cli;

import org.hessianworkbench.grading.exercise.SolutionRunner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code exercise check} end to end: each solution in {@code src/test/resources/exercises} compiled
 * and run in its own JVM. The reference solutions pass; the typical wrong ones are caught with a
 * shrunk counterexample and the right hint; solutions that do not compile, throw, return the wrong
 * shape or NaN, loop, or end the JVM get their verdict. About a second per solution, most of it waiting
 * on the child JVM: the checks run two at a time (each has its own working directory and JVM).
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

    @ParameterizedTest
    @ValueSource(strings = {"logistic-gradient", "logistic-hessian", "poisson-hessian", "linear-product-hessian",
        "linear-product-ce-hessian"})
    void eachReferenceSolutionPasses(String exercise) {
        JsonNode j = check(0, exercise, "Reference");
        assertTrue(j.get("passed").asBoolean(), j.toString());
        assertEquals("pass", j.get("verdict").asText());
        assertEquals(Integer.parseInt(TRIES), j.get("tries").asInt());
        assertEquals(Long.parseLong(SEED), j.get("seed").asLong());
        assertTrue(j.get("counterexample").isNull());
    }

    @ParameterizedTest(name = "{0} {1}: hint {2}")
    @CsvSource(nullValues = "none", value = {
        "logistic-gradient, SignError, sign",
        "logistic-gradient, MissingFactor, none",
        "logistic-hessian, SignError, sign",
        "logistic-hessian, MissingFactor, factor-2",
        "poisson-hessian, SignError, sign",
        "poisson-hessian, MissingFactor, none",
        "poisson-hessian, ResponseForMean, none",
        "linear-product-hessian, SignError, sign",
        "linear-product-hessian, MissingFactor, factor-2",
        "linear-product-hessian, NoResidualTerm, missing-residual-term",
        "linear-product-hessian, TransposedBlock, transposed-block",
        "linear-product-ce-hessian, SignError, sign",
        "linear-product-ce-hessian, MissingFactor, none",
        "linear-product-ce-hessian, NoResidualTerm, missing-residual-term",
        "linear-product-ce-hessian, TransposedBlock, transposed-block"})
    void typicalWrongSolutionsAreCaughtWithAShrunkCounterexample(String exercise, String solution, String hint) {
        JsonNode j = check(1, exercise, solution);
        assertFalse(j.get("passed").asBoolean());
        assertEquals("wrong", j.get("verdict").asText(), j.toString());
        assertEquals(hint == null ? "null" : hint, j.get("hint").isNull() ? "null" : j.get("hint").asText(), j.toString());
        JsonNode c = j.get("counterexample");
        boolean product = exercise.startsWith("linear-product");
        JsonNode x = c.get(product ? "x1" : "x");
        // shrunk: one observation, at most two columns per group (two only where a transposed block needs them)
        assertEquals(1, c.get("y").size(), j.toString());
        assertEquals(1, x.size());
        assertTrue(x.get(0).size() <= (solution.equals("TransposedBlock") ? 2 : 1), j.toString());
        int p = c.get("beta").size();
        boolean vector = exercise.endsWith("gradient");
        JsonNode expected = j.get("expected");
        JsonNode got = j.get("got");
        assertEquals(vector ? p : p, expected.size());
        assertTrue(j.get("differing_entries").size() > 0);
        for (JsonNode d : j.get("differing_entries")) {
            double e = vector ? expected.get(d.asInt()).asDouble() : expected.get(d.get(0).asInt()).get(d.get(1).asInt()).asDouble();
            double g = vector ? got.get(d.asInt()).asDouble() : got.get(d.get(0).asInt()).get(d.get(1).asInt()).asDouble();
            assertNotEquals(e, g, d.toString());
        }
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
    void theWrongInterfaceIsNotASolution() {
        JsonNode j = check(1, "logistic-hessian", "WrongInterface");
        assertEquals("not-a-solution", j.get("verdict").asText());
        assertTrue(j.get("message").asText().contains("implements GradientSolution, but this exercise needs HessianSolution"),
                j.toString());
    }

    @Test
    void anExceptionIsReportedWithItsClassAndLineOnTheSmallestCase() {
        JsonNode j = check(1, "logistic-hessian", "Throws");
        assertEquals("exception", j.get("verdict").asText());
        assertTrue(j.get("message").asText().contains("java.lang.ArrayIndexOutOfBoundsException"), j.toString());
        assertTrue(j.get("message").asText().contains("(Throws.java:12)"), j.toString());
        assertEquals(1, j.get("counterexample").get("y").size());
        assertTrue(j.get("details").get(0).asText().startsWith("at Throws.hessian(Throws.java:12)"), j.toString());
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
    void theWrongShapeIsAVerdict() {
        JsonNode j = check(1, "logistic-hessian", "WrongShape");
        assertEquals("wrong-shape", j.get("verdict").asText());
        assertEquals("the Hessian has 2 rows, expected 1 (one per coefficient)", j.get("message").asText());
        assertEquals("[[0.0,0.0],[0.0,0.0]]", j.get("got").toString());
    }

    @Test
    void nanIsAVerdictAndNullInJson() {
        JsonNode j = check(1, "logistic-hessian", "ReturnsNaN");
        assertEquals("not-finite", j.get("verdict").asText());
        assertTrue(j.get("message").asText().contains("h[0][0] = NaN"), j.toString());
        assertTrue(j.get("got").get(0).get(0).isNull(), j.toString());
        assertEquals("[0.0]", j.get("counterexample").get("y").toString());
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
