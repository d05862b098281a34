package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hessianworkbench.grading.exercise.ClassGrader.Row;
import org.hessianworkbench.report.Gradebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exercise grade} end to end on an instructor's own course folder ({@code --exercises}): a
 * class of four (a right file, a wrong one, a folder with a helper class, one that does not compile)
 * graded into a CSV gradebook, then one student regraded after fixing the file. Each submission runs
 * in its own JVM (about a second each, two at a time); the time limit is generous, for a loaded machine:
 * nothing here loops.
 */
class ExerciseGradeTest {

    private static final String COURSE_FILE = """
            ---
            name: poisson-score
            title: The gradient of the Poisson regression loss
            implement: gradient
            loss: exp(eta) - y*eta
            response: count
            hints:
              - name: forgot-the-response
                loss: exp(eta)
                message: the response term -y*eta is missing
            ---
            Implement GradientSolution: double[] gradient(double[][] x, double[] y, double[] beta).
            """;

    private static String solution(String weight) {
        return """
                import org.hessianworkbench.exercise.api.GradientSolution;

                public class MyGradient implements GradientSolution {
                    public double[] gradient(double[][] x, double[] y, double[] beta) {
                        double[] g = new double[beta.length];
                        for (int i = 0; i < x.length; i++) {
                            double eta = 0;
                            for (int j = 0; j < beta.length; j++) eta += x[i][j] * beta[j];
                            for (int j = 0; j < beta.length; j++) g[j] += (WEIGHT) * x[i][j];
                        }
                        return g;
                    }
                }
                """.replace("WEIGHT", weight);
    }

    @Test
    void aClassIsGradedIntoAGradebookAndOneStudentRegraded(@TempDir Path dir) throws IOException {
        Path course = Files.createDirectories(dir.resolve("course"));
        Files.writeString(course.resolve("poisson-score.md"), COURSE_FILE);
        Path subs = Files.createDirectories(dir.resolve("submissions"));
        Files.writeString(subs.resolve("ada.java"), solution("Math.exp(eta) - y[i]"));
        Files.writeString(subs.resolve("bob.java"), solution("Math.exp(eta)"));
        Path cy = Files.createDirectories(subs.resolve("cy"));
        Files.writeString(cy.resolve("Helper.java"), "class Helper { }\n");
        Files.writeString(cy.resolve("MyGradient.java"), solution("Math.exp(eta) - y[i]"));
        Files.writeString(subs.resolve("dee.java"), solution("Math.exp(eta) - y[i]").replace("return g;", "return g"));
        Files.writeString(subs.resolve("notes.txt"), "not a submission\n");
        Path out = dir.resolve("grades.csv");

        List<String> common = List.of("--submissions", subs.toString(), "--out", out.toString(), "--exercises",
                course.toString(), "--jobs", "2", "--tries", "50", "--seed", "7", "--timeout", "30");
        ExerciseCli r = ExerciseCli.run(args("grade", "poisson-score", common));
        assertEquals(0, r.code(), r.out() + r.err());
        List<Row> rows = Gradebook.read(out);
        assertEquals(List.of("ada", "bob", "cy", "dee"), rows.stream().map(Row::student).toList());
        assertEquals(List.of("pass", "wrong", "pass", "compile-error"), rows.stream().map(Row::verdict).toList());
        assertEquals("forgot-the-response", rows.get(1).hint());
        assertFalse(rows.get(1).counterexample().isEmpty());
        assertEquals("cy/MyGradient.java", rows.get(2).file());
        assertTrue(rows.stream().allMatch(x -> x.seed() == 7));
        assertTrue(r.out().startsWith("poisson-score: 2 of 4 submissions pass (50%)\n"), r.out());
        assertTrue(r.out().contains("most common hints: forgot-the-response 1"), r.out());

        Files.writeString(subs.resolve("dee.java"), solution("Math.exp(eta) - y[i]"));
        ExerciseCli again = ExerciseCli.run(args("grade", "poisson-score", common, "--student", "dee"));
        assertEquals(0, again.code(), again.out() + again.err());
        List<Row> updated = Gradebook.read(out);
        assertEquals(List.of("pass", "wrong", "pass", "pass"), updated.stream().map(Row::verdict).toList());
        assertEquals(rows.subList(0, 3), updated.subList(0, 3));
        assertTrue(again.out().startsWith("poisson-score: 3 of 4 submissions pass (75%)\n"), again.out());
    }

    @Test
    void badInputIsRefusedBeforeAnyGrading(@TempDir Path dir) throws IOException {
        Path subs = Files.createDirectories(dir.resolve("submissions"));
        Files.writeString(subs.resolve("ada.java"), solution("0"));
        ExerciseCli inside = ExerciseCli.run("grade", "logistic-gradient", "--submissions", subs.toString(), "--out",
                subs.resolve("grades.csv").toString());
        assertEquals(2, inside.code(), inside.err());
        assertTrue(inside.err().contains("is inside --submissions"), inside.err());
        ExerciseCli txt = ExerciseCli.run("grade", "logistic-gradient", "--submissions", subs.toString(), "--out",
                dir.resolve("grades.txt").toString());
        assertEquals(2, txt.code(), txt.err());
        ExerciseCli none = ExerciseCli.run("grade", "logistic-gradient", "--submissions", dir.resolve("none").toString(),
                "--out", dir.resolve("grades.csv").toString());
        assertEquals(2, none.code(), none.err());
        ExerciseCli noBook = ExerciseCli.run("grade", "logistic-gradient", "--submissions", subs.toString(), "--out",
                dir.resolve("grades.csv").toString(), "--student", "ada");
        assertEquals(2, noBook.code(), noBook.err());
        assertFalse(Files.exists(dir.resolve("grades.csv")));
        ExerciseCli list = ExerciseCli.run("list", "--exercises", dir.resolve("none").toString());
        assertEquals(2, list.code(), list.err());
    }

    private static String[] args(String sub, String name, List<String> common, String... more) {
        List<String> a = new java.util.ArrayList<>(List.of(sub, name));
        a.addAll(common);
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }
}
