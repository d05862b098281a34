package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/** {@code fit --se}: the sandwich's standard errors reach the table and the JSON; bad values exit 2. */
class SandwichCommandTest {

    @Test
    void hc1ReachesTheJsonAndTheText() {
        ReferenceSet r = ReferenceSet.load("sandwich-poisson-r");
        String data = TestData.file("poisson_income.csv").toString();
        Cli json = Cli.run("fit", "--data", data, "--model", "poisson", "--formula", r.text("formula"), "--se", "hc1",
                "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode j = json.json();
        assertEquals("hc1", j.get("se_type").asText());
        double[] se = r.numbers("hc1");
        for (int k = 0; k < se.length; k++) {
            JsonNode c = j.get("coefficients").get(k);
            assertEquals(se[k], c.get("std_error").asDouble(), Tolerances.R_SANDWICH * se[k]);
            double width = c.get("ci_high").asDouble() - c.get("ci_low").asDouble();
            assertEquals(2 * j.get("critical_value").asDouble() * se[k], width, Tolerances.R_SANDWICH * width);
        }
        Cli text = Cli.run("fit", "--data", data, "--model", "poisson", "--formula", r.text("formula"), "--se", "hc1");
        assertTrue(text.out().contains("Standard errors: sandwich HC1 (R sandwich::vcovHC)"), text.out());
    }

    @Test
    void badValuesAndUnsupportedModelsExitTwo() {
        String spector = TestData.file("spector.csv").toString();
        Cli unknown = Cli.run("fit", "--data", spector, "--model", "logistic", "--formula", "GRADE ~ GPA", "--se", "hc5");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown standard errors 'hc5' (known: model, hc0, hc1, hc2, hc3)"),
                unknown.err());
        Cli product = Cli.run("fit", "--data", TestData.file("linear_product_seed42.csv").toString(), "--model",
                "linear-product", "--response", "y", "--group", "x1=x1", "--group", "x2=x2", "--se", "hc0");
        assertEquals(2, product.code(), product.err());
        assertTrue(product.err().contains("sandwich standard errors are for"), product.err());
    }
}
