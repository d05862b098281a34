package org.hessianworkbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.report.html.HtmlPage;
import org.hessianworkbench.symbolic.parse.Parser;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.check.AnswerCheck;
import org.hessianworkbench.symbolic.check.AnswerReport;
import org.hessianworkbench.symbolic.check.StepCheck;
import org.hessianworkbench.symbolic.derive.CheckedStep;
import org.hessianworkbench.symbolic.derive.Derivation;
import org.hessianworkbench.symbolic.derive.Part;
import org.hessianworkbench.symbolic.derive.ResultCheck;
import org.hessianworkbench.symbolic.doc.Document;
import org.hessianworkbench.symbolic.print.MathMl;
import org.hessianworkbench.symbolic.print.Printer;
import org.hessianworkbench.symbolic.steps.Step;
import org.jsoup.nodes.Element;

/**
 * Derivations and built-in documents as one HTML page (a {@link HtmlPage}): every step with its rule,
 * the rewrite and the whole expression after it as MathML, and its check; the results against
 * automatic differentiation as a table with MathML cells; the gradient and the Hessian as matrices.
 * The documents' prose has its LaTeX drawn as pictures ({@link HtmlPage#appendProse}); a displayed
 * formula is MathML when its text form is equations of expressions, else its LaTeX drawn. Stateless.
 */
public final class DerivationHtml {

    private DerivationHtml() {
    }

    /** A derivation of the user's expression; {@code command} goes in the footer. */
    public static String render(Derivation d, String command) {
        HtmlPage page = HtmlPage.titled("Derivation of " + Printer.text(d.expression()), command);
        Element intro = page.main();
        Element f = HtmlPage.math(intro, true);
        MathMl.symbol(f, "f");
        f.appendElement("mo").text("=");
        MathMl.append(f, d.expression());
        HtmlPage.paragraph(intro, DerivationMarkdown.checkingNote(d));
        for (Part p : d.parts()) {
            steps(page.section(p.wrt().isEmpty() ? "Simplification" : "Steps of " + p.label()), p);
        }
        results(page, page.section("Results"), d, "f");
        d.answer().ifPresent(a -> answer(page.section("Your answer"), a));
        verdict(page.main(), DerivationText.verdict(d), d.passed() && d.answer().map(AnswerReport::right).orElse(true));
        return page.render();
    }

    /** A built-in derivation document; {@code command} goes in the footer. */
    public static String render(Document doc, String command) {
        HtmlPage page = HtmlPage.titled(plain(doc.title()), command);
        Element current = page.main();
        for (Document.Block block : doc.blocks()) {
            if (block instanceof Document.Heading h) {
                current = h.level() <= 2 ? page.section(h.text()) : current;
                if (h.level() > 2) {
                    ExerciseHtml.inline(page, current.appendElement("h3"), h.markdown());
                }
            } else if (block instanceof Document.Prose p) {
                ExerciseHtml.inline(page, current.appendElement("p"), p.markdown());
            } else if (block instanceof Document.Display d) {
                if (!mathMl(current, d.text())) {
                    page.appendProse(current.appendElement("div").addClass("display"), "\\[" + d.latex() + "\\]");
                }
            } else if (block instanceof Document.Steps s) {
                ExerciseHtml.inline(page, current.appendElement("h3"), s.caption());
                steps(current, s.part());
            } else if (block instanceof Document.Results r) {
                ExerciseHtml.inline(page, current.appendElement("h3"), r.caption());
                results(page, current, r.derivation(), "ell");
            } else if (block instanceof Document.Identities i) {
                identities(page, current, i);
            }
        }
        verdict(page.main(), doc.passed() ? "Verdict: every step, result and claim checked." 
                : "Verdict: a step, result or claim did NOT check out.", doc.passed());
        return page.render();
    }

    /** Pieces of a displayed formula's text form, e.g. {@code l(eta) = ...,  sigmoid(z) = ...}. */
    private static final Pattern PIECES = Pattern.compile("[,.]?\\s{2,}|[,.]$");

    /** The loss on the left of a displayed formula: {@code l}, {@code l'}, {@code l''} or {@code l(eta)}. */
    private static final Pattern LOSS = Pattern.compile("l('{0,2})(?:\\(([A-Za-z][A-Za-z0-9_]*)\\))?");

    /**
     * A displayed formula: as MathML when its text form is equations {@code LEFT = RIGHT} whose sides
     * are expressions (the loss \(\ell\) on the left included), else as its text.
     */
    static void display(Element parent, String text) {
        if (!mathMl(parent, text)) {
            HtmlPage.preformatted(parent, text).addClass("display");
        }
    }

    /** A displayed formula as MathML when its text form is equations of expressions; false (nothing added) if not. */
    private static boolean mathMl(Element parent, String text) {
        List<Expr[]> equations = new ArrayList<>();
        List<Matcher> losses = new ArrayList<>();
        for (String piece : PIECES.split(text.trim())) {
            int eq = piece.indexOf(" = ");
            if (eq < 0 || piece.indexOf(" = ", eq + 1) >= 0) {
                return false;
            }
            String left = piece.substring(0, eq).trim();
            Matcher loss = LOSS.matcher(left);
            Expr l = loss.matches() ? null : expression(left);
            Expr r = expression(piece.substring(eq + 3).trim());
            if ((l == null && !loss.matches()) || r == null) {
                return false;
            }
            equations.add(new Expr[] {l, r});
            losses.add(loss.matches() ? loss : null);
        }
        Element m = HtmlPage.math(parent, true);
        for (int i = 0; i < equations.size(); i++) {
            if (i > 0) {
                m.appendElement("mo").text(",");
                m.appendElement("mspace").attr("width", "2em");
            }
            Matcher loss = losses.get(i);
            if (loss != null) {
                Element name = loss.group(1).isEmpty() ? MathMl.symbol(m, "ell") : m.appendElement("msup");
                if (!loss.group(1).isEmpty()) {
                    MathMl.symbol(name, "ell");
                    name.appendElement("mo").text(loss.group(1).length() == 1 ? "′" : "″");
                }
                if (loss.group(2) != null) {
                    m.appendElement("mo").text(MathMl.APPLY);
                    Element args = m.appendElement("mrow");
                    args.appendElement("mo").text("(");
                    MathMl.symbol(args, loss.group(2));
                    args.appendElement("mo").text(")");
                }
            } else {
                MathMl.append(m, equations.get(i)[0]);
            }
            m.appendElement("mo").text("=");
            MathMl.append(m, equations.get(i)[1]);
        }
        return true;
    }

    private static Expr expression(String text) {
        try {
            return Parser.parse(text);
        } catch (BadInputException e) {
            return null;
        }
    }

    /** The numbered steps of a part, each with its rule, rewrite, whole expression after it and check; then the result. */
    static void steps(Element parent, Part part) {
        Element start = parent.appendElement("p").text("Start: ");
        MathMl.append(HtmlPage.math(start, false), part.start());
        Element list = parent.appendElement("ol").addClass("steps");
        for (CheckedStep cs : part.steps()) {
            Step s = cs.step();
            Element item = list.appendElement("li");
            Element rule = item.appendElement("p").addClass("rule");
            rule.appendElement(s.kind() == Step.Kind.DIFFERENTIATE ? "strong" : "em").text(s.rule());
            rule.appendText(" ");
            check(rule, cs.check());
            Element rewrite = HtmlPage.math(item, true);
            MathMl.append(rewrite, s.rewritten());
            rewrite.appendElement("mo").text("→");
            MathMl.append(rewrite, s.replacement());
            if (!s.rewritten().equals(s.before())) {
                Element whole = HtmlPage.math(item, true);
                whole.appendElement("mo").text("=");
                MathMl.append(whole, s.after());
            }
        }
        Element result = parent.appendElement("p").text("Result: ");
        MathMl.append(HtmlPage.math(result, false), part.result());
        result.appendText(", in the text syntax ").appendElement("code").text(Printer.text(part.result()));
    }

    /** The step's check: the verdict and its numbers. */
    private static void check(Element parent, StepCheck c) {
        boolean bad = c.status() == StepCheck.Status.FAILED;
        parent.appendElement("span").addClass(bad ? "verdict-bad" : c.passed() ? "verdict-ok" : "note")
                .text(switch (c.status()) {
                    case PASSED -> "✓ checked at " + c.points() + " points, max. rel. diff. " + DerivationText.relDiff(c.maxRelDiff());
                    case FAILED -> "✗ FAILED at " + c.points() + " points, max. rel. diff. "
                            + DerivationText.relDiff(c.maxRelDiff());
                    case UNCHECKED -> "not checked: no point where both sides are defined";
                });
    }

    /** The results against automatic differentiation, then the gradient and (second order) the Hessian as matrices. */
    static void results(HtmlPage page, Element parent, Derivation d, String function) {
        HtmlPage.paragraph(parent, "Each result compared with automatic differentiation (Hipparchus) at "
                + d.results().points() + " points.");
        Element table = parent.appendElement("table").addClass("results");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("derivative", "result", "text syntax", "max. rel. diff. vs. AD")) {
            head.appendElement("th").attr("scope", "col").text(h);
        }
        Element body = table.appendElement("tbody");
        for (ResultCheck.Entry e : d.results().entries()) {
            Element tr = body.appendElement("tr");
            // full-size fractions in the cells: the table's rows have room for them
            MathMl.derivative(HtmlPage.math(tr.appendElement("td"), false).attr("displaystyle", "true"), function, e.wrt());
            MathMl.append(HtmlPage.math(tr.appendElement("td"), false).attr("displaystyle", "true"), e.value());
            tr.appendElement("td").appendElement("code").text(Printer.text(e.value()));
            tr.appendElement("td").addClass("num").addClass(e.check().passed() ? "verdict-ok" : "verdict-bad")
                    .text((e.check().passed() ? "✓ " : "✗ ") + DerivationText.relDiff(e.check().maxRelDiff()));
        }
        List<String> vars = d.wrt();
        Optional<Expr[][]> gradient = gradient(d);
        if (vars.size() >= 2 && gradient.isPresent()) {
            Element m = HtmlPage.math(parent.appendElement("div").addClass("gradient"), true);
            m.appendElement("mo").text("∇");
            MathMl.symbol(m, function);
            m.appendElement("mo").text("=");
            MathMl.matrix(m, gradient.get());
        }
        Optional<Expr[][]> hessian = hessian(d);
        if (vars.size() >= 2 && hessian.isPresent()) {
            Element m = HtmlPage.math(parent.appendElement("div").addClass("hessian"), true);
            Element sup = m.appendElement("msup");
            sup.appendElement("mo").text("∇");
            sup.appendElement("mn").text("2");
            MathMl.symbol(m, function);
            m.appendElement("mo").text("=");
            MathMl.matrix(m, hessian.get());
        }
    }

    /** The gradient as a column, when every first derivative is among the results. */
    static Optional<Expr[][]> gradient(Derivation d) {
        List<String> vars = d.wrt();
        Expr[][] g = new Expr[vars.size()][1];
        for (int i = 0; i < vars.size(); i++) {
            Optional<Expr> e = entry(d, List.of(vars.get(i)));
            if (e.isEmpty()) {
                return Optional.empty();
            }
            g[i][0] = e.get();
        }
        return Optional.of(g);
    }

    /** The Hessian, when every second derivative (either order of the variables) is among the results. */
    static Optional<Expr[][]> hessian(Derivation d) {
        List<String> vars = d.wrt();
        int n = vars.size();
        Expr[][] h = new Expr[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                List<String> reversed = List.of(vars.get(j), vars.get(i));
                Optional<Expr> e = entry(d, List.of(vars.get(i), vars.get(j))).or(() -> entry(d, reversed));
                if (e.isEmpty()) {
                    return Optional.empty();
                }
                h[i][j] = e.get();
            }
        }
        return Optional.of(h);
    }

    private static Optional<Expr> entry(Derivation d, List<String> wrt) {
        return d.results().entries().stream().filter(e -> e.wrt().equals(wrt)).map(ResultCheck.Entry::value).findFirst();
    }

    private static void identities(HtmlPage page, Element parent, Document.Identities block) {
        ExerciseHtml.inline(page, parent.appendElement("h3"), block.caption());
        List<List<String>> rows = new ArrayList<>();
        for (Document.Identity i : block.claims()) {
            rows.add(List.of(i.text(), Printer.text(i.check().answer()), DerivationMarkdown.verdict(i.check())
                    + (i.confirmed() ? " ✓" : " ✗ (expected " + (i.holds() ? "equal" : "different") + ")")));
        }
        page.table(parent, List.of("claim", "formula", "verdict"), rows, false);
    }

    private static void answer(Element parent, AnswerReport r) {
        for (AnswerReport.EntryCheck e : r.entries()) {
            Element p = parent.appendElement("div").addClass("answer");
            Element m = HtmlPage.math(p, true);
            MathMl.derivative(m, "f", e.entry().wrt());
            m.appendElement("mo").text("=");
            MathMl.append(m, e.entry().answer());
            AnswerCheck a = e.check();
            Element verdict = p.appendElement("p");
            switch (e.verdict()) {
                case RIGHT -> verdict.appendElement("span").addClass("verdict-ok").text("Right")
                        .parent().appendText(": " + DerivationMarkdown.verdict(a) + ".");
                case WRONG -> {
                    verdict.appendElement("span").addClass("verdict-bad").text("Wrong").parent()
                            .appendText(": the derivative is ");
                    MathMl.append(HtmlPage.math(verdict, false), a.expected());
                    verdict.appendText(". At " + DerivationMarkdown.point(a.counterexample()) + " it is "
                            + Fmt.shortest(a.expectedValue()) + " and the answer " + Fmt.shortest(a.answerValue()) + ".");
                    e.hint().ifPresent(h -> HtmlPage.paragraph(p, "Hint (" + h.kind().reportName() + "): " + h.advice() + ".")
                            .addClass("note"));
                }
                case UNDECIDED -> verdict.appendElement("span").addClass("verdict-bad").text("Undecided").parent()
                        .appendText(": " + DerivationText.undecided(e, r.wanted()));
            }
            HtmlPage.paragraph(p, DerivationText.counts(e, r.wanted()) + ".");
        }
    }

    private static void verdict(Element parent, String text, boolean passed) {
        parent.appendElement("p").addClass(passed ? "verdict-ok" : "verdict-bad").text(text);
    }

    /** Markdown of a caption or title as plain text: math and code spans keep their content, the markers go. */
    static String plain(String markdown) {
        return markdown.replace("**", "").replace("`", "").replace("$", "").replace("\\partial", "∂")
                .replace("\\ell", "ℓ").replace("\\eta", "η").replace("\\beta", "β").replace("\\,", " ").replace("\\", "")
                .replace("{", "").replace("}", "").replace("_", "");
    }
}
