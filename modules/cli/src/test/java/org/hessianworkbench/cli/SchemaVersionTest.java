package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.hessianworkbench.report.Json;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every command's JSON is an object whose first key is {@code "schema_version": 1}. */
class SchemaVersionTest {

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
