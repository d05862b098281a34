package org.hessianworkbench.cli;

import org.hessianworkbench.report.DerivationText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hessianworkbench.symbolic.parse.Parser;
import org.junit.jupiter.api.Test;

class DeriveCommandTest {

    private static final String LOSS = "-(y*log(sigmoid(b*x)) + (1-y)*log(1-sigmoid(b*x)))";

    @Test
    void aReadableDerivationWithEveryStepChecked() {
        DeriveCli r = DeriveCli.run("--expr", LOSS, "--wrt", "b", "--order", "2");
        assertEquals(0, r.code(), r.err() + r.out());
        assertEquals("", r.err());
        String out = r.out();
        assertTrue(out.contains("d/db: 26 steps"), out);
        assertTrue(out.contains("chain  [checked, max rel diff"), out);
        assertTrue(out.contains("diff(log(sigmoid(b*x)), b)  ->  diff(sigmoid(b*x), b)/sigmoid(b*x)"), out);
        assertTrue(out.contains("d/db = (sigmoid(b*x) - y)*x"), out);
        assertTrue(out.contains("d2/db db = sigmoid(b*x)*(1 - sigmoid(b*x))*x^2"), out);
        assertTrue(out.contains("Verdict: all 35 steps checked; every result agrees with automatic differentiation."),
                out);
        assertFalse(out.contains("FAILED"), out);
    }

    @Test
    void theJsonHasTheDocumentedShapeAndEveryExpressionParsesBack() {
        DeriveCli r = DeriveCli.run("--expr", LOSS, "--wrt", "b", "--order", "2", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("-(y*log(sigmoid(b*x)) + (1 - y)*log(1 - sigmoid(b*x)))", j.get("expression").asText());
        assertEquals("b", j.get("wrt").get(0).asText());
        assertEquals("(sigmoid(b*x) - y)*x", j.get("gradient").get("b").asText());
        assertEquals("sigmoid(b*x)*(1 - sigmoid(b*x))*x^2", j.get("hessian").get("b").get("b").asText());
        assertEquals(20, j.get("checks").get("points").asInt());
        assertTrue(j.get("checks").get("passed").asBoolean());
        assertFalse(j.has("answer"));
        assertEquals(35, j.get("steps").size());
        boolean chain = false;
        for (JsonNode s : j.get("steps")) {
            for (String key : List.of("rule", "target", "before", "after", "checked", "max_rel_diff")) {
                assertTrue(s.has(key), key + " in " + s);
            }
            assertTrue(s.get("checked").asBoolean(), s.toString());
            for (String key : List.of("target", "before", "after", "rewritten", "replacement")) {
                Parser.parse(s.get(key).asText());
            }
            chain |= s.get("rule").asText().equals("chain") && s.get("target").asText().equals("log(sigmoid(b*x))");
        }
        assertTrue(chain);
    }

    @Test
    void checkMyAnswerCatchesASignError() {
        DeriveCli r = DeriveCli.run("--expr", LOSS, "--wrt", "b", "--answer", "(y - sigmoid(b*x))*x", "--format", "json");
        assertEquals(1, r.code(), r.err());
        JsonNode a = r.json().get("answer");
        assertFalse(a.get("equal").asBoolean());
        JsonNode p = a.get("counterexample");
        assertEquals(1, p.get("b").asInt());
        assertEquals(1, p.get("x").asInt());
        assertEquals(1, p.get("y").asInt());
        double s = 1 / (1 + Math.exp(-1));
        assertEquals(s - 1, a.get("expected").asDouble(), 1e-15);
        assertEquals(1 - s, a.get("got").asDouble(), 1e-15);
    }

    @Test
    void checkMyAnswerCatchesAMissingFactor() {
        DeriveCli r = DeriveCli.run("--expr", LOSS, "--wrt", "b", "--answer", "sigmoid(b*x) - y");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("WRONG: it differs from the derivative (sigmoid(b*x) - y)*x."), r.out());
        assertTrue(r.out().contains("At b = 1, x = 2, y = 1 the derivative is -0.238406 and your answer -0.119203."),
                r.out());
        DeriveCli second = DeriveCli.run("--expr", LOSS, "--wrt", "b", "--order", "2", "--answer",
                "sigmoid(b*x)*(1 - sigmoid(b*x))*x", "--format", "json");
        assertEquals(1, second.code());
        assertEquals(2, second.json().get("answer").get("counterexample").get("x").asInt());
    }

    @Test
    void aRightAnswerExitsZero() {
        DeriveCli r = DeriveCli.run("--expr", LOSS, "--wrt", "b", "--answer", "x*sigmoid(b*x) - x*y");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("RIGHT: it equals the derivative"), r.out());
        DeriveCli numeric = DeriveCli.run("--expr", LOSS, "--wrt", "b", "--answer", "x*(1 + tanh(b*x/2))/2 - x*y",
                "--format", "json");
        assertEquals(0, numeric.code());
        assertEquals("numeric", numeric.json().get("answer").get("method").asText());
    }

    @Test
    void twoVariablesAndTheOtherFormats() {
        DeriveCli json = DeriveCli.run("--expr", "b*c^2 + exp(b)", "--wrt", "b,c", "--order", "2", "--format", "json");
        assertEquals(0, json.code());
        assertEquals("2*c", json.json().get("hessian").get("c").get("b").asText());
        DeriveCli md = DeriveCli.run("--expr", "b*c^2", "--wrt", "b,c", "--format", "markdown");
        assertEquals(0, md.code());
        assertTrue(md.out().startsWith("# Derivation of `b*c^2`"), md.out());
        assertTrue(md.out().contains("| $\\frac{\\partial f}{\\partial c}$ | $2\\,b\\,c$ |"), md.out());
        DeriveCli tex = DeriveCli.run("--expr", "b*c^2", "--wrt", "c", "--format", "latex");
        assertEquals(0, tex.code());
        assertTrue(tex.out().contains("\\begin{document}") && tex.out().contains("\\end{document}"), tex.out());
        assertTrue(tex.out().contains("$2\\,b\\,c$"), tex.out());
    }

    @Test
    void theBuiltInDerivations() throws java.io.IOException {
        for (String name : List.of("logistic", "linear-product", "linear-product-ce")) {
            DeriveCli md = DeriveCli.run(name, "--format", "markdown");
            assertEquals(0, md.code(), md.err());
            assertEquals(Files.readString(Path.of("../../docs/derivations/" + name + ".md"), StandardCharsets.UTF_8),
                    md.out(), name);
            DeriveCli text = DeriveCli.run(name);
            assertEquals(0, text.code());
            assertTrue(text.out().contains("every claim came out as stated") || name.equals("logistic"), text.out());
            assertTrue(text.out().contains("Verdict: ") && text.out().contains(" steps, all checked"), text.out());
            DeriveCli json = DeriveCli.run(name, "--format", "json");
            assertTrue(json.json().get("passed").asBoolean());
            assertEquals(name, json.json().get("name").asText());
            DeriveCli tex = DeriveCli.run(name, "--format", "latex");
            assertTrue(tex.out().contains("\\section*{"), tex.out());
        }
        JsonNode logistic = DeriveCli.run("logistic", "--format", "json").json();
        assertEquals("sigmoid(eta) - y", logistic.get("derivations").get(0).get("gradient").get("eta").asText());
        assertTrue(logistic.get("formulas").toString().contains("X'(sigma - y)"));
        JsonNode ce = DeriveCli.run("linear-product-ce", "--format", "json").json();
        assertEquals(5, ce.get("identities").size());
        assertFalse(ce.get("identities").get(4).get("holds").asBoolean());
    }

    @Test
    void theDemosDerivationIsShortAndChecked() {
        String text = DerivationText.logisticHessian();
        assertTrue(text.contains("sigmoid(eta)*(1 - sigmoid(eta))"), text);
        assertTrue(text.contains("Verdict: all 22 steps checked; every result agrees with automatic differentiation."),
                text);
        assertTrue(text.lines().count() <= 45, text);
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() {
        assertBad("expression 'b*+x': at column 3: expected an operand after '*'", "--expr", "b*+x", "--wrt", "b");
        assertBad("--answer: expression 'sigma(b*x)': at column 1: unknown function 'sigma' (known: "
                + org.hessianworkbench.symbolic.Fn.names() + ", diff)", "--expr", LOSS, "--wrt", "b", "--answer", "sigma(b*x)");
        assertBad("--expr needs --wrt VAR[,VAR...]: the variables to differentiate with respect to", "--expr", "b");
        assertBad("--wrt: 'log' is not a symbol name", "--expr", "b", "--wrt", "log");
        assertBad("--wrt: 'b' is given twice", "--expr", "b", "--wrt", "b,b");
        assertBad("--order must be 1 or 2, not 3", "--expr", "b", "--wrt", "b", "--order", "3");
        assertBad("--points must be between 1 and 10000, not 0", "--expr", "b", "--wrt", "b", "--points", "0");
        assertBad("--answer for the --wrt variables b, c is a vector or matrix, e.g. [d/db, d/dc]", "--expr", "b*c",
                "--wrt", "b,c", "--answer", "c");
        assertBad("--answer for the --wrt variables b, c is a vector or matrix, e.g. [d2/db db, d2/db dc; d2/dc db, "
                + "d2/dc dc]", "--expr", "b*c", "--wrt", "b,c", "--order", "2", "--answer", "c");
        assertBad("--domain: 'y=1:0' is not NAME=LO:HI with numbers LO <= HI", "--expr", "b", "--wrt", "b", "--domain",
                "y=1:0");
        assertBad("unknown derivation 'logit' (known: logistic, linear-product, linear-product-ce, probit, cloglog, "
                + "negative-binomial, gamma, huber)", "logit");
        assertBad("the gamma model has no link 'logit' (links: log, inverse)", "--model", "gamma", "--link", "logit");
        assertBad("--link chooses the link of --model; give --model too", "--expr", "b", "--wrt", "b", "--link", "log");
        assertBad("two derivations named: 'probit' and --model cloglog; give one", "probit", "--model", "cloglog");
        assertBad("the built-in derivation 'logistic' takes only --format, not --expr, --wrt (use --expr for your own "
                + "expression)", "logistic", "--expr", "b", "--wrt", "b");
        assertBad("nothing to derive: give --expr \"...\" --wrt VAR, or a built-in derivation (logistic, linear-product, "
                + "linear-product-ce, probit, cloglog, negative-binomial, gamma, huber)");
    }

    @Test
    void theNamedModelsDerivations() {
        DeriveCli probit = DeriveCli.run("--model", "probit");
        assertEquals(0, probit.code(), probit.err());
        assertTrue(probit.out().contains("log(Phi(z)) = logPhi(z)"), probit.out());
        assertTrue(probit.out().contains("invmills(eta)"), probit.out());
        DeriveCli gamma = DeriveCli.run("--model", "gamma", "--link", "inverse", "--format", "json");
        assertEquals(0, gamma.code(), gamma.err());
        assertEquals("gamma --link inverse", gamma.json().get("name").asText());
    }

    @Test
    void aDomainRestrictsThePoints() {
        DeriveCli r = DeriveCli.run("--expr", "log(1 - b^2)", "--wrt", "b", "--domain", "b=-0.9:0.9", "--format", "json");
        assertEquals(0, r.code(), r.out());
        assertEquals("other symbols in [0.1, 2]; b in [-0.9, 0.9]", r.json().get("checks").get("domain").asText());
    }

    private static void assertBad(String message, String... args) {
        DeriveCli r = DeriveCli.run(args);
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("workbench derive: error: " + message + "\n", r.err().replace("\r\n", "\n"));
        assertEquals("", r.out());
    }
}
