package org.hessianworkbench.report.html;

import java.util.List;
import org.hessianworkbench.grading.verify.VerifyRunner;
import org.hessianworkbench.report.VerifyRenderer;
import org.jsoup.nodes.Element;

/**
 * {@code verify} as one page: the properties' table (sortable), the discards and failures, and the
 * verdict with the seed. The same outcomes the text and JSON renderers read. Stateless.
 */
public final class VerifyHtml {

    private VerifyHtml() {
    }

    /**
     * The page of a verification.
     *
     * @param command the command that made it, for the footer
     */
    public static String render(List<VerifyRunner.Outcome> outcomes, long seed, String command) {
        boolean passed = outcomes.stream().allMatch(VerifyRunner.Outcome::passed);
        HtmlPage page = HtmlPage.titled("Properties of the models' losses, gradients and Hessians", command);
        Element s = page.section("Properties");
        HtmlPage.verdict(s, "Verdict:", passed ? "all properties hold" : "not all properties hold", passed);
        page.table(s, VerifyRenderer.table(outcomes), true);
        String below = VerifyRenderer.belowTable(outcomes, seed, passed);
        for (String block : below.strip().split("\n\n")) {
            if (block.contains(" failed (seed ") || block.contains(" was not checked (seed ")) {
                HtmlPage.note(s, block.replaceAll("\\s*\n\\s*", " "));
            } else {
                FitHtml.lines(s, block);
            }
        }
        return page.render();
    }
}
