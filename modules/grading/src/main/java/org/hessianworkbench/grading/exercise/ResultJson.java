package org.hessianworkbench.grading.exercise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.derivatives.error.InternalException;
import org.hessianworkbench.grading.GradingMessages;

/**
 * A {@link CheckResult} as JSON, both ways: the report of {@code exercise check --format json}
 * (non-finite numbers as {@code null}, the workbench's convention) and the line the checking JVM
 * sends back (lossless: non-finite numbers as the strings {@code "NaN"}, {@code "Infinity"},
 * {@code "-Infinity"}).
 */
public final class ResultJson {

    /** Pretty-printing mapper; {@link #line} writes without indentation. */
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultJson() {
    }

    /**
     * The result as a JSON object: {@code exercise, solution, passed, verdict, tries, seed,
     * counterexample {x | x1, x2; y; beta}, expected, got, differing_entries, hint, message, details,
     * printed}. A gradient's expected and got are vectors and its differing entries indices.
     *
     * @param lossless whether non-finite numbers are kept as strings (else null)
     */
    public static ObjectNode toJson(CheckResult r, boolean lossless) {
        boolean vector = vector(r.exercise());
        ObjectNode o = MAPPER.createObjectNode();
        o.put("exercise", r.exercise());
        o.put("solution", r.solution());
        o.put("passed", r.passed());
        o.put("verdict", r.verdict().cliName());

        o.put("tries", r.tries());
        o.put("seed", r.seed());
        if (r.counterexample() == null) {
            o.putNull("counterexample");
        } else {
            ExerciseCase c = r.counterexample();
            ObjectNode ce = o.putObject("counterexample");
            if (c.product()) {
                matrix(ce.putArray("x1"), c.x1(), lossless);
                matrix(ce.putArray("x2"), c.x2(), lossless);
            } else {
                matrix(ce.putArray("x"), c.x1(), lossless);
            }
            row(ce.putArray("y"), c.y(), lossless);
            row(ce.putArray("beta"), c.beta(), lossless);
        }
        answer(o, "expected", r.expected(), vector, lossless);
        answer(o, "got", r.got(), vector, lossless);
        ArrayNode d = o.putArray("differing_entries");
        for (int[] e : r.differing()) {
            if (vector) {
                d.add(e[1]);
            } else {
                d.addArray().add(e[0]).add(e[1]);
            }
        }
        if (r.hint() == null) {
            o.putNull("hint");
        } else {
            o.put("hint", r.hint().cliName());
            if (lossless) {
                o.put("hint_advice", r.hint().advice());
            }
        }
        o.put("message", r.message());
        ArrayNode details = o.putArray("details");
        r.details().forEach(details::add);
        if (r.printed() == null) {
            o.putNull("printed");
        } else {
            o.put("printed", r.printed());
        }
        return o;
    }

    /** The lossless JSON on one line. */
    static String line(CheckResult r) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(toJson(r, true));
        } catch (JsonProcessingException e) {
            throw new InternalException(e, GradingMessages.RESULT_NOT_WRITTEN, e.getOriginalMessage());
        }
    }

    /** Reads a result written by {@link #toJson}. */
    static CheckResult fromJson(JsonNode o) {
        boolean vector = vector(o.get("exercise").asText());
        ExerciseCase c = null;
        JsonNode ce = o.get("counterexample");
        if (ce != null && !ce.isNull()) {
            boolean product = ce.has("x1");
            c = new ExerciseCase(matrix(ce.get(product ? "x1" : "x")), product ? matrix(ce.get("x2")) : null,
                    row(ce.get("y")), row(ce.get("beta")));
        }
        List<int[]> differing = new ArrayList<>();
        for (JsonNode e : o.get("differing_entries")) {
            differing.add(vector ? new int[] {0, e.asInt()} : new int[] {e.get(0).asInt(), e.get(1).asInt()});
        }
        List<String> details = new ArrayList<>();
        o.get("details").forEach(d -> details.add(d.asText()));
        JsonNode hint = o.get("hint");
        JsonNode printed = o.get("printed");
        return new CheckResult(o.get("exercise").asText(), o.get("solution").asText(),
                Verdict.byName(o.get("verdict").asText()), o.get("tries").asInt(), o.get("seed").asLong(), c,
                answer(o.get("expected"), vector), answer(o.get("got"), vector), differing,
                hint == null || hint.isNull() ? null : Hint.of(hint.asText(), o.path("hint_advice").asText("")),
                o.get("message").asText(), details, printed == null || printed.isNull() ? null : printed.asText());
    }

    /** Whether the exercise of this name, as loaded in this JVM, answers with a vector. */
    private static boolean vector(String exercise) {
        ExerciseKind k = Course.kindOf(exercise);
        return k != null && k.vector();
    }

    private static void answer(ObjectNode o, String key, double[][] m, boolean vector, boolean lossless) {
        if (m == null) {
            o.putNull(key);
        } else if (vector && m.length == 1) {
            row(o.putArray(key), m[0], lossless);
        } else {
            matrix(o.putArray(key), m, lossless);
        }
    }

    private static void matrix(ArrayNode a, double[][] m, boolean lossless) {
        for (double[] r : m) {
            if (r == null) {
                a.addNull();
            } else {
                row(a.addArray(), r, lossless);
            }
        }
    }

    private static void row(ArrayNode a, double[] v, boolean lossless) {
        if (v == null) {
            return;
        }
        for (double x : v) {
            if (Double.isFinite(x) || !lossless) {
                if (Double.isFinite(x)) {
                    a.add(x);
                } else {
                    a.addNull();
                }
            } else {
                a.add(Double.toString(x));
            }
        }
    }

    private static double[][] answer(JsonNode n, boolean vector) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (vector && (n.isEmpty() || !n.get(0).isArray() && !n.get(0).isNull())) {
            return new double[][] {row(n)};
        }
        return matrix(n);
    }

    private static double[][] matrix(JsonNode n) {
        double[][] m = new double[n.size()][];
        for (int i = 0; i < n.size(); i++) {
            m[i] = n.get(i).isNull() ? null : row(n.get(i));
        }
        return m;
    }

    private static double[] row(JsonNode n) {
        double[] v = new double[n.size()];
        for (int i = 0; i < n.size(); i++) {
            JsonNode x = n.get(i);
            v[i] = x.isTextual() ? Double.parseDouble(x.asText()) : x.isNull() ? Double.NaN : x.asDouble();
        }
        return v;
    }
}
