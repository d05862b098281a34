package org.hessianworkbench.report.html;

import java.util.List;
import org.hessianworkbench.fitting.OptimizerComparison;
import org.hessianworkbench.report.ComparisonRenderer;
import org.hessianworkbench.report.Fmt;
import org.jsoup.nodes.Element;

/**
 * {@code compare-optimizers} as one page: the problem, the optimisers' table (sortable), the best
 * estimate, and the plots inline when drawn. The same {@link OptimizerComparison} the text and JSON
 * renderers read. Stateless.
 */
public final class ComparisonHtml {

    private ComparisonHtml() {
    }

    /** A plot to show: its PNG bytes and caption. */
    public record Plot(byte[] png, String caption) {
    }

    /**
     * The page of a comparison.
     *
     * @param problem what was minimised and from where (a sentence), or empty
     * @param command the command that made it, for the footer
     * @param plots   the plots drawn, in order
     */
    public static String render(OptimizerComparison c, String problem, String command, List<Plot> plots) {
        HtmlPage page = HtmlPage.titled("Optimisers compared", command);
        Element s = page.section("Optimisers");
        if (!problem.isEmpty()) {
            HtmlPage.paragraph(s, problem);
        }
        page.table(s, ComparisonRenderer.table(c), true);
        HtmlPage.paragraph(s, "Best estimate: " + Fmt.vector(c.best(), 7)
                + "; distance to best is the largest difference from it.");
        if (!plots.isEmpty()) {
            Element p = page.section("Plots");
            for (Plot plot : plots) {
                HtmlPage.image(p, plot.png(), plot.caption(), plot.caption());
            }
        }
        return page.render();
    }
}
