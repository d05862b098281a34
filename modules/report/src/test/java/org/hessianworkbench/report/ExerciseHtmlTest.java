package org.hessianworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hessianworkbench.grading.exercise.CheckResult;
import org.hessianworkbench.grading.exercise.Exercise;
import org.hessianworkbench.grading.exercise.ExerciseCase;
import org.hessianworkbench.grading.exercise.Hint;
import org.hessianworkbench.grading.exercise.Verdict;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Exercise pages as a browser would read them: headings, tables, MathML, nothing external. */
class ExerciseHtmlTest {

    @Test
    void theStatementPageShowsTheLossAsMathMlAndTheMarkdownAsElements() {
        Exercise e = Exercise.byName("logistic-hessian");
        String command = "workbench exercise show logistic-hessian --format html";
        Document page = Jsoup.parse(ExerciseHtml.show(e, Path.of("exercises", e.fileName()), Path.of("api.jar"), command));
        assertEquals("logistic-hessian: " + e.title(), page.selectFirst("h1").text());
        assertEquals(List.of("Contents", "The loss", "What to implement", "Checking", "Statement"),
                page.select("h2").eachText());
        Element loss = page.selectFirst("section math[display=block]");
        assertEquals("ℓ", loss.selectFirst("mi").text());
        assertFalse(loss.select("msup").isEmpty(), "exp(eta) as a power of e");
        assertTrue(page.select("section h3").eachText().contains("Your task"));
        assertFalse(page.select("section pre").isEmpty());
        assertFalse(page.select("section p code").isEmpty());
        assertTrue(page.select("section p").eachText().stream().noneMatch(t -> t.startsWith("#") || t.contains("```")));
        assertEquals(command, page.selectFirst("footer code").text());
        DerivationHtmlTest.assertSelfContained(page);
    }

    @Test
    void everyBuiltInStatementHasItsLatexDrawnAndNoneLeftRaw() {
        for (Exercise e : Exercise.values()) {
            Document page = Jsoup.parse(ExerciseHtml.show(e, Path.of("exercises", e.fileName()), Path.of("api.jar"),
                    "workbench exercise show " + e.cliName() + " --format html"));
            Element statement = page.select("section").last();
            for (org.jsoup.nodes.TextNode t : statement.select("*").textNodes()) {
                assertFalse(t.text().contains("\\(") || t.text().contains("\\["), () -> e.cliName() + ": raw LaTeX in " + t);
            }
            assertTrue(page.select("meta[name=tex-unparsed]").isEmpty(), () -> e.cliName() + ": " + page.select("code.tex-unparsed"));
            assertFalse(statement.select("p img.tex-inline").isEmpty(), e.cliName());
            for (Element img : statement.select("img")) {
                assertTrue(img.hasClass("tex-inline") || img.hasClass("tex-display"), img::toString);
                assertTrue(img.attr("src").startsWith("data:image/png;base64,") && !img.attr("alt").isBlank(), img::toString);
            }
        }
        Document hessian = Jsoup.parse(ExerciseHtml.show(Exercise.byName("logistic-hessian"), null, Path.of("api.jar"), "c"));
        assertTrue(hessian.select("img.tex-display").eachAttr("alt").stream().anyMatch(a -> a.startsWith("f(\\beta) = \\sum")));
        assertTrue(hessian.select("img.tex-inline").eachAttr("alt").contains("x_i \\in \\mathbb{R}^p"));
    }

    @Test
    void aWrongCheckShowsTheCounterexampleAsTablesAndTheAnswersAsMatrices() {
        ExerciseCase c = new ExerciseCase(new double[][] {{1, 0.5}, {-1, 2}}, null, new double[] {0, 1},
                new double[] {0, 0.5});
        CheckResult r = new CheckResult("logistic-hessian", "MyHessian", Verdict.WRONG, 57, 3, c,
                new double[][] {{0.25, 0.1}, {0.1, 0.5}}, new double[][] {{-0.25, -0.1}, {-0.1, -0.5}},
                List.of(new int[] {0, 0}, new int[] {1, 1}), Hint.SIGN, "4 of 4 entries differ", List.of(), null);
        Document page = Jsoup.parse(ExerciseHtml.check(Exercise.byName("logistic-hessian"), r, Path.of("MyHessian.java"),
                "workbench exercise check logistic-hessian --solution MyHessian.java --format html"));
        assertEquals("WRONG: 4 of 4 entries differ", page.selectFirst("p.verdict-bad").text());
        assertEquals(List.of("x", "y", "beta", "Differing entries"), page.select("h3").eachText());
        Element x = page.select("table").get(0);
        assertEquals(2, x.select("tbody tr").size());
        assertEquals("0.5", x.select("tbody tr").get(0).select("td").get(2).text());
        List<Element> matrices = page.select("math mtable");
        assertEquals(2, matrices.size());
        assertEquals(List.of("0.25", "0.1", "0.1", "0.5"), matrices.get(0).select("mn").eachText());
        assertEquals(4, matrices.get(1).select("mtd").size());
        assertTrue(matrices.get(1).text().contains("−0.25"));
        assertTrue(page.selectFirst("section .note").text().startsWith("sign: "));
        assertTrue(page.select("pre").last().text().endsWith("--seed 3"));
        DerivationHtmlTest.assertSelfContained(page);
    }
}
