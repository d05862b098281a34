package org.hessianworkbench.grading.exercise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.grading.GradingMessages;

/**
 * Grades a class: every {@code .java} file or sub-folder of a submissions folder is one student's
 * submission, checked like {@code exercise check} ({@link ExerciseChecker}, each in its own JVM),
 * several at a time. One bad submission never stops the others: whatever a submission is or does,
 * it becomes one row. Stateless.
 */
public final class ClassGrader {

    /** The verdict of a row whose submission the grader itself failed on (not the student's doing). */
    public static final String GRADER_ERROR = "grader-error";

    private static final Pattern IMPLEMENTS = Pattern.compile("\\bimplements\\b[^{]*\\b%s\\b");

    private ClassGrader() {
    }

    /**
     * One student's submission.
     *
     * @param student the file's name without {@code .java}, or the sub-folder's name
     * @param path    the {@code .java} file or the sub-folder
     */
    public record Submission(String student, Path path) {
    }

    /**
     * One row of the gradebook.
     *
     * @param student        the student
     * @param file           the solution file graded, relative to the submissions folder (empty when none)
     * @param verdict        the verdict's name ({@link Verdict#cliName()}), or {@value #GRADER_ERROR}
     * @param hint           the hint's name, or empty
     * @param counterexample the counterexample on one line, or empty
     * @param seed           the seed of the cases
     * @param seconds        the wall time of this submission's check
     * @param message        one line: what happened
     */
    public record Row(String student, String file, String verdict, String hint, String counterexample, long seed,
                      double seconds, String message) {

        /** Whether the submission passed. */
        public boolean passed() {
            return Verdict.PASS.cliName().equals(verdict);
        }
    }

    /**
     * The submissions in {@code dir}, by student name: each {@code .java} file and each sub-folder
     * (hidden entries and other files are not submissions).
     *
     * @throws BadInputException when {@code dir} is not a folder or cannot be listed
     */
    public static List<Submission> submissions(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(GradingMessages.SUBMISSIONS_NOT_FOUND, dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Submission> subs = new ArrayList<>();
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    subs.add(new Submission(name, p));
                } else if (name.endsWith(".java") && name.length() > ".java".length()) {
                    subs.add(new Submission(name.substring(0, name.length() - ".java".length()), p));
                }
            }
            subs.sort(Comparator.comparing(Submission::student));
            return subs;
        } catch (IOException ex) {
            throw new BadInputException(ex, GradingMessages.SUBMISSIONS_NOT_READ, dir, ex.getMessage());
        }
    }

    /**
     * Grades the submissions, up to {@code jobs} at a time.
     *
     * @param e        the exercise
     * @param root     the submissions folder (files are named relative to it)
     * @param subs     the submissions
     * @param jobs     checks at a time, at least 1
     * @param tries    random cases per check
     * @param seed     the seed of every check (every student gets the same cases)
     * @param timeout  each check's time limit, seconds
     * @param progress called with each row as it is graded (from the grading threads)
     * @return the rows, in the order of {@code subs}
     */
    public static List<Row> grade(Exercise e, Path root, List<Submission> subs, int jobs, int tries, long seed,
                                  int timeout, Consumer<Row> progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, Math.max(1, subs.size()))), r -> {
            Thread t = new Thread(r, "grade");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Row>> futures = new ArrayList<>();
            for (Submission s : subs) {
                futures.add(pool.submit(() -> {
                    Row row = gradeOne(e, root, s, tries, seed, timeout);
                    progress.accept(row);
                    return row;
                }));
            }
            List<Row> rows = new ArrayList<>();
            for (Future<Row> f : futures) {
                rows.add(f.get());
            }
            return rows;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while grading", ex);
        } catch (ExecutionException ex) {
            throw new IllegalStateException("grading failed", ex.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Grades one submission; never throws for anything the submission is or does. */
    static Row gradeOne(Exercise e, Path root, Submission s, int tries, long seed, int timeout) {
        long start = System.nanoTime();
        Path file = s.path();
        try {
            if (Files.isDirectory(file)) {
                Object found = solutionIn(e, file);
                if (found instanceof String why) {
                    return new Row(s.student(), "", Verdict.NOT_A_SOLUTION.cliName(), "", "", seed,
                            seconds(start), why);
                }
                file = (Path) found;
            }
            CheckResult r = ExerciseChecker.check(e, file, tries, seed, timeout);
            return new Row(s.student(), relative(root, file), r.verdict().cliName(),
                    r.hint() == null ? "" : r.hint().cliName(),
                    r.counterexample() == null ? "" : r.counterexample().toString(), seed, seconds(start),
                    oneLine(r.message()));
        } catch (BadInputException ex) {
            // an unreadable, oversized or non-UTF-8 file: the student's submission is no solution
            return new Row(s.student(), relative(root, file), Verdict.NOT_A_SOLUTION.cliName(), "", "", seed,
                    seconds(start), oneLine(ex.getMessage()));
        } catch (RuntimeException ex) {
            return new Row(s.student(), relative(root, file), GRADER_ERROR, "", "", seed, seconds(start),
                    oneLine(String.valueOf(ex.getMessage())));
        }
    }

    /**
     * The solution file in a student's folder: its only {@code .java} file, or the one whose class
     * implements the exercise's interface; or, as a String, why there is none.
     */
    private static Object solutionIn(Exercise e, Path dir) {
        List<Path> java;
        try (Stream<Path> s = Files.walk(dir, 4)) {
            java = s.filter(p -> p.getFileName().toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException ex) {
            return "cannot list the folder (" + ex.getMessage() + ")";
        }
        if (java.isEmpty()) {
            return "the folder holds no .java file";
        }
        if (java.size() == 1) {
            return java.get(0);
        }
        String api = e.kind().api().getSimpleName();
        Pattern implementsApi = Pattern.compile(String.format(Locale.ROOT, IMPLEMENTS.pattern(), api));
        List<Path> implementing = new ArrayList<>();
        for (Path p : java) {
            try {
                if (Files.size(p) <= ExerciseChecker.MAX_SOURCE_BYTES
                        && implementsApi.matcher(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)).find()) {
                    implementing.add(p);
                }
            } catch (IOException ignored) {
                // unreadable: not the solution
            }
        }
        if (implementing.size() == 1) {
            return implementing.get(0);
        }
        return implementing.isEmpty()
                ? "none of the folder's " + java.size() + " .java files has a class that implements " + api
                : implementing.size() + " of the folder's .java files have a class that implements " + api
                        + ": keep one";
    }

    private static String relative(Path root, Path file) {
        try {
            return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                    .replace('\\', '/');
        } catch (IllegalArgumentException ex) {
            return file.toString();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
