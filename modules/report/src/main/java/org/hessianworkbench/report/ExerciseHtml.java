package org.hessianworkbench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.grading.exercise.CheckResult;
import org.hessianworkbench.grading.exercise.Exercise;
import org.hessianworkbench.grading.exercise.ExerciseCase;
import org.hessianworkbench.grading.exercise.ExerciseKind;
import org.hessianworkbench.grading.exercise.Verdict;
import org.hessianworkbench.report.html.HtmlPage;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.parse.Parser;
import org.hessianworkbench.symbolic.print.MathMl;
import org.jsoup.nodes.Element;

/**
 * Exercises as HTML pages ({@link HtmlPage}): the statement (its Markdown as headings, paragraphs,
 * lists and code blocks, the loss as MathML) and a check's result (the verdict, the counterexample as
 * tables, the expected and the submitted answer as MathML matrices, the hint). Stateless.
 */
public final class ExerciseHtml {

    private ExerciseHtml() {
    }

    /** The catalogue as a table. */
    public static String list(List<Exercise> exercises, String command) {
        HtmlPage page = HtmlPage.titled("Exercises", command);
        List<List<String>> rows = new ArrayList<>();
        for (Exercise e : exercises) {
            rows.add(List.of(e.cliName(), e.kind().api().getSimpleName(), e.title()));
        }
        page.table(page.main(), List.of("exercise", "implement", "what"), rows, true);
        return page.render();
    }

    /**
     * One exercise: the loss as MathML, what to implement, the cases, the commands that check a solution,
     * and the statement.
     *
     * @param statement the statement file when found, else null
     * @param api       where the exercise API's classes are
     */
    public static String show(Exercise e, Path statement, Path api, String command) {
        HtmlPage page = HtmlPage.titled(e.cliName() + ": " + e.title(), command);
        Element loss = page.section("The loss");
        Element m = HtmlPage.math(loss, true);
        MathMl.symbol(m, "ell");
        m.appendElement("mo").text("=");
        Expr parsed = parsed(e.lossText());
        if (parsed != null) {
            MathMl.append(m, parsed);
        } else {
            MathMl.append(m, Parser.parse(e.deriveExpression()));
        }
        HtmlPage.paragraph(loss, "In the text syntax: ").appendElement("code").text(e.lossText());
        Element task = page.section("What to implement");
        HtmlPage.paragraph(task, "Implement " + e.kind().api().getName() + ":");
        HtmlPage.preformatted(task, e.kind().signature());
        HtmlPage.paragraph(task, "returning " + e.task() + ".");
        HtmlPage.paragraph(task, "Cases: " + e.casesText() + ".");
        Element check = page.section("Checking");
        HtmlPage.paragraph(check, "Check a solution (one .java file, one public class with a public no-argument "
                + "constructor):");
        HtmlPage.preformatted(check, e.checkCommand() + " [--tries N] [--seed S] [--timeout SECONDS]");
        HtmlPage.paragraph(check, "Check a typed answer for a scalar derivative of the loss:");
        for (String[] t : e.typedAnswers()) {
            HtmlPage.paragraph(check, t[0] + ":");
            HtmlPage.preformatted(check, t[1]);
        }
        HtmlPage.paragraph(check, "Compile against: " + api);
        HtmlPage.paragraph(check, "Statement: " + (statement != null ? statement : e.statementPath()));
        if (!e.statement().isEmpty()) {
            markdown(page, page.section("Statement"), e.statement());
        }
        return page.render();
    }

    private static Expr parsed(String text) {
        try {
            return Parser.parse(text);
        } catch (BadInputException ex) {
            return null;
        }
    }

    /**
     * A check result: the verdict, the counterexample as tables, the expected and submitted answers as
     * matrices, the differing entries, the hint.
     *
     * @param solution the solution file as the user gave it (for the command that reproduces the check)
     */
    public static String check(Exercise e, CheckResult r, Path solution, String command) {
        HtmlPage page = HtmlPage.titled("Exercise " + r.exercise() + ": " + r.verdict().cliName().toUpperCase(Locale.ROOT),
                command);
        Element top = page.main();
        top.appendElement("p").addClass(r.passed() ? "verdict-ok" : "verdict-bad")
                .text(r.verdict().cliName().toUpperCase(Locale.ROOT) + ": " + r.message());
        HtmlPage.paragraph(top, "Solution " + r.solution() + ", " + r.tries() + " random case" + (r.tries() == 1 ? "" : "s")
                + ", seed " + r.seed() + ".");
        if (!r.details().isEmpty() && r.verdict() != Verdict.PASS) {
            HtmlPage.preformatted(top, String.join("\n", r.details()));
        }
        boolean multinomial = e.kind() == ExerciseKind.MULTINOMIAL_HESSIAN;
        if (r.counterexample() != null) {
            Element c = page.section(r.verdict() == Verdict.TIMEOUT || r.verdict() == Verdict.EXITED
                    ? "The case it was running on" : "The smallest counterexample (shrunk by jqwik)");
            counterexample(page, c, r.counterexample(), multinomial);
        }
        if (r.expected() != null || r.got() != null) {
            Element s = page.section("Expected and got");
            if (r.expected() != null) {
                HtmlPage.paragraph(s, "Expected (automatic differentiation of the loss):");
                matrix(s, r.expected());
            }
            if (r.got() != null) {
                HtmlPage.paragraph(s, "Got:");
                matrix(s, r.got());
            }
            if (!r.differing().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (int[] d : r.differing()) {
                    rows.add(List.of(org.hessianworkbench.grading.exercise.Trial.entry(e.kind(), d[0], d[1]),
                            ExerciseRenderer.num(r.expected()[d[0]][d[1]]), ExerciseRenderer.num(r.got()[d[0]][d[1]])));
                }
                HtmlPage.heading(s, "Differing entries");
                page.table(s, List.of("entry", "expected", "got"), rows, false);
            }
        }
        if (r.hint() != null) {
            Element h = page.section("Hint");
            HtmlPage.paragraph(h, r.hint().cliName() + ": " + r.hint().advice()).addClass("note");
        }
        if (r.printed() != null) {
            HtmlPage.preformatted(page.section("The solution printed (on this case)"), r.printed());
        }
        if (!r.passed() && (r.tries() > 0 || r.counterexample() != null)) {
            HtmlPage.paragraph(page.main(), "Reproduce:");
            HtmlPage.preformatted(page.main(), "./workbench exercise check " + r.exercise() + " --solution " + solution
                    + " --seed " + r.seed());
        }
        return page.render();
    }

    private static void counterexample(HtmlPage page, Element parent, ExerciseCase c, boolean oneDesign) {
        if (c.product() && !oneDesign) {
            table(page, parent, "x1", c.x1());
            table(page, parent, "x2", c.x2());
        } else {
            table(page, parent, "x", c.x1());
        }
        table(page, parent, "y", new double[][] {c.y()});
        table(page, parent, "beta", new double[][] {c.beta()});
        if (c.product()) {
            HtmlPage.paragraph(parent, String.format(Locale.ROOT, "beta1 = beta[0..%d), beta2 = beta[%d..%d)", c.p1(),
                    c.p1(), c.p1() + c.p2()));
        }
    }

    /** A matrix or vector as a table with its indices. */
    private static void table(HtmlPage page, Element parent, String name, double[][] m) {
        HtmlPage.heading(parent, name);
        int width = 0;
        for (double[] row : m) {
            width = Math.max(width, row == null ? 0 : row.length);
        }
        List<String> header = new ArrayList<>();
        header.add("");
        for (int j = 0; j < width; j++) {
            header.add("[" + j + "]");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < m.length; i++) {
            List<String> cells = new ArrayList<>();
            cells.add(m.length == 1 ? name : name + "[" + i + "]");
            for (int j = 0; j < width; j++) {
                cells.add(m[i] == null ? (j == 0 ? "null" : "") : j < m[i].length ? ExerciseRenderer.num(m[i][j]) : "");
            }
            rows.add(cells);
        }
        page.table(parent, header, rows, false);
    }

    /**
     * An answer as a MathML matrix (a gradient as a column); a ragged or null row, or a value that is
     * not a finite number, as a text table instead.
     */
    private static void matrix(Element parent, double[][] m) {
        boolean regular = m.length > 0 && m[0] != null && m[0].length > 0;
        for (double[] row : m) {
            regular &= row != null && row.length == m[0].length;
            if (regular) {
                for (double v : row) {
                    regular &= Double.isFinite(v);
                }
            }
        }
        if (!regular) {
            HtmlPage.preformatted(parent, java.util.Arrays.deepToString(m));
            return;
        }
        boolean vector = m.length == 1;
        int rows = vector ? m[0].length : m.length;
        int cols = vector ? 1 : m[0].length;
        Expr[][] entries = new Expr[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                entries[i][j] = Expr.num(Double.parseDouble(ExerciseRenderer.num(vector ? m[0][i] : m[i][j])));
            }
        }
        MathMl.matrix(HtmlPage.math(parent, true), entries);
    }

    /**
     * Markdown rendered simply through the DOM: {@code #} headings (as level 3), paragraphs, {@code -}
     * lists, fenced code blocks and {@code `code`} spans; the LaTeX in {@code \(...\)} and {@code \[...\]}
     * drawn as pictures ({@link HtmlPage#appendProse}).
     */
    static void markdown(HtmlPage page, Element parent, String md) {
        List<String> lines = md.lines().toList();
        StringBuilder para = new StringBuilder();
        Element list = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.trim();
            if (t.startsWith("```")) {
                flush(page, parent, para);
                list = null;
                StringBuilder code = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).trim().startsWith("```"); i++) {
                    code.append(code.length() == 0 ? "" : "\n").append(lines.get(i));
                }
                HtmlPage.preformatted(parent, code.toString());
            } else if (t.startsWith("#")) {
                flush(page, parent, para);
                list = null;
                inline(page, parent.appendElement("h3"), t.replaceFirst("^#+\\s*", ""));
            } else if (t.startsWith("- ") || t.startsWith("* ")) {
                flush(page, parent, para);
                if (list == null) {
                    list = parent.appendElement("ul");
                }
                inline(page, list.appendElement("li"), t.substring(2));
            } else if (t.isEmpty()) {
                flush(page, parent, para);
                list = null;
            } else if (list != null && line.startsWith("  ")) {
                inline(page, list.children().last(), " " + t);
            } else {
                list = null;
                para.append(para.length() == 0 ? "" : " ").append(t);
            }
        }
        flush(page, parent, para);
    }

    private static void flush(HtmlPage page, Element parent, StringBuilder para) {
        if (para.length() > 0) {
            inline(page, parent.appendElement("p"), para.toString());
            para.setLength(0);
        }
    }

    /**
     * Text with {@code `code`} spans as {@code code} elements, {@code **bold**} as {@code strong} and the
     * LaTeX outside code spans drawn as pictures.
     */
    static void inline(HtmlPage page, Element parent, String text) {
        String[] parts = text.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1 && i < parts.length - 1) {
                parent.appendElement("code").text(parts[i]);
            } else {
                String[] bold = (i % 2 == 1 ? "`" + parts[i] : parts[i]).split("\\*\\*", -1);
                for (int j = 0; j < bold.length; j++) {
                    if (j % 2 == 1 && j < bold.length - 1) {
                        page.appendProse(parent.appendElement("strong"), bold[j]);
                    } else {
                        page.appendProse(parent, j % 2 == 1 ? "**" + bold[j] : bold[j]);
                    }
                }
            }
        }
    }
}
