package org.hessianworkbench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hessianworkbench.derivatives.error.InternalException;

/**
 * Jackson helpers: non-finite numbers become {@code null}, output is pretty-printed, and every
 * command's JSON document starts with {@code "schema_version"} ({@link #document(ObjectNode)}). The
 * keys of each document are listed in {@code docs/json.md}.
 */
public final class Json {

    /**
     * The version of the commands' JSON documents, their first key {@code "schema_version"}. Raise it
     * when a key is removed or renamed or changes its meaning or type; adding a key keeps it.
     */
    public static final int SCHEMA_VERSION = 1;

    /** The name of the version key. */
    public static final String SCHEMA_VERSION_KEY = "schema_version";

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

    /**
     * A command's JSON document: {@code "schema_version"} first, then the keys of {@code body} in their
     * order, pretty-printed, ending with a newline.
     *
     * @param body the document's content (not modified)
     */
    public static String document(ObjectNode body) {
        ObjectNode o = object();
        o.put(SCHEMA_VERSION_KEY, SCHEMA_VERSION);
        body.fields().forEachRemaining(e -> {
            if (!e.getKey().equals(SCHEMA_VERSION_KEY)) {
                o.set(e.getKey(), e.getValue());
            }
        });
        return write(o);
    }

    /**
     * A command's JSON document whose content is a list: {@code {"schema_version": 1, key: [...]}}
     * (a document is always an object, so that it can gain keys).
     *
     * @param key   the name of the list
     * @param items the list (not modified)
     */
    public static String document(String key, ArrayNode items) {
        ObjectNode o = object();
        o.set(key, items);
        return document(o);
    }

    /** The pretty-printed text, ending with a newline. */
    private static String write(Object node) {
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
