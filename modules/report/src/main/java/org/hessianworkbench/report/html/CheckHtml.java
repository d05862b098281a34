package org.hessianworkbench.report.html;

import org.hessianworkbench.fitting.CheckReport;
import org.hessianworkbench.report.CheckRenderer;
import org.hessianworkbench.report.Fmt;
import org.hessianworkbench.report.Wording;
import org.jsoup.nodes.Element;

/**
 * {@code check} as one page: the point, the diagnoses as notes, the engines' table, what the columns
 * and the gradient check say, the AD Hessian as a matrix, the heat maps inline when drawn, and the
 * verdict. The same {@link CheckReport} the text and JSON renderers read. Stateless.
 */
public final class CheckHtml {

    private CheckHtml() {
    }

    /**
     * The page of a check.
     *
     * @param command the command that made it, for the footer
     * @param heatMap the heat maps' PNG bytes, or null for none
     */
    public static String render(CheckReport r, Wording wording, String command, byte[] heatMap) {
        HtmlPage page = HtmlPage.titled("Hessian check: " + r.model() + " at " + r.pointLabel(), command);
        Element point = page.section("The point");
        FitHtml.facts(point, java.util.List.of("Model", r.model().toString(), "Point", r.pointLabel() + " "
                + Fmt.vector(r.point(), 8), "Parameters", Integer.toString(r.names().size())));
        FitHtml.notes(point, r.diagnoses(), wording);
        HtmlPage.verdict(point, "Verdict:", r.verdict(), r.agree());
        Element engines = page.section("Engines");
        page.table(engines, CheckRenderer.table(r), true);
        FitHtml.lines(engines, CheckRenderer.belowTable(r));
        Element hessian = page.section("The AD Hessian");
        FitHtml.matrix(page, hessian, "The AD Hessian (the reference)", r.names(), r.engines().stream()
                .map(CheckReport.Engine::estimate).filter(e -> e.method().cliName().equals("ad"))
                .map(e -> e.hessian()).findFirst().orElse(null));
        if (heatMap != null) {
            HtmlPage.image(hessian, heatMap, "heat maps of the Hessian and of the engines' differences",
                    "The AD Hessian (log scale) and each engine's scaled difference from it, relative to its tolerance.");
        }
        return page.render();
    }
}
