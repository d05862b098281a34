package org.hessianworkbench.cli;

import org.hessianworkbench.grading.exercise.Exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exercise list}, {@code show}, and bad input to {@code check} (exit code 2, one line, no JVM started). */
class ExerciseCommandTest {

    @TempDir
    Path dir;

    @Test
    void listNamesEveryExerciseAndItsInterface() {
        ExerciseCli r = ExerciseCli.run("list");
        assertEquals(0, r.code(), r.err());
        for (Exercise e : Exercise.values()) {
            assertTrue(r.out().contains(e.cliName()), e.cliName());
        }
        assertTrue(r.out().contains("ProductHessianSolution"));
        JsonNode j = ExerciseCli.run("list", "--format", "json").json().get("exercises");
        assertEquals(Exercise.values().size(), j.size());
        assertEquals("org.hessianworkbench.exercise.api.HessianSolution", j.get(1).get("interface").asText());
    }

    @Test
    void showGivesTheLossTheInterfaceAndTheCommandsToCheck() {
        ExerciseCli r = ExerciseCli.run("show", "logistic-hessian");
        assertEquals(0, r.code(), r.err());
        for (String s : new String[] {"l(eta; y) = log(1 + exp(eta)) - y*eta", "org.hessianworkbench.exercise.api.HessianSolution",
            "double[][] hessian(double[][] x, double[] y, double[] beta)",
            "./workbench exercise check logistic-hessian --solution MyHessian.java",
            "./workbench derive --expr \"-(y*log(sigmoid(eta)) + (1 - y)*log(1 - sigmoid(eta)))\" --wrt eta --answer \"...\"",
            "--wrt eta --order 2 --answer", "Compile against: ", "Statement: exercises/02-logistic-hessian.md"}) {
            assertTrue(r.out().contains(s), s + " in\n" + r.out());
        }
        ExerciseCli p = ExerciseCli.run("show", "linear-product-hessian");
        assertTrue(p.out().contains("--expr \"1/2*(f1*f2 - y)^2\" --wrt f1"), p.out());
        assertTrue(p.out().contains("h[a][p1 + b] block H12"), p.out());
    }

    @Test
    void unknownExercisesAreBadInput() {
        for (String[] args : new String[][] {{"show", "probit-hesian"}, {"check", "probit-hesian", "--solution", "X.java"}}) {
            ExerciseCli r = ExerciseCli.run(args);
            assertEquals(2, r.code());
            assertTrue(r.err().contains("unknown exercise 'probit-hesian' (known: logistic-gradient,"), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }

    @Test
    void aMissingOrWrongSolutionFileIsBadInput() throws IOException {
        ExerciseCli missing = ExerciseCli.run("check", "logistic-hessian", "--solution", dir.resolve("Nope.java").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("Nope.java: no such file"), missing.err());
        Path text = Files.writeString(dir.resolve("MyHessian.txt"), "class X {}");
        ExerciseCli notJava = ExerciseCli.run("check", "logistic-hessian", "--solution", text.toString());
        assertEquals(2, notJava.code());
        assertTrue(notJava.err().contains("a solution is a .java source file"), notJava.err());
        Path folder = Files.createDirectory(dir.resolve("Folder.java"));
        assertEquals(2, ExerciseCli.run("check", "logistic-hessian", "--solution", folder.toString()).code());
        Path latin1 = Files.write(dir.resolve("Latin.java"), new byte[] {'/', '/', (byte) 0xE9, '\n'});
        ExerciseCli bytes = ExerciseCli.run("check", "logistic-hessian", "--solution", latin1.toString());
        assertEquals(2, bytes.code());
        assertTrue(bytes.err().contains("not UTF-8 text"), bytes.err());
    }

    @Test
    void badOptionsAreBadInput() {
        String sol = ExerciseCli.resource("logistic-hessian", "Reference").toString();
        assertEquals(2, ExerciseCli.run("check", "logistic-hessian").code(), "--solution is required");
        assertEquals(2, ExerciseCli.run("check", "logistic-hessian", "--solution", sol, "--tries", "0").code());
        assertEquals(2, ExerciseCli.run("check", "logistic-hessian", "--solution", sol, "--timeout", "0").code());
        assertEquals(2, ExerciseCli.run("check", "logistic-hessian", "--solution", sol, "--format", "markdown").code());
        assertEquals(2, ExerciseCli.run().code(), "a subcommand is required");
    }
}
