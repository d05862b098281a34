package org.hessianworkbench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hessianworkbench.derivatives.HessianComparison;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.derivatives.HessianEstimate;
import org.hessianworkbench.derivatives.HessianMethod;
import org.hessianworkbench.fitting.CheckReport;

/** Renders a {@link CheckReport}. */
public final class CheckRenderer {

    private CheckRenderer() {
    }

    /** The report in the given format (Markdown is the text table in Markdown), remedies in the library's words. */
    public static String render(CheckReport r, Format format) {
        return render(r, format, Wording.LIBRARY);
    }

    /** The report in the given format, remedies said by {@code wording}. */
    public static String render(CheckReport r, Format format, Wording wording) {
        return switch (format) {
            case TEXT -> text(r, wording);
            case JSON -> Json.document(json(r));
            case MARKDOWN -> "## Hessian check: " + r.model() + " at " + r.pointLabel() + "\n\n"
                    + Diagnoses.text(r.diagnoses(), wording).replace("\n", "  \n")
                    + table(r).markdown() + "\nVerdict: **" + r.verdict() + "**\n";
            case HTML -> org.hessianworkbench.report.html.CheckHtml.render(r, wording, "workbench check", null);
        };
    }

    /**
     * One row per engine: time, error estimate, difference from AD (absolute, normwise relative,
     * equilibrated), the largest relative difference of the standard errors, tolerance, whether the
     * error estimate covers the difference, and agreement (decided by the equilibrated difference).
     * The cautionary engine is labelled so.
     */
    public static TextTable table(CheckReport r) {
        TextTable t = new TextTable("method", "seconds", "error estimate", "max |diff| vs ad", "relative", "scaled",
                "SE rel diff", "tolerance", "est. covers", "agree");
        for (CheckReport.Engine e : r.engines()) {
            HessianEstimate h = e.estimate();
            HessianComparison c = r.comparisons().stream()
                    .filter(x -> x.method().equals(h.method().cliName())).findFirst().orElse(null);
            t.row(methodLabel(h.method()), Fmt.sci(e.seconds(), 2),
                    h.errorEstimate() == null ? "-" : Fmt.sci(h.maxErrorEstimate(), 2),
                    c == null ? "(reference)" : Fmt.sci(c.maxAbsDiff(), 3),
                    c == null ? "" : Fmt.sci(c.maxRelDiff(), 3),
                    c == null ? "" : Fmt.sci(c.maxScaledDiff(), 3),
                    c == null ? "" : c.seUnavailable() != null ? "n/a" : Fmt.sci(c.maxSeRelDiff(), 3),
                    c == null ? "" : Fmt.sci(c.tolerance(), 1),
                    c == null || c.errorEstimateCovers() == null ? (c == null ? "" : "-")
                            : c.errorEstimateCovers() ? "yes" : "NO",
                    c == null ? "" : !e.applicable() ? "n/a" : (c.agree() ? "yes" : "NO"));
        }
        return t;
    }

    /** The engine's name, with "(cautionary)" for the cautionary engine. */
    public static String methodLabel(HessianMethod m) {
        return m.cautionary() ? m.cliName() + " (cautionary)" : m.cliName();
    }

    private static String text(CheckReport r, Wording wording) {
        StringBuilder b = new StringBuilder();
        b.append("Hessian check: ").append(r.model()).append(" at ").append(r.pointLabel()).append(' ')
                .append(Fmt.vector(r.point(), 8)).append(" (").append(r.names().size()).append(" parameters)\n\n");
        b.append(Diagnoses.text(r.diagnoses(), wording));
        b.append(table(r).render(2)).append('\n');
        b.append(belowTable(r));
        b.append("Verdict: ").append(r.verdict()).append('\n');
        return b.toString();
    }

    /**
     * The lines under the engines' table: the engines not applicable, why SE differences are
     * unavailable, what the columns mean, the gradient check, what the AD Hessian says, and the
     * cautionary engine; each ending with a newline.
     */
    public static String belowTable(CheckReport r) {
        StringBuilder b = new StringBuilder();
        for (CheckReport.Engine e : r.engines()) {
            if (!e.applicable()) {
                b.append(String.format(Locale.ROOT, "%s: n/a: its steps move %d observations across a kink of the loss "
                                + "(a prediction crossing a clip boundary), where finite differences do not estimate the "
                                + "derivative; not counted in the verdict.%n", e.estimate().method().cliName(),
                        e.kinksCrossed()));
            }
        }
        Map<String, List<String>> unavailable = new LinkedHashMap<>();
        for (HessianComparison c : r.comparisons()) {
            if (c.seUnavailable() != null) {
                unavailable.computeIfAbsent(c.seUnavailable(), k -> new ArrayList<>()).add(c.method());
            }
        }
        unavailable.forEach((why, methods) -> b.append(String.format(Locale.ROOT, "SE rel diff n/a (%s): %s.%n",
                String.join(", ", methods), why)));
        b.append("scaled: max |A - B|_jk / sqrt(|B_jj B_kk|), the difference relative to the curvature; against the "
                + "tolerance it decides \"agree\".\n"
                + "est. covers: whether the engine's own error estimate covers the difference; it never decides.\n");
        HessianComparison g = r.gradientCheck();
        b.append(String.format(Locale.ROOT, "Gradient check (analytic vs ad): max |diff| %s, relative to the gradient terms %s "
                        + "(tolerance %s): %s%n", Fmt.sci(g.maxAbsDiff(), 3), Fmt.sci(g.maxRelDiff(), 3),
                Fmt.sci(g.tolerance(), 1), g.agree() ? "agree" : "DISAGREE"));
        HessianDiagnostics d = r.diagnostics();
        b.append(String.format(Locale.ROOT, "AD Hessian: %s; eigenvalues %s .. %s; condition number %s%n",
                d.definiteness().name().toLowerCase(Locale.ROOT).replace('_', ' '), Fmt.sig(d.minEigenvalue(), 5),
                Fmt.sig(d.maxEigenvalue(), 5), Fmt.sci(d.conditionNumber(), 3)));
        b.append("fd-nested (cautionary) is the logistic-Hessian notebook's nested scheme with a fixed step of 1e-6, kept as "
                + "the cautionary example; shown for comparison, it does not decide the verdict.\n");
        return b.toString();
    }

    /** The JSON document of {@code check}. */
    public static ObjectNode json(CheckReport r) {
        ObjectNode o = Json.object();
        Diagnoses.json(o, r.diagnoses());
        o.put("model", r.model().cliName());
        o.put("point", r.pointLabel());
        Json.array(o, "at", r.point());
        o.put("parameters", r.names().size());
        ArrayNode methods = o.putArray("methods");
        for (CheckReport.Engine e : r.engines()) {
            ObjectNode m = methods.addObject();
            m.put("name", e.estimate().method().cliName());
            m.put("cautionary", e.estimate().method().cautionary());
            Json.put(m, "seconds", e.seconds());
            if (e.estimate().errorEstimate() != null) {
                Json.put(m, "error_estimate", e.estimate().maxErrorEstimate());
            }
            Json.put(m, "asymmetry", e.estimate().asymmetry());
            Json.matrix(m, "hessian", e.estimate().hessian());
        }
        ArrayNode comparisons = o.putArray("comparisons");
        for (HessianComparison c : r.comparisons()) {
            ObjectNode n = comparison(c);
            r.engines().stream().filter(e -> e.estimate().method().cliName().equals(c.method())).findFirst()
                    .ifPresent(e -> {
                        n.put("applicable", e.applicable());
                        n.put("kinks_crossed", e.kinksCrossed());
                    });
            comparisons.add(n);
        }
        ObjectNode g = comparison(r.gradientCheck());
        g.remove("method");
        g.remove("reference");
        g.remove("max_scaled_diff");
        g.remove("max_se_rel_diff");
        g.remove("se_unavailable");
        o.set("gradient_check", g);
        HessianDiagnostics d = r.diagnostics();
        ObjectNode diag = o.putObject("diagnostics");
        Json.array(diag, "eigenvalues", d.eigenvalues());
        Json.put(diag, "condition_number", d.conditionNumber());
        diag.put("positive_definite", d.positiveDefinite());
        o.put("verdict", r.verdict());
        return o;
    }

    private static ObjectNode comparison(HessianComparison c) {
        ObjectNode n = Json.object();
        n.put("method", c.method());
        n.put("reference", c.reference());
        Json.put(n, "max_abs_diff", c.maxAbsDiff());
        Json.put(n, "max_rel_diff", c.maxRelDiff());
        Json.put(n, "max_scaled_diff", c.maxScaledDiff());
        Json.put(n, "max_se_rel_diff", c.maxSeRelDiff());
        if (c.seUnavailable() != null) {
            n.put("se_unavailable", c.seUnavailable());
        }
        Json.put(n, "tolerance", c.tolerance());
        if (c.errorEstimateCovers() != null) {
            n.put("error_estimate_covers", c.errorEstimateCovers());
        }
        n.put("agree", c.agree());
        return n;
    }
}
