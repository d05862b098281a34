package org.hessianworkbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The page builder: structure, escaping, self-containment. */
class HtmlPageTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    @Test
    void aPageHasItsTitleSectionsTableFigureMathAndFooterAndFetchesNothing() {
        HtmlPage page = HtmlPage.titled("Fit <logistic>", "workbench fit --data a&b.csv --format html");
        Element one = page.section("Coefficients");
        page.table(one, List.of("name", "estimate"), List.of(List.of("x", "-1.5e-03"), List.of("<b>", "text")), true);
        Element two = page.section("Pictures & maths");
        HtmlPage.image(two, PNG, "a plot", "the caption");
        Element m = HtmlPage.math(two, true);
        m.appendElement("mi").text("x");
        String html = page.render();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        Document d = Jsoup.parse(html);
        assertEquals("Fit <logistic>", d.title());
        assertEquals("Fit <logistic>", d.selectFirst("h1").text());
        assertEquals(List.of("Coefficients", "Pictures & maths"), d.select("nav.toc li").eachText());
        assertFalse(d.selectFirst("nav.toc").hasAttr("hidden"), "two sections: the contents are shown");
        assertEquals("num", d.select("td").get(1).className());
        assertEquals("<b>", d.select("td").get(2).text(), "cell text is escaped, not markup");
        assertTrue(d.select("td b").isEmpty());
        assertEquals(1, d.select("script").size(), "the sort script, for the sortable table");
        assertTrue(d.selectFirst("img").attr("src").startsWith("data:image/png;base64,"));
        assertEquals("block", d.selectFirst("math").attr("display"));
        assertEquals("workbench fit --data a&b.csv --format html", d.selectFirst("footer code").text());
        for (Element e : d.select("[src], [href]")) {
            String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            assertTrue(url.startsWith("data:") || url.startsWith("#"), "fetches " + url);
        }
        assertTrue(d.select("link, iframe, object, embed").isEmpty());
        assertTrue(d.selectFirst("style").data().contains("@media print"));
    }

    @Test
    void aPageOfOneSectionHidesTheContentsAndHasNoScript() {
        HtmlPage page = HtmlPage.titled("Derivation", "workbench derive logistic --format html");
        HtmlPage.paragraph(page.section("Steps"), "one");
        Document d = Jsoup.parse(page.render());
        assertTrue(d.selectFirst("nav.toc").hasAttr("hidden"));
        assertTrue(d.select("script").isEmpty());
    }
}
