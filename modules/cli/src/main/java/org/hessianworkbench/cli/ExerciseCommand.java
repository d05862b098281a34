package org.hessianworkbench.cli;

import org.hessianworkbench.report.ExerciseHtml;
import org.hessianworkbench.report.ExerciseRenderer;
import org.hessianworkbench.grading.exercise.CheckResult;
import org.hessianworkbench.grading.exercise.Course;
import org.hessianworkbench.grading.exercise.Exercise;
import org.hessianworkbench.grading.exercise.ExerciseChecker;
import org.hessianworkbench.grading.exercise.SolutionCompiler;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hessianworkbench.derivatives.error.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code workbench exercise}: coursework exercises. The student writes a derivative in Java against
 * the exercise API; {@code check} compiles it, runs it in a separate JVM with a time limit, and
 * compares it with automatic differentiation on random cases, reporting the shrunk counterexample.
 */
@Command(name = "exercise", mixinStandardHelpOptions = true,
        description = "Exercises for coursework: write a gradient or Hessian in Java, the workbench checks it against "
                + "automatic differentiation on random cases and shows the smallest counterexample.",
        subcommands = {ExerciseCommand.ListExercises.class, ExerciseCommand.ShowExercise.class,
            ExerciseCommand.CheckSolution.class, GradeCommand.class})
public final class ExerciseCommand implements Callable<Integer> {

    /** Random cases per check by default. */
    public static final int DEFAULT_TRIES = 1000;

    /** The checking JVM's time limit by default, seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 20;

    /** The help of {@code --exercises}. */
    static final String EXERCISES_HELP = "a course: the folder of exercise files (default: the workbench's own exercises/)";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Missing subcommand: list, show NAME, check NAME --solution FILE or grade NAME --submissions DIR --out FILE");
    }

    /** Formats of {@code exercise show}. */
    enum ShowFormat {
        /** For a terminal. */
        TEXT,
        /** One self-contained HTML page. */
        HTML
    }

    /** {@code workbench exercise list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "The exercises, with the interface each implements.")
    static final class ListExercises implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--format", defaultValue = "text", description = "text, json or html")
        ExerciseRenderer.Output format;

        @Option(names = "--exercises", paramLabel = "DIR", description = EXERCISES_HELP)
        Path exercises;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(format == ExerciseRenderer.Output.HTML
                    ? ExerciseHtml.list(Course.orBuiltIn(exercises).exercises(), Pages.command(spec))
                    : ExerciseRenderer.list(Course.orBuiltIn(exercises).exercises(), format));
            return 0;
        }
    }

    /** {@code workbench exercise show NAME}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "An exercise: the loss, what to implement, the cases, and the commands that check a solution "
                    + "and typed answers.")
    static final class ShowExercise implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "the exercise (see 'exercise list')")
        String name;

        @Option(names = "--exercises", paramLabel = "DIR", description = EXERCISES_HELP)
        Path exercises;

        @Option(names = "--format", defaultValue = "text", description = "text (default) or html")
        ShowFormat format;

        @Override
        public Integer call() {
            Exercise e = Course.orBuiltIn(exercises).byName(name);
            Path statement = exercises == null ? Path.of(Course.FOLDER, e.fileName())
                    : Path.of(e.statementPath());
            spec.commandLine().getOut().print(format == ShowFormat.HTML
                    ? ExerciseHtml.show(e, statement, SolutionCompiler.apiLocation(), Pages.command(spec))
                    : ExerciseRenderer.show(e, statement, SolutionCompiler.apiLocation()));
            return 0;
        }
    }

    /** {@code workbench exercise check NAME --solution FILE}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Compile a solution (one .java file), run it in a separate JVM with a time limit, and compare it "
                    + "with automatic differentiation on random cases (jqwik). Exit 0 pass, 1 any failure, 2 bad input.")
    static final class CheckSolution implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "the exercise (see 'exercise list')")
        String name;

        @Option(names = "--solution", required = true, paramLabel = "FILE", description = "the solution's .java file")
        Path solution;

        @Option(names = "--tries", defaultValue = "" + DEFAULT_TRIES,
                description = "random cases (default ${DEFAULT-VALUE})")
        int tries;

        @Option(names = "--seed", description = "jqwik's random seed (default: a new one, printed)")
        Long seed;

        @Option(names = "--timeout", defaultValue = "" + DEFAULT_TIMEOUT_SECONDS, paramLabel = "SECONDS",
                description = "time limit of the checking JVM (default ${DEFAULT-VALUE})")
        int timeout;

        @Option(names = "--format", defaultValue = "text", description = "text, json or html")
        ExerciseRenderer.Output format;

        @Option(names = "--exercises", paramLabel = "DIR", description = EXERCISES_HELP)
        Path exercises;

        @Override
        public Integer call() {
            Exercise e = Course.orBuiltIn(exercises).byName(name);
            if (tries < 1) {
                throw new BadInputException(CliErrors.TRIES_TOO_FEW, tries);
            }
            if (timeout < 1) {
                throw new BadInputException(CliErrors.TIMEOUT_TOO_SHORT, timeout);
            }
            long s = seed != null ? seed : new java.util.Random().nextLong() >>> 1;
            spec.commandLine().getErr().println(String.format(Locale.ROOT,
                    "exercise %s: checking %s on up to %d random cases (seed %d, time limit %d s) ...", e.cliName(),
                    solution, tries, s, timeout));
            CheckResult r = ExerciseChecker.check(e, solution, tries, s, timeout);
            spec.commandLine().getOut().print(format == ExerciseRenderer.Output.HTML
                    ? ExerciseHtml.check(e, r, solution, Pages.command(spec)) : ExerciseRenderer.render(e, r, format, solution));
            return r.passed() ? 0 : 1;
        }
    }
}
