package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several linear predictors through the command line: {@code fit} and {@code check} with
 * {@code --model custom --loss ... --eta NAME="~ rhs" --response COL}, the negative binomial with k
 * estimated ({@code --model negative-binomial} without {@code --param k}), and the one-line errors
 * (exit 2) for options that do not go together.
 */
class PredictorsCommandTest {

    private static final String DATA = TestData.file("heteroscedastic.csv").toString();
    private static final String COUNTS = TestData.file("overdispersed_counts.csv").toString();
    private static final String LOSS = "0.5*((y - mu)/exp(ls))^2 + ls";

    @TempDir
    Path dir;

    private static String[] args(String command, String... more) {
        String[] base = {command, "--data", DATA, "--model", "custom", "--loss", LOSS, "--eta", "mu=~ x1 + x2", "--eta",
            "ls=~ x1", "--response", "y"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static void assertError(Cli r, String line) {
        assertEquals(WorkbenchCommand.EXIT_BAD_INPUT, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(line + "\n", r.err().replace("\r\n", "\n"));
    }

    @Test
    void theHeteroscedasticGaussianFitsAsRDoes() {
        ReferenceSet ref = ReferenceSet.load("heteroscedastic-r");
        Cli r = Cli.run(args("fit", "--format", "json"));
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("custom", j.get("model").asText());
        assertEquals("y; mu ~ x1 + x2; ls ~ x1", j.get("formula").asText());
        assertEquals(LOSS, j.get("loss").asText());
        assertEquals("trust-region", j.get("optimizer").asText());
        assertFalse(j.has("log_likelihood"), "a custom loss is no likelihood");
        assertFalse(j.has("derived"));
        double[] b = ref.numbers("hetero.estimate");
        double[] se = ref.numbers("hetero.se");
        List<String> terms = ref.words("hetero.terms");
        for (int k = 0; k < b.length; k++) {
            JsonNode c = j.get("coefficients").get(k);
            assertEquals(terms.get(k), c.get("name").asText());
            assertEquals(b[k], c.get("estimate").asDouble(), Tolerances.R_GLM * Math.abs(b[k]));
            assertEquals(se[k], c.get("std_error").asDouble(), Tolerances.R_GLM * se[k]);
        }
        assertEquals(ref.number("hetero.loss"), j.get("loss_at_estimate").asDouble(),
                Tolerances.R_GLM * ref.number("hetero.loss"));
        Cli text = Cli.run(args("fit"));
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("Model:    custom   y; mu ~ x1 + x2; ls ~ x1\nLoss:     " + LOSS + "\n"),
                text.out());
        assertTrue(text.out().contains("  ls:x1 "), text.out());
        assertTrue(text.out().contains("Loss at the estimate: 98.6193814 on 395 degrees of freedom"), text.out());
        Cli markdown = Cli.run(args("fit", "--format", "markdown"));
        assertTrue(markdown.out().startsWith("## custom: `y; mu ~ x1 + x2; ls ~ x1`"), markdown.out());
    }

    @Test
    void checkComparesEveryEngineWithAdCrossBlocksIncluded() {
        for (String at : List.of("estimate", "zero", "1,0.5,-0.5,0,0.3")) {
            Cli r = Cli.run(args("check", "--at", at, "--format", "json"));
            assertEquals(0, r.code(), at + ": " + r.err() + r.out());
            JsonNode j = r.json();
            assertEquals("agree", j.get("verdict").asText(), at);
            assertEquals(5, j.get("parameters").asInt(), at);
        }
        assertError(Cli.run(args("check", "--at", "0,0,0,-800,0")), "workbench check: error: loss '" + LOSS
                + "' at " + DATA + ": line 2, column 'y' (y = -0.52531, mu = 0, ls = -800): its value is not finite there;"
                + " start from a point where it is");
    }

    @Test
    void theNegativeBinomialWithoutKEstimatesIt() {
        ReferenceSet ref = ReferenceSet.load("named-negbin-r");
        Cli r = Cli.run("fit", "--data", COUNTS, "--model", "negative-binomial", "--formula", "count ~ x + dose",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("negative-binomial", j.get("model").asText());
        assertEquals("negative-binomial (k estimated)", j.get("family").asText());
        assertEquals("logk:(Intercept)", j.get("coefficients").get(3).get("name").asText());
        assertEquals(ref.number("negbin-estimated.aic"), j.get("aic").asDouble(),
                Tolerances.R_GLM * ref.number("negbin-estimated.aic"));
        assertEquals(ref.number("negbin-estimated.loglik"), j.get("log_likelihood").asDouble(),
                Tolerances.R_GLM * Math.abs(ref.number("negbin-estimated.loglik")));
        JsonNode k = j.get("derived").get(0);
        assertEquals("k", k.get("name").asText());
        assertEquals("exp(logk:(Intercept))", k.get("definition").asText());
        assertEquals(ref.number("negbin-estimated.theta"), k.get("estimate").asDouble(),
                Tolerances.R_GLM * ref.number("negbin-estimated.theta"));
        Cli text = Cli.run("fit", "--data", COUNTS, "--model", "negative-binomial", "--formula", "count ~ x + dose");
        assertTrue(text.out().contains("  k = exp(logk:(Intercept)) = 1.534250, delta-method SE 0.2879362\n"),
                text.out());
        assertTrue(text.out().contains("Log-likelihood: -305.823390   AIC: 619.646780"), text.out());
        Cli check = Cli.run("check", "--data", COUNTS, "--model", "negative-binomial", "--formula", "count ~ x + dose");
        assertEquals(0, check.code(), check.out());
        Cli fixed = Cli.run("fit", "--data", COUNTS, "--model", "negative-binomial", "--formula", "count ~ x + dose",
                "--param", "k=1.5", "--format", "json");
        assertEquals(3, fixed.json().get("coefficients").size(), "k given: one linear predictor");
    }

    @Test
    void optionsThatDoNotGoTogetherAreOneLine() {
        assertError(Cli.run(args("fit", "--formula", "y ~ x1")),
                "workbench fit: error: --eta takes --response COLUMN and a right-hand side for each predictor, not"
                        + " --formula");
        assertError(Cli.run("fit", "--data", DATA, "--model", "linear", "--eta", "mu=~ x1", "--response", "y"),
                "workbench fit: error: --eta is for --model custom (a --loss written in the predictors' names), not"
                        + " 'linear'");
        assertError(Cli.run("check", "--data", DATA, "--model", "negative-binomial", "--eta", "mu=~ x1", "--response",
                "y"), "workbench check: error: --eta is for --model custom (a --loss written in the predictors' names),"
                + " not 'negative-binomial'");
        assertError(Cli.run("fit", "--data", DATA, "--model", "custom", "--loss", LOSS, "--eta", "mu=~ x1", "--eta",
                "ls=~ 1"), "workbench fit: error: --eta needs --response COLUMN");
        assertError(Cli.run("fit", "--data", DATA, "--model", "custom", "--loss", LOSS, "--eta", "mu=~ x1", "--eta",
                "ls", "--response", "y"), "workbench fit: error: --eta ls needs a right-hand side: --eta ls=\"~ x1 + x2\"");
        assertError(Cli.run("fit", "--data", DATA, "--model", "custom", "--loss", LOSS, "--eta", "mu=~ x1", "--eta",
                "ls=~ 1", "--eta", "s=~ x2", "--response", "y"), "workbench fit: error: linear predictor 's' does not"
                + " appear in the loss '" + LOSS + "': write the loss in every predictor's name, or leave the predictor"
                + " out");
        assertError(Cli.run(args("fit", "--mean", "mu")), "workbench fit: error: --mean is for a custom model of one"
                + " linear predictor (--formula); a model of several (--eta) has none");
        assertError(Cli.run(args("fit", "--group", "a=x1")),
                "workbench fit: error: --group is for the product models; --eta takes --response and --loss");
        assertError(Cli.run(args("fit", "--save", "m.json")), "workbench fit: error: --save is for models of one linear"
                + " predictor and the product models; a model of several linear predictors (--eta, or negative-binomial"
                + " with k estimated) has no model file or mean yet");
        assertError(Cli.run(args("fit", "--firth")),
                "workbench fit: error: Firth's penalised likelihood applies to the logistic model only, not 'custom'");
        assertError(Cli.run(args("fit", "--start", "1,2")), "workbench fit: error: --start has 2 values, the model has 5"
                + " parameters (mu:(Intercept), mu:x1, mu:x2, ls:(Intercept), ls:x1)");
    }

    @Test
    void theOptimiserIsTheTrustRegionUnlessAskedAndItsTraceIsWritten() throws Exception {
        Path trace = dir.resolve("trace.csv");
        Cli r = Cli.run(args("fit", "--optimizer", "newton", "--trace", trace.toString(), "--format", "json"));
        assertEquals(0, r.code(), r.err());
        assertEquals("newton", r.json().get("optimizer").asText());
        assertTrue(Files.readString(trace).lines().count() > 2);
        Cli once = Cli.run(args("fit", "--max-iterations", "1"));
        assertEquals(WorkbenchCommand.EXIT_NUMERICAL_FAILURE, once.code(), "a fit that did not converge exits 1");
        assertTrue(once.out().contains("WARNING: the optimiser trust-region did not converge"), once.out());
    }
}
