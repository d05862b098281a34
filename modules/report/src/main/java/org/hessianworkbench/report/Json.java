package org.hessianworkbench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hessianworkbench.derivatives.error.InternalException;

/** Jackson helpers: non-finite numbers become {@code null}, output is pretty-printed. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** A new empty object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Puts a number, or null when it is NaN or infinite. */
    public static ObjectNode put(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
        return o;
    }

    /** Puts an array of numbers (non-finite entries as null). */
    public static ArrayNode array(ObjectNode o, String key, double[] v) {
        ArrayNode a = o.putArray(key);
        for (double x : v) {
            add(a, x);
        }
        return a;
    }

    /** Puts a matrix as an array of rows. */
    public static ArrayNode matrix(ObjectNode o, String key, double[][] m) {
        ArrayNode a = o.putArray(key);
        for (double[] row : m) {
            ArrayNode r = a.addArray();
            for (double x : row) {
                add(r, x);
            }
        }
        return a;
    }

    /** Adds a number, or null. */
    public static void add(ArrayNode a, double v) {
        if (Double.isFinite(v)) {
            a.add(v);
        } else {
            a.addNull();
        }
    }

    /** The pretty-printed text, ending with a newline. */
    public static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new InternalException(e, ReportMessages.JSON_NOT_WRITTEN, e.getOriginalMessage());
        }
    }

    /** The shared mapper (for reading). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
