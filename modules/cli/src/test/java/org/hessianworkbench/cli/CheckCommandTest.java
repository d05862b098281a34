package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hessianworkbench.testkit.TestData;
import org.junit.jupiter.api.Test;

class CheckCommandTest {

    @Test
    void allEnginesAgreeAtTheNotebooksEstimate() {
        Cli r = Cli.run("check", "--data", TestData.file("logistic_seed42.csv").toString(), "--model", "logistic",
                "--formula", "y ~ x1 + x2 - 1", "--format", "json");
        assertEquals(0, r.code(), r.err() + r.out());
        JsonNode j = r.json();
        assertEquals("agree", j.get("verdict").asText());
        assertEquals(2, j.get("parameters").asInt());
        assertEquals("estimate", j.get("point").asText());
        Set<String> names = new HashSet<>();
        for (JsonNode m : j.get("methods")) {
            names.add(m.get("name").asText());
            assertTrue(m.has("seconds"));
        }
        assertEquals(Set.of("analytic", "ad", "fd-central", "fd-richardson", "fd-nested"), names);
        for (JsonNode c : j.get("comparisons")) {
            for (String key : List.of("method", "reference", "max_abs_diff", "max_rel_diff", "tolerance", "agree")) {
                assertTrue(c.has(key), key);
            }
            assertEquals("ad", c.get("reference").asText());
        }
        assertTrue(j.get("gradient_check").get("agree").asBoolean());
        assertTrue(j.get("gradient_check").has("max_rel_diff"));
    }

    @Test
    void checksAtZeroAndAtAGivenPointForEveryFamily() {
        assertEquals(0, Cli.run("check", "--data", TestData.file("spector.csv").toString(), "--model", "logistic",
                "--formula", "GRADE ~ GPA + TUCE + PSI", "--at", "zero").code());
        assertEquals(0, Cli.run("check", "--data", TestData.file("spector.csv").toString(), "--model", "poisson",
                "--formula", "TUCE ~ GPA + PSI", "--at", "1,0.1,0.2").code());
        Cli linear = Cli.run("check", "--data", TestData.file("longley.csv").toString(), "--model", "linear",
                "--formula", "TOTEMP ~ GNPDEFL + GNP + UNEMP + ARMED + POP + YEAR");
        assertEquals(0, linear.code(), linear.out());
        assertTrue(linear.out().contains("Verdict: agree"));
    }
}
