package org.hessianworkbench.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The statements an instructor hands out ({@code docs/exercises/}) exist for every exercise and say
 * what the workbench checks: the interface, the command, the loss in the derive syntax.
 */
class ExerciseStatementsTest {

    /** The repository's docs directory, from the module directory surefire runs in. */
    private static Path docs() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("docs/exercises"))) {
            p = p.getParent();
        }
        assertTrue(p != null, "docs/exercises not found above " + Path.of("").toAbsolutePath());
        return p.resolve("docs/exercises");
    }

    @Test
    void everyExerciseHasAStatementWithItsCommands() throws IOException {
        Path docs = docs();
        String readme = Files.readString(docs.resolve("README.md"));
        for (Exercise e : Exercise.values()) {
            Path statement = docs.resolve(e.cliName() + ".md");
            assertTrue(Files.isRegularFile(statement), statement.toString());
            String s = Files.readString(statement);
            for (String must : new String[] {e.kind().api().getSimpleName(), e.kind().signature(),
                "./workbench exercise check " + e.cliName() + " --solution " + e.className() + ".java",
                "--expr \"" + e.deriveExpression() + "\" --wrt " + e.deriveVariable()}) {
                assertTrue(s.contains(must), e.cliName() + ".md lacks: " + must);
            }
            assertTrue(readme.contains("(" + e.cliName() + ".md)"), "README.md links " + e.cliName());
        }
        for (Verdict v : Verdict.values()) {
            assertTrue(readme.contains("`" + v.cliName() + "`"), "README.md explains verdict " + v.cliName());
        }
        for (Hint h : Hint.values()) {
            assertTrue(readme.contains("`" + h.cliName() + "`"), "README.md explains hint " + h.cliName());
        }
    }
}
