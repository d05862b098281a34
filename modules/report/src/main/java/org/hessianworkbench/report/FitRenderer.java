package org.hessianworkbench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.inference.CovarianceResult;
import org.hessianworkbench.fitting.ExpectedInformation;
import org.hessianworkbench.fitting.FitReport;
import org.hessianworkbench.fitting.Information;
import org.hessianworkbench.fitting.ModelTests;
import org.hessianworkbench.fitting.IntervalKind;
import org.hessianworkbench.fitting.ProfileIntervals;
import org.hessianworkbench.fitting.StandardErrors;

/** Renders a {@link FitReport}. */
public final class FitRenderer {

    private FitRenderer() {
    }

    /** The report in the given format, remedies said in the library's words. */
    public static String render(FitReport r, Format format) {
        return render(r, format, Wording.LIBRARY);
    }

    /** The report in the given format, remedies said by {@code wording}. */
    public static String render(FitReport r, Format format, Wording wording) {
        return switch (format) {
            case TEXT -> text(r, wording);
            case JSON -> Json.document(json(r));
            case MARKDOWN -> markdown(r, wording);
            case HTML -> org.hessianworkbench.report.html.FitHtml.render(r, wording, "workbench fit", null);
        };
    }

    /** The coefficient table as text rows. */
    public static TextTable coefficientTable(FitReport r) {
        ProfileIntervals profile = r.profile();
        String[] header = coefficientHeader(new String[] {""}, r.statistic(), r.level());
        if (profile == null) {
            TextTable t = new TextTable(header);
            for (Coefficient c : r.coefficients()) {
                t.row(coefficientRow(new String[] {c.name()}, c));
            }
            return t;
        }
        // the interval columns follow the kind asked for: the profile's, or Wald's then the profile's
        boolean both = profile.kind() == IntervalKind.BOTH;
        int keep = header.length - 2;
        String[] h = java.util.Arrays.copyOf(header, keep + (both ? 4 : 2));
        if (both) {
            h[keep] = "Wald " + header[keep];
            h[keep + 1] = "Wald " + header[keep + 1];
        }
        h[h.length - 2] = "Profile " + header[keep];
        h[h.length - 1] = "Profile " + header[keep + 1];
        TextTable t = new TextTable(h);
        for (int j = 0; j < r.coefficients().size(); j++) {
            Coefficient c = r.coefficients().get(j);
            String[] row = java.util.Arrays.copyOf(coefficientRow(new String[] {c.name()}, c), h.length);
            ProfileIntervals.Profile p = profile.profiles().get(j);
            boolean none = c.withheld() || c.aliased();
            row[h.length - 2] = c.withheld() ? WITHHELD : Fmt.sig(p.lower(), 7);
            row[h.length - 1] = c.withheld() ? WITHHELD : Fmt.sig(p.upper(), 7);
            if (none && !c.withheld()) {
                row[h.length - 2] = Fmt.sig(Double.NaN, 7);
                row[h.length - 1] = Fmt.sig(Double.NaN, 7);
            }
            t.row(row);
        }
        return t;
    }

    /** The line under the coefficient table that says how the intervals were made. */
    static String intervalsLine(FitReport r) {
        String wald = String.format(Locale.ROOT, "estimate +/- %s x SE%s", Fmt.sig(r.critical(), 6),
                r.statistic().equals("t") ? ", t with " + (int) r.df() + " df" : "");
        if (r.profile() == null) {
            return "  (intervals: " + wald + ")\n";
        }
        String profile = String.format(Locale.ROOT, "where the signed root of the profile deviance crosses +/- %s%s,"
                        + " each end to %s SE; %s: it never crosses", Fmt.sig(r.critical(), 6), r.firth() ? " (penalised)" : "",
                String.format(Locale.ROOT, "%.0e", r.profile().tolerance()), Fmt.sig(Double.NaN, 7));
        return r.profile().kind() == IntervalKind.BOTH
                ? "  (Wald intervals: " + wald + ";\n   profile intervals: " + profile + ")\n"
                : "  (profile intervals: " + profile + ")\n";
    }

    /** The header of a coefficient table: the leading columns, then estimate, SE, test and interval. */
    static String[] coefficientHeader(String[] leading, String statistic, double level) {
        String lo = Fmt.shortest(100 * (1 - level) / 2) + " %";
        String hi = Fmt.shortest(100 * (1 - (1 - level) / 2)) + " %";
        return concat(leading, new String[] {"Estimate", "Std. Error", statistic + " value", "Pr(>|" + statistic + "|)",
            lo, hi});
    }

    /** What a withheld number prints as: not a missing value but one the report refuses to give. */
    public static final String WITHHELD = "\u2014";

    /** One coefficient's row after the leading cells; a withheld row prints its numbers as {@link #WITHHELD}. */
    static String[] coefficientRow(String[] leading, Coefficient c) {
        if (c.withheld()) {
            return concat(leading, new String[] {Fmt.sig(c.estimate(), 7), WITHHELD, WITHHELD, WITHHELD, WITHHELD, WITHHELD});
        }
        return concat(leading, new String[] {c.aliased() ? "NA (aliased)" : Fmt.sig(c.estimate(), 7), Fmt.sig(c.stdError(), 7),
            Fmt.fixed(c.statistic(), 3), Fmt.pValue(c.pValue()), Fmt.sig(c.ciLow(), 7), Fmt.sig(c.ciHigh(), 7)});
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = new String[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static String text(FitReport r, Wording wording) {
        StringBuilder b = new StringBuilder();
        b.append("Model:    ").append(r.family()).append(r.firth() ? " (Firth's penalised likelihood)" : "").append("   ")
                .append(r.formula()).append('\n');
        if (r.loss() != null) {
            b.append("Loss:     ").append(r.loss()).append('\n');
        }
        b.append("Data:     ").append(r.source()).append(" (").append(r.n()).append(" observations");
        if (r.droppedRows() > 0) {
            b.append(", ").append(r.droppedRows()).append(" incomplete rows dropped");
        }
        b.append(")\n");
        b.append("Fit:      ").append(fitLine(r)).append("\n\n");
        b.append(Diagnoses.text(r.diagnoses(), wording));
        b.append("Coefficients:\n").append(coefficientTable(r).render(2));
        b.append(belowTable(r));
        b.append('\n').append(hessianText(hessianLabel(r), r.covariance())).append('\n');
        b.append(statisticsText(r));
        if (r.stats().likelihood()) {
            b.append(termTestsText(r));
        }
        return b.toString();
    }

    /**
     * The lines under the coefficient table: the flag of an unconverged fit, how the intervals were
     * made (or why they are withheld), the derived quantities, the standard errors' and the
     * information's kind.
     */
    public static String belowTable(FitReport r) {
        StringBuilder b = new StringBuilder();
        b.append(FitNotes.untrusted(r.converged(), r.statistic()));
        if (r.coefficients().stream().anyMatch(Coefficient::withheld)) {
            b.append("  (" + WITHHELD + " withheld: the estimate does not exist)\n");
        } else {
            b.append(intervalsLine(r));
        }
        b.append(derivedText(r));
        b.append(standardErrorsLine(r));
        b.append(informationLine(r));
        return b.toString();
    }

    /**
     * The fit's statistics after the Hessian: loss or deviances, the test against the null model, the
     * dispersion, log-likelihood and AIC.
     */
    public static String statisticsText(FitReport r) {
        StringBuilder b = new StringBuilder();
        FitReport.FitStatistics s = r.stats();
        if (!s.likelihood()) {
            b.append(String.format(Locale.ROOT, "Loss at the estimate: %s on %d degrees of freedom (not a likelihood: no"
                    + " deviance, log-likelihood or AIC)%n", Fmt.sig(s.loss(), 9), s.residualDf()));
            b.append(FitNotes.dispersionLine(r.dispersion(), r.model()));
            return b.toString();
        }
        if (r.model().estimatesDispersion()) {
            b.append(String.format(Locale.ROOT, "Residual standard error: %s on %d degrees of freedom%n",
                    Fmt.sig(s.sigma(), 7), s.residualDf()));
            b.append(String.format(Locale.ROOT, "R-squared: %s%n", Fmt.sig(s.rSquared(), 7)));
        } else {
            b.append(String.format(Locale.ROOT, "Null deviance:     %s on %d degrees of freedom%n",
                    Fmt.sig(s.nullDeviance(), 8), s.nullDf()));
            b.append(String.format(Locale.ROOT, "Residual deviance: %s on %d degrees of freedom%n",
                    Fmt.sig(s.deviance(), 8), s.residualDf()));
        }
        b.append(testLine(r.lrTest()));
        b.append(FitNotes.dispersionLine(r.dispersion(), r.model()));
        b.append(String.format(Locale.ROOT, "Log-likelihood: %s   AIC: %s%n", Fmt.sig(s.logLikelihood(), 9),
                Fmt.sig(s.aic(), 9)));
        return b.toString();
    }

    /**
     * The model against the null model, e.g. {@code "LR test against the null model: chi^2 = 41.45903 on
     * 5 df, p = 7.578e-08"}; empty when it does not exist.
     */
    static String testLine(ModelTests.Test t) {
        if (t == null) {
            return "";
        }
        return (t.kind().equals("f") ? "F test" : "LR test") + " against the null model: " + statisticText(t)
                + ", p " + (Fmt.pValue(t.pValue()).startsWith("<") ? "" : "= ") + Fmt.pValue(t.pValue()) + "\n";
    }

    private static String statisticText(ModelTests.Test t) {
        return t.kind().equals("f")
                ? "F = " + Fmt.sig(t.statistic(), 7) + " on " + (int) t.df() + " and " + (int) t.df2() + " df"
                : "chi^2 = " + Fmt.sig(t.statistic(), 7) + " on " + (int) t.df() + " df";
    }

    /** The table of the tests of terms, or empty when none was asked for. */
    static String termTestsText(FitReport r) {
        if (r.tests().isEmpty()) {
            return "";
        }
        return "\nTests of terms:\n" + termTestsTable(r).render(2);
    }

    /** The table of the tests of terms (no rows when none was asked for). */
    public static TextTable termTestsTable(FitReport r) {
        TextTable t = new TextTable("term", "test", "statistic", "df", "p-value");
        for (ModelTests.Test x : r.tests()) {
            t.row(x.term(), x.kind().equals("wald") ? "Wald chi^2" : x.kind().equals("lr") ? "LR chi^2" : "F",
                    Fmt.sig(x.statistic(), 7), x.kind().equals("f") ? (int) x.df() + ", " + (int) x.df2()
                            : String.valueOf((int) x.df()), Fmt.pValue(x.pValue()));
        }
        return t;
    }

    /**
     * Which covariance the standard errors use, e.g. {@code "Standard errors: sandwich HC3 (R
     * sandwich::vcovHC)"}; empty for the model's own.
     */
    static String standardErrorsLine(FitReport r) {
        return r.se() == StandardErrors.MODEL ? ""
                : "Standard errors: " + r.se().label() + " (R sandwich::vcovHC), from the per-observation scores and the"
                        + (r.information() != null && r.information().used() == Information.EXPECTED
                                ? " expected information\n" : " Hessian\n");
    }

    /**
     * Which information the covariance inverts and how far the other one's standard errors are, e.g.
     * {@code "Information: observed (the Hessian); the expected (Fisher) information's SEs differ by up to
     * 3.46% (TUCE)"}; empty for the observed information of a canonical link (where the two are equal).
     */
    static String informationLine(FitReport r) {
        ExpectedInformation.Summary i = r.information();
        if (i == null || i.used() == Information.OBSERVED && i.canonicalLink()) {
            return "";
        }
        String used = i.used() == Information.OBSERVED ? "observed (the Hessian)"
                : "expected (Fisher: X'WX from the family's mean and variance, as R's glm)";
        String other = i.used() == Information.OBSERVED ? "expected (Fisher)" : "observed (Hessian)";
        if (i.canonicalLink()) {
            return "Information: " + used + "; equal to the observed for this canonical link\n";
        }
        if (Double.isNaN(i.maxRelativeDifference())) {
            return "Information: " + used + "\n";
        }
        return String.format(Locale.ROOT, "Information: %s; the %s information's SEs differ by up to %s%% (%s)%n",
                used, other, Fmt.sig(100 * i.maxRelativeDifference(), 3), i.term());
    }

    /**
     * One line per derived quantity, e.g.
     * {@code "  k = exp(logk:(Intercept)) = 1.534250, delta-method SE 0.2879339"}; empty without any.
     */
    static String derivedText(FitReport r) {
        StringBuilder b = new StringBuilder();
        for (FitReport.Derived d : r.derived()) {
            b.append("  ").append(derivedLine(d)).append('\n');
        }
        return b.toString();
    }

    private static String derivedLine(FitReport.Derived d) {
        return d.name() + " = " + d.definition() + " = " + Fmt.sig(d.estimate(), 7) + ", delta-method SE "
                + (Double.isFinite(d.stdError()) ? Fmt.sig(d.stdError(), 7) : WITHHELD);
    }

    /** The engine, and with Firth's penalty whose Hessian it is: the log-likelihood's, not the penalised loss's. */
    public static String hessianLabel(FitReport r) {
        return r.hessian().method().cliName() + (r.firth() ? ", of the log-likelihood at the penalised estimate" : "");
    }

    /** "newton, converged in 6 iterations (gradient norm 1.2e-12)". */
    public static String fitLine(FitReport r) {
        if (r.optimization() == null) {
            return "least squares by column-pivoted Householder QR (exact)";
        }
        var o = r.optimization();
        return String.format(Locale.ROOT, "%s, %s after %d iterations (%s; gradient norm %s)", r.optimizer(),
                o.converged() ? "converged" : "NOT converged", o.iterations(), o.stopReason().label(),
                Fmt.sci(o.gradientNorm(), 2));
    }

    /** What the Hessian says, and the covariance's fate. */
    public static String hessianText(String method, CovarianceResult cov) {
        HessianDiagnostics d = cov.diagnostics();
        StringBuilder b = new StringBuilder();
        b.append("Hessian (").append(method).append("): ");
        switch (d.definiteness()) {
            case NOT_FINITE -> b.append("not finite\n");
            default -> b.append(d.definiteness().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append("; eigenvalues ").append(Fmt.sig(d.minEigenvalue(), 5)).append(" .. ")
                    .append(Fmt.sig(d.maxEigenvalue(), 5)).append("; condition number ")
                    .append(Fmt.sci(d.conditionNumber(), 3)).append(scaledCondition(d)).append('\n');
        }
        if (cov instanceof CovarianceResult.Unavailable u) {
            b.append("No standard errors: ").append(u.explanation()).append(".\n");
            for (int k = 0; k < d.nullDirectionCount(); k++) {
                b.append("  null direction ").append(k + 1).append(": ").append(Fmt.vector(d.nullDirection(k), 4))
                        .append('\n');
            }
        }
        return b.toString();
    }

    /** "" when scaling the parameters changes little, else " (8.5e+04 with the parameters scaled)". */
    static String scaledCondition(HessianDiagnostics d) {
        double raw = d.conditionNumber();
        double scaled = d.scaledConditionNumber();
        if (!Double.isFinite(raw) || !Double.isFinite(scaled) || raw <= 10 * scaled) {
            return "";
        }
        return " (" + Fmt.sci(scaled, 3) + " with the parameters scaled)";
    }

    private static String markdown(FitReport r, Wording wording) {
        StringBuilder b = new StringBuilder();
        b.append("## ").append(r.family()).append(r.firth() ? " (Firth's penalised likelihood)" : "").append(": `")
                .append(r.formula()).append("`\n\n");
        if (r.loss() != null) {
            b.append("Loss of one observation: `").append(r.loss()).append("`\n\n");
        }
        b.append("Data `").append(r.source()).append("`, ").append(r.n()).append(" observations. Fit: ")
                .append(fitLine(r)).append(".\n\n");
        for (var d : r.diagnoses()) {
            b.append("> ").append(Diagnoses.line(d, wording)).append("\n\n");
        }
        b.append(coefficientTable(r).markdown()).append(FitNotes.untrustedMarkdown(r.converged(), r.statistic())).append('\n');
        b.append(standardErrorsLine(r).replace("\n", "\n\n"));
        b.append(informationLine(r).replace("\n", "\n\n"));
        for (FitReport.Derived d : r.derived()) {
            b.append("`").append(d.name()).append(" = ").append(d.definition()).append("` = ")
                    .append(Fmt.sig(d.estimate(), 7)).append(", delta-method SE ")
                    .append(Double.isFinite(d.stdError()) ? Fmt.sig(d.stdError(), 7) : WITHHELD).append(".\n\n");
        }
        b.append(hessianText(hessianLabel(r), r.covariance()).replace("\n", "  \n")).append('\n');
        FitReport.FitStatistics s = r.stats();
        if (!s.likelihood()) {
            b.append("Loss at the estimate ").append(Fmt.sig(s.loss(), 9))
                    .append(" (not a likelihood: no deviance, log-likelihood or AIC).\n");
        } else {
            b.append("Log-likelihood ").append(Fmt.sig(s.logLikelihood(), 9)).append(", AIC ")
                    .append(Fmt.sig(s.aic(), 9)).append(", deviance ").append(Fmt.sig(s.deviance(), 9))
                    .append(" (null ").append(Fmt.sig(s.nullDeviance(), 9)).append(").\n");
            ModelTests.Test lr = r.lrTest();
            if (lr != null) {
                b.append('\n').append(testLine(lr));
            }
        }
        b.append(FitNotes.dispersionLine(r.dispersion(), r.model()));
        return b.toString();
    }

    /** The JSON document of {@code fit}. */
    public static ObjectNode json(FitReport r) {
        ObjectNode o = Json.object();
        Diagnoses.json(o, r.diagnoses());
        o.put("model", r.model().cliName());
        if (r.loss() != null) {
            o.put("family", r.family());
            o.put("loss", r.loss());
        }
        if (r.firth()) {
            o.put("penalty", "firth");
        }
        o.put("formula", r.formula());
        o.put("data", r.source());
        o.put("n", r.n());
        o.put("dropped_rows", r.droppedRows());
        o.put("optimizer", r.optimizer());
        o.put("converged", r.converged());
        o.put("iterations", r.iterations());
        if (r.optimization() != null) {
            o.put("stop_reason", r.optimization().stopReason().label());
            Json.put(o, "gradient_norm", r.optimization().gradientNorm());
        }
        FitReport.FitStatistics s = r.stats();
        if (r.loss() != null) {
            Json.put(o, "loss_at_estimate", s.loss());
        }
        if (s.likelihood()) {
            Json.put(o, "log_likelihood", s.logLikelihood());
            Json.put(o, "deviance", s.deviance());
            Json.put(o, "null_deviance", s.nullDeviance());
        }
        o.put("df_residual", s.residualDf());
        o.put("df_null", s.nullDf());
        if (s.likelihood()) {
            Json.put(o, "aic", s.aic());
        }
        FitNotes.dispersionJson(o, r.dispersion());
        if (r.model().estimatesDispersion()) {
            Json.put(o, "sigma", s.sigma());
            Json.put(o, "r_squared", s.rSquared());
        }
        if (r.se() != StandardErrors.MODEL) {
            o.put("se_type", r.se().cliName());
        }
        ExpectedInformation.Summary info = r.information();
        if (info != null && (info.used() == Information.EXPECTED || !info.canonicalLink())) {
            ObjectNode i = o.putObject("information");
            i.put("used", info.used().cliName());
            Json.put(i, "max_relative_se_difference", info.maxRelativeDifference());
            if (info.term() != null) {
                i.put("largest_at", info.term());
            }
        }
        o.put("statistic", r.statistic());
        Json.put(o, "level", r.level());
        Json.put(o, "critical_value", r.critical());
        if (r.profile() != null) {
            o.put("intervals", r.profile().kind().cliName());
            Json.put(o, "profile_tolerance", r.profile().tolerance());
        }
        ObjectNode h = o.putObject("hessian");
        HessianDiagnostics d = r.covariance().diagnostics();
        h.put("method", r.hessian().method().cliName());
        Json.put(h, "min_eigenvalue", d.minEigenvalue());
        Json.put(h, "max_eigenvalue", d.maxEigenvalue());
        Json.put(h, "condition_number", d.conditionNumber());
        h.put("positive_definite", d.positiveDefinite());
        h.put("definiteness", d.definiteness().name().toLowerCase(Locale.ROOT));
        Json.array(h, "eigenvalues", d.eigenvalues());
        Json.matrix(h, "matrix", r.hessian().hessian());
        if (r.covariance() instanceof CovarianceResult.Unavailable u) {
            h.put("explanation", u.explanation());
            ArrayNode nulls = h.putArray("null_directions");
            for (int k = 0; k < d.nullDirectionCount(); k++) {
                ArrayNode v = nulls.addArray();
                for (double x : d.nullDirection(k)) {
                    Json.add(v, x);
                }
            }
        }
        ArrayNode coefficients = o.putArray("coefficients");
        for (int j = 0; j < r.coefficients().size(); j++) {
            Coefficient c = r.coefficients().get(j);
            ObjectNode k = coefficients.addObject();
            k.put("name", c.name());
            Json.put(k, "estimate", c.estimate());
            Json.put(k, "std_error", c.stdError());
            Json.put(k, "statistic", c.statistic());
            Json.put(k, "p_value", c.pValue());
            ProfileIntervals.Profile p = r.profile() == null ? null : r.profile().profiles().get(j);
            Json.put(k, "ci_low", p == null ? c.ciLow() : p.lower());
            Json.put(k, "ci_high", p == null ? c.ciHigh() : p.upper());
            ObjectNode intervals = k.putObject("intervals");
            if (r.profile() == null || r.profile().kind().wald()) {
                ArrayNode w = intervals.putArray("wald");
                Json.add(w, c.ciLow());
                Json.add(w, c.ciHigh());
            }
            if (p != null) {
                ArrayNode pr = intervals.putArray("profile");
                Json.add(pr, p.lower());
                Json.add(pr, p.upper());
            }
            if (c.withheld()) {
                k.put("withheld", true);
            }
            if (c.aliased()) {
                k.put("aliased", true);
            }
        }
        if (!r.derived().isEmpty()) {
            ArrayNode derived = o.putArray("derived");
            for (FitReport.Derived q : r.derived()) {
                ObjectNode k = derived.addObject();
                k.put("name", q.name());
                k.put("definition", q.definition());
                Json.put(k, "estimate", q.estimate());
                Json.put(k, "std_error", q.stdError());
            }
        }
        ModelTests.Test lr = r.lrTest();
        if (lr != null) {
            testJson(o.putObject("lr_test"), lr);
        }
        if (!r.tests().isEmpty()) {
            ArrayNode tests = o.putArray("tests");
            for (ModelTests.Test t : r.tests()) {
                ObjectNode k = tests.addObject();
                k.put("term", t.term());
                testJson(k, t);
            }
        }
        Json.put(o, "seconds", r.seconds());
        return o;
    }

    private static void testJson(ObjectNode k, ModelTests.Test t) {
        k.put("kind", t.kind());
        Json.put(k, "statistic", t.statistic());
        k.put("df", (int) t.df());
        if (t.kind().equals("f")) {
            k.put("df2", (int) t.df2());
        }
        Json.put(k, "p_value", t.pValue());
    }
}
