package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** The probit loss written by hand, as the custom model's. */
    private static final String PROBIT_LOSS = "-(y*log(Phi(eta)) + (1 - y)*log(1 - Phi(eta)))";

    private static void assertBadInput(Cli r, String line) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertEquals("workbench verify: error: " + line + "\n", r.err().replace("\r\n", "\n"));
    }

    @Test
    void aNamedExpressionModelHoldsEveryPropertyOfAConvexLoss() {
        Cli r = Cli.run("verify", "--models", "probit", "--tries", "20", "--seed", "3");
        assertEquals(0, r.code(), r.out() + r.err());
        for (String property : List.of("gradient-analytic-vs-ad", "hessian-analytic-vs-ad", "hessian-fd-central-vs-ad",
                "hessian-fd-richardson-vs-ad", "positive-semidefinite-where-convex", "symmetry", "taylor-remainder")) {
            assertTrue(r.out().lines().anyMatch(l -> l.contains("probit") && l.contains(" " + property + " ")
                    && l.contains("passed")), property + " in\n" + r.out());
        }
        assertTrue(r.out().contains("All properties hold (seed 3;"), r.out());
    }

    @Test
    void aCustomLossHoldsEveryPropertyButConvexity() {
        Cli r = Cli.run("verify", "--models", "custom", "--loss", PROBIT_LOSS, "--tries", "20", "--seed", "3",
                "--format", "json");
        assertEquals(0, r.code(), r.out() + r.err());
        Set<String> seen = new HashSet<>();
        for (JsonNode p : r.json().get("properties")) {
            assertEquals("custom", p.get("model").asText());
            assertTrue(p.get("holds").asBoolean(), p.toString());
            assertEquals(20, p.get("checks").asInt(), p.toString());
            seen.add(p.get("property").asText());
        }
        // a custom loss is not known to be convex
        assertEquals(6, seen.size(), seen.toString());
        assertFalse(seen.contains("positive-semidefinite-where-convex"), seen.toString());
    }

    @Test
    void aLossUndefinedWhereverTheGeneratorsGoIsNotCheckedAndSaysSo() {
        Cli r = Cli.run("verify", "--models", "custom", "--loss", "log(-1 - eta^2) + y", "--responses", "real",
                "--tries", "20", "--seed", "3");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("NOT CHECKED"), r.out());
        assertFalse(r.out().lines().anyMatch(l -> l.trim().startsWith("custom") && l.contains(" passed")), r.out());
        assertTrue(r.out().contains("every try was discarded (20 not-finite): nothing was checked"), r.out());
        assertTrue(r.out().contains("Some properties were NOT CHECKED"), r.out());
    }

    @Test
    void theLossFlagsAreRefusedWhereNoModelTakesThem() {
        assertBadInput(Cli.run("verify", "--models", "probit", "--loss", PROBIT_LOSS),
                "--loss is the custom model's loss: add custom to --models (the other models' losses are their own)");
        assertBadInput(Cli.run("verify", "--loss", PROBIT_LOSS),
                "--loss is the custom model's loss: add custom to --models (the other models' losses are their own)");
        assertBadInput(Cli.run("verify", "--models", "custom"),
                "--models custom needs --loss \"EXPR\": the loss of one observation in eta and y");
        assertBadInput(Cli.run("verify", "--models", "probit", "--responses", "counts"),
                "--responses is for the custom model: add custom to --models (the other models' responses are their"
                        + " family's)");
        assertBadInput(Cli.run("verify", "--models", "custom", "--loss", PROBIT_LOSS, "--responses", "ones"),
                "--responses must be binary, counts, positive or real, not 'ones'");
        assertBadInput(Cli.run("verify", "--models", "huber"),
                "the huber model needs --param delta=VALUE (the residual beyond which the loss is linear (required;"
                        + " in the response's units))");
        assertBadInput(Cli.run("verify", "--models", "huber,linear", "--param", "delta=1.345", "--param", "theta=2"),
                "--param theta: the huber model has no such parameter (its parameters: delta)");
        assertBadInput(Cli.run("verify", "--models", "probit,cloglog", "--link", "inverse"),
                "the probit model has no link 'inverse' (links: probit)");
        assertBadInput(Cli.run("verify", "--models", "logistic", "--param", "k=1.5"),
                "the logistic model's loss is built in: --link and --param are for the named expression models,"
                        + " --loss for custom");
        assertBadInput(Cli.run("verify", "--models", "custom", "--loss", PROBIT_LOSS, "--link", "inverse"),
                "--link is for the named models (gamma: log or inverse): a custom loss has no named links");
        assertBadInput(Cli.run("verify", "--models", "linear-product", "--param", "k=1.5"),
                "--param and --link are for the named expression models and custom; linear-product take neither");
        assertBadInput(Cli.run("verify", "--models", "negative-binomial", "--param", "k=many"),
                "--param k=many: expected a number");
    }

    @Test
    void eachModelTakesTheLossFlagsItHas() {
        // k is the negative binomial's, delta Huber's, the inverse link gamma's; probit and a custom loss that
        // names none of them take none
        Cli r = Cli.run("verify", "--models", "probit,gamma,negative-binomial,huber,custom", "--loss", PROBIT_LOSS,
                "--param", "k=1.5", "--param", "delta=1.345", "--link", "inverse", "--tries", "5", "--seed", "3");
        assertEquals(0, r.code(), r.out() + r.err());
        for (String model : List.of("probit ", "gamma (link inverse) ", "negative-binomial (k = 1.5) ",
                "huber (delta = 1.345) ", "custom ")) {
            assertTrue(r.out().contains("  " + model), model + " in\n" + r.out());
        }
        assertFalse(r.out().contains("custom ("), r.out());
        // a custom loss that names k has it too
        Cli k = Cli.run("verify", "--models", "negative-binomial,custom", "--loss", "k*(y - eta)^2", "--responses",
                "real", "--param", "k=1.5", "--tries", "5", "--seed", "3");
        assertEquals(0, k.code(), k.out() + k.err());
        assertTrue(k.out().contains("  custom (k = 1.5) "), k.out());
    }

    @Test
    void unknownModelIsBadInput() {
        Cli r = Cli.run("verify", "--models", "tobit");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("tobit"));
    }
}
