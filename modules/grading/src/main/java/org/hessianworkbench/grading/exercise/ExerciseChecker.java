package org.hessianworkbench.grading.exercise;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.derivatives.error.InternalException;
import org.hessianworkbench.grading.GradingMessages;

/**
 * Checks one solution file: reads it, compiles it ({@link SolutionCompiler}), checks its bytecode
 * against the sandbox's allowlist ({@link SolutionAllowlist}: a forbidden use is refused before
 * anything of it runs), runs it in a separate JVM against the reference on random cases
 * ({@link SolutionRunner}), and cleans up its scratch directory. Stateless.
 */
public final class ExerciseChecker {

    /** Largest solution file accepted. */
    static final long MAX_SOURCE_BYTES = 1 << 20;

    private ExerciseChecker() {
    }

    /**
     * Checks {@code solution} for exercise {@code e}.
     *
     * @param e              the exercise
     * @param solution       the {@code .java} file
     * @param tries          random cases, at least 1
     * @param seed           jqwik's seed
     * @param timeoutSeconds the time limit of the checking JVM, at least 1
     * @return the result; never throws for anything the solution does
     * @throws BadInputException when the file is missing, unreadable, not {@code .java}, or not UTF-8 text
     */
    public static CheckResult check(Exercise e, Path solution, int tries, long seed, int timeoutSeconds) {
        return check(e, solution, tries, seed, timeoutSeconds, null);
    }

    /**
     * As {@link #check(Exercise, Path, int, long, int)}, with the scratch directory made in {@code
     * scratch} (null: the system's temporary directory).
     */
    static CheckResult check(Exercise e, Path solution, int tries, long seed, int timeoutSeconds, Path scratch) {
        String source = read(solution);
        Path work;
        try {
            work = scratch == null ? Files.createTempDirectory("workbench-exercise")
                    : Files.createTempDirectory(scratch, "workbench-exercise");
        } catch (IOException ex) {
            throw new InternalException(ex, GradingMessages.SCRATCH_DIRECTORY_NOT_CREATED, ex.getMessage());
        }
        try {
            Path classes = work.resolve("classes");
            SolutionCompiler.Compilation c = SolutionCompiler.compile(e.kind(), solution, source, classes);
            String file = solution.getFileName().toString();
            if (!c.ok()) {
                return CheckResult.withoutCase(e.cliName(), file, c.failure(), 0, seed, c.message(), c.errors());
            }
            List<SolutionAllowlist.Use> forbidden = SolutionAllowlist.check(classes);
            if (!forbidden.isEmpty()) {
                return CheckResult.withoutCase(e.cliName(), c.className(), Verdict.FORBIDDEN, 0, seed,
                        forbiddenMessage(forbidden), forbidden.stream().limit(SolutionAllowlist.MAX_USES)
                                .map(SolutionAllowlist.Use::describe).toList());
            }
            return SolutionRunner.run(e, c.className(), file, classes, work, tries, seed, timeoutSeconds);
        } finally {
            delete(work);
        }
    }

    /** {@code the solution uses java.lang.ProcessBuilder.start (Hostile.java:9), which solutions may not use ...}. */
    static String forbiddenMessage(List<SolutionAllowlist.Use> forbidden) {
        int more = forbidden.size() - 1;
        return "the solution uses " + forbidden.get(0).describe() + (more == 0 ? "" : " (and " + more + " more forbidden "
                + (more == 1 ? "use" : "uses") + ")") + ": a solution may use only java.lang basics (Math, String, "
                + "StringBuilder, boxed numbers, exceptions, System.out), java.util collections, java.util.function, "
                + "the exercise API, FastMath and org.hipparchus.special; it was not run";
    }

    private static String read(Path solution) {
        String name = solution.getFileName() == null ? "" : solution.getFileName().toString();
        if (!name.endsWith(".java")) {
            throw new BadInputException(GradingMessages.SOLUTION_NOT_JAVA, solution);
        }
        if (!Files.exists(solution)) {
            throw new BadInputException(GradingMessages.SOLUTION_NOT_FOUND, solution);
        }
        if (!Files.isRegularFile(solution) || !Files.isReadable(solution)) {
            throw new BadInputException(GradingMessages.SOLUTION_NOT_READABLE, solution);
        }
        try {
            if (Files.size(solution) > MAX_SOURCE_BYTES) {
                throw new BadInputException(GradingMessages.SOLUTION_TOO_LARGE, solution);
            }
            return Files.readString(solution, StandardCharsets.UTF_8);
        } catch (CharacterCodingException ex) {
            throw new BadInputException(ex, GradingMessages.SOLUTION_NOT_UTF8, solution);
        } catch (IOException ex) {
            throw new BadInputException(ex, GradingMessages.SOLUTION_NOT_READ, solution, ex.getMessage());
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a scratch file: the system cleans up its temporary directory
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
