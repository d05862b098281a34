package org.hessianworkbench.grading.exercise;

/** The outcome of checking a solution; every verdict but {@link #PASS} is exit code 1. */
public enum Verdict {

    /** Every case agreed with the reference. */
    PASS("pass"),
    /** An answer differs from the reference: a counterexample, expected, got, the differing entries, a hint. */
    WRONG("wrong"),
    /** The file does not compile: the compiler's errors with file:line. */
    COMPILE_ERROR("compile-error"),
    /** It compiles but is no solution of this exercise: no public class, wrong interface, no public no-arg constructor. */
    NOT_A_SOLUTION("not-a-solution"),
    /** The solution threw (an exception or an error such as StackOverflowError) on the counterexample. */
    EXCEPTION("exception"),
    /**
     * The solution uses an API outside the sandbox's allowlist (files, processes, network, threads,
     * reflection, System.exit, ...): refused before it runs, naming the API and the source line.
     */
    FORBIDDEN("forbidden"),
    /** The solution returned null, or an array of the wrong length or with rows of the wrong length. */
    WRONG_SHAPE("wrong-shape"),
    /** The solution returned NaN or an infinity. */
    NOT_FINITE("not-finite"),
    /** The check ran past the time limit (an endless loop?). */
    TIMEOUT("timeout"),
    /**
     * The checking JVM ended without a result (System.exit and Runtime.halt are refused before the
     * solution runs, so this is the JVM failing, e.g. killed from outside).
     */
    EXITED("exited");

    private final String cliName;

    Verdict(String cliName) {
        this.cliName = cliName;
    }

    /** The name in reports, e.g. {@code compile-error}. */
    public String cliName() {
        return cliName;
    }

    /** The verdict with this report name. */
    static Verdict byName(String name) {
        for (Verdict v : values()) {
            if (v.cliName.equals(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verdict '" + name + "'");
    }
}
