package org.hessianworkbench.models.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.symbolic.derive.Derivation;
import org.hessianworkbench.symbolic.doc.Document;
import org.hessianworkbench.symbolic.print.Printer;
import org.junit.jupiter.api.Test;

class ModelDerivationsTest {

    private static Derivation derivation(Document doc, String firstVariable) {
        return doc.derivations().stream().filter(d -> d.wrt().get(0).equals(firstVariable)).findFirst().orElseThrow();
    }

    @Test
    void logistic() {
        Document doc = ModelDerivations.logistic();
        assertTrue(doc.passed());
        Derivation eta = derivation(doc, "eta");
        assertEquals("sigmoid(eta) - y", Printer.text(eta.gradient().get("eta")));
        assertEquals("sigmoid(eta)*(1 - sigmoid(eta))", Printer.text(eta.hessian().get("eta").get("eta")));
        Derivation b = derivation(doc, "b");
        assertEquals("(sigmoid(b*x) - y)*x", Printer.text(b.gradient().get("b")));
        assertEquals("sigmoid(b*x)*(1 - sigmoid(b*x))*x^2", Printer.text(b.hessian().get("b").get("b")));
        Derivation two = derivation(doc, "b1");
        assertEquals("sigmoid(b1*x1 + b2*x2)*(1 - sigmoid(b1*x1 + b2*x2))*x2*x1",
                Printer.text(two.hessian().get("b1").get("b2")));
        assertEquals("(1 - y)*log1p(exp(eta)) + y*log1p(exp(-eta))",
                Printer.text(doc.parts().get(doc.parts().size() - 1).result()));
    }

    @Test
    void theDemosLogisticHessian() {
        Derivation d = ModelDerivations.logisticHessian();
        assertTrue(d.passed());
        assertEquals(List.of("d/deta", "d2/deta deta"), d.parts().stream().map(p -> p.label()).toList());
    }

    @Test
    void linearProductSquaredError() {
        Document doc = ModelDerivations.linearProduct();
        assertTrue(doc.passed());
        Derivation f = derivation(doc, "f1");
        assertEquals("(f1*f2 - y)*f2", Printer.text(f.gradient().get("f1")));
        assertEquals("f2^2", Printer.text(f.hessian().get("f1").get("f1")));
        assertEquals("2*f1*f2 - y", Printer.text(f.hessian().get("f1").get("f2")));
        List<Document.Identity> claims = doc.identities();
        assertEquals(5, claims.size());
        assertTrue(claims.stream().allMatch(Document.Identity::confirmed));
        // the Gauss-Newton form misses the residual term: the checker finds where
        Document.Identity gaussNewton = claims.get(4);
        assertFalse(gaussNewton.holds());
        assertFalse(gaussNewton.check().equal());
        assertFalse(gaussNewton.check().counterexample().isEmpty());
    }

    @Test
    void linearProductCrossEntropyInsideTheClip() {
        Document doc = ModelDerivations.linearProductCe();
        assertTrue(doc.passed());
        Derivation yhat = derivation(doc, "yhat");
        assertEquals("(1 - y)/(1 - yhat) - y/yhat", Printer.text(yhat.gradient().get("yhat")));
        assertEquals("(1 - y)/(1 - yhat)^2 + y/yhat^2", Printer.text(yhat.hessian().get("yhat").get("yhat")));
        Derivation f = derivation(doc, "f1");
        assertEquals("(1 - y)*f2/(1 - f1*f2) - y/f1", Printer.text(f.gradient().get("f1")));
        assertEquals("(1 - y)/(1 - f1*f2)^2", Printer.text(f.hessian().get("f1").get("f2")));
        assertTrue(doc.identities().stream().allMatch(Document.Identity::confirmed));
    }

    @Test
    void modelsWithoutADerivationAreRefused() {
        assertEquals(3, ModelDerivations.KINDS.size());
        for (ModelKind kind : ModelDerivations.KINDS) {
            assertEquals(kind.cliName(), ModelDerivations.document(kind).name());
        }
        assertEquals("no derivation of poisson (known: logistic, linear-product, linear-product-ce)",
                assertThrows(IllegalArgumentException.class, () -> ModelDerivations.document(ModelKind.POISSON)).getMessage());
    }
}
