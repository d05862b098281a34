package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hessianworkbench.report.Json;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code docs/json.md} is the contract of the commands' JSON: for each command (a section of the
 * page, {@link JsonSamples#SECTIONS}) the page lists every key path with its type. This test runs
 * each command ({@link JsonSamples}) and fails when a key printed is not listed, when a key listed
 * is not printed by any of the runs, or when a value printed has another type than the listed one.
 */
class JsonContractTest {

    /** The page, relative to the repository. */
    private static final String PAGE = "docs/json.md";

    /** A row of a key table: {@code | `path` | type | meaning |}. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|\\s*([^|]+?)\\s*\\|\\s*(.*?)\\s*\\|\\s*$");

    /** A documented key. */
    private record Key(String path, String type, String meaning, int line) {
    }

    @Test
    void theSectionsAreTheCommandsThatPrintJson() throws IOException {
        assertEquals(JsonSamples.SECTIONS, new ArrayList<>(page().keySet()),
                PAGE + ": its '## ' sections must be, in this order, the commands JsonSamples runs");
    }

    @TestFactory
    Stream<DynamicTest> everySectionListsExactlyTheKeysItsCommandPrints() throws IOException {
        Map<String, Map<String, Key>> page = page();
        return JsonSamples.SECTIONS.stream().map(section -> DynamicTest.dynamicTest(section,
                () -> check(section, page.getOrDefault(section, Map.of()))));
    }

    private static void check(String section, Map<String, Key> documented) {
        assertTrue(!documented.isEmpty(), PAGE + " has no key table for the section ## " + section);
        Map<String, String> maps = JsonKeys.maps(documented.keySet());
        Map<String, List<JsonNode>> printed = new LinkedHashMap<>();
        List<String> commands = new ArrayList<>();
        List<String> wrongTypes = new ArrayList<>();
        for (JsonSamples.Sample s : JsonSamples.all()) {
            if (!s.section().equals(section)) {
                continue;
            }
            commands.add(s.command());
            Map<String, List<JsonNode>> these = new LinkedHashMap<>();
            JsonKeys.collect(s.json(), maps, these);
            these.forEach((path, values) -> {
                printed.computeIfAbsent(path, x -> new ArrayList<>()).addAll(values);
                Key k = documented.get(path);
                if (k == null) {
                    return;
                }
                for (JsonNode v : values) {
                    if (!JsonKeys.hasType(v, k.type())) {
                        wrongTypes.add(String.format("%s (line %d) is '%s' but %s printed %s", path, k.line(), k.type(),
                                s.command(), abbreviate(v)));
                        break;
                    }
                }
            });
        }
        Set<String> undocumented = new TreeSet<>(printed.keySet());
        undocumented.removeAll(documented.keySet());
        Set<String> notPrinted = new LinkedHashSet<>(documented.keySet());
        notPrinted.removeAll(printed.keySet());
        StringBuilder b = new StringBuilder();
        if (!undocumented.isEmpty()) {
            b.append("\n  printed but not listed (add them to the page, with type and meaning): ").append(undocumented);
        }
        if (!notPrinted.isEmpty()) {
            b.append("\n  listed but printed by none of the runs (renamed or removed? remove them from the page, or "
                    + "add a run to JsonSamples that prints them): ").append(notPrinted);
        }
        if (!wrongTypes.isEmpty()) {
            b.append("\n  another type than listed:\n    ").append(String.join("\n    ", wrongTypes));
        }
        if (b.length() > 0) {
            fail(PAGE + ", section ## " + section + ":" + b + "\n  the runs:\n    " + String.join("\n    ", commands));
        }
    }

    private static String abbreviate(JsonNode v) {
        String s = v.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    /** The page's sections, each with its keys in order. */
    private static Map<String, Map<String, Key>> page() throws IOException {
        List<String> lines = Files.readAllLines(Repository.root().resolve(PAGE), StandardCharsets.UTF_8);
        Map<String, Map<String, Key>> sections = new LinkedHashMap<>();
        Map<String, Key> current = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("## ")) {
                current = new LinkedHashMap<>();
                sections.put(l.substring(3).strip(), current);
                continue;
            }
            Matcher m = ROW.matcher(l);
            if (current == null || !m.matches()) {
                continue;
            }
            Key k = new Key(m.group(1), m.group(2), m.group(3), i + 1);
            try {
                JsonKeys.checkType(k.type());
            } catch (IllegalArgumentException e) {
                fail(PAGE + ":" + k.line() + ": " + e.getMessage());
            }
            if (k.meaning().isEmpty()) {
                fail(PAGE + ":" + k.line() + ": " + k.path() + " has no meaning");
            }
            if (current.put(k.path(), k) != null) {
                fail(PAGE + ":" + k.line() + ": " + k.path() + " is listed twice");
            }
        }
        return sections;
    }

    /**
     * Every command's JSON is an object whose first key is {@code "schema_version": 1}. Nested here so
     * that it reads the same runs ({@link JsonSamples} computes them once per JVM, and the test JVMs
     * split the suite by top-level class).
     */
    @Nested
    class SchemaVersion {

        @TestFactory
        Stream<DynamicTest> everyJsonDocumentStartsWithItsSchemaVersion() {
            return JsonSamples.all().stream().map(s -> DynamicTest.dynamicTest(s.command(), () -> {
                JsonNode j = s.json();
                assertTrue(j.isObject(), () -> "not an object: " + s.text());
                assertEquals(Json.SCHEMA_VERSION_KEY, j.fieldNames().next(), () -> "the first key of " + s.text());
                assertTrue(j.get(Json.SCHEMA_VERSION_KEY).isInt(), s::text);
                assertEquals(1, j.get(Json.SCHEMA_VERSION_KEY).asInt());
                assertTrue(s.text().startsWith("{\n  \"schema_version\" : 1,\n"), () -> "printed first: " + s.text());
            }));
        }

        @Test
        void everySectionOfTheContractHasARun() {
            for (String section : JsonSamples.SECTIONS) {
                assertTrue(JsonSamples.all().stream().anyMatch(s -> s.section().equals(section)), section);
            }
        }

        @Test
        void theExerciseListIsAnObjectHoldingTheList() {
            JsonNode j = JsonSamples.all().stream().filter(s -> s.section().equals(JsonSamples.EXERCISE_LIST))
                    .findFirst().orElseThrow().json();
            assertTrue(j.get("exercises").isArray());
            assertEquals(2, j.size(), j::toString);
        }

        @Test
        void aDocumentKeepsItsKeysInOrderAfterTheVersion() {
            com.fasterxml.jackson.databind.node.ObjectNode body = Json.object();
            body.put("b", 1);
            body.put("a", 2);
            assertEquals("{\n  \"schema_version\" : 1,\n  \"b\" : 1,\n  \"a\" : 2\n}\n", Json.document(body));
            assertEquals("{\n  \"schema_version\" : 1,\n  \"items\" : [ 1 ]\n}\n",
                    Json.document("items", Json.mapper().createArrayNode().add(1)));
        }
    }
}
