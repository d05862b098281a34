package org.hessianworkbench.grading.exercise;

import java.util.List;

/**
 * The result of checking one solution. The lists are immutable copies; the arrays are not copied
 * (a result is built once, from arrays nobody else holds, and only read).
 *
 * @param exercise       the exercise's name
 * @param solution       the solution's class name (the file name when it did not compile)
 * @param verdict        the verdict
 * @param tries          random cases tried (up to and including the first failing one)
 * @param seed           jqwik's seed: the same seed gives the same cases
 * @param counterexample the shrunk failing case (or the case in flight at a timeout), or null
 * @param expected       the reference answer at the counterexample (a gradient as one row), or null
 * @param got            the solution's answer there as returned (rows may be null or of any length), or null
 * @param differing      the entries that differ, {@code {row, column}} 0-based (empty unless wrong)
 * @param hint           what the wrong answer looks like, or null
 * @param message        one line: what happened
 * @param details        further lines: compiler errors, the solution's stack frames, or the JVM's last words
 * @param printed        what the solution printed on the counterexample (truncated), or null
 */
public record CheckResult(String exercise, String solution, Verdict verdict, int tries, long seed,
                          ExerciseCase counterexample, double[][] expected, double[][] got, List<int[]> differing,
                          Hint hint, String message, List<String> details, String printed) {

    /** A result; the lists are copied. */
    public CheckResult {
        differing = differing == null ? List.of() : List.copyOf(differing);
        details = details == null ? List.of() : List.copyOf(details);
    }

    /** Whether the solution passed. */
    public boolean passed() {
        return verdict == Verdict.PASS;
    }

    /** A result without a case (compile errors, a solution that is no solution, a timeout at start-up). */
    public static CheckResult withoutCase(String exercise, String solution, Verdict verdict, int tries, long seed,
                                   String message, List<String> details) {
        return new CheckResult(exercise, solution, verdict, tries, seed, null, null, null, List.of(), null, message,
                details, null);
    }
}
