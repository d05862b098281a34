package org.hessianworkbench.report;

import org.hessianworkbench.grading.verify.VerifyRunner;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hessianworkbench.grading.verify.Discard;
import org.hessianworkbench.grading.verify.Tally;
import org.hessianworkbench.report.Format;
import org.hessianworkbench.report.Json;
import org.hessianworkbench.report.TextTable;

/** Renders the outcomes of {@code workbench verify}. */
public final class VerifyRenderer {

    /** The property whose tries have Taylor slopes. */
    private static final String TAYLOR = "taylor-remainder";

    private VerifyRenderer() {
    }

    /** The report in the given format. */
    public static String render(List<VerifyRunner.Outcome> outcomes, long seed, Format format) {
        boolean passed = outcomes.stream().allMatch(VerifyRunner.Outcome::passed);
        return switch (format) {
            case JSON -> Json.document(json(outcomes, seed, passed));
            case TEXT, MARKDOWN -> text(outcomes, seed, passed, format == Format.MARKDOWN);
            case HTML -> org.hessianworkbench.report.html.VerifyHtml.render(outcomes, seed, "workbench verify");
        };
    }

    /** One line of progress. */
    public static String progress(VerifyRunner.Outcome o) {
        String taylor = taylor(o);
        return String.format(Locale.ROOT, "%-18s %-36s %s (%d tries: %d checked, %s)%s", o.model().name(), o.property(),
                result(o), o.tries(), o.checks(), discarded(o.tally()),
                taylor.isEmpty() ? "" : "; Taylor slopes " + taylor);
    }

    /**
     * {@code passed}, {@code FAILED} (a counterexample, or too few tries checked), or {@code NOT CHECKED}
     * (every try discarded: the property neither held nor failed on a case).
     */
    private static String result(VerifyRunner.Outcome o) {
        return o.passed() ? "passed" : o.unchecked() ? "NOT CHECKED" : "FAILED";
    }

    /** {@code 0 discarded}, or {@code 3 discarded (2 kink, 1 slope-unreadable)}. */
    private static String discarded(Tally t) {
        if (t.discardedTotal() == 0) {
            return "0 discarded";
        }
        List<String> why = new ArrayList<>();
        t.discarded().forEach((reason, count) -> why.add(count + " " + reason.code()));
        return t.discardedTotal() + " discarded (" + String.join(", ", why) + ")";
    }

    /**
     * The Taylor column: the slopes read (how many, their minimum, median and maximum), the tries
     * whose remainder is at rounding (quadratic) and those whose slope cannot be read above the
     * rounding floor (discarded); empty for the other properties.
     */
    private static String taylor(VerifyRunner.Outcome o) {
        if (!o.property().equals(TAYLOR)) {
            return "";
        }
        Tally t = o.tally();
        List<String> parts = new ArrayList<>();
        if (!t.slopes().isEmpty()) {
            List<Double> s = new ArrayList<>(t.slopes());
            s.sort(Double::compare);
            parts.add(String.format(Locale.ROOT, "%d read: min %.2f, median %.2f, max %.2f", s.size(), s.get(0),
                    s.get(s.size() / 2), s.get(s.size() - 1)));
        } else if (t.quadratic() == 0) {
            parts.add("none read");
        }
        if (t.quadratic() > 0) {
            parts.add(t.quadratic() + " quadratic (remainder at rounding)");
        }
        if (t.discarded(Discard.SLOPE_UNREADABLE) > 0) {
            parts.add(t.discarded(Discard.SLOPE_UNREADABLE) + " unreadable (below the rounding floor)");
        }
        return String.join("; ", parts);
    }

    /** One row per model and property: tries, checked, passed, discarded, the result and the Taylor slopes. */
    public static TextTable table(List<VerifyRunner.Outcome> outcomes) {
        TextTable t = new TextTable("model", "property", "tries", "checked", "passed", "discarded", "result",
                "Taylor slopes");
        for (VerifyRunner.Outcome o : outcomes) {
            Tally c = o.tally();
            t.row(o.model().name(), o.property(), Integer.toString(c.tries()), Integer.toString(c.checks()),
                    Integer.toString(c.passed()), Integer.toString(c.discardedTotal()), result(o), taylor(o));
        }
        return t;
    }

    private static String text(List<VerifyRunner.Outcome> outcomes, long seed, boolean passed, boolean markdown) {
        TextTable t = table(outcomes);
        StringBuilder b = new StringBuilder();
        b.append(markdown ? t.markdown() : t.render(2));
        b.append(belowTable(outcomes, seed, passed));
        return b.toString();
    }

    /**
     * The lines under the table: what the counts mean, the discards by reason, each property that
     * failed or was not checked, and the verdict with the seed.
     */
    public static String belowTable(List<VerifyRunner.Outcome> outcomes, long seed, boolean passed) {
        StringBuilder b = new StringBuilder();
        b.append("\ntries = checked + discarded; checked = passed + failed (a property stops at its first failing"
                + " try).\n");
        Map<Discard, Integer> reasons = new EnumMap<>(Discard.class);
        for (VerifyRunner.Outcome o : outcomes) {
            o.tally().discarded().forEach((reason, count) -> reasons.merge(reason, count, Integer::sum));
        }
        for (Map.Entry<Discard, Integer> e : reasons.entrySet()) {
            List<String> where = new ArrayList<>();
            for (VerifyRunner.Outcome o : outcomes) {
                int n = o.tally().discarded(e.getKey());
                if (n > 0) {
                    where.add(o.model().name() + " " + o.property() + " " + n);
                }
            }
            b.append("Discarded, ").append(e.getKey().code()).append(" (").append(e.getKey().meaning()).append("): ")
                    .append(String.join(", ", where)).append(".\n");
        }
        for (VerifyRunner.Outcome o : outcomes) {
            if (o.unchecked()) {
                b.append('\n').append(o.model().name()).append(' ').append(o.property()).append(" was not checked (seed ")
                        .append(o.seed()).append(")\n  ").append(o.failure()).append('\n');
            } else if (!o.passed()) {
                b.append('\n').append(o.model().name()).append(' ').append(o.property()).append(" failed (seed ").append(o.seed())
                        .append(")\n  counterexample: ").append(o.counterexample()).append("\n  ").append(o.failure()).append('\n');
            }
        }
        boolean failed = outcomes.stream().anyMatch(o -> !o.passed() && !o.unchecked());
        b.append('\n').append(passed ? "All properties hold" : failed ? "Some properties FAILED"
                : "Some properties were NOT CHECKED: every try was discarded").append(" (seed ").append(seed)
                .append("; rerun with --seed ").append(seed).append(" to reproduce).\n");
        return b.toString();
    }

    private static ObjectNode json(List<VerifyRunner.Outcome> outcomes, long seed, boolean passed) {
        ObjectNode o = Json.object();
        o.put("seed", seed);
        ArrayNode props = o.putArray("properties");
        for (VerifyRunner.Outcome r : outcomes) {
            Tally c = r.tally();
            ObjectNode n = props.addObject();
            n.put("model", r.model().kind().cliName());
            n.put("property", r.property());
            n.put("tries", c.tries());
            n.put("checks", c.checks());
            n.put("passed", c.passed());
            n.put("failed", c.failed());
            n.put("discarded", c.discardedTotal());
            ObjectNode why = n.putObject("discarded_because");
            c.discarded().forEach((reason, count) -> why.put(reason.code(), count));
            n.put("holds", r.passed());
            n.put("seed", r.seed());
            if (r.counterexample() == null) {
                n.putNull("counterexample");
            } else {
                n.put("counterexample", r.counterexample());
            }
            if (r.failure() != null) {
                n.put("failure", r.failure());
            }
            if (r.property().equals(TAYLOR)) {
                ArrayNode s = n.putArray("taylor_slopes");
                c.slopes().forEach(v -> Json.add(s, v));
                n.put("taylor_quadratic", c.quadratic());
            }
        }
        o.put("passed", passed);
        return o;
    }
}
