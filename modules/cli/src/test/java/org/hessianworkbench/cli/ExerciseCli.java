package org.hessianworkbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.grading.exercise.TestSolutions;
import org.hessianworkbench.report.Json;
import picocli.CommandLine;

/**
 * Runs {@code workbench exercise ...} in-process with captured streams, with the error handling of
 * {@code WorkbenchCommand.run} (bad input: exit 2; internal error: exit 3), before and independently of the
 * command's registration in {@code Workbench}.
 */
record ExerciseCli(int code, String out, String err) {

    /** Runs {@code exercise} with these arguments (without the word "exercise"). */
    static ExerciseCli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ExerciseCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException) {
                commandLine.getErr().println("workbench " + commandLine.getCommandName() + ": error: " + ex.getMessage());
                return 2;
            }
            commandLine.getErr().println("workbench " + commandLine.getCommandName() + ": internal error: " + ex);
            return 3;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("workbench " + ex.getCommandLine().getCommandName() + ": error: "
                    + ex.getMessage());
            return 2;
        });
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return new ExerciseCli(code, out.toString(), err.toString());
    }

    /** Checks a test solution ({@link #resource}) as JSON. */
    static ExerciseCli check(String exercise, String name, String... more) {
        String[] args = new String[6 + more.length];
        args[0] = "check";
        args[1] = exercise;
        args[2] = "--solution";
        args[3] = resource(exercise, name).toString();
        args[4] = "--format";
        args[5] = "json";
        System.arraycopy(more, 0, args, 6, more.length);
        return run(args);
    }

    /** The file of a test solution (grading's test-jar: {@code TestSolutions}). */
    static Path resource(String exercise, String name) {
        return TestSolutions.path(exercise, name);
    }

    /** The output as JSON. */
    JsonNode json() {
        try {
            return Json.mapper().readTree(out);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + out + err, e);
        }
    }
}
