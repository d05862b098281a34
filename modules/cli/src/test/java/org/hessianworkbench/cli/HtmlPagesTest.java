package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format html} of fit, check, verify and compare-optimizers through the command line: one
 * self-contained page each (structure read back with jsoup), the exit code as for the other formats.
 */
class HtmlPagesTest {

    @TempDir
    Path dir;

    @Test
    void fitOnSpectorIsOnePageWithTheCoefficientTableAndTheConvergencePlot() throws IOException {
        Path png = dir.resolve("convergence.png");
        Cli r = Cli.run("fit", "--data", TestData.file("spector.csv").toString(), "--model", "logistic",
                "--formula", "GRADE ~ GPA + TUCE + PSI", "--format", "html", "--plot-convergence", png.toString());
        assertEquals(0, r.code(), r.err());
        Document doc = Pages.parse(r.out());
        assertTrue(doc.title().startsWith("Fit: "), doc.title());
        assertTrue(doc.select("footer code").text().startsWith("workbench fit --data "), doc.select("footer").text());
        assertEquals(List.of("Model and fit", "Coefficients", "Hessian", "Statistics", "Convergence"),
                doc.select("main h2").eachText());
        Element table = doc.selectFirst("section:has(h2:containsOwn(Coefficients)) table");
        assertNotNull(table);
        assertEquals(List.of("", "Estimate", "Std. Error", "z value", "Pr(>|z|)", "2.5 %", "97.5 %"),
                table.select("thead th").stream().map(Element::text).toList());
        assertEquals(4, table.select("tbody tr").size());
        String gpa = String.format(java.util.Locale.ROOT, "%.5f",
                ReferenceSet.load("spector-logit-stata").coefficient("GPA").estimate());
        Element row = table.selectFirst("tbody tr:has(td:eq(0):containsOwn(GPA))");
        assertNotNull(row, table.outerHtml());
        assertTrue(row.child(1).text().startsWith(gpa), row.text() + " vs " + gpa);
        assertEquals(1, doc.select("img").size());
        Pages.assertSelfContained(doc);
    }

    @Test
    void aFitThatFailsExitsOneWithItsPageAndItsDiagnosesAsNotes() {
        Cli r = Cli.run("fit", "--data", TestData.file("separated.csv").toString(), "--model", "logistic",
                "--formula", "y ~ x", "--format", "html");
        assertEquals(1, r.code(), r.err());
        Document doc = Pages.parse(r.out());
        assertTrue(doc.select("p.note").eachText().stream().anyMatch(n -> n.startsWith("WARNING: complete separation")),
                doc.select("p.note").text());
        assertTrue(doc.select("p.note").text().contains("Remedy: refit with --firth"), doc.select("p.note").text());
        Pages.assertSelfContained(doc);
        Cli out = Cli.run("demo", "--data-dir", TestData.directory().toString(), "--out-dir",
                dir.resolve("plots").toString(), "--out", dir.resolve("demo.html").toString());
        assertEquals(2, out.code(), out.err());
        assertTrue(out.err().contains("--format html"), out.err());
        assertEquals("", out.out());
    }

    @Test
    void checkOnTheNotebookDataShowsTheEnginesAndTheVerdict() {
        Cli r = Cli.run("check", "--data", TestData.file("logistic_seed42.csv").toString(), "--model", "logistic",
                "--formula", "y ~ x1 + x2 - 1", "--format", "html");
        assertEquals(0, r.code(), r.err());
        Document doc = Pages.parse(r.out());
        assertTrue(doc.title().startsWith("Hessian check: "), doc.title());
        Element table = doc.selectFirst("section:has(h2:containsOwn(Engines)) table.sortable");
        assertNotNull(table);
        assertEquals("method", table.select("thead th").first().text());
        assertTrue(table.select("thead th").eachText().contains("agree"));
        assertTrue(table.select("tbody td:eq(0)").eachText().containsAll(List.of("ad", "analytic", "fd-central")),
                table.text());
        assertEquals("agree", doc.select(".verdict .verdict-ok").text());
        Pages.assertSelfContained(doc);
    }

    @Test
    void verifyShowsOneRowPerPropertyAndExitsOneOnAFailure() {
        Cli r = Cli.run("verify", "--models", "logistic", "--tries", "10", "--seed", "3", "--format", "html");
        assertEquals(0, r.code(), r.err());
        Document doc = Pages.parse(r.out());
        Element table = doc.selectFirst("table.sortable");
        assertNotNull(table);
        assertEquals(List.of("model", "property", "tries", "checked", "passed", "discarded", "result", "Taylor slopes"),
                table.select("thead th").eachText());
        assertFalse(table.select("tbody tr").isEmpty());
        assertTrue(table.select("tbody td:eq(6)").eachText().stream().allMatch("passed"::equals), table.text());
        assertEquals("all properties hold", doc.select(".verdict-ok").text());
        Pages.assertSelfContained(doc);
    }

    @Test
    void compareOptimizersOnTheTutorialShowsTheTableAndThePlots() throws IOException {
        Cli r = Cli.run("compare-optimizers", "--data", TestData.file("newton_bfgs_200.csv").toString(), "--model",
                "logistic", "--formula", "Y ~ X1 + X2 + X3 + X4 + X5 - 1", "--start", "ones", "--format", "html",
                "--plot", dir.resolve("c.png").toString());
        assertEquals(0, r.code(), r.err());
        Document doc = Pages.parse(r.out());
        Element table = doc.selectFirst("table.sortable");
        assertNotNull(table);
        assertEquals("optimizer", table.select("thead th").first().text());
        assertEquals(7, table.select("tbody tr").size());
        assertTrue(table.select("tbody td:eq(0)").eachText().contains("newton"), table.text());
        assertEquals(1, doc.select("img").size());
        Pages.assertSelfContained(doc);
    }

    @Test
    void aGradebookEndingInHtmlIsAPageWithASortableTable() throws IOException {
        Path subs = java.nio.file.Files.createDirectories(dir.resolve("empty-class"));
        Path out = dir.resolve("grades.html");
        Cli r = Cli.run("exercise", "grade", "logistic-gradient", "--submissions", subs.toString(), "--out",
                out.toString(), "--seed", "7");
        assertEquals(0, r.code(), r.err());
        Document doc = Pages.parse(java.nio.file.Files.readString(out));
        assertEquals("Gradebook: logistic-gradient", doc.title());
        Element table = doc.selectFirst("table.sortable");
        assertNotNull(table);
        assertEquals(org.hessianworkbench.report.Gradebook.COLUMNS, table.select("thead th").eachText());
        assertTrue(table.select("tbody tr").isEmpty());
        assertTrue(doc.select("main").text().contains("0 of 0 submissions pass"), doc.select("main").text());
        assertTrue(doc.select("footer code").text().startsWith("workbench exercise grade logistic-gradient"),
                doc.select("footer").text());
        assertFalse(doc.select("script").isEmpty());
        Pages.assertSelfContained(doc);
    }

    /** What every page must be. */
    static final class Pages {

        private Pages() {
        }

        static Document parse(String html) {
            assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, Math.min(80, html.length())));
            return Jsoup.parse(html);
        }

        /**
         * Nothing fetched from anywhere: every {@code src} a {@code data:} URI, every {@code href} a
         * fragment of the page; every picture a PNG that decodes to a picture with a size.
         */
        static void assertSelfContained(Document doc) {
            for (Element e : doc.select("[src]")) {
                assertTrue(e.attr("src").startsWith("data:image/png;base64,"), e.tagName() + " src " + e.attr("src"));
            }
            for (Element e : doc.select("[href]")) {
                assertTrue(e.attr("href").startsWith("#"), e.tagName() + " href " + e.attr("href"));
            }
            assertTrue(doc.select("link, iframe, object, embed").isEmpty());
            for (Element img : doc.select("img")) {
                byte[] png = Base64.getDecoder().decode(img.attr("src").substring("data:image/png;base64,".length()));
                try {
                    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                    assertNotNull(image, img.attr("alt"));
                    assertTrue(image.getWidth() > 0 && image.getHeight() > 0, img.attr("alt"));
                } catch (IOException e) {
                    throw new AssertionError(img.attr("alt"), e);
                }
            }
        }
    }
}
