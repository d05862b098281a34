package org.hessianworkbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.grading.exercise.ClassGrader;
import org.hessianworkbench.grading.exercise.ClassGrader.Row;
import org.hessianworkbench.grading.exercise.ClassGrader.Submission;
import org.hessianworkbench.grading.exercise.Course;
import org.hessianworkbench.grading.exercise.Exercise;
import org.hessianworkbench.report.Gradebook;
import org.hessianworkbench.report.ReportMessages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code workbench exercise grade NAME --submissions DIR --out grades.csv}: a class graded at once.
 * Every {@code .java} file or sub-folder of DIR is one student; each is checked as {@code exercise
 * check} does, several at a time, and the gradebook (one row per student) is written atomically; the
 * summary goes to standard output. {@code --student NAME} regrades one student and updates that row.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grade a class: every .java file or sub-folder of --submissions is one student's solution, checked "
                + "as 'exercise check' does, several at a time; writes the gradebook (.csv, .json, or .html: one page with a sortable table) and prints a "
                + "summary. Exit 0 when every submission was graded (whatever the verdicts), 2 bad input.")
final class GradeCommand implements Callable<Integer> {

    /** The time limit of each check by default, seconds (shorter than check's: a class has many). */
    static final int DEFAULT_TIMEOUT_SECONDS = 5;

    /** Random cases per submission by default. */
    static final int DEFAULT_TRIES = 200;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "the exercise (see 'exercise list')")
    String name;

    @Option(names = "--submissions", required = true, paramLabel = "DIR",
            description = "the class's folder: one .java file or one sub-folder per student")
    Path submissions;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the gradebook: .csv, .json or .html (one page, the table sortable)")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "submissions checked at a time (default: the cores)")
    Integer jobs;

    @Option(names = "--timeout", defaultValue = "" + DEFAULT_TIMEOUT_SECONDS, paramLabel = "SECONDS",
            description = "time limit of each check (default ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--tries", defaultValue = "" + DEFAULT_TRIES,
            description = "random cases per submission (default ${DEFAULT-VALUE})")
    int tries;

    @Option(names = "--seed", description = "the seed of the cases, the same for every student (default: a new one, "
            + "printed; with --student, the seed of that student's row)")
    Long seed;

    @Option(names = "--student", paramLabel = "NAME", description = "regrade this student only and update their row")
    String student;

    @Option(names = "--exercises", paramLabel = "DIR", description = ExerciseCommand.EXERCISES_HELP)
    Path exercises;

    @Override
    public Integer call() {
        Exercise e = Course.orBuiltIn(exercises).byName(name);
        int j = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (j < 1) {
            throw new BadInputException(CliErrors.JOBS_TOO_FEW, j);
        }
        if (tries < 1) {
            throw new BadInputException(CliErrors.TRIES_TOO_FEW, tries);
        }
        if (timeout < 1) {
            throw new BadInputException(CliErrors.TIMEOUT_TOO_SHORT, timeout);
        }
        Gradebook.format(out);
        Path root = submissions.toAbsolutePath().normalize();
        if (out.toAbsolutePath().normalize().startsWith(root)) {
            throw new BadInputException(CliErrors.GRADEBOOK_IN_SUBMISSIONS, out, submissions);
        }
        List<Submission> all = ClassGrader.submissions(submissions);
        List<Row> before = null;
        List<Submission> todo = all;
        long s;
        if (student != null) {
            before = Gradebook.read(out);
            todo = all.stream().filter(x -> x.student().equals(student)).toList();
            if (todo.isEmpty()) {
                throw new BadInputException(ReportMessages.STUDENT_NOT_FOUND, student, submissions);
            }
            Long rowSeed = before.stream().filter(r -> r.student().equals(student)).map(Row::seed).findFirst()
                    .orElse(before.isEmpty() ? null : before.get(0).seed());
            s = seed != null ? seed : rowSeed != null ? rowSeed : newSeed();
        } else {
            s = seed != null ? seed : newSeed();
        }
        var err = spec.commandLine().getErr();
        err.println(String.format(Locale.ROOT, "exercise %s: grading %d submission%s in %s, %d at a time (seed %d, "
                + "%d random cases, time limit %d s) ...", e.cliName(), todo.size(), todo.size() == 1 ? "" : "s",
                submissions, j, s, tries, timeout));
        long start = System.nanoTime();
        List<Row> graded = ClassGrader.grade(e, submissions, todo, j, tries, s, timeout, r -> {
            synchronized (err) {
                err.println(String.format(Locale.ROOT, "  %s: %s (%.1f s)", r.student(), r.verdict(), r.seconds()));
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Row> rows = graded;
        if (before != null) {
            rows = before;
            for (Row r : graded) {
                rows = Gradebook.update(rows, r);
            }
        }
        Gradebook.write(out, e.cliName(), rows, Pages.command(spec));
        var o = spec.commandLine().getOut();
        o.print(Gradebook.summary(e.cliName(), rows));
        o.println(String.format(Locale.ROOT, "graded %d submission%s in %.1f s; gradebook: %s", graded.size(),
                graded.size() == 1 ? "" : "s", seconds, out));
        return rows.stream().anyMatch(r -> r.verdict().equals(ClassGrader.GRADER_ERROR)) ? 3 : 0;
    }

    private static long newSeed() {
        return new java.util.Random().nextLong() >>> 1;
    }
}
