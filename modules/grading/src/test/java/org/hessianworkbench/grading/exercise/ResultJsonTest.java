package org.hessianworkbench.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lossless line between the checking JVM and the workbench. */
class ResultJsonTest {

    private static final ExerciseCase CASE = new ExerciseCase(new double[][] {{1}}, null, new double[] {0}, new double[] {0});

    @Test
    void aGradientResultCrossesTheLineAsAVector() throws Exception {
        CheckResult r = new CheckResult("logistic-gradient", "G", Verdict.WRONG, 1, 3, CASE, new double[][] {{0.5}},
                new double[][] {{-0.5}}, List.of(new int[] {0, 0}), Hint.SIGN, "m", List.of(), null);
        CheckResult back = ResultJson.fromJson(ResultJson.MAPPER.readTree(ResultJson.line(r)));
        assertArrayEquals(new double[] {0.5}, back.expected()[0]);
        assertEquals(0, back.differing().get(0)[1]);
    }

    @Test
    void theLineIsLosslessAndTheReportWritesNonFiniteAsNull() throws Exception {
        ExerciseCase product = new ExerciseCase(new double[][] {{1, 2}}, new double[][] {{3}}, new double[] {0.5},
                new double[] {1, 2, 3});
        CheckResult r = new CheckResult("linear-product-hessian", "P", Verdict.NOT_FINITE, 4, 99, product,
                new double[][] {{1, 2, 3}, {2, 4, 6}, {3, 6, 9}},
                new double[][] {{Double.NaN, Double.POSITIVE_INFINITY, 0}, null, {Double.NEGATIVE_INFINITY}}, List.of(),
                null, "not finite", List.of("a", "b"), "printed\n");
        String line = ResultJson.line(r);
        assertTrue(!line.contains("\n"), line);
        CheckResult back = ResultJson.fromJson(ResultJson.MAPPER.readTree(line));
        assertEquals(r.counterexample(), back.counterexample());
        assertTrue(Double.isNaN(back.got()[0][0]));
        assertEquals(Double.POSITIVE_INFINITY, back.got()[0][1]);
        assertNull(back.got()[1]);
        assertEquals(Double.NEGATIVE_INFINITY, back.got()[2][0]);
        assertEquals(List.of("a", "b"), back.details());
        assertEquals("printed\n", back.printed());
        assertEquals(99, back.seed());
        assertEquals(Verdict.NOT_FINITE, back.verdict());
        assertNull(back.hint());
        JsonNode report = ResultJson.toJson(r, false);
        assertTrue(report.get("got").get(0).get(0).isNull());
        assertEquals("[[1.0,2.0]]", report.get("counterexample").get("x1").toString());
    }
}
