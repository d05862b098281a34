package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: one line on stderr, exit code 2, nothing on stdout, no stack trace. */
class BadInputTest {

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static void assertBadInput(Cli r, String... parts) {
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(err.contains("\tat "), err);
        for (String part : parts) {
            assertTrue(err.contains(part), "'" + part + "' in: " + err);
        }
    }

    private static Cli fit(Path data, String model, String formula, String... more) {
        String[] base = {"fit", "--data", data.toString(), "--model", model, "--formula", formula};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return Cli.run(all);
    }

    @Test
    void unknownColumn() throws IOException {
        assertBadInput(fit(csv("a.csv", "y,x\n0,1\n1,2\n0,3\n"), "logistic", "y ~ z"), "a.csv", "'z'");
    }

    @Test
    void nonNumericValue() throws IOException {
        assertBadInput(fit(csv("b.csv", "y,x\n0,1\n1,abc\n0,3\n1,4\n"), "logistic", "y ~ x"), "b.csv", "line 3", "'x'", "abc");
    }

    @Test
    void missingValueRefusedThenDropped() throws IOException {
        Path p = csv("c.csv", "y,x\n0,1\n1,\n0,3\n1,2\n0,2.5\n1,5\n");
        assertBadInput(fit(p, "logistic", "y ~ x"), "c.csv", "line 3", "'x'", "--drop-missing");
        Cli ok = fit(p, "logistic", "y ~ x", "--drop-missing", "--format", "json");
        assertEquals(0, ok.code(), ok.err());
        assertEquals(5, ok.json().get("n").asInt());
        assertEquals(1, ok.json().get("dropped_rows").asInt());
    }

    @Test
    void responseNotBinary() throws IOException {
        assertBadInput(fit(csv("d.csv", "y,x\n0,1\n2,2\n0,3\n1,4\n"), "logistic", "y ~ x"), "d.csv", "line 3", "0/1", "2");
    }

    @Test
    void responseNotACount() throws IOException {
        assertBadInput(fit(csv("e.csv", "y,x\n0,1\n1.5,2\n0,3\n1,4\n"), "poisson", "y ~ x"), "e.csv", "line 3", "integer");
        assertBadInput(fit(csv("f.csv", "y,x\n0,1\n-1,2\n0,3\n1,4\n"), "poisson", "y ~ x"), "non-negative");
    }

    @Test
    void tooFewObservations() throws IOException {
        assertBadInput(fit(csv("g.csv", "y,x,z\n0,1,2\n1,2,1\n"), "logistic", "y ~ x + z"), "g.csv", "2 observations", "3 parameters");
    }

    @Test
    void emptyFile() throws IOException {
        assertBadInput(fit(csv("h.csv", ""), "logistic", "y ~ x"), "h.csv");
    }

    @Test
    void missingFile() {
        assertBadInput(fit(dir.resolve("nope.csv"), "logistic", "y ~ x"), "nope.csv");
    }

    @Test
    void formulaThatDoesNotParse() throws IOException {
        assertBadInput(fit(csv("i.csv", "y,x\n0,1\n1,2\n0,3\n"), "logistic", "y ~ x +"), "y ~ x +");
    }

    @Test
    void unknownModelMethodAndOption() throws IOException {
        Path p = csv("j.csv", "y,x\n0,1\n1,2\n0,3\n1,2\n");
        assertBadInput(fit(p, "tobit", "y ~ x"), "tobit", "logistic");
        assertBadInput(fit(p, "logistic", "y ~ x", "--hessian", "magic"), "magic", "fd-central");
        assertBadInput(fit(p, "logistic", "y ~ x", "--optimizer", "magic"), "magic", "newton");
        assertBadInput(fit(p, "logistic", "y ~ x", "--level", "1.5"), "level");
        assertBadInput(fit(p, "logistic", "y ~ x", "--nope"), "--nope");
        assertBadInput(Cli.run("fit", "--model", "logistic"), "--data");
        assertBadInput(Cli.run("check", "--data", p.toString(), "--model", "logistic", "--formula", "y ~ x", "--at", "1,x"), "--at");
    }

    @Test
    void constantColumnNextToTheInterceptIsAliasedAndLeftOut() throws IOException {
        // c = 5 (the intercept times 5): aliased, as R's glm says (NA); the fit without it has SEs
        Path p = csv("k.csv", "y,x,c\n0,1,5\n1,2,5\n0,3,5\n1,2.5,5\n0,0.5,5\n1,4,5\n");
        Cli r = fit(p, "logistic", "y ~ x + c", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.json().get("hessian").get("positive_definite").asBoolean());
        assertTrue(r.json().get("coefficients").get(2).get("aliased").asBoolean());
        assertTrue(r.json().get("coefficients").get(2).get("estimate").isNull());
        assertFalse(r.json().get("coefficients").get(0).get("std_error").isNull());
        assertEquals("aliased", r.json().get("diagnoses").get(0).get("code").asText());
        assertEquals("c", r.json().get("diagnoses").get(0).get("coefficients").get(0).asText());
        assertEquals(4, r.json().get("df_residual").asInt());
        Cli text = fit(p, "logistic", "y ~ x + c");
        assertTrue(text.out().contains("NA (aliased)"), text.out());
        assertTrue(text.out().contains("WARNING: c is aliased"), text.out());
        assertFalse(text.out().contains("NaN"));
    }
}
