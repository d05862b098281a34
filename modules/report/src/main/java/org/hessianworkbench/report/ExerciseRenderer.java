package org.hessianworkbench.report;

import org.hessianworkbench.grading.exercise.Cases;
import org.hessianworkbench.grading.exercise.CheckResult;
import org.hessianworkbench.grading.exercise.Exercise;
import org.hessianworkbench.grading.exercise.ExerciseCase;
import org.hessianworkbench.grading.exercise.ExerciseKind;
import org.hessianworkbench.grading.exercise.ResultJson;
import org.hessianworkbench.grading.exercise.Trial;
import org.hessianworkbench.grading.exercise.Verdict;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.report.Fmt;
import org.hessianworkbench.report.Json;
import org.hessianworkbench.report.TextTable;

/** Renders the catalogue, one exercise's summary, and check results, as text or JSON. */
public final class ExerciseRenderer {

    /** Output formats of the exercise commands. */
    public enum Output {
        /** For a terminal. */
        TEXT,
        /** For programs. */
        JSON,
        /** One self-contained HTML page ({@link ExerciseHtml}). */
        HTML
    }

    /** Differing entries listed at most. */
    static final int MAX_DIFFERING_SHOWN = 8;

    /** Lines of the solution's output shown in text. */
    static final int MAX_PRINTED_LINES = 20;

    /** Significant digits of numbers in text. */
    static final int DIGITS = 6;

    private ExerciseRenderer() {
    }

    /** The project's catalogue. */
    public static String list(Output format) {
        return list(Exercise.values(), format);
    }

    /** The catalogue of a course. */
    public static String list(List<Exercise> exercises, Output format) {
        if (format == Output.JSON) {
            ArrayNode a = Json.mapper().createArrayNode();
            for (Exercise e : exercises) {
                ObjectNode o = a.addObject();
                o.put("name", e.cliName());
                o.put("interface", e.kind().api().getName());
                o.put("title", e.title());
                o.put("statement", e.statementPath());
            }
            return Json.document("exercises", a);
        }
        if (format == Output.HTML) {
            return ExerciseHtml.list(exercises, "workbench exercise list --format html");
        }
        int name = "exercise".length();
        int api = "implement".length();
        for (Exercise e : exercises) {
            name = Math.max(name, e.cliName().length());
            api = Math.max(api, e.kind().api().getSimpleName().length());
        }
        String row = "  %-" + name + "s  %-" + api + "s  %s\n";
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, row, "exercise", "implement", "what"));
        for (Exercise e : exercises) {
            b.append(String.format(Locale.ROOT, row, e.cliName(), e.kind().api().getSimpleName(), e.title()));
        }
        return b
                + "\nStatements and details: ./workbench exercise show NAME.\n"
                + "Check a solution: ./workbench exercise check NAME --solution MySolution.java\n";
    }

    /**
     * One exercise: the loss, what to implement, the cases, and the commands that check a solution
     * and typed answers.
     *
     * @param statement the statement file when found, else null
     * @param api       where the exercise API's classes are
     */
    public static String show(Exercise e, Path statement, Path api) {
        StringBuilder b = new StringBuilder();
        b.append(e.cliName()).append(": ").append(e.title()).append("\n\n");
        boolean product = e.kind() == ExerciseKind.PRODUCT_HESSIAN;
        boolean residual = e.kind() == ExerciseKind.GAUSS_NEWTON;
        b.append(residual ? "The residual of observation i:\n  " : "The loss of observation i:\n  ")
                .append(product ? "l(yhat; y) = " : residual ? "r(eta; y) = "
                        : e.kind() == ExerciseKind.MULTINOMIAL_HESSIAN ? "l(eta1, eta2; y) = " : "l(eta; y) = ")
                .append(e.lossText()).append(product ? ",  yhat = f1*f2,  f1 = x1_i'beta1,  f2 = x2_i'beta2" : "")
                .append('\n');
        b.append(product ? "with x1_i, x2_i the rows i of x1, x2 and beta = (beta1, beta2) concatenated.\n"
                : e.kind() == ExerciseKind.MULTINOMIAL_HESSIAN
                        ? "with eta1 = x_i'beta1, eta2 = x_i'beta2, x_i the row i of x and beta = (beta1, beta2).\n"
                        : "with eta = x_i'beta, x_i the row i of x.\n");
        b.append(residual ? "The objective: f(beta) = 1/2 sum over i of r(eta_i; y_i)^2.\n\n"
                : "The objective: f(beta) = sum over i of l(" + (product ? "f1*f2" : "eta_i") + "; y_i).\n\n");
        b.append("Implement ").append(e.kind().api().getName()).append(":\n  ").append(e.kind().signature())
                .append("\nreturning ").append(e.task()).append(".\n\n");
        b.append("Cases: ").append(e.casesText()).append(".\n\n");
        b.append("Check a solution (one .java file, one public class with a public no-argument constructor):\n  ")
                .append(e.checkCommand()).append(" [--tries N] [--seed S] [--timeout SECONDS] [--format text|json]\n");
        b.append("Check a typed answer for a scalar derivative of the loss:\n");
        for (String[] t : e.typedAnswers()) {
            b.append("  ").append(t[0]).append(":\n    ").append(t[1]).append('\n');
        }
        b.append("Compile against: ").append(api).append('\n');
        b.append("Statement: ").append(statement != null ? statement : e.statementPath()).append('\n');
        if (!e.statement().isEmpty()) {
            b.append('\n').append(e.statement()).append('\n');
        }
        return b.toString();
    }

    /**
     * A check result.
     *
     * @param solution the solution file as the user gave it (for the command that reproduces the check)
     */
    public static String render(CheckResult r, Output format, Path solution) {
        return render(Exercise.byName(r.exercise()), r, format, solution);
    }

    /**
     * A check result of an exercise of any course.
     *
     * @param solution the solution file as the user gave it (for the command that reproduces the check)
     */
    public static String render(Exercise e, CheckResult r, Output format, Path solution) {
        if (format == Output.JSON) {
            return Json.document(ResultJson.toJson(r, false));
        }
        if (format == Output.HTML) {
            return ExerciseHtml.check(e, r, solution, "workbench exercise check " + r.exercise() + " --solution " + solution
                    + " --seed " + r.seed() + " --format html");
        }
        StringBuilder b = new StringBuilder();
        b.append("exercise ").append(r.exercise()).append(", solution ").append(r.solution()).append(": ")
                .append(r.verdict().cliName().toUpperCase(Locale.ROOT)).append('\n');
        b.append("  ").append(r.message());
        boolean ran = r.tries() > 0 || r.counterexample() != null;
        if (r.passed()) {
            b.append(String.format(Locale.ROOT, " (seed %d)", r.seed()));
        } else if (ran) {
            b.append(String.format(Locale.ROOT, " (after %d random case%s, seed %d)", r.tries(), r.tries() == 1 ? "" : "s",
                    r.seed()));
        }
        b.append('\n');
        if (r.verdict() == Verdict.COMPILE_ERROR) {
            r.details().stream().skip(1).forEach(d -> b.append("  ").append(d).append('\n'));
        }
        if (r.verdict() == Verdict.FORBIDDEN && r.details().size() > 1) {
            b.append("\nEvery forbidden use (the solution was not run):\n");
            r.details().forEach(d -> b.append("  ").append(d).append('\n'));
        }
        if (r.verdict() == Verdict.EXITED && !r.details().isEmpty()) {
            b.append("\nThe JVM's last output:\n");
            r.details().forEach(d -> b.append("  ").append(d).append('\n'));
        }
        if (r.counterexample() != null) {
            b.append(r.verdict() == Verdict.TIMEOUT || r.verdict() == Verdict.EXITED ? "\nThe case it was running on:\n"
                    : "\nThe smallest counterexample (shrunk by jqwik):\n");
            b.append(counterexample(r.counterexample(), e.kind() == ExerciseKind.MULTINOMIAL_HESSIAN));
        }
        if (r.expected() != null) {
            b.append("\nexpected (automatic differentiation of the loss):\n").append(answer(e.kind(), r.expected()));
        }
        if (r.got() != null) {
            b.append("got:\n").append(answer(e.kind(), r.got()));
        }
        if (!r.differing().isEmpty()) {
            b.append("\ndiffering entries:\n");
            for (int[] d : r.differing().subList(0, Math.min(MAX_DIFFERING_SHOWN, r.differing().size()))) {
                double x = r.expected()[d[0]][d[1]];
                double g = r.got()[d[0]][d[1]];
                boolean same = num(x).equals(num(g));
                b.append("  ").append(Trial.entry(e.kind(), d[0], d[1])).append(": expected ")
                        .append(same ? Double.toString(x) : num(x)).append(", got ").append(same ? Double.toString(g) : num(g))
                        .append('\n');
            }
            if (r.differing().size() > MAX_DIFFERING_SHOWN) {
                b.append("  ... and ").append(r.differing().size() - MAX_DIFFERING_SHOWN).append(" more\n");
            }
        }
        if (r.verdict() == Verdict.EXCEPTION && !r.details().isEmpty()) {
            b.append("\nwhere, in the solution:\n");
            r.details().forEach(d -> b.append("  ").append(d).append('\n'));
        }
        if (r.hint() != null) {
            b.append("\nhint (").append(r.hint().cliName()).append("): ").append(r.hint().advice()).append('\n');
        }
        if (r.printed() != null) {
            b.append("\nThe solution printed (on this case):\n");
            List<String> lines = r.printed().lines().toList();
            lines.stream().limit(MAX_PRINTED_LINES).forEach(l -> b.append("  | ").append(l).append('\n'));
            if (lines.size() > MAX_PRINTED_LINES) {
                b.append("  | ... (").append(lines.size() - MAX_PRINTED_LINES).append(" more lines)\n");
            }
        }
        if (!r.passed() && ran) {
            b.append("\nReproduce: ./workbench exercise check ").append(r.exercise()).append(" --solution ")
                    .append(solution).append(" --seed ").append(r.seed()).append('\n');
        }
        return b.toString();
    }

    /** The case as the solution received it ({@code oneDesign}: a multinomial case's classes share x). */
    private static String counterexample(ExerciseCase c, boolean oneDesign) {
        StringBuilder b = new StringBuilder();
        if (c.product() && !oneDesign) {
            b.append("  x1   = ").append(matrix(c.x1())).append('\n');
            b.append("  x2   = ").append(matrix(c.x2())).append('\n');
        } else {
            b.append("  x    = ").append(matrix(c.x1())).append('\n');
        }
        b.append("  y    = ").append(vector(c.y())).append('\n');
        b.append("  beta = ").append(vector(c.beta()));
        if (c.product()) {
            b.append(String.format(Locale.ROOT, "   (beta1 = beta[0..%d), beta2 = beta[%d..%d))", c.p1(), c.p1(),
                    c.p1() + c.p2()));
        }
        return b.append('\n').toString();
    }

    /** An answer as a table indexed like the student's array; ragged or null rows as they are. */
    private static String answer(ExerciseKind kind, double[][] m) {
        int width = 0;
        for (double[] row : m) {
            width = Math.max(width, row == null ? 0 : row.length);
        }
        if (m.length == 0 || width == 0) {
            return "  " + (m.length == 0 ? "(an empty array)" : Arrays.deepToString(m)) + '\n';
        }
        String[] header = new String[width + 1];
        header[0] = "";
        for (int j = 0; j < width; j++) {
            header[j + 1] = "[" + j + "]";
        }
        TextTable t = new TextTable(header);
        for (int i = 0; i < m.length; i++) {
            String[] cells = new String[width + 1];
            cells[0] = kind.vector() ? "g" : "h[" + i + "]";
            for (int j = 0; j < width; j++) {
                cells[j + 1] = m[i] == null ? (j == 0 ? "null" : "") : j < m[i].length ? num(m[i][j]) : "";
            }
            t.row(cells);
        }
        return t.render(2);
    }

    private static String matrix(double[][] m) {
        List<String> rows = new ArrayList<>();
        for (double[] r : m) {
            rows.add(vector(r));
        }
        return "[" + String.join(", ", rows) + "]";
    }

    private static String vector(double[] v) {
        List<String> s = new ArrayList<>();
        for (double x : v) {
            s.add(num(x));
        }
        return "[" + String.join(", ", s) + "]";
    }

    /** Up to {@value #DIGITS} significant digits without trailing zeros: {@code 0.25}, {@code -2}, {@code NaN}. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1e-6 || a >= 1e12) {
            return Fmt.sci(v, DIGITS).replaceAll("\\.?0+e", "e");
        }
        return new BigDecimal(v).round(new MathContext(DIGITS)).stripTrailingZeros().toPlainString();
    }
}
