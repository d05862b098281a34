package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hessianworkbench.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fit}, {@code check} and {@code predict} with models whose loss is expression text: the named
 * models, {@code --loss}, {@code --param}, {@code --link}, {@code --mean}, {@code --weights}, and the one
 * line each mistake gets. The numbers themselves are checked against R in the fitting module's
 * {@code ExpressionModelFitTest}.
 */
class ExpressionModelCommandTest {

    private static final String PROBIT = "-(y*log(Phi(eta)) + (1 - y)*log(1 - Phi(eta)))";

    @TempDir
    Path dir;

    private static String spector() {
        return TestData.file("spector.csv").toString();
    }

    private static void assertBadInput(Cli r, String... parts) {
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertFalse(err.contains("Exception"), err);
        for (String part : parts) {
            assertTrue(err.contains(part), "'" + part + "' in: " + err);
        }
    }

    @Test
    void aNamedModelAndTheSameLossWrittenByHandGiveOneTable() throws IOException {
        Cli named = Cli.run("fit", "--data", spector(), "--model", "probit", "--formula", "GRADE ~ GPA + TUCE + PSI",
                "--format", "json");
        Cli custom = Cli.run("fit", "--data", spector(), "--model", "custom", "--loss", PROBIT, "--formula",
                "GRADE ~ GPA + TUCE + PSI", "--format", "json");
        assertEquals(0, named.code(), named.err());
        assertEquals(0, custom.code(), custom.err());
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree(named.out());
        JsonNode b = m.readTree(custom.out());
        assertEquals("probit", a.get("model").asText());
        assertEquals("custom", b.get("model").asText());
        assertEquals(PROBIT, b.get("loss").asText());
        assertTrue(a.has("aic"), "probit is a likelihood");
        assertFalse(b.has("aic"), "a custom loss is not known to be one");
        assertEquals(a.get("loss_at_estimate").asDouble(), b.get("loss_at_estimate").asDouble(), 1e-12);
    }

    @Test
    void checkCrossChecksTheSymbolicDerivationOfACustomLoss() {
        Cli r = Cli.run("check", "--data", spector(), "--model", "custom", "--loss", PROBIT, "--formula",
                "GRADE ~ GPA + TUCE + PSI", "--at", "estimate");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Hessian check: custom at estimate"), r.out());
        assertTrue(r.out().contains("Verdict: agree"), r.out());
    }

    @Test
    void aSavedGammaModelPredictsWithItsLink() throws IOException {
        Path model = dir.resolve("gamma.json");
        Cli fit = Cli.run("fit", "--data", TestData.file("gamma_positive.csv").toString(), "--model", "gamma",
                "--formula", "y ~ x1 + x2", "--save", model.toString());
        assertEquals(0, fit.code(), fit.err());
        JsonNode saved = new ObjectMapper().readTree(Files.readString(model));
        assertEquals("gamma", saved.get("model").asText());
        assertEquals("log", saved.get("link").asText());
        Cli predict = Cli.run("predict", "--model-file", model.toString(), "--data",
                TestData.file("gamma_positive.csv").toString());
        assertEquals(0, predict.code(), predict.err());
        String first = predict.out().lines().skip(1).findFirst().orElseThrow();
        double mu = Double.parseDouble(first.substring(first.lastIndexOf(',') + 1));
        assertTrue(mu > 0, first);
    }

    @Test
    void weightsComeFromAColumn() throws IOException {
        Path p = dir.resolve("w.csv");
        Files.writeString(p, "y,x,w\n0,1,1\n1,2,2\n0,3,1\n1,2.5,0.5\n0,0.5,1\n1,4,3\n1,1.5,1\n0,2.2,2\n");
        Cli weighted = Cli.run("fit", "--data", p.toString(), "--model", "probit", "--formula", "y ~ x", "--weights", "w");
        Cli plain = Cli.run("fit", "--data", p.toString(), "--model", "probit", "--formula", "y ~ x");
        assertEquals(0, weighted.code(), weighted.err());
        assertFalse(weighted.out().equals(plain.out()), "the weights change the fit");
        assertBadInput(Cli.run("fit", "--data", p.toString(), "--model", "probit", "--formula", "y ~ x", "--weights",
                "nope"), "nope");
    }

    @Test
    void mistakesAreOneLineNamingTheFlag() {
        assertBadInput(Cli.run("fit", "--data", spector(), "--model", "custom", "--formula", "GRADE ~ GPA"),
                "--model custom needs --loss");
        assertBadInput(Cli.run("fit", "--data", spector(), "--model", "probit", "--loss", PROBIT, "--formula",
                "GRADE ~ GPA"), "--loss is for --model custom");
        assertBadInput(Cli.run("fit", "--data", spector(), "--model", "logistic", "--param", "k=2", "--formula",
                "GRADE ~ GPA"), "logistic", "built in");
        assertBadInput(Cli.run("fit", "--data", spector(), "--model", "custom", "--loss", "(y - eta)^2/k",
                "--param", "k=two", "--formula", "GRADE ~ GPA"), "--param k=two", "number");
        assertBadInput(Cli.run("fit", "--data", spector(), "--model", "custom", "--loss", "(y - eta)^2/k",
                "--formula", "GRADE ~ GPA"), "'k'");
        assertBadInput(Cli.run("fit", "--data", TestData.file("huber_outliers.csv").toString(), "--model", "huber",
                "--formula", "y ~ x"), "--param delta=VALUE");
        assertBadInput(Cli.run("fit", "--data", spector(), "--model", "probit", "--param", "k=2", "--formula",
                "GRADE ~ GPA"), "--param k", "probit");
        assertBadInput(Cli.run("fit", "--data", spector(), "--model", "gamma", "--link", "logit", "--formula",
                "GRADE ~ GPA"), "logit", "inverse");
        assertBadInput(Cli.run("fit", "--data", spector(), "--model", "gamma", "--formula", "GRADE ~ GPA"),
                "positive");
        assertBadInput(Cli.run("fit", "--data", TestData.file("gamma_positive.csv").toString(), "--model", "gamma",
                "--link", "inverse", "--formula", "y ~ x1 + x2"), "not finite", "line 2");
        assertBadInput(Cli.run("fit", "--data", spector(), "--model", "custom", "--loss", "(y - eta)^2",
                "--link", "probit", "--formula", "GRADE ~ GPA"), "--link", "--mean");
    }
}
