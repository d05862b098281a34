package org.hessianworkbench.grading;

import org.hessianworkbench.derivatives.error.Message;

/**
 * The messages of the grading module: exercises, students' solutions, and the machinery that checks
 * them (a scratch directory, a compiler, a child JVM). What a solution does wrong is not an exception
 * but a result ({@code CheckResult}) with a verdict.
 */
public enum GradingMessages implements Message {

    /** An exercise name that is not one: the name given, the known names. */
    UNKNOWN_EXERCISE("unknown exercise '%s' (known: %s)"),
    /** A solution that is not a {@code .java} file: the file. */
    SOLUTION_NOT_JAVA("%s: a solution is a .java source file"),
    /** No solution file: the file. */
    SOLUTION_NOT_FOUND("%s: no such file"),
    /** A solution that is not a readable regular file: the file. */
    SOLUTION_NOT_READABLE("%s: not a readable file"),
    /** A solution too large to be one small class: the file. */
    SOLUTION_TOO_LARGE("%s: larger than 1 MB; a solution is one small class"),
    /** A solution that is not UTF-8 text: the file. */
    SOLUTION_NOT_UTF8("%s: not UTF-8 text"),
    /** Another read failure: the file, the I/O message. */
    SOLUTION_NOT_READ("%s: cannot read (%s)"),
    /** A bad exercise file: the file, the key, what is wrong. */
    EXERCISE_FILE_BAD("%s: %s: %s"),
    /** An exercise file without front matter: the file. */
    EXERCISE_FILE_NO_FRONT_MATTER("%s: no front matter: an exercise file begins with a line '---', the keys "
            + "(name, title, implement, loss, response), and a line '---'"),
    /** An exercise file that cannot be read: the file, the I/O message. */
    EXERCISE_FILE_NOT_READ("%s: cannot read (%s)"),
    /** A course folder that does not exist: the folder. */
    COURSE_NOT_FOUND("%s: no such folder of exercises"),
    /** A course folder without exercise files: the folder. */
    COURSE_EMPTY("%s: no exercise files (*.md) in this folder"),
    /** Two files of a course with the same exercise name: the name, both files. */
    EXERCISE_NAME_TWICE("exercise '%s' is defined twice: %s and %s"),
    /** A submissions folder that does not exist: the folder. */
    SUBMISSIONS_NOT_FOUND("%s: no such folder of submissions"),
    /** A submissions folder that cannot be listed: the folder, the I/O message. */
    SUBMISSIONS_NOT_READ("%s: cannot list (%s)"),
    /** A Java runtime without a compiler (a JRE). */
    NO_COMPILER("this Java runtime has no compiler (a JRE?): run the workbench with a JDK 17 or later"),

    // ------------------------------------------------------------------ internal failures

    /** The exercise API's classes cannot be located: the reason. */
    EXERCISE_API_NOT_FOUND("cannot locate the exercise API (%s)"),
    /** A scratch directory cannot be created: the I/O message. */
    SCRATCH_DIRECTORY_NOT_CREATED("cannot create a scratch directory (%s)"),
    /** The compiler's files cannot be written or read: the I/O message. */
    SOLUTION_NOT_COMPILED("cannot compile the solution (%s)"),
    /** The checking JVM cannot be started or its output read: the I/O message. */
    CHECKING_JVM_NOT_RUN("cannot run the checking JVM (%s)"),
    /** The wait for the checking JVM was interrupted. */
    CHECK_INTERRUPTED("interrupted while checking the solution"),
    /** The checking JVM's harness failed: its report (the exception and its stack, on one line). */
    HARNESS_FAILED("the exercise harness failed: %s"),
    /** The built-in course cannot be read (a broken build): the reason. */
    BUILT_IN_COURSE_NOT_READ("cannot read the built-in exercises (%s)"),
    /** A result that cannot be written as JSON (a bug): the serialiser's message. */
    RESULT_NOT_WRITTEN("the check's result cannot be written as JSON (%s)");

    private final String format;

    GradingMessages(String format) {
        this.format = format;
    }

    @Override
    public String format() {
        return format;
    }
}
