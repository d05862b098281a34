package org.hessianworkbench.models.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.hessianworkbench.models.expression.ExpressionLoss;
import org.hessianworkbench.models.expression.NamedModel;
import org.hessianworkbench.symbolic.doc.Document;
import org.hessianworkbench.symbolic.print.Printer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every named model's derivation passes every check, and derives what the model's loss compiles. */
class NamedDerivationsTest {

    static Stream<Arguments> links() {
        return Stream.of(NamedModel.values()).flatMap(m -> m.links().stream().map(l -> Arguments.of(m, l)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("links")
    void everyStepIsChecked(NamedModel model, NamedModel.Link link) {
        Document doc = NamedDerivations.document(model, link);
        assertTrue(doc.passed(), doc.title());
        assertTrue(doc.checkedSteps() > 3, doc.title());
        // the document derives the same first derivative the model's loss compiles
        List<String> parameters = model.parameters().stream().map(NamedModel.Parameter::name).toList();
        java.util.Map<String, Double> values = new java.util.LinkedHashMap<>();
        parameters.forEach(p -> values.put(p, 1.5));
        ExpressionLoss loss = ExpressionLoss.parse(link.loss(), List.of("eta"), values);
        String derived = Printer.text(doc.derivations().get(0).gradient().get("eta"));
        for (String p : parameters) {
            derived = derived.replaceAll("\\b" + p + "\\b", "1.5");
        }
        double eta = "inverse".equals(link.name()) ? 0.7 : 0.3;
        double[] d1 = new double[1];
        loss.derivatives(new double[] {eta}, 1, d1, new double[1]);
        double fromDocument = org.hessianworkbench.symbolic.eval.Evaluator.value(
                org.hessianworkbench.symbolic.parse.Parser.parse(derived), java.util.Map.of("eta", eta, "y", 1.0,
                        "m", 1.0));
        assertEquals(d1[0], fromDocument, 1e-12 * Math.max(1, Math.abs(d1[0])), derived);
    }
}
