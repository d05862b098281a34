package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * {@code workbench fit} against the logistic-Hessian notebook and published references (the testkit's
 * reference sets).
 */
class FitCommandTest {

    private static final ReferenceSet NOTEBOOK = ReferenceSet.load("logistic-hessian-notebook");
    private static final ReferenceSet SPECTOR = ReferenceSet.load("spector-logit-stata");
    private static final ReferenceSet LONGLEY = ReferenceSet.load("longley-nist");

    @Test
    void notebookLogisticEstimatesAndStandardErrors() {
        Cli r = Cli.run("fit", "--data", TestData.file("logistic_seed42.csv").toString(), "--model", "logistic",
                "--formula", "y ~ x1 + x2 - 1", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        for (String key : List.of("model", "formula", "n", "converged", "iterations", "log_likelihood", "deviance",
                "null_deviance", "aic", "statistic", "hessian", "coefficients")) {
            assertTrue(j.has(key), key);
        }
        for (String key : List.of("method", "min_eigenvalue", "condition_number", "positive_definite")) {
            assertTrue(j.get("hessian").has(key), key);
        }
        assertEquals(10000, j.get("n").asInt());
        assertTrue(j.get("converged").asBoolean());
        assertEquals("z", j.get("statistic").asText());
        double[] b = NOTEBOOK.numbers("mle");
        double[] se = NOTEBOOK.numbers("mle-se");
        for (int k = 0; k < 2; k++) {
            JsonNode c = j.get("coefficients").get(k);
            assertEquals(b[k], c.get("estimate").asDouble(), Tolerances.EIGHT_DECIMALS);
            assertEquals(se[k], c.get("std_error").asDouble(), Tolerances.EIGHT_DECIMALS);
            for (String key : List.of("name", "statistic", "p_value", "ci_low", "ci_high")) {
                assertTrue(c.has(key), key);
            }
        }
    }

    @Test
    void intervalsWithTheNotebooksCriticalValue() {
        Cli r = Cli.run("fit", "--data", TestData.file("logistic_seed42.csv").toString(), "--model", "logistic",
                "--formula", "y ~ x1 + x2 - 1", "--format", "json", "--z", NOTEBOOK.text("z"));
        JsonNode c = r.json().get("coefficients").get(0);
        assertEquals(c.get("estimate").asDouble() - NOTEBOOK.number("z") * c.get("std_error").asDouble(), c.get("ci_low").asDouble(),
                1e-14);
    }

    @Test
    void spectorPublishedLogit() {
        Cli r = Cli.run("fit", "--data", TestData.file("spector.csv").toString(), "--model", "logistic",
                "--formula", "GRADE ~ GPA + TUCE + PSI", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        List<ReferenceSet.Coefficient> published = SPECTOR.coefficients();
        assertEquals(4, published.size());
        for (int k = 0; k < 4; k++) {
            JsonNode c = j.get("coefficients").get(k);
            ReferenceSet.Coefficient p = published.get(k);
            assertEquals(p.term(), c.get("name").asText());
            assertEquals(p.estimate(), c.get("estimate").asDouble(), Tolerances.SIX_DIGITS * Math.abs(p.estimate()));
            assertEquals(p.stdError(), c.get("std_error").asDouble(), Tolerances.SIX_DIGITS * p.stdError());
        }
        double loglik = SPECTOR.number("log-likelihood");
        assertEquals(loglik, j.get("log_likelihood").asDouble(), Tolerances.SIX_DIGITS * Math.abs(loglik));
        double aic = SPECTOR.number("aic");
        assertEquals(aic, j.get("aic").asDouble(), Tolerances.SIX_DIGITS * aic);
        double nullDeviance = -2 * SPECTOR.number("null-log-likelihood");
        assertEquals(nullDeviance, j.get("null_deviance").asDouble(), Tolerances.SIX_DIGITS * nullDeviance);
    }

    @Test
    void longleyCertifiedThroughTheCommandLine() {
        Cli r = Cli.run("fit", "--data", TestData.file("longley.csv").toString(), "--model", "linear",
                "--formula", "TOTEMP ~ GNPDEFL + GNP + UNEMP + ARMED + POP + YEAR", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("t", j.get("statistic").asText());
        // (tolerances relative to the values, rounded down)
        assertEquals(LONGLEY.number("residual-sd"), j.get("sigma").asDouble(), Tolerances.NINE_DIGITS * 304.85);
        assertEquals(LONGLEY.number("r-squared"), j.get("r_squared").asDouble(), Tolerances.NINE_DIGITS);
        ReferenceSet.Coefficient year = LONGLEY.coefficient("YEAR");
        assertEquals("YEAR", j.get("coefficients").get(6).get("name").asText());
        assertEquals(year.estimate(), j.get("coefficients").get(6).get("estimate").asDouble(), Tolerances.NINE_DIGITS * 1829.15);
        assertEquals(year.stdError(), j.get("coefficients").get(6).get("std_error").asDouble(), Tolerances.NINE_DIGITS * year.stdError());
    }

    @Test
    void textReportLooksLikeR() {
        Cli r = Cli.run("fit", "--data", TestData.file("spector.csv").toString(), "--model", "logistic",
                "--formula", "GRADE ~ GPA + TUCE + PSI");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Estimate"), r.out());
        assertTrue(r.out().contains("Pr(>|z|)"));
        assertTrue(r.out().contains("(Intercept)"));
        assertTrue(r.out().contains("Residual deviance"));
        assertFalse(r.out().contains("NaN"));
        // decimal points, not the test locale's commas
        assertTrue(r.out().contains("-13.02135"), r.out());
    }

    @Test
    void everyHessianEngineGivesTheSameStandardErrors() {
        for (String h : List.of("analytic", "ad", "fd-central", "fd-richardson")) {
            Cli r = Cli.run("fit", "--data", TestData.file("spector.csv").toString(), "--model", "logistic",
                    "--formula", "GRADE ~ GPA + TUCE + PSI", "--format", "json", "--hessian", h);
            assertEquals(4.9313242, r.json().get("coefficients").get(0).get("std_error").asDouble(), 1e-6, h);
            assertEquals(h, r.json().get("hessian").get("method").asText());
        }
    }

    @Test
    void bfgsReachesTheSameEstimate() {
        Cli r = Cli.run("fit", "--data", TestData.file("logistic_seed42.csv").toString(), "--model", "logistic",
                "--formula", "y ~ x1 + x2 - 1", "--format", "json", "--optimizer", "bfgs");
        assertEquals(NOTEBOOK.numbers("mle")[0], r.json().get("coefficients").get(0).get("estimate").asDouble(),
                Tolerances.EIGHT_DECIMALS);
    }

    @Test
    void testOfATermInJsonTextAndItsRefusals() {
        String ucla = TestData.file("ucla_binary.csv").toString();
        Cli r = Cli.run("fit", "--data", ucla, "--model", "logistic", "--formula", "admit ~ gre + gpa + C(rank)",
                "--test", "C(rank)", "--test", "gre", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("lr", j.get("lr_test").get("kind").asText());
        assertEquals(5, j.get("lr_test").get("df").asInt());
        assertEquals(4, j.get("tests").size());
        assertEquals("C(rank)", j.get("tests").get(0).get("term").asText());
        assertEquals("wald", j.get("tests").get(0).get("kind").asText());
        assertEquals("lr", j.get("tests").get(3).get("kind").asText());
        assertEquals("gre", j.get("tests").get(3).get("term").asText());
        Cli text = Cli.run("fit", "--data", ucla, "--model", "logistic", "--formula", "admit ~ gre + gpa + C(rank)",
                "--test", "C(rank)");
        assertTrue(text.out().contains("LR test against the null model: chi^2 = 41.45903 on 5 df, p = 7.58e-08"),
                text.out());
        assertTrue(text.out().contains("Tests of terms:"), text.out());
        Cli unknown = Cli.run("fit", "--data", ucla, "--model", "logistic", "--formula", "admit ~ gre + gpa + C(rank)",
                "--test", "rank");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown term 'rank' to test (the formula's terms: gre, gpa, C(rank))"),
                unknown.err());
        Cli separated = Cli.run("fit", "--data", TestData.file("separated.csv").toString(), "--model", "logistic",
                "--formula", "y ~ x", "--test", "x");
        assertTrue(separated.out().contains("Tests of terms withheld: the estimate does not exist."), separated.out());
        assertFalse(separated.out().contains("LR test against the null model"), separated.out());
    }
}
