package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code derive --answer} with a gradient vector or a Hessian matrix. */
class DeriveMatrixAnswerTest {

    private static final String F = "a^2*b + exp(a*b)";

    @Test
    void aRightGradientExitsZero() {
        DeriveCli r = DeriveCli.run("--expr", F, "--wrt", "a,b", "--answer", "[2*a*b + b*exp(a*b), a^2 + a*exp(a*b)]");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("  d/db = a^2 + a*exp(a*b):\n    RIGHT: "), r.out());
        assertTrue(r.out().endsWith("the answer is right.\n"), r.out());
    }

    @Test
    void aWrongHessianEntryIsNamedWithItsCounterexample() {
        DeriveCli r = DeriveCli.run("--expr", F, "--wrt", "a,b", "--order", "2", "--answer",
                "[2*b + b^2*exp(a*b), 2*a + (1 + a*b)*exp(a*b); 2*a + (1 + a*b)*exp(a*b), -a^2*exp(a*b)]");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("  d2/db db = -a^2*exp(a*b):\n    WRONG: it differs from the derivative "), r.out());
        assertTrue(r.out().contains("    At a = 1, b = 1 the derivative is 2.71828 and your answer -2.71828.\n"
                + "    Hint (sign): "), r.out());
        assertTrue(r.out().contains("the answer is WRONG (d2/db db)."), r.out());
        assertTrue(r.out().contains("    Checked at 20 points, 0 skipped where undefined.\n"), r.out());
    }

    @Test
    void theJsonHasAnEntryPerDerivative() {
        DeriveCli r = DeriveCli.run("--expr", F, "--wrt", "a,b", "--answer", "[a*b + b*exp(a*b), a^2 + a*exp(a*b)]",
                "--format", "json");
        assertEquals(1, r.code(), r.err());
        JsonNode a = r.json().get("answer");
        assertEquals("gradient", a.get("shape").asText());
        assertEquals("wrong", a.get("verdict").asText());
        assertFalse(a.get("equal").asBoolean());
        assertEquals(20, a.get("points").asInt());
        JsonNode first = a.get("entries").get(0);
        assertEquals("d/da", first.get("label").asText());
        assertEquals("wrong", first.get("verdict").asText());
        assertEquals(1, first.get("counterexample").get("a").asInt());
        assertEquals(1, first.get("counterexample").get("b").asInt());
        assertEquals(2 + Math.E, first.get("expected").asDouble(), 1e-12);
        assertEquals(1 + Math.E, first.get("got").asDouble(), 1e-12);
        assertEquals(20, first.get("points_compared").asInt());
        assertEquals(0, first.get("skipped").asInt());
        assertEquals("right", a.get("entries").get(1).get("verdict").asText());
        assertFalse(r.json().get("passed").asBoolean());
    }

    @Test
    void markdownAndLatexNameTheWrongEntry() {
        String[] args = {"--expr", F, "--wrt", "a,b", "--answer", "[a*b + b*exp(a*b), a^2 + a*exp(a*b)]", "--format"};
        DeriveCli md = DeriveCli.run(concat(args, "markdown"));
        assertEquals(1, md.code(), md.err());
        assertTrue(md.out().contains("- $\\frac{\\partial f}{\\partial a} = "), md.out());
        assertTrue(md.out().contains("**not** equal to"), md.out());
        DeriveCli tex = DeriveCli.run(concat(args, "latex"));
        assertEquals(1, tex.code(), tex.err());
        assertTrue(tex.out().contains("\\begin{itemize}") && tex.out().contains("\\textbf{wrong}"), tex.out());
    }

    @Test
    void tooFewDefinedPointsSuggestADomain() {
        DeriveCli r = DeriveCli.run("--expr", "log(x - 1.8)", "--wrt", "x", "--answer", "(cosh(x)^2 - sinh(x)^2)/(x - 1.8)");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("UNDECIDED: no difference found, but only "), r.out());
        assertTrue(r.out().replace("\n  ", " ").contains("with --domain NAME=LO:HI[,...]"), r.out());
        DeriveCli wider = DeriveCli.run("--expr", "log(x - 1.8)", "--wrt", "x", "--answer", "(cosh(x)^2 - sinh(x)^2)/(x - 1.8)",
                "--domain", "x=2:4");
        assertEquals(0, wider.code(), wider.out() + wider.err());
    }

    @Test
    void badAnswersAreOneLineErrors() {
        assertBad("--answer: the answer uses 'z', which is not a symbol of the expression (its symbols: a, b)",
                "--expr", "a^2*b", "--wrt", "a,b", "--answer", "[2*a*z, a^2]");
        assertBad("--answer: the answer uses 'z', which is not a symbol of the expression (its symbols: b, x, y)",
                "--expr", "y*log(sigmoid(b*x))", "--wrt", "b", "--answer", "y*x*(1 - sigmoid(b*z))");
        assertBad("--answer: '[2*a*b, a^2; 1, 2]' has 2 rows of 2 entries; the gradient in a, b is one row of 2 "
                + "entries, e.g. [d/da, d/db]", "--expr", "a^2*b", "--wrt", "a,b", "--answer", "[2*a*b, a^2; 1, 2]");
        assertBad("--answer: '[2*b, 2*a]' has 1 row of 2 entries; the Hessian in a, b is 2 rows of 2 entries, rows "
                        + "separated by ';', e.g. [d2/da da, d2/da db; d2/db da, d2/db db]",
                "--expr", "a^2*b", "--wrt", "a,b", "--order", "2", "--answer", "[2*b, 2*a]");
        assertBad("--answer: '[2*a*b, ]': entry 2 of row 1 is empty",
                "--expr", "a^2*b", "--wrt", "a,b", "--answer", "[2*a*b, ]");
        assertBad("--answer: '[2*a*b, a^2': a vector or matrix answer is written [a, b] or [a, b; c, d], one '[' to "
                + "one ']'", "--expr", "a^2*b", "--wrt", "a,b", "--answer", "[2*a*b, a^2");
    }

    private static String[] concat(String[] args, String last) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }

    private static void assertBad(String message, String... args) {
        DeriveCli r = DeriveCli.run(args);
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("workbench derive: error: " + message + "\n", r.err().replace("\r\n", "\n"));
        assertEquals("", r.out());
    }
}
