package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code workbench fit} against the seed and published references (data/README.md). */
class FitCommandTest {

    /** The seed's values are printed to 8 decimals: half a unit in the last place. */
    private static final double SEED_DECIMALS = 5e-9;

    /**
     * The published Spector values (Stata 11) agree with a fully converged Newton fit (numpy, 30
     * iterations) to 7 significant digits only: Stata stopped earlier. The issue asks for 6.
     */
    private static final double SIX_DIGITS = 1e-6;

    /** NIST certified values, at least 9 significant digits. */
    private static final double NINE_DIGITS = 1e-9;

    @Test
    void seedLogisticEstimatesAndStandardErrors() {
        Cli r = Cli.run("fit", "--data", "../../data/logistic_seed42.csv", "--model", "logistic",
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
        double[] b = {1.06445721, -2.07456031};
        double[] se = {0.03180573, 0.04342600};
        for (int k = 0; k < 2; k++) {
            JsonNode c = j.get("coefficients").get(k);
            assertEquals(b[k], c.get("estimate").asDouble(), SEED_DECIMALS);
            assertEquals(se[k], c.get("std_error").asDouble(), SEED_DECIMALS);
            for (String key : List.of("name", "statistic", "p_value", "ci_low", "ci_high")) {
                assertTrue(c.has(key), key);
            }
        }
    }

    @Test
    void seedIntervalsWithTheSeedsCriticalValue() {
        Cli r = Cli.run("fit", "--data", "../../data/logistic_seed42.csv", "--model", "logistic",
                "--formula", "y ~ x1 + x2 - 1", "--format", "json", "--z", "1.96");
        JsonNode c = r.json().get("coefficients").get(0);
        assertEquals(c.get("estimate").asDouble() - 1.96 * c.get("std_error").asDouble(), c.get("ci_low").asDouble(), 1e-14);
    }

    @Test
    void spectorPublishedLogit() {
        Cli r = Cli.run("fit", "--data", "../../data/spector.csv", "--model", "logistic",
                "--formula", "GRADE ~ GPA + TUCE + PSI", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        double[][] published = {{-13.0213483201, 4.93132462871}, {2.82611297201, 1.26294114526},
            {0.0951576702557, 0.141554207662}, {2.37868772835, 1.06456430165}};
        assertEquals("(Intercept)", j.get("coefficients").get(0).get("name").asText());
        for (int k = 0; k < 4; k++) {
            JsonNode c = j.get("coefficients").get(k);
            assertEquals(published[k][0], c.get("estimate").asDouble(), SIX_DIGITS * Math.abs(published[k][0]));
            assertEquals(published[k][1], c.get("std_error").asDouble(), SIX_DIGITS * published[k][1]);
        }
        assertEquals(-12.8896334653, j.get("log_likelihood").asDouble(), SIX_DIGITS * 12.89);
        assertEquals(33.779266930667, j.get("aic").asDouble(), SIX_DIGITS * 33.78);
        assertEquals(2 * 20.5917296966, j.get("null_deviance").asDouble(), SIX_DIGITS * 41.2);
    }

    @Test
    void longleyCertifiedThroughTheCommandLine() {
        Cli r = Cli.run("fit", "--data", "../../data/longley.csv", "--model", "linear",
                "--formula", "TOTEMP ~ GNPDEFL + GNP + UNEMP + ARMED + POP + YEAR", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("t", j.get("statistic").asText());
        assertEquals(304.854073561965, j.get("sigma").asDouble(), NINE_DIGITS * 304.85);
        assertEquals(0.995479004577296, j.get("r_squared").asDouble(), NINE_DIGITS);
        assertEquals(1829.15146461355, j.get("coefficients").get(6).get("estimate").asDouble(), NINE_DIGITS * 1829.15);
        assertEquals(455.478499142212, j.get("coefficients").get(6).get("std_error").asDouble(), NINE_DIGITS * 455.48);
    }

    @Test
    void textReportLooksLikeR() {
        Cli r = Cli.run("fit", "--data", "../../data/spector.csv", "--model", "logistic",
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
            Cli r = Cli.run("fit", "--data", "../../data/spector.csv", "--model", "logistic",
                    "--formula", "GRADE ~ GPA + TUCE + PSI", "--format", "json", "--hessian", h);
            assertEquals(4.9313242, r.json().get("coefficients").get(0).get("std_error").asDouble(), 1e-6, h);
            assertEquals(h, r.json().get("hessian").get("method").asText());
        }
    }

    @Test
    void bfgsReachesTheSameEstimate() {
        Cli r = Cli.run("fit", "--data", "../../data/logistic_seed42.csv", "--model", "logistic",
                "--formula", "y ~ x1 + x2 - 1", "--format", "json", "--optimizer", "bfgs");
        assertEquals(1.06445721, r.json().get("coefficients").get(0).get("estimate").asDouble(), SEED_DECIMALS);
    }
}
