package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.ScaleExamples;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code fit} says about convergence and dispersion: a fit that did not converge says so above
 * the table, flags its inferential numbers and exits 1; a Poisson fit states its dispersion and, when
 * overdispersed, names {@code --dispersion pearson}, which gives R's quasi-Poisson.
 */
class ConvergenceCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String csv) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, csv);
        return p;
    }

    @Test
    void gradientDescentThatDidNotConvergeSaysSoFlagsItsNumbersAndExitsOne() throws IOException {
        String data = write("dollars.csv", ScaleExamples.dollarsCsv(0)).toString();
        Cli text = Cli.run("fit", "--data", data, "--model", "logistic", "--formula", "y ~ DOLLARS + x", "--optimizer",
                "gradient-descent");
        assertEquals(1, text.code(), text.err());
        String out = text.out();
        int warning = out.indexOf("WARNING: the optimiser gradient-descent did not converge");
        int table = out.indexOf("Coefficients:");
        assertTrue(warning >= 0 && warning < table, out);
        assertTrue(out.contains("Remedy: raise --max-iterations."), out);
        assertTrue(out.indexOf("!! NOT converged: Std. Error, z value, Pr(>|z|) and the interval") > table, out);

        Cli json = Cli.run("fit", "--data", data, "--model", "logistic", "--formula", "y ~ DOLLARS + x", "--optimizer",
                "gradient-descent", "--format", "json");
        assertEquals(1, json.code());
        JsonNode j = json.json();
        assertFalse(j.get("converged").asBoolean());
        assertEquals("max-iterations", j.get("stop_reason").asText());
        assertEquals("not-converged", j.get("diagnoses").get(0).get("code").asText());
        assertEquals("more-iterations", j.get("diagnoses").get(0).get("remedies").get(0).asText());

        Cli markdown = Cli.run("fit", "--data", data, "--model", "logistic", "--formula", "y ~ DOLLARS + x", "--optimizer",
                "gradient-descent", "--format", "markdown");
        assertEquals(1, markdown.code());
        assertTrue(markdown.out().startsWith("## logistic"), markdown.out());
        assertTrue(markdown.out().contains("> WARNING: the optimiser gradient-descent did not converge"), markdown.out());
        // a paragraph after the table, not a row of it
        assertTrue(markdown.out().contains("|\n\n**NOT converged: Std. Error, z value, Pr(>|z|) and the interval"),
                markdown.out());

        Cli newton = Cli.run("fit", "--data", data, "--model", "logistic", "--formula", "y ~ DOLLARS + x");
        assertEquals(0, newton.code(), newton.err());
        assertFalse(newton.out().contains("NOT converged"), newton.out());
    }

    @Test
    void theIncomeExampleConvergesByDefault() throws IOException {
        String data = write("income.csv", ScaleExamples.incomeCsv(15)).toString();
        Cli r = Cli.run("fit", "--data", data, "--model", "poisson", "--formula", "y ~ INCOME + AGE", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.json().get("converged").asBoolean());
        assertEquals("newton-decrement", r.json().get("stop_reason").asText());
        assertEquals(7, r.json().get("iterations").asInt());
    }

    @Test
    void aProductFitThatDidNotConvergeExitsOne() {
        Cli r = Cli.run("fit", "--data", TestData.file("linear_product_seed42.csv").toString(), "--model", "linear-product",
                "--response", "y", "--group", "x1=x1", "--group", "x2=x2", "--max-iterations", "2");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("WARNING: the optimiser trust-region did not converge"), r.out());
        assertTrue(r.out().contains("!! NOT converged: Std. Error, t value"), r.out());
    }

    @Test
    void compareOptimizersKeepsItsExitCode() {
        Cli r = Cli.run("compare-optimizers", "--data", TestData.file("newton_bfgs_200.csv").toString(), "--model", "logistic",
                "--formula", "Y ~ X1 + X2 + X3 + X4 + X5 - 1", "--optimizers", "newton,gradient-descent", "--max-iterations",
                "3");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void overdispersedCountsAreDiagnosedAndPearsonDispersionGivesRsQuasiPoisson() {
        ReferenceSet ref = ReferenceSet.load("quasipoisson-r");
        String data = TestData.file(ref.text("data")).toString();
        Cli fixed = Cli.run("fit", "--data", data, "--model", "poisson", "--formula", ref.text("formula"));
        assertEquals(0, fixed.code(), fixed.err());
        assertTrue(fixed.out().contains("Dispersion: Pearson X^2 / df = 437.19532 / 117 = 3.73671 (standard errors assume 1)"),
                fixed.out());
        assertTrue(fixed.out().contains("WARNING: the Pearson dispersion X^2/df = 437.195/117 = 3.737 is above 1.5"), fixed.out());
        assertTrue(fixed.out().contains("Remedy: refit with --dispersion pearson (quasi-likelihood)."), fixed.out());

        Cli quasi = Cli.run("fit", "--data", data, "--model", "poisson", "--formula", ref.text("formula"), "--dispersion",
                "pearson", "--format", "json");
        assertEquals(0, quasi.code(), quasi.err());
        JsonNode j = quasi.json();
        assertEquals("t", j.get("statistic").asText());
        assertEquals(0, j.get("diagnoses").size());
        assertEquals("pearson", j.get("dispersion").get("method").asText());
        assertEquals(ref.number("dispersion"), j.get("dispersion").get("used").asDouble(),
                Tolerances.R_GLM * ref.number("dispersion"));
        double[] se = ref.numbers("quasi-se");
        double[] t = ref.numbers("quasi-t");
        for (int k = 0; k < se.length; k++) {
            JsonNode c = j.get("coefficients").get(k);
            assertEquals(se[k], c.get("std_error").asDouble(), Tolerances.R_GLM * se[k]);
            assertEquals(t[k], c.get("statistic").asDouble(), Tolerances.R_GLM * Math.abs(t[k]));
        }
    }

    @Test
    void dispersionIsForPoissonAndNamesItsMethods() {
        Cli logistic = Cli.run("fit", "--data", TestData.file("spector.csv").toString(), "--model", "logistic", "--formula",
                "GRADE ~ GPA", "--dispersion", "pearson");
        assertEquals(2, logistic.code());
        assertTrue(logistic.err().contains("applies to the poisson and negative-binomial"), logistic.err());
        Cli unknown = Cli.run("fit", "--data", TestData.file("spector.csv").toString(), "--model", "poisson", "--formula",
                "GRADE ~ GPA", "--dispersion", "huge");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown dispersion 'huge' (known: fixed, pearson, huber)"), unknown.err());
    }
}
