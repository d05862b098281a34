package org.hessianworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hessianworkbench.report.Json;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.check.Checker;
import org.hessianworkbench.symbolic.check.Domain;
import org.hessianworkbench.symbolic.derive.CheckedStep;
import org.hessianworkbench.symbolic.derive.DeriveOptions;
import org.hessianworkbench.symbolic.derive.Derivation;
import org.hessianworkbench.symbolic.derive.Part;
import org.hessianworkbench.symbolic.derive.ResultCheck;
import org.hessianworkbench.report.DerivationMarkdown;
import org.hessianworkbench.symbolic.parse.Parser;
import org.hessianworkbench.symbolic.steps.Step;
import org.junit.jupiter.api.Test;

/** A wrong step (the engine never makes one, so it is built by hand) is flagged in every format. */
class FailedStepRenderingTest {

    private static Derivation wrong() {
        Expr f = Parser.parse("b^2");
        Expr before = new Expr.Diff(f, "b");
        Expr after = Parser.parse("b");
        Step step = new Step(Step.Kind.DIFFERENTIATE, "power", "diff(b^n, b) = n*b^(n - 1)", f, "b", after, before, after);
        Checker checker = new Checker(List.of("b"), Domain.standard(), 20, 42);
        Part part = new Part(List.of("b"), before, List.of(new CheckedStep(step, checker.step(step))), after);
        ResultCheck results = new ResultCheck(20, List.of(new ResultCheck.Entry(List.of("b"), after,
                checker.gradient(f, List.of("b"), 0, after))));
        return new Derivation(f, List.of("b"), DeriveOptions.defaults(), List.of(part), Map.of("b", after), Map.of(),
                results, Optional.empty());
    }

    @Test
    void aFailingStepIsFlaggedInTextJsonMarkdownAndLatex() throws Exception {
        Derivation d = wrong();
        assertFalse(d.passed());
        String text = DerivationText.render(d);
        assertTrue(text.contains("power  [FAILED at 20 points, max rel diff"), text);
        assertTrue(text.contains("Verdict: 1 of 1 steps FAILED their check; a result DISAGREES with automatic "
                + "differentiation."), text);
        JsonNode step = Json.mapper().readTree(DerivationJson.render(d)).get("steps").get(0);
        assertFalse(step.get("checked").asBoolean());
        assertEquals("failed", step.get("status").asText());
        assertTrue(step.get("max_rel_diff").asDouble() > 0.1);
        assertTrue(DerivationMarkdown.derivation(d).contains("✗ **FAILED**"));
        assertTrue(DerivationLatex.render(d).contains("\\textbf{(FAILED"));
    }
}
