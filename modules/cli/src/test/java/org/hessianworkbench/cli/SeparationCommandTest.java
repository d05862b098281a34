package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * {@code fit} and {@code check} on separated data: the estimate that does not exist is diagnosed,
 * its numbers withheld ({@code —} in text, {@code null} in JSON) and the exit code is 1; {@code --firth}
 * gives R's brglm2 estimates with exit code 0, and {@code check --firth} cross-checks the engines on
 * the penalised loss.
 */
class SeparationCommandTest {

    private static final String SEPARATED = TestData.file("separated.csv").toString();

    @Test
    void theSeparatedExampleSaysTheEstimateDoesNotExistAndExitsWith1() {
        Cli r = Cli.run("fit", "--data", SEPARATED, "--model", "logistic", "--formula", "y ~ x");
        assertEquals(1, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("WARNING: complete separation: the linear predictor with coefficients ((Intercept) "), out);
        assertTrue(out.contains("WARNING: the maximum-likelihood estimate does not exist: (Intercept) and x run off to "
                + "infinity"), out);
        assertTrue(out.contains("Remedy: refit with --firth (Firth's penalised likelihood)."), out);
        assertTrue(out.contains("Note: fitted probabilities numerically 0 or 1 occurred"), out);
        // the rows: the estimate, then five withheld numbers (not NA: withheld, not missing)
        List<String> rows = out.lines().filter(l -> l.startsWith("  (Intercept)") || l.startsWith("  x ")).toList();
        assertEquals(2, rows.size(), out);
        for (String row : rows) {
            assertEquals(5, row.chars().filter(ch -> ch == '\u2014').count(), row);
            assertFalse(row.contains("NA"), row);
        }
        assertTrue(out.contains("(\u2014 withheld: the estimate does not exist)"), out);
        assertEquals("", r.err());
    }

    @Test
    void theSeparatedExampleInJson() {
        Cli r = Cli.run("fit", "--data", SEPARATED, "--model", "logistic", "--formula", "y ~ x", "--format", "json");
        assertEquals(1, r.code(), r.err());
        JsonNode j = r.json();
        List<String> codes = new ArrayList<>();
        j.get("diagnoses").forEach(d -> codes.add(d.get("code").asText()));
        assertEquals(List.of("separation", "estimate-does-not-exist", "fitted-probabilities-0-or-1"), codes);
        JsonNode none = j.get("diagnoses").get(1);
        assertEquals("warning", none.get("severity").asText());
        assertEquals("[\"(Intercept)\",\"x\"]", none.get("coefficients").toString());
        assertEquals("[\"firth\"]", none.get("remedies").toString());
        for (JsonNode c : j.get("coefficients")) {
            assertTrue(c.get("estimate").isNumber());
            for (String key : List.of("std_error", "statistic", "p_value", "ci_low", "ci_high")) {
                assertTrue(c.get(key).isNull(), key);
            }
            assertTrue(c.get("withheld").asBoolean());
        }
        assertFalse(j.has("penalty"));
    }

    @Test
    void firthGivesBrglm2sEstimatesAndExits0() {
        ReferenceSet ref = ReferenceSet.load("firth-separated-brglm2");
        Cli r = Cli.run("fit", "--data", SEPARATED, "--model", "logistic", "--formula", "y ~ x", "--firth", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("firth", j.get("penalty").asText());
        for (int k = 0; k < 2; k++) {
            ReferenceSet.Coefficient e = ref.coefficients().get(k);
            JsonNode c = j.get("coefficients").get(k);
            assertEquals(e.term(), c.get("name").asText());
            assertEquals(e.estimate(), c.get("estimate").asDouble(), Tolerances.BRGLM2 * Math.abs(e.estimate()));
            assertEquals(e.stdError(), c.get("std_error").asDouble(), Tolerances.BRGLM2 * e.stdError());
            assertFalse(c.has("withheld"));
        }
        Cli text = Cli.run("fit", "--data", SEPARATED, "--model", "logistic", "--formula", "y ~ x", "--firth");
        assertTrue(text.out().startsWith("Model:    logistic (Firth's penalised likelihood)   y ~ x"), text.out());
        assertTrue(text.out().contains("Hessian (analytic, of the log-likelihood at the penalised estimate)"), text.out());
    }

    @Test
    void checkFirthCrossChecksEveryEngineOnThePenalisedLoss() {
        Cli r = Cli.run("check", "--data", SEPARATED, "--model", "logistic", "--formula", "y ~ x", "--firth", "--format",
                "json");
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals("agree", r.json().get("verdict").asText());
        // at Firth's estimate, not at the runaway maximum-likelihood point
        ReferenceSet ref = ReferenceSet.load("firth-separated-brglm2");
        double slope = ref.coefficient("x").estimate();
        assertEquals(slope, r.json().get("at").get(1).asDouble(), Tolerances.BRGLM2 * slope);
    }

    @Test
    void firthIsForTheLogisticModelOnly() {
        Cli poisson = Cli.run("fit", "--data", TestData.file("spector.csv").toString(), "--model", "poisson", "--formula",
                "GRADE ~ GPA", "--firth");
        assertEquals(2, poisson.code());
        assertEquals("workbench fit: error: Firth's penalised likelihood applies to the logistic model only, not 'poisson'",
                poisson.err().strip());
        Cli product = Cli.run("fit", "--data", TestData.file("linear_product_seed42.csv").toString(), "--model",
                "linear-product", "--response", "y", "--group", "x1=x1", "--group", "x2=x2", "--firth");
        assertEquals(2, product.code());
        Cli check = Cli.run("check", "--data", TestData.file("spector.csv").toString(), "--model", "linear", "--formula",
                "GRADE ~ GPA", "--firth");
        assertEquals(2, check.code());
    }
}
