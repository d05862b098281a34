package org.hessianworkbench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hessianworkbench.report.Json;
import org.hessianworkbench.symbolic.Expr;
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
import org.hessianworkbench.symbolic.print.Printer;
import org.hessianworkbench.symbolic.steps.Step;

/**
 * Derivations as JSON. Every expression is a string in the parser's syntax ({@code sigmoid(z)}
 * meaning \(1/(1+e^{-z})\), {@code diff(u, x)} the derivative of u in x), so it can be read back by
 * the workbench or by a computer algebra system.
 */
public final class DerivationJson {

    /** Integers up to this magnitude are written without a fraction ({@code 1}, not {@code 1.0}). */
    private static final double MAX_PLAIN_INTEGER = 1e15;

    private DerivationJson() {
    }

    /** The JSON text of a derivation. */
    public static String render(Derivation d) {
        return Json.document(json(d));
    }

    /** The JSON text of a built-in derivation document. */
    public static String render(Document doc) {
        return Json.document(json(doc));
    }

    private static String text(Expr e) {
        return Printer.text(e);
    }

    /**
     * {@code {"expression", "wrt", "order", "steps", "gradient", "hessian" (order 2), "checks", "answer" (with an
     * answer), "passed"}}.
     */
    public static ObjectNode json(Derivation d) {
        ObjectNode o = Json.object();
        o.put("expression", text(d.expression()));
        ArrayNode wrt = o.putArray("wrt");
        d.wrt().forEach(wrt::add);
        o.put("order", d.order());
        ArrayNode steps = o.putArray("steps");
        for (Part p : d.parts()) {
            for (CheckedStep s : p.steps()) {
                steps.add(step(p.label(), s));
            }
        }
        ObjectNode gradient = o.putObject("gradient");
        d.gradient().forEach((k, v) -> gradient.put(k, text(v)));
        if (d.order() == 2) {
            ObjectNode hessian = o.putObject("hessian");
            d.hessian().forEach((k, row) -> {
                ObjectNode r = hessian.putObject(k);
                row.forEach((z, v) -> r.put(z, text(v)));
            });
        }
        ObjectNode checks = o.putObject("checks");
        checks.put("points", d.options().points());
        checks.put("seed", d.options().seed());
        checks.put("domain", d.options().domain().describe());
        checks.put("tolerance", Checker.REL_TOL);
        checks.put("steps", d.steps().size());
        checks.put("failed_steps", d.failedSteps());
        checks.put("unchecked_steps", d.uncheckedSteps());
        Json.put(checks, "max_rel_diff", d.maxStepRelDiff());
        ArrayNode results = checks.putArray("results");
        for (ResultCheck.Entry e : d.results().entries()) {
            ObjectNode r = results.addObject();
            r.put("derivative", e.label());
            ArrayNode w = r.putArray("wrt");
            e.wrt().forEach(w::add);
            r.put("value", text(e.value()));
            r.put("reference", "automatic differentiation");
            r.put("points", e.check().points());
            Json.put(r, "max_rel_diff", e.check().maxRelDiff());
            r.put("agree", e.check().passed());
        }
        checks.put("passed", d.passed());
        d.answer().ifPresent(a -> o.set("answer", answer(a)));
        o.put("passed", d.passed() && d.answer().map(AnswerReport::right).orElse(true));
        return o;
    }

    private static ObjectNode step(String part, CheckedStep cs) {
        Step s = cs.step();
        ObjectNode n = Json.object();
        n.put("part", part);
        n.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
        n.put("rule", s.rule());
        n.put("formula", s.formula());
        n.put("target", text(s.target()));
        if (s.wrt() != null) {
            n.put("wrt", s.wrt());
        }
        n.put("rewritten", text(s.rewritten()));
        n.put("replacement", text(s.replacement()));
        n.put("before", text(s.before()));
        n.put("after", text(s.after()));
        n.put("checked", cs.check().passed());
        n.put("status", cs.check().status().name().toLowerCase(Locale.ROOT));
        n.put("points", cs.check().points());
        if (cs.check().status() != StepCheck.Status.UNCHECKED) {
            Json.put(n, "max_rel_diff", cs.check().maxRelDiff());
        }
        return n;
    }

    private static ObjectNode answer(AnswerReport r) {
        boolean scalar = r.answer().shape() == TypedAnswer.Shape.SCALAR;
        // one expression: the keys it had before vectors and matrices were answers, then the entries
        ObjectNode n = scalar ? answer(r.entries().get(0).check()) : Json.object();
        if (!scalar) {
            n.put("expression", r.answer().text().trim());
        }
        n.put("shape", r.answer().shape().name().toLowerCase(Locale.ROOT));
        n.put("equal", r.right());
        n.put("verdict", r.right() ? "right" : r.wrong().isEmpty() ? "undecided" : "wrong");
        n.put("points", r.wanted());
        ArrayNode entries = n.putArray("entries");
        for (AnswerReport.EntryCheck e : r.entries()) {
            ObjectNode x = entry(e);
            x.put("label", e.entry().label());
            ArrayNode w = x.putArray("wrt");
            e.entry().wrt().forEach(w::add);
            entries.add(x);
        }
        return n;
    }

    private static ObjectNode entry(AnswerReport.EntryCheck e) {
        AnswerCheck a = e.check();
        ObjectNode n = answer(a);
        n.put("verdict", e.verdict().name().toLowerCase(Locale.ROOT));
        n.put("points_compared", e.checked()); // also for an entry equal symbolically
        n.put("skipped", e.skipped());
        n.put("skipped_expression", e.skippedExpression());
        n.put("skipped_answer", e.skippedAnswer());
        e.hint().ifPresent(h -> {
            ObjectNode hint = n.putObject("hint");
            hint.put("kind", h.kind().reportName());
            hint.put("advice", h.advice());
            h.inner().ifPresent(u -> hint.put("inner", text(u)));
            h.factor().ifPresent(u -> hint.put("factor", text(u)));
        });
        return n;
    }

    private static ObjectNode answer(AnswerCheck a) {
        ObjectNode n = Json.object();
        n.put("expression", text(a.answer()));
        n.put("derivative", text(a.expected()));
        n.put("equal", a.equal());
        n.put("method", a.method().name().toLowerCase(Locale.ROOT));
        n.put("difference", text(a.difference()));
        if (!a.counterexample().isEmpty()) {
            n.set("counterexample", point(a.counterexample()));
            Json.put(n, "expected", a.expectedValue());
            Json.put(n, "got", a.answerValue());
        }
        if (a.pointsCompared() > 0) {
            n.put("points_compared", a.pointsCompared());
        }
        return n;
    }

    private static ObjectNode point(Map<String, Double> p) {
        ObjectNode n = Json.object();
        p.forEach((k, v) -> {
            if (v == Math.rint(v) && Math.abs(v) < MAX_PLAIN_INTEGER) {
                n.put(k, (long) (double) v);
            } else {
                Json.put(n, k, v);
            }
        });
        return n;
    }

    /**
     * {@code {"name", "title", "passed", "steps_checked", "derivations", "rewrites", "identities", "formulas"}}:
     * each derivation as for {@code --expr}, the simplifications shown on their own, the claims checked by the
     * answer checker, and the displayed formulas (the matrix form) in LaTeX and text.
     */
    public static ObjectNode json(Document doc) {
        ObjectNode o = Json.object();
        o.put("name", doc.name());
        o.put("title", doc.title());
        o.put("passed", doc.passed());
        o.put("steps_checked", doc.checkedSteps());
        ArrayNode derivations = o.putArray("derivations");
        List<Part> inDerivations = new ArrayList<>();
        for (Derivation d : doc.derivations()) {
            derivations.add(json(d));
            inDerivations.addAll(d.parts());
        }
        ArrayNode rewrites = o.putArray("rewrites");
        for (Part p : doc.parts()) {
            if (inDerivations.contains(p)) {
                continue;
            }
            ObjectNode r = rewrites.addObject();
            r.put("label", p.label());
            r.put("start", text(p.start()));
            r.put("result", text(p.result()));
            ArrayNode steps = r.putArray("steps");
            p.steps().forEach(s -> steps.add(step(p.label(), s)));
        }
        ArrayNode identities = o.putArray("identities");
        for (Document.Identity i : doc.identities()) {
            ObjectNode n = identities.addObject();
            n.put("claim", i.text());
            n.put("derived", text(i.check().expected()));
            n.put("formula", text(i.check().answer()));
            n.put("holds", i.holds());
            n.put("confirmed", i.confirmed());
            ObjectNode check = answer(i.check());
            check.remove("expression");
            check.remove("derivative");
            n.setAll(check);
        }
        ArrayNode formulas = o.putArray("formulas");
        for (Document.Block b : doc.blocks()) {
            if (b instanceof Document.Display d) {
                ObjectNode f = formulas.addObject();
                f.put("latex", d.latex());
                f.put("text", d.text());
            }
        }
        return o;
    }
}
