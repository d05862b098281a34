package org.hessianworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.hessianworkbench.grading.exercise.CheckResult;
import org.hessianworkbench.grading.exercise.ExerciseCase;
import org.hessianworkbench.grading.exercise.Hint;
import org.hessianworkbench.grading.exercise.Verdict;
import org.junit.jupiter.api.Test;

/** An exercise check rendered: the JSON report's shape, and the text report. */
class ExerciseRendererTest {

    private static final ExerciseCase CASE = new ExerciseCase(new double[][] {{1}}, null, new double[] {0}, new double[] {0});

    @Test
    void theReportHasTheDocumentedShape() throws Exception {
        CheckResult r = new CheckResult("logistic-hessian", "MyHessian", Verdict.WRONG, 57, 3, CASE,
                new double[][] {{0.25}}, new double[][] {{-0.25}}, List.of(new int[] {0, 0}), Hint.SIGN, "1 of 1 entries differ",
                List.of(), null);
        JsonNode j = Json.mapper().readTree(ExerciseRenderer.render(r, ExerciseRenderer.Output.JSON, Path.of("MyHessian.java")));
        assertEquals("logistic-hessian", j.get("exercise").asText());
        assertEquals(false, j.get("passed").asBoolean());
        assertEquals(57, j.get("tries").asInt());
        assertEquals("{\"x\":[[1.0]],\"y\":[0.0],\"beta\":[0.0]}", j.get("counterexample").toString());
        assertEquals("[[0.25]]", j.get("expected").toString());
        assertEquals("[[-0.25]]", j.get("got").toString());
        assertEquals("sign", j.get("hint").asText());
        assertEquals("wrong", j.get("verdict").asText());
        assertEquals("[[0,0]]", j.get("differing_entries").toString());
    }

    @Test
    void aGradientIsAVectorAndItsEntriesAreIndices() throws Exception {
        CheckResult r = new CheckResult("logistic-gradient", "G", Verdict.WRONG, 1, 3, CASE, new double[][] {{0.5}},
                new double[][] {{-0.5}}, List.of(new int[] {0, 0}), Hint.SIGN, "m", List.of(), null);
        JsonNode j = Json.mapper().readTree(ExerciseRenderer.render(r, ExerciseRenderer.Output.JSON, Path.of("G.java")));
        assertEquals("[0.5]", j.get("expected").toString());
        assertEquals("[0]", j.get("differing_entries").toString());
    }

    @Test
    void theTextReportOfACompileErrorListsTheErrors() {
        CheckResult r = CheckResult.withoutCase("logistic-hessian", "My.java", Verdict.COMPILE_ERROR, 0, 1,
                "2 compile errors: My.java:3: ';' expected", List.of("My.java:3: ';' expected", "My.java:9: cannot find symbol"));
        String text = ExerciseRenderer.render(r, ExerciseRenderer.Output.TEXT, Path.of("My.java"));
        assertTrue(text.startsWith("exercise logistic-hessian, solution My.java: COMPILE-ERROR\n"), text);
        assertTrue(text.contains("  My.java:9: cannot find symbol\n"), text);
        assertTrue(!text.contains("Reproduce"), text);
    }

    @Test
    void numbersInTextHaveSixSignificantDigitsWithoutTrailingZeros() {
        assertEquals("0.25", ExerciseRenderer.num(0.25));
        assertEquals("-2", ExerciseRenderer.num(-2.0));
        assertEquals("0.444444", ExerciseRenderer.num(4.0 / 9));
        assertEquals("NaN", ExerciseRenderer.num(Double.NaN));
        assertEquals("-Infinity", ExerciseRenderer.num(Double.NEGATIVE_INFINITY));
        assertEquals("1.23457e-07", ExerciseRenderer.num(1.234567e-7));
    }
}
