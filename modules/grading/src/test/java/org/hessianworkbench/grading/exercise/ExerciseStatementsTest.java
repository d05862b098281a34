package org.hessianworkbench.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The statements an instructor hands out ({@code docs/exercises/}) exist for the project's first
 * exercises and say what the workbench checks: the interface, the command, the loss in the derive
 * syntax; every exercise file's own statement names the interface and the method.
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
            assertTrue(e.statement().contains(e.kind().api().getSimpleName()), e.cliName() + " names its interface");
            assertTrue(e.statement().contains(e.kind().signature()), e.cliName() + " gives the method");
        }
        for (Exercise e : Solutions.HAND_WRITTEN) {
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
