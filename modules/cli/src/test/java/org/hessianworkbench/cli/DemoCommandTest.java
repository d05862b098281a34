package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.junit.jupiter.api.Test;

/**
 * The demo reproduces the two examples and the published references, with their numbers beside ours;
 * run once, with its page ({@code --format html --out}) made from the same computation as the text.
 */
class DemoCommandTest {

    /** The page, written by the one run of the demo. */
    private static final Path PAGE = Path.of("target/demo.html");

    /** The demo's one run in this JVM (about 6 s): its text and its page ({@link #PAGE}). */
    private static Cli run;

    private static synchronized Cli demo() throws java.io.IOException {
        if (run == null) {
            Files.deleteIfExists(PAGE);
            run = Cli.run("demo", "--data-dir", TestData.directory().toString(), "--out-dir", "target/demo",
                    "--format", "html", "--out", PAGE.toString());
        }
        return run;
    }

    @Test
    void theDemoPageLoadsOfflineAndRendersItsPicturesInABrowser() throws java.io.IOException {
        Cli r = demo();
        assertEquals(0, r.code(), r.err());
        HtmlPagesBrowserTest.checkPage("demo", Files.readString(PAGE));
    }

    @Test
    void demoReproducesTheExamplesAndTheReferences() throws java.io.IOException {
        ReferenceSet notebook = ReferenceSet.load("logistic-hessian-notebook");
        ReferenceSet tutorial = ReferenceSet.load("newton-bfgs-tutorial");
        ReferenceSet product = ReferenceSet.load("linear-product-notebook");
        Path page = PAGE;
        Cli r = demo();
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        // the converged estimate and its standard error, and the notebook's printed numbers beside them
        for (String key : new String[] {"mle", "mle-se", "bfgs-estimate", "analytic-se", "nested-se"}) {
            for (String v : notebook.words(key)) {
                assertTrue(out.contains(v), key + " " + v + " in " + out);
            }
        }
        assertTrue(out.contains("fd-nested"), out);
        assertTrue(out.contains("Spector"), out);
        assertTrue(out.contains("Longley"), out);
        assertTrue(out.contains("Training accuracy at threshold " + tutorial.text("threshold") + ": "
                + tutorial.text("training-accuracy-percent") + "% (" + tutorial.text("correctly-classified") + " of "
                + tutorial.text("observations") + ")"), out);
        assertTrue(out.contains("Verdict: diverged"), out);
        assertTrue(Files.exists(Path.of("target/demo/newton-bfgs-tutorial-convergence.png")));
        assertTrue(Files.exists(Path.of("target/demo/newton-bfgs-tutorial-paths.png")));
        assertTrue(Files.exists(Path.of("target/demo/notebook-logistic-hessian-diff.png")));
        // NaN appears only where the demo explains the notebook's NaN standard errors, never as a number
        String nanCount = product.text("nested-nan-standard-errors") + " NaN of " + product.text("parameters");
        out.lines().filter(l -> l.contains("NaN")).forEach(l -> assertTrue(l.contains("NaN standard errors")
                || l.contains(nanCount), l));
        assertTrue(out.contains("(quantbullet reached " + product.text("half-sse") + ")"), out);
        assertTrue(out.contains("the notebook saw " + product.text("exact-vs-nested-max-difference") + " between"), out);
        assertTrue(out.contains("SEs up to " + product.text("exact-largest-standard-error") + " from its exact one"), out);
        assertTrue(out.contains("scale"), out);
        // the separated example: the diagnosis, and Firth's estimate beside brglm2's
        ReferenceSet firth = ReferenceSet.load("firth-separated-brglm2");
        assertTrue(out.contains("WARNING: complete separation"), out);
        assertTrue(out.contains("WARNING: the maximum-likelihood estimate does not exist"), out);
        assertTrue(out.contains("Remedy: refit with --firth"), out);
        String slope = String.format(java.util.Locale.ROOT, "%.5f", firth.coefficient("x").estimate());
        assertTrue(out.contains("b(x) = " + slope) && out.contains("brglm2 gives " + slope), slope + " in " + out);
        // profile beside Wald: the penalised profile interval of the slope, R's exact roots (profile-r.txt) to 5 digits
        assertTrue(out.contains("8. Profile-likelihood intervals beside Wald's"), out);
        assertTrue(out.lines().anyMatch(l -> l.trim().startsWith("x ") && l.contains("[20.718, 175.99]")), out);
        assertEquals("", r.err());
        assertPage(page, out);
    }

    /** The page: one section per demo section in the contents, its tables and pictures, under 5 MB. */
    private static void assertPage(Path page, String text) throws java.io.IOException {
        assertTrue(Files.size(page) < 5_000_000, Files.size(page) + " bytes");
        org.jsoup.nodes.Document doc = HtmlPagesTest.Pages.parse(Files.readString(page));
        assertEquals("Hessian Workbench demo", doc.title());
        java.util.List<String> sections = text.lines().filter(l -> l.matches("[1-9]\\. .*")).toList();
        assertEquals(8, sections.size(), text);
        assertEquals(sections, doc.select("main section > h2").eachText());
        assertEquals(sections, doc.select("nav.toc li a").eachText());
        assertTrue(doc.select("nav.toc").attr("hidden").isEmpty());
        assertEquals(5, doc.select("img").size());
        // the derivation as printed, aligned, in section 2
        String derivation = doc.select("main section").get(1).select("pre").text();
        assertTrue(derivation.length() > 100 && text.contains(derivation.lines().findFirst().orElseThrow()), derivation);
        // Spector's GPA estimate, as the text demo prints it, in the table of section 5
        String gpa = text.lines().filter(l -> l.trim().startsWith("GPA ")).findFirst().orElseThrow().trim().split(" +")[1];
        org.jsoup.nodes.Element spector = doc.select("main section").get(4);
        assertEquals(java.util.List.of("estimate", "published", "digits", "std. error", "published", "digits"),
                spector.select("thead th").eachText());
        assertEquals(gpa, spector.selectFirst("tbody tr:has(td:eq(0):containsOwn(GPA)) td:eq(1)").text());
        assertTrue(doc.select(".note").text().contains("WARNING: complete separation"));
        HtmlPagesTest.Pages.assertSelfContained(doc);
    }
}
