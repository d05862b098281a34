package org.hessianworkbench.report;

import org.hessianworkbench.grading.verify.VerifyRunner;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.report.Format;
import org.hessianworkbench.report.Json;
import org.hessianworkbench.report.TextTable;

/** Renders the outcomes of {@code workbench verify}. */
public final class VerifyRenderer {

    private VerifyRenderer() {
    }

    /** The report in the given format. */
    public static String render(List<VerifyRunner.Outcome> outcomes, long seed, Format format) {
        boolean passed = outcomes.stream().allMatch(VerifyRunner.Outcome::passed);
        return switch (format) {
            case JSON -> Json.document(json(outcomes, seed, passed));
            case TEXT, MARKDOWN -> text(outcomes, seed, passed, format == Format.MARKDOWN);
        };
    }

    /** One line of progress. */
    public static String progress(VerifyRunner.Outcome o) {
        return String.format(Locale.ROOT, "%-18s %-36s %s (%d tries, %d checked)%s", o.model(), o.property(),
                o.passed() ? "passed" : "FAILED", o.tries(), o.checks(), slopes(o).isEmpty() ? "" : "; slopes " + slopes(o));
    }

    private static String slopes(VerifyRunner.Outcome o) {
        if (o.slopes().isEmpty()) {
            return o.property().equals("taylor-remainder") && o.passed() ? "quadratic: remainder at rounding" : "";
        }
        List<Double> s = new ArrayList<>(o.slopes());
        s.sort(Double::compare);
        return String.format(Locale.ROOT, "min %.2f, median %.2f, max %.2f", s.get(0), s.get(s.size() / 2), s.get(s.size() - 1));
    }

    private static String text(List<VerifyRunner.Outcome> outcomes, long seed, boolean passed, boolean markdown) {
        TextTable t = new TextTable("model", "property", "tries", "checked", "result", "Taylor slopes");
        for (VerifyRunner.Outcome o : outcomes) {
            t.row(o.model().cliName(), o.property(), Integer.toString(o.tries()), Integer.toString(o.checks()),
                    o.passed() ? "passed" : "FAILED", slopes(o));
        }
        StringBuilder b = new StringBuilder();
        b.append(markdown ? t.markdown() : t.render(2));
        for (VerifyRunner.Outcome o : outcomes) {
            if (!o.passed()) {
                b.append('\n').append(o.model()).append(' ').append(o.property()).append(" failed (seed ").append(o.seed())
                        .append(")\n  counterexample: ").append(o.counterexample()).append("\n  ").append(o.failure()).append('\n');
            }
        }
        b.append('\n').append(passed ? "All properties hold" : "Some properties FAILED").append(" (seed ").append(seed)
                .append("; rerun with --seed ").append(seed).append(" to reproduce).\n");
        return b.toString();
    }

    private static ObjectNode json(List<VerifyRunner.Outcome> outcomes, long seed, boolean passed) {
        ObjectNode o = Json.object();
        o.put("seed", seed);
        ArrayNode props = o.putArray("properties");
        for (VerifyRunner.Outcome r : outcomes) {
            ObjectNode n = props.addObject();
            n.put("model", r.model().cliName());
            n.put("property", r.property());
            n.put("tries", r.tries());
            n.put("checks", r.checks());
            n.put("passed", r.passed() ? r.tries() : 0);
            n.put("holds", r.passed());
            n.put("seed", r.seed());
            if (r.counterexample() == null) {
                n.putNull("counterexample");
            } else {
                n.put("counterexample", r.counterexample());
                n.put("failure", r.failure());
            }
            if (!r.slopes().isEmpty()) {
                ArrayNode s = n.putArray("taylor_slopes");
                r.slopes().forEach(v -> Json.add(s, v));
            }
        }
        o.put("passed", passed);
        return o;
    }
}
