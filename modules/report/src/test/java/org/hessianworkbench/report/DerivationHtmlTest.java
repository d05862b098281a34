package org.hessianworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.derivation.ModelDerivations;
import org.hessianworkbench.symbolic.check.Domain;
import org.hessianworkbench.symbolic.check.TypedAnswer;
import org.hessianworkbench.symbolic.derive.DeriveOptions;
import org.hessianworkbench.symbolic.derive.Derivation;
import org.hessianworkbench.symbolic.derive.Deriver;
import org.hessianworkbench.symbolic.parse.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DerivationHtmlTest {

    private static final String COMMAND = "workbench derive logistic --format html";

    /** No element names a URL outside the page: only {@code data:} sources and in-page anchors. */
    static void assertSelfContained(Document page) {
        for (Element e : page.select("[src], [href]")) {
            String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            assertTrue(url.startsWith("data:") || url.startsWith("#"), () -> "external reference " + e);
        }
        assertTrue(page.select("link, iframe, object, embed").isEmpty());
    }

    @Test
    void theLogisticDocumentShowsEveryStepInMathMlAndTheHessianAsAMatrix() {
        org.hessianworkbench.symbolic.doc.Document doc = ModelDerivations.document(ModelKind.LOGISTIC);
        Document page = Jsoup.parse(DerivationHtml.render(doc, COMMAND));
        assertEquals("Logistic regression: the gradient and Hessian, step by step", page.selectFirst("h1").text());
        assertTrue(page.select("h2").eachText().containsAll(List.of("First derivative", "Second derivative")));
        int steps = doc.parts().stream().mapToInt(p -> p.steps().size()).sum();
        assertEquals(steps, page.select("ol.steps > li").size());
        for (Element step : page.select("ol.steps > li")) {
            assertFalse(step.select("p.rule strong, p.rule em").text().isBlank());
            assertTrue(step.selectFirst("p.rule span").text().contains("checked at 20 points"), step::text);
            Element rewrite = step.selectFirst("math[display=block]");
            assertTrue(rewrite.select("mo").eachText().contains("→"));
        }
        Element hessian = page.selectFirst("div.hessian math");
        assertEquals(2, hessian.select("mtable > mtr").size());
        assertEquals(4, hessian.select("mtr > mtd").size());
        assertEquals(2, page.selectFirst("div.gradient mtable").select("mtr").size());
        assertFalse(page.select("table.results mfrac").isEmpty());
        assertFalse(page.select("msup, mfrac").isEmpty());
        assertEquals(COMMAND, page.selectFirst("footer code").text());
        assertSelfContained(page);
    }

    @Test
    void theBuiltInDocumentsHaveTheirProseLatexDrawnAndNoneLeftRaw() {
        List<org.hessianworkbench.symbolic.doc.Document> docs = new java.util.ArrayList<>();
        ModelDerivations.KINDS.forEach(k -> docs.add(ModelDerivations.document(k)));
        for (var model : org.hessianworkbench.models.expression.NamedModel.values()) {
            docs.add(org.hessianworkbench.models.derivation.NamedDerivations.document(model));
        }
        for (var doc : docs) {
            String kind = doc.name();
            Document page = Jsoup.parse(DerivationHtml.render(doc, COMMAND));
            for (org.jsoup.nodes.TextNode t : page.select("main p, main h3, main div").textNodes()) {
                assertFalse(t.text().contains("$") || t.text().contains("\\"), () -> kind + ": raw LaTeX in " + t);
            }
            assertTrue(page.select("meta[name=tex-unparsed]").isEmpty(), () -> kind + ": " + page.select("code.tex-unparsed"));
            assertFalse(page.select("main p img.tex-inline").isEmpty(), kind);
        }
    }

    @Test
    void aDisplayedFormulaIsMathMlWhenItsTextIsEquationsOfExpressions() {
        Element parent = Jsoup.parse("").body();
        DerivationHtml.display(parent, "l(eta) = -(y*log(sigmoid(eta))),  sigmoid(z) = 1/(1 + exp(-z))");
        Element m = parent.selectFirst("math[display=block]");
        assertEquals(List.of("ℓ", "η"), m.select("mi").eachText().subList(0, 2));
        assertEquals(2, m.select("mo").eachText().stream().filter("="::equals).count());
        assertEquals(1, m.select("mfrac").size());
        Element other = Jsoup.parse("").body();
        DerivationHtml.display(other, "gradient = X' l',  Hessian = X' diag(l'') X");
        assertTrue(other.select("math").isEmpty());
        assertEquals("gradient = X' l',  Hessian = X' diag(l'') X", other.selectFirst("pre.display").text());
    }

    @Test
    void aWrongAnswerShowsTheDerivativeItDiffersFrom() {
        Derivation d = Deriver.derive(Parser.parse("b^2*x"), List.of("b"), new DeriveOptions(1, 5, 42, Domain.standard()));
        d = Deriver.checkAnswer(d, TypedAnswer.parse("b*x", List.of("b"), 1));
        Document page = Jsoup.parse(DerivationHtml.render(d, "workbench derive --expr \"b^2*x\" --wrt b"));
        assertEquals("Derivation of b^2*x", page.selectFirst("h1").text());
        assertEquals(List.of("Steps of d/db", "Results", "Your answer"), page.select("h2").eachText().subList(1, 4));
        Element answer = page.selectFirst("div.answer");
        assertEquals("Wrong", answer.selectFirst(".verdict-bad").text());
        assertEquals(2, answer.select("math").size());
        assertTrue(page.selectFirst("p.verdict-bad").text().startsWith("Verdict:"));
        assertTrue(page.select("div.hessian").isEmpty());
        assertSelfContained(page);
    }
}
