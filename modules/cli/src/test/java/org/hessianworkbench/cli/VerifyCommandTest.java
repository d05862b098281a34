package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code workbench verify} through the command line: the jqwik engine launched programmatically. */
class VerifyCommandTest {

    @Test
    void everyPropertyOfTwoModelsHoldsWithJsonKeys() {
        Cli r = Cli.run("verify", "--models", "logistic,linear-product", "--tries", "40", "--seed", "3", "--format", "json");
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode j = r.json();
        assertEquals(3, j.get("seed").asLong());
        assertTrue(j.get("passed").asBoolean());
        Set<String> seen = new HashSet<>();
        for (JsonNode p : j.get("properties")) {
            for (String key : List.of("model", "property", "tries", "passed", "counterexample")) {
                assertTrue(p.has(key), key);
            }
            assertTrue(p.get("counterexample").isNull());
            assertEquals(40, p.get("tries").asInt(), p.toString());
            seen.add(p.get("model").asText() + " " + p.get("property").asText());
        }
        assertTrue(seen.contains("logistic positive-semidefinite-where-convex"), seen.toString());
        assertTrue(seen.contains("linear-product hessian-analytic-vs-ad"), seen.toString());
        assertTrue(seen.contains("linear-product taylor-remainder"), seen.toString());
        assertEquals(13, seen.size(), seen.toString());
        // progress lines go to stderr, one per property
        assertEquals(13, r.err().lines().filter(l -> l.contains("passed") || l.contains("FAILED")).count(), r.err());
    }

    @Test
    void unknownModelIsBadInput() {
        Cli r = Cli.run("verify", "--models", "tobit");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("tobit"));
    }
}
