package org.hessianworkbench.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.exercise.api.GradientSolution;
import org.hessianworkbench.grading.GradingMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exercise files: the front matter read into an exercise, and each kind of bad file refused in one line. */
class ExerciseFileTest {

    private static final String POISSON_SCORE = """
            ---
            name: poisson-score
            title: The gradient of the Poisson regression loss
            implement: gradient            # gradient | hessian | product-hessian
            loss: exp(eta) - y*eta
            response: count
            domain: {x: [-1, 1], beta: [-0.5, 1.5]}
            sizes: {n: [2, 4], p: 2}
            hints:
              - name: forgot-the-response
                loss: exp(eta)
                message: the response term -y*eta is missing
            ---
            Statement in *Markdown*.
            """;

    /** The repository's top-level exercises/ folder, from the module directory surefire runs in. */
    static Path projectCourse() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve(Course.FOLDER))) {
            p = p.getParent();
        }
        assertTrue(p != null, "exercises/ not found above " + Path.of("").toAbsolutePath());
        return p.resolve(Course.FOLDER);
    }

    @Test
    void theFrontMatterDefinesTheExercise() {
        Exercise e = ExerciseFile.parse(POISSON_SCORE, "poisson-score.md", null);
        assertEquals("poisson-score", e.cliName());
        assertEquals(ExerciseKind.GRADIENT, e.kind());
        assertEquals(Cases.Response.COUNT, e.response());
        assertEquals(new Exercise.Domain(-1, 1, -0.5, 1.5, Double.NaN, Double.NaN), e.domain());
        assertEquals(new Exercise.Sizes(2, 4, 2, 2), e.sizes());
        assertEquals("Statement in *Markdown*.", e.statement());
        assertEquals("exp(eta) - y*eta", e.deriveExpression());
        assertEquals(1, e.hints().size());
        // the reference is AD of the loss: X'(exp(eta) - y) at one row x = (1, 2), beta = (0, 0), y = 3
        ExerciseCase c = new ExerciseCase(new double[][] {{1, 2}}, null, new double[] {3}, new double[] {0, 0});
        double[][] g = e.reference(c);
        assertEquals(-2, g[0][0], 1e-15);
        assertEquals(-4, g[0][1], 1e-15);
    }

    @Test
    void anInstructorsHintNamesTheWrongVariant() {
        Exercise e = ExerciseFile.parse(POISSON_SCORE, "poisson-score.md", null);
        GradientSolution forgot = Solutions.gradient((eta, y) -> Math.exp(eta));
        ExerciseCase c = new ExerciseCase(new double[][] {{1, 0.5}, {-1, 1}}, null, new double[] {3, 1},
                new double[] {0.5, -0.5});
        double[][] got = {forgot.gradient(c.x1(), c.y(), c.beta())};
        Hint h = Hint.classify(e, c, e.reference(c), got);
        assertEquals("forgot-the-response", h.cliName());
        assertEquals("the response term -y*eta is missing", h.advice());
        assertNull(Hint.classify(e, c, e.reference(c), e.reference(c)));
    }

    @Test
    void casesStayInTheFilesDomainAndSizes() {
        Exercise e = ExerciseFile.parse(POISSON_SCORE, "poisson-score.md", null);
        Cases.of(e, false).sampleStream().limit(200).forEach(c -> {
            assertTrue(c.n() >= 2 && c.n() <= 4 && c.p1() == 2, c.toString());
            for (double[] row : c.x1()) {
                for (double v : row) {
                    assertTrue(v >= -1 && v <= 1, c.toString());
                }
            }
            for (double b : c.beta()) {
                assertTrue(b >= -0.5 && b <= 1.5, c.toString());
            }
        });
    }

    @Test
    void theBuiltInCourseIsTheProjectsFolder() {
        Course folder = Course.of(projectCourse());
        assertEquals(folder.names(), Course.builtIn().names(), "the jar's copy of exercises/ is stale: rebuild");
        assertTrue(folder.names().size() >= 5, folder.names().toString());
        assertSame(Exercise.byName("logistic-hessian"), Exercise.byName("logistic-hessian"));
        for (Exercise e : folder.exercises()) {
            assertTrue(!e.statement().isEmpty(), e.cliName() + " has a statement");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no front matter      | name: x                           | front matter",
        "missing name         | ---;title: t;implement: gradient;loss: eta;response: real;--- | name: missing",
        "bad name             | ---;name: Big Name;title: t;implement: gradient;loss: eta;response: real;--- | name: 'Big Name'",
        "bad kind             | ---;name: a;title: t;implement: jacobian;loss: eta;response: real;--- | implement: 'jacobian' is not one of",
        "bad response         | ---;name: a;title: t;implement: gradient;loss: eta;response: counts;--- | response: 'counts'",
        "typo in the loss     | ---;name: a;title: t;implement: gradient;loss: exp(eta) - z*eta;response: count;--- | loss:",
        "unknown key          | ---;name: a;title: t;implement: gradient;loss: eta;response: real;level: 2;--- | level: unknown key",
        "bad domain           | ---;name: a;title: t;implement: gradient;loss: eta;response: real;domain: {x: [1, -1]};--- | domain.x:",
        "bad sizes            | ---;name: a;title: t;implement: gradient;loss: eta;response: real;sizes: {n: 0};--- | sizes.n:",
        "hint without message | ---;name: a;title: t;implement: gradient;loss: eta;response: real;hints: [{name: h, loss: 2*eta}];--- | hints[1].message: missing",
        "not YAML             | ---;name: [a;--- | front matter: not YAML"})
    void aBadFileIsOneLineNamingTheFileAndTheKey(String what, String text, String expected, @TempDir Path dir)
            throws IOException {
        Path f = dir.resolve("bad.md");
        Files.writeString(f, text.replace(';', '\n') + "\nstatement\n");
        BadInputException ex = assertThrows(BadInputException.class, () -> ExerciseFile.read(f), what);
        String m = ex.getMessage();
        assertTrue(m.startsWith(f + ": ") && m.contains(expected) && m.lines().count() == 1, what + ": " + m);
    }

    @Test
    void twoFilesOfOneNameAreRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), POISSON_SCORE);
        Files.writeString(dir.resolve("b.md"), POISSON_SCORE);
        Files.writeString(dir.resolve("README.md"), "not an exercise\n");
        BadInputException ex = assertThrows(BadInputException.class, () -> Course.of(dir));
        assertEquals(GradingMessages.EXERCISE_NAME_TWICE, ex.key());
        Files.delete(dir.resolve("b.md"));
        assertEquals(java.util.List.of("poisson-score"), Course.of(dir).names());
        assertEquals(GradingMessages.COURSE_NOT_FOUND,
                assertThrows(BadInputException.class, () -> Course.of(dir.resolve("none"))).key());
    }
}
