package org.hessianworkbench.report;

import java.util.Locale;
import org.hessianworkbench.report.Fmt;
import org.hessianworkbench.report.TextTable;
import org.hessianworkbench.models.derivation.ModelDerivations;
import org.hessianworkbench.symbolic.check.AnswerCheck;
import org.hessianworkbench.symbolic.check.AnswerReport;
import org.hessianworkbench.symbolic.check.TypedAnswer;
import org.hessianworkbench.symbolic.check.Checker;
import org.hessianworkbench.symbolic.check.StepCheck;
import org.hessianworkbench.symbolic.derive.CheckedStep;
import org.hessianworkbench.symbolic.derive.Derivation;
import org.hessianworkbench.symbolic.derive.Part;
import org.hessianworkbench.symbolic.derive.ResultCheck;
import org.hessianworkbench.symbolic.doc.Document;
import org.hessianworkbench.report.DerivationMarkdown;
import org.hessianworkbench.symbolic.print.Printer;
import org.hessianworkbench.symbolic.steps.Step;

/** Derivations and built-in derivation documents as plain text, expressions in the parser's syntax. */
public final class DerivationText {

    /** Prose wraps at this width. */
    private static final int WIDTH = 100;

    private DerivationText() {
    }

    /**
     * The demo's short derivation: the logistic loss's first and second derivative in its linear
     * predictor \(\eta\), one line per step with its check, the results against automatic
     * differentiation and the verdict.
     */
    public static String logisticHessian() {
        Derivation d = ModelDerivations.logisticHessian();
        StringBuilder b = new StringBuilder();
        b.append(wrap("The logistic loss l(eta) = " + Printer.text(d.expression()) + ", step by step ('workbench "
                + "derive logistic' goes on to the matrix form X'WX):", "")).append('\n');
        body(d, false, b);
        return b.toString();
    }

    /** A derivation: every step with its rule, rewrite, whole expression and check; the results; any answer. */
    public static String render(Derivation d) {
        StringBuilder b = new StringBuilder();
        b.append("Derivation of f = ").append(Printer.text(d.expression())).append('\n');
        b.append("with respect to ").append(String.join(", ", d.wrt())).append(", order ").append(d.order())
                .append(".\n");
        body(d, true, b);
        return b.toString();
    }

    private static void body(Derivation d, boolean whole, StringBuilder b) {
        b.append(wrap(String.format(Locale.ROOT, "Every step is checked at %d random points (seed %d; %s): the whole "
                        + "expression before and after it must agree to %s relative; an unevaluated derivative "
                        + "diff(u, x) is evaluated by automatic differentiation.", d.options().points(),
                d.options().seed(), d.options().domain().describe(), Printer.number(Checker.REL_TOL)), "")).append('\n');
        for (Part p : d.parts()) {
            b.append('\n');
            part(p.label(), p, whole, b);
        }
        b.append('\n');
        results(d, b);
        d.answer().ifPresent(a -> {
            b.append('\n');
            answer(a, b);
        });
        b.append('\n').append(verdict(d)).append('\n');
    }

    /** One derivative's steps. */
    static void part(String title, Part p, boolean whole, StringBuilder b) {
        b.append(title).append(": ").append(p.steps().size()).append(" steps, start ").append(Printer.text(p.start()))
                .append('\n');
        int width = String.valueOf(p.steps().size()).length();
        int n = 1;
        for (CheckedStep cs : p.steps()) {
            Step s = cs.step();
            String rewrite = Printer.text(s.rewritten()) + "  ->  " + Printer.text(s.replacement());
            String label = s.kind() == Step.Kind.DIFFERENTIATE ? s.rule() : "simplify: " + s.rule();
            String number = String.format(Locale.ROOT, "  %" + width + "d. ", n++);
            String indent = " ".repeat(number.length());
            if (whole) {
                b.append(number).append(label).append("  [").append(check(cs.check())).append("]\n");
                b.append(indent).append(rewrite).append('\n');
                if (!s.rewritten().equals(s.before())) {
                    b.append(indent).append("= ").append(Printer.text(s.after())).append('\n');
                }
            } else {
                b.append(number).append(label).append(": ").append(rewrite).append("  [").append(check(cs.check()))
                        .append("]\n");
            }
        }
        b.append("  Result: ").append(Printer.text(p.result())).append('\n');
    }

    /** {@code checked, max rel diff 1.1e-16}, {@code FAILED, ...} or {@code not checked: ...}. */
    static String check(StepCheck c) {
        return switch (c.status()) {
            case PASSED -> "checked, max rel diff " + relDiff(c.maxRelDiff());
            case FAILED -> "FAILED at " + c.points() + " points, max rel diff " + relDiff(c.maxRelDiff());
            case UNCHECKED -> "not checked: no point where both sides are defined";
        };
    }

    /** A relative difference: {@code 0} or two significant digits. */
    static String relDiff(double v) {
        return v == 0 ? "0" : Fmt.sci(v, 2);
    }

    /** The table of results against automatic differentiation. */
    static void results(Derivation d, StringBuilder b) {
        b.append("Results, compared with automatic differentiation of f (Hipparchus) at ").append(d.results().points())
                .append(" points:\n");
        TextTable t = new TextTable("derivative", "max rel diff vs AD", "agree");
        for (ResultCheck.Entry e : d.results().entries()) {
            t.row(e.label() + " = " + Printer.text(e.value()), relDiff(e.check().maxRelDiff()),
                    e.check().passed() ? "yes" : e.check().status() == StepCheck.Status.FAILED ? "NO" : "not checked");
        }
        b.append(t.render(2));
    }

    /** The check of an answer: each entry, with its counterexample and hint when wrong. */
    static void answer(AnswerReport r, StringBuilder b) {
        b.append("Your answer: ").append(r.answer().shape() == TypedAnswer.Shape.SCALAR
                ? Printer.text(r.answer().entries().get(0).answer()) : r.answer().text().trim()).append('\n');
        boolean scalar = r.answer().shape() == TypedAnswer.Shape.SCALAR;
        for (AnswerReport.EntryCheck e : r.entries()) {
            String indent = scalar ? "  " : "    ";
            if (!scalar) {
                b.append("  ").append(e.entry().label()).append(" = ").append(Printer.text(e.entry().answer()))
                        .append(":\n");
            }
            entry(e, r.wanted(), indent, b);
        }
    }

    private static void entry(AnswerReport.EntryCheck e, int wanted, String indent, StringBuilder b) {
        AnswerCheck a = e.check();
        switch (e.verdict()) {
            case RIGHT -> b.append(indent).append("RIGHT: it equals the derivative ").append(Printer.text(a.expected()))
                    .append(a.method() == AnswerCheck.Method.SYMBOLIC ? " (the difference simplifies to 0).\n"
                            : " at " + a.pointsCompared() + " random points (the simplifier could not show it).\n");
            case WRONG -> {
                b.append(indent).append("WRONG: it differs from the derivative ").append(Printer.text(a.expected()))
                        .append(".\n");
                b.append(indent).append("At ").append(DerivationMarkdown.point(a.counterexample()))
                        .append(" the derivative is ").append(Fmt.shortest(a.expectedValue())).append(" and your answer ")
                        .append(Fmt.shortest(a.answerValue())).append(".\n");
                e.hint().ifPresent(h -> b.append(wrap("Hint (" + h.kind().reportName() + "): " + h.advice() + ".",
                        indent)).append('\n'));
            }
            case UNDECIDED -> b.append(wrap("UNDECIDED: " + undecided(e, wanted), indent)).append('\n');
        }
        b.append(wrap(counts(e, wanted) + ".", indent)).append('\n');
    }

    /**
     * {@code Checked at 18 points, 2 skipped where undefined}; for an entry equal symbolically but defined
     * at fewer than half the points, with a note on where to draw them.
     */
    static String counts(AnswerReport.EntryCheck e, int wanted) {
        String few = e.verdict() == AnswerReport.Verdict.RIGHT && e.checked() < AnswerReport.enough(wanted)
                ? " (too few to confirm it numerically: choose where the points are drawn, where both are defined, "
                        + "with --domain NAME=LO:HI[,...])" : "";
        return "Checked at " + e.checked() + (e.checked() == 1 ? " point, " : " points, ") + e.skipped()
                + " skipped where undefined" + few;
    }

    /** Why an entry is undecided, and what to do. */
    static String undecided(AnswerReport.EntryCheck e, int wanted) {
        StringBuilder why = new StringBuilder("no difference found, but only ").append(e.checked()).append(" of ")
                .append(wanted).append(" random points are defined (fewer than half): ");
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (e.skippedExpression() > 0) {
            parts.add("the expression or its derivative is undefined at " + e.skippedExpression());
        }
        if (e.skippedAnswer() > 0) {
            parts.add("the answer at " + e.skippedAnswer());
        }
        why.append(String.join(", ", parts)).append(". Too few to decide: choose where the points are drawn, "
                + "where both are defined, with --domain NAME=LO:HI[,...]");
        return why.toString();
    }

    /** {@code the answer is right}, {@code the answer is WRONG (d/db)} or {@code the answer is UNDECIDED}. */
    static String answerVerdict(AnswerReport r) {
        boolean scalar = r.answer().shape() == TypedAnswer.Shape.SCALAR;
        if (r.right()) {
            return "the answer is right";
        }
        if (!r.wrong().isEmpty()) {
            return "the answer is WRONG" + (scalar ? "" : " (" + String.join(", ",
                    r.wrong().stream().map(e -> e.entry().label()).toList()) + ")");
        }
        return "the answer is UNDECIDED (too few defined points)";
    }

    /** The one-line verdict. */
    static String verdict(Derivation d) {
        String steps = d.failedSteps() > 0 ? d.failedSteps() + " of " + d.steps().size() + " steps FAILED their check"
                : d.uncheckedSteps() > 0 ? d.uncheckedSteps() + " of " + d.steps().size() + " steps could not be checked"
                : "all " + d.steps().size() + " steps checked";
        String results = d.results().passed() ? "every result agrees with automatic differentiation"
                : "a result DISAGREES with automatic differentiation";
        String answer = d.answer().map(a -> "; " + answerVerdict(a)).orElse("");
        return "Verdict: " + steps + "; " + results + answer + ".";
    }

    // ------------------------------------------------------------------ documents

    /** A built-in derivation document. */
    public static String render(Document doc) {
        StringBuilder b = new StringBuilder();
        b.append(doc.title()).append('\n').append("=".repeat(doc.title().length())).append('\n');
        for (Document.Block block : doc.blocks()) {
            b.append('\n');
            if (block instanceof Document.Heading h) {
                String text = h.text();
                b.append(text).append('\n').append("-".repeat(text.length())).append('\n');
            } else if (block instanceof Document.Prose p) {
                b.append(wrap(p.text(), "")).append('\n');
            } else if (block instanceof Document.Display d) {
                b.append("    ").append(d.text()).append('\n');
            } else if (block instanceof Document.Steps s) {
                part(s.part().label(), s.part(), true, b);
            } else if (block instanceof Document.Results r) {
                results(r.derivation(), b);
            } else if (block instanceof Document.Identities i) {
                b.append("Claims, each checked by the answer checker:\n");
                for (Document.Identity c : i.claims()) {
                    b.append("  ").append(c.text()).append(": ").append(DerivationMarkdown.verdict(c.check()))
                            .append(c.confirmed() ? ", as stated" : ", NOT as stated").append('\n');
                    b.append("    derived: ").append(Printer.text(c.check().expected())).append('\n');
                    b.append("    formula: ").append(Printer.text(c.check().answer())).append('\n');
                }
            }
        }
        b.append('\n').append("Verdict: ").append(doc.checkedSteps()).append(" steps, ")
                .append(doc.passed() ? "all checked; every result agrees with automatic differentiation; every claim "
                        + "came out as stated." : "NOT all checks passed.").append('\n');
        return b.toString();
    }

    /** Words wrapped at {@value #WIDTH} columns. */
    static String wrap(String text, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).toString();
    }
}
