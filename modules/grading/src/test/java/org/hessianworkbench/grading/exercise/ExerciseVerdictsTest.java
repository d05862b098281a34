package org.hessianworkbench.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verdicts of {@code exercise check} on the test solutions ({@link TestSolutions}), with the
 * checking JVM's own code run in this JVM ({@link ExerciseHarness#inProcess}): compiled, read by the
 * allowlist, then the same stages, shrinking and hints. The reference solutions pass; the typical wrong
 * ones are caught with a shrunk counterexample and the right hint; a wrong shape, NaN, an exception and
 * the wrong interface get their verdicts. What needs the checking JVM itself (its time limit, running
 * out of memory, System.exit, what a solution prints, the JSON and text reports) is tested end to end
 * by the command line's {@code ExerciseCheckTest}.
 */
class ExerciseVerdictsTest {

    /** As the command line's test: the wrong solutions fail on the first cases. */
    private static final int TRIES = 50;

    /** A fixed seed: the counterexamples and hints below are reproducible. */
    private static final long SEED = 7;

    @TempDir
    Path work;

    private CheckResult check(String exercise, String name) {
        Path file = TestSolutions.path(exercise, name);
        Exercise e = Exercise.byName(exercise);
        Path classes = work.resolve("classes-" + name);
        SolutionCompiler.Compilation c;
        try {
            c = SolutionCompiler.compile(e.kind(), file, Files.readString(file, StandardCharsets.UTF_8), classes);
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
        if (!c.ok()) {
            return CheckResult.withoutCase(e.cliName(), file.getFileName().toString(), c.failure(), 0, SEED,
                    c.message(), c.errors());
        }
        assertTrue(SolutionAllowlist.check(classes).isEmpty(), name + " is a test solution the allowlist passes");
        CheckResult r = ExerciseHarness.inProcess(e, classes, c.className(), file.getFileName().toString(), TRIES, SEED,
                work.resolve("jqwik-database-" + name));
        assertEquals(exercise, r.exercise());
        assertEquals(SEED, r.seed());
        return r;
    }

    @ParameterizedTest
    @ValueSource(strings = {"logistic-gradient", "logistic-hessian", "poisson-hessian", "linear-product-hessian",
        "linear-product-ce-hessian"})
    void eachReferenceSolutionPasses(String exercise) {
        CheckResult r = check(exercise, "Reference");
        assertTrue(r.passed(), r.toString());
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(TRIES, r.tries());
        assertNull(r.counterexample());
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
        CheckResult r = check(exercise, solution);
        assertFalse(r.passed());
        assertEquals(Verdict.WRONG, r.verdict(), r.message());
        assertEquals(hint, r.hint() == null ? null : r.hint().cliName(), r.message());
        ExerciseCase c = r.counterexample();
        // shrunk: one observation, at most two columns per group (two only where a transposed block needs them)
        assertEquals(1, c.y().length);
        assertEquals(1, c.x1().length);
        assertTrue(c.x1()[0].length <= (solution.equals("TransposedBlock") ? 2 : 1), Arrays.deepToString(c.x1()));
        int p = c.beta().length;
        boolean vector = exercise.endsWith("gradient");
        assertEquals(vector ? 1 : p, r.expected().length);
        assertEquals(p, r.expected()[0].length);
        assertFalse(r.differing().isEmpty());
        for (int[] d : r.differing()) {
            assertNotEquals(r.expected()[d[0]][d[1]], r.got()[d[0]][d[1]], Arrays.toString(d));
        }
    }

    @Test
    void theSignErrorOfTheLogisticHessianShrinksToTheSmallestCase() {
        CheckResult r = check("logistic-hessian", "SignError");
        ExerciseCase c = r.counterexample();
        assertArrayEquals(new double[][] {{1.0}}, c.x1());
        assertArrayEquals(new double[] {0.0}, c.y());
        assertArrayEquals(new double[] {0.0}, c.beta());
        assertArrayEquals(new double[][] {{0.25}}, r.expected());
        assertArrayEquals(new double[][] {{-0.25}}, r.got());
        assertEquals(1, r.differing().size());
        assertArrayEquals(new int[] {0, 0}, r.differing().get(0));
        assertEquals("sign", r.hint().cliName());
    }

    @Test
    void theWrongInterfaceIsNotASolution() {
        CheckResult r = check("logistic-hessian", "WrongInterface");
        assertEquals(Verdict.NOT_A_SOLUTION, r.verdict());
        assertTrue(r.message().contains("implements GradientSolution, but this exercise needs HessianSolution"),
                r.message());
    }

    @Test
    void anExceptionIsReportedWithItsClassAndLineOnTheSmallestCase() {
        CheckResult r = check("logistic-hessian", "Throws");
        assertEquals(Verdict.EXCEPTION, r.verdict());
        assertTrue(r.message().contains("java.lang.ArrayIndexOutOfBoundsException"), r.message());
        assertTrue(r.message().contains("(Throws.java:12)"), r.message());
        assertEquals(1, r.counterexample().y().length);
        assertTrue(r.details().get(0).startsWith("at Throws.hessian(Throws.java:12)"), r.details().toString());
    }

    @Test
    void theWrongShapeIsAVerdict() {
        CheckResult r = check("logistic-hessian", "WrongShape");
        assertEquals(Verdict.WRONG_SHAPE, r.verdict());
        assertEquals("the Hessian has 2 rows, expected 1 (one per coefficient)", r.message());
        assertArrayEquals(new double[][] {{0.0, 0.0}, {0.0, 0.0}}, r.got());
    }

    @Test
    void nanIsAVerdict() {
        CheckResult r = check("logistic-hessian", "ReturnsNaN");
        assertEquals(Verdict.NOT_FINITE, r.verdict());
        assertTrue(r.message().contains("h[0][0] = NaN"), r.message());
        assertTrue(Double.isNaN(r.got()[0][0]));
        assertArrayEquals(new double[] {0.0}, r.counterexample().y());
        assertNotNull(r.expected());
    }
}
