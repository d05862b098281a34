package org.hessianworkbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key paths of a JSON document in the notation of {@code docs/json.md}: {@code hessian.matrix}
 * for a key inside an object, {@code coefficients[].std_error} for a key of the objects in an
 * array, {@code gradient.{variable}} for the keys of an object used as a map (whose keys are data,
 * such as variable names), declared by the page with a segment in braces.
 */
final class JsonKeys {

    private JsonKeys() {
    }

    /**
     * Every key path of {@code node} with the values found there.
     *
     * @param maps for each path whose object is a map, the placeholder segment of its keys
     * @param into where the paths go (added to)
     */
    static void collect(JsonNode node, Map<String, String> maps, Map<String, List<JsonNode>> into) {
        collect(node, "", maps, into);
    }

    private static void collect(JsonNode node, String path, Map<String, String> maps, Map<String, List<JsonNode>> into) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = maps.getOrDefault(path, e.getKey());
                String p = path.isEmpty() ? key : path + "." + key;
                into.computeIfAbsent(p, x -> new ArrayList<>()).add(e.getValue());
                collect(e.getValue(), p, maps, into);
            }
        } else if (node.isArray()) {
            for (JsonNode e : node) {
                collect(e, path + "[]", maps, into);
            }
        }
    }

    /** For each path with a segment in braces ({@code a.{name}.b}), the map path before it and the segment. */
    static Map<String, String> maps(Iterable<String> documented) {
        Map<String, String> maps = new LinkedHashMap<>();
        for (String path : documented) {
            String[] segments = path.split("\\.");
            StringBuilder prefix = new StringBuilder();
            for (String s : segments) {
                String bare = s.endsWith("[]") ? s.substring(0, s.indexOf("[]")) : s;
                if (bare.startsWith("{") && bare.endsWith("}")) {
                    maps.put(prefix.toString(), bare);
                }
                prefix.append(prefix.length() == 0 ? "" : ".").append(s);
            }
        }
        return maps;
    }

    /**
     * Whether {@code value} has the documented type: {@code integer}, {@code number} (null when not
     * finite), {@code string}, {@code boolean}, {@code object}, {@code array of X} (X in the plural:
     * {@code numbers}, {@code arrays of numbers}, ...), alternatives joined by {@code or}, and
     * {@code null}.
     */
    static boolean hasType(JsonNode value, String type) {
        for (String alternative : type.split(" or ")) {
            if (is(value, alternative.strip())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks that {@code type} is written in the page's vocabulary.
     *
     * @throws IllegalArgumentException naming the unknown word
     */
    static void checkType(String type) {
        for (String alternative : type.split(" or ")) {
            String t = alternative.strip();
            while (t.startsWith("array of ")) {
                t = singular(t.substring("array of ".length()));
            }
            is(com.fasterxml.jackson.databind.node.NullNode.getInstance(), t);
        }
    }

    private static boolean is(JsonNode v, String type) {
        if (type.startsWith("array of ")) {
            if (!v.isArray()) {
                return false;
            }
            String element = singular(type.substring("array of ".length()));
            for (JsonNode e : v) {
                if (!is(e, element)) {
                    return false;
                }
            }
            return true;
        }
        return switch (type) {
            case "null" -> v.isNull();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber() || v.isNull();
            case "string" -> v.isTextual();
            case "boolean" -> v.isBoolean();
            case "object" -> v.isObject();
            default -> throw new IllegalArgumentException("unknown type '" + type + "' (integer, number, string, "
                    + "boolean, object, array of ..., null, joined by 'or')");
        };
    }

    private static String singular(String plural) {
        if (plural.startsWith("arrays of ")) {
            return "array of " + plural.substring("arrays of ".length());
        }
        return switch (plural) {
            case "integers" -> "integer";
            case "numbers" -> "number";
            case "strings" -> "string";
            case "booleans" -> "boolean";
            case "objects" -> "object";
            default -> throw new IllegalArgumentException("unknown element type '" + plural + "'");
        };
    }
}
