package org.hessianworkbench.report.html;

import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.fitting.FitReport;
import org.hessianworkbench.fitting.ProductFitReport;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.report.Diagnoses;
import org.hessianworkbench.report.FitRenderer;
import org.hessianworkbench.report.Fmt;
import org.hessianworkbench.report.ProductRenderer;
import org.hessianworkbench.report.Wording;
import org.jsoup.nodes.Element;

/**
 * {@code fit} as one page: the model and the fit, the diagnoses as notes, the coefficient table, the
 * Hessian (what it says, and the matrix itself), the fit's statistics and the tests of terms, and the
 * convergence plot inline when one was drawn. The same {@link FitReport} the text and JSON renderers
 * read. Stateless.
 */
public final class FitHtml {

    private FitHtml() {
    }

    /**
     * The page of a fit.
     *
     * @param wording     how remedies are said
     * @param command     the command that made it, for the footer
     * @param convergence the convergence plot's PNG bytes, or null for none
     */
    public static String render(FitReport r, Wording wording, String command, byte[] convergence) {
        return render(r, wording, command, convergence, null);
    }

    /**
     * The page of a fit whose tests of terms, asked for, were withheld.
     *
     * @param testsWithheld why the tests of terms asked for were withheld, or null
     */
    public static String render(FitReport r, Wording wording, String command, byte[] convergence,
            String testsWithheld) {
        HtmlPage page = HtmlPage.titled("Fit: " + r.family() + (r.firth() ? " (Firth's penalised likelihood)" : "")
                + ", " + r.formula(), command);
        Element model = page.section("Model and fit");
        facts(model, List.of(
                "Model", r.family() + (r.firth() ? " (Firth's penalised likelihood)" : ""),
                "Formula", r.formula(),
                "Loss", r.loss() == null ? "" : r.loss(),
                "Data", r.source() + " (" + r.n() + " observations"
                        + (r.droppedRows() > 0 ? ", " + r.droppedRows() + " incomplete rows dropped" : "") + ")",
                "Fit", FitRenderer.fitLine(r)));
        notes(model, r.diagnoses(), wording);
        Element coefficients = page.section("Coefficients");
        page.table(coefficients, FitRenderer.coefficientTable(r), false);
        lines(coefficients, FitRenderer.belowTable(r));
        Element hessian = page.section("Hessian");
        lines(hessian, FitRenderer.hessianText(FitRenderer.hessianLabel(r), r.covariance()));
        matrix(page, hessian, "The Hessian at the estimate", names(r.coefficients()), r.hessian().hessian());
        Element stats = page.section("Statistics");
        lines(stats, FitRenderer.statisticsText(r));
        if (!r.tests().isEmpty() && r.stats().likelihood()) {
            HtmlPage.heading(stats, "Tests of terms");
            page.table(stats, FitRenderer.termTestsTable(r), false);
        }
        if (testsWithheld != null) {
            HtmlPage.note(stats, "Tests of terms withheld: " + testsWithheld + ".");
        }
        convergence(page, convergence, r.optimizer());
        return page.render();
    }

    /** The page of a product model's fit. */
    public static String render(ProductFitReport r, Wording wording, String command, byte[] convergence) {
        HtmlPage page = HtmlPage.titled("Fit: " + r.model() + ", " + r.description(), command);
        Element model = page.section("Model and fit");
        facts(model, List.of("Model", r.model().toString(), "Description", r.description(),
                "Data", r.source() + " (" + r.n() + " observations, " + r.coefficients().size() + " parameters)",
                "Fit", r.optimization().optimizer() + ", " + (r.optimization().converged() ? "converged" : "NOT converged")
                        + " after " + r.optimization().iterations() + " iterations (gradient norm "
                        + Fmt.sci(r.optimization().gradientNorm(), 2) + ")",
                "Loss", Fmt.sig(r.loss(), 10)));
        notes(model, r.diagnoses(), wording);
        Element id = page.section("Identifiability");
        lines(id, ProductRenderer.identifiabilityText(r));
        Element coefficients = page.section("Coefficients");
        page.table(coefficients, ProductRenderer.table(r), false);
        convergence(page, convergence, r.optimization().optimizer());
        return page.render();
    }

    private static void convergence(HtmlPage page, byte[] png, String optimizer) {
        if (png != null) {
            Element s = page.section("Convergence");
            HtmlPage.image(s, png, "convergence of " + optimizer,
                    "The loss above the best and the gradient norm against the iteration (" + optimizer + ").");
        }
    }

    /** The diagnoses as notes, remedies said by {@code wording}. */
    static void notes(Element parent, List<Diagnosis> diagnoses, Wording wording) {
        for (Diagnosis d : diagnoses) {
            HtmlPage.note(parent, Diagnoses.line(d, wording));
        }
    }

    /** Each non-empty line of a text block as a paragraph. */
    static void lines(Element parent, String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                HtmlPage.paragraph(parent, line.strip());
            }
        }
    }

    /**
     * A matrix shown as a person writes it, \(H = (\ldots)\) in MathML, then as a table with its row and
     * column names.
     */
    static void matrix(HtmlPage page, Element parent, String summary, List<String> names, double[][] m) {
        if (m == null || m.length == 0 || m.length != names.size()) {
            return;
        }
        HtmlPage.heading(parent, summary);
        Element equation = HtmlPage.math(parent, true).appendElement("mrow");
        equation.appendElement("mi").text("H");
        equation.appendElement("mo").text("=");
        org.hessianworkbench.symbolic.print.MathMl.matrix(equation, m, 7);
        Element d = parent;
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(names);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < m.length; i++) {
            List<String> row = new ArrayList<>();
            row.add(names.get(i));
            for (double x : m[i]) {
                row.add(Fmt.sig(x, 7));
            }
            rows.add(row);
        }
        page.table(d, header, rows, false);
    }

    private static List<String> names(List<Coefficient> coefficients) {
        return coefficients.stream().map(Coefficient::name).toList();
    }

    /** Key-value paragraphs ({@code Model: logistic}), skipping empty values. */
    static void facts(Element parent, List<String> keyValues) {
        for (int i = 0; i < keyValues.size(); i += 2) {
            if (!keyValues.get(i + 1).isEmpty()) {
                Element p = parent.appendElement("p");
                p.appendElement("strong").text(keyValues.get(i) + ":");
                p.appendText(" " + keyValues.get(i + 1));
            }
        }
    }
}
