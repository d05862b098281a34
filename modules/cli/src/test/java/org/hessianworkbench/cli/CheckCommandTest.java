package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hessianworkbench.testkit.ReferenceSet;
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
            for (String key : List.of("method", "reference", "max_abs_diff", "max_rel_diff", "max_scaled_diff",
                    "max_se_rel_diff", "tolerance", "agree")) {
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

    @Test
    void theNestedSchemeDisagreesOnAColumnOfThousandthsAndIsLabelledCautionary() {
        String[] args = {"check", "--data", TestData.file("logistic_tiny_big.csv").toString(), "--model", "logistic",
            "--formula", "y ~ BIG + TINY"};
        Cli r = Cli.run(concat(args, "--format", "json"));
        // fd-nested does not decide the verdict: the deciding engines agree
        assertEquals(0, r.code(), r.err() + r.out());
        JsonNode nested = null;
        for (JsonNode c : r.json().get("comparisons")) {
            if (c.get("method").asText().equals("fd-nested")) {
                nested = c;
            } else {
                assertTrue(c.get("agree").asBoolean(), c.toString());
            }
        }
        assertTrue(nested != null);
        assertTrue(nested.get("max_rel_diff").asDouble() < 1e-3, "normwise within its tolerance: " + nested);
        assertTrue(nested.get("max_scaled_diff").asDouble() > 100, nested.toString());
        assertFalse(nested.get("agree").asBoolean());
        assertFalse(nested.get("error_estimate_covers").asBoolean());
        assertTrue(nested.get("max_se_rel_diff").asDouble() > 0.9, nested.toString());
        for (JsonNode m : r.json().get("methods")) {
            assertEquals(m.get("name").asText().equals("fd-nested"), m.get("cautionary").asBoolean(), m.get("name").asText());
        }
        String text = Cli.run(args).out();
        assertTrue(text.lines().anyMatch(l -> l.trim().startsWith("fd-nested (cautionary)") && l.trim().endsWith("NO")), text);
        assertTrue(text.contains("Verdict: agree"), text);
    }

    @Test
    void standardErrorsThatDoNotExistAreSaidSoNotInvented() {
        Cli r = Cli.run("check", "--data", TestData.file("spector.csv").toString(), "--model", "logistic", "--formula",
                "GRADE ~ GPA + I(2*GPA)", "--at", "zero", "--format", "json");
        assertEquals(0, r.code(), r.err() + r.out());
        for (JsonNode c : r.json().get("comparisons")) {
            assertTrue(c.get("max_se_rel_diff").isNull(), c.toString());
            assertEquals("ad's Hessian is not positive definite", c.get("se_unavailable").asText());
        }
    }

    @Test
    void aFitWithTheNestedSchemeWarnsAndItsStandardErrorIsFarFromTheTruth() {
        Cli r = Cli.run("fit", "--data", TestData.file("logistic_tiny_big.csv").toString(), "--model", "logistic",
                "--formula", "y ~ BIG + TINY", "--hessian", "fd-nested", "--format", "json");
        assertEquals(0, r.code(), r.err() + r.out());
        assertEquals("cautionary-engine", r.json().get("diagnoses").get(0).get("code").asText());
        JsonNode tiny = r.json().get("coefficients").get(2);
        assertEquals("TINY", tiny.get("name").asText());
        double truth = ReferenceSet.load("logistic-tiny-big-glm").coefficient("TINY").stdError();
        assertTrue(tiny.get("std_error").asDouble() < truth / 10, tiny.toString());
    }

    private static String[] concat(String[] a, String... b) {
        String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
