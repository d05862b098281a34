package org.hessianworkbench.symbolic.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.ExpressionException;
import org.hessianworkbench.symbolic.SymbolicMessages;
import org.hessianworkbench.symbolic.check.AnswerCheck;
import org.hessianworkbench.symbolic.check.StepCheck;
import org.hessianworkbench.symbolic.parse.Parser;
import org.hessianworkbench.symbolic.print.Printer;
import org.hessianworkbench.symbolic.steps.Step;
import org.junit.jupiter.api.Test;

class DeriverTest {

    private static final String LOSS = "-(y*log(sigmoid(b*x)) + (1-y)*log(1-sigmoid(b*x)))";

    @Test
    void theLogisticGradientAndHessianWithEveryStepChecked() {
        Derivation d = Deriver.derive(LOSS, List.of("b"), DeriveOptions.defaults().withOrder(2));
        assertEquals("(sigmoid(b*x) - y)*x", Printer.text(d.gradient().get("b")));
        assertEquals("sigmoid(b*x)*(1 - sigmoid(b*x))*x^2", Printer.text(d.hessian().get("b").get("b")));
        assertEquals(2, d.parts().size());
        assertEquals("d/db", d.parts().get(0).label());
        assertEquals("d2/db db", d.parts().get(1).label());
        assertTrue(d.passed());
        assertEquals(0, d.failedSteps());
        assertTrue(d.steps().size() > 20, "steps: " + d.steps().size());
        for (CheckedStep s : d.steps()) {
            assertEquals(StepCheck.Status.PASSED, s.check().status(), s.step().rule());
            assertEquals(20, s.check().points());
        }
        assertTrue(d.steps().stream().anyMatch(s -> s.step().kind() == Step.Kind.DIFFERENTIATE
                && s.step().rule().equals("chain") && Printer.text(s.step().target()).equals("log(sigmoid(b*x))")));
        assertEquals(2, d.results().entries().size());
        assertTrue(d.results().passed());
        assertEquals(d.results().entries().get(1).value(), d.target());
    }

    @Test
    void twoVariablesGiveASymmetricHessian() {
        Derivation d = Deriver.derive("b*c^2 + exp(b)", List.of("b", "c"), DeriveOptions.defaults().withOrder(2));
        assertEquals(List.of("b", "c"), List.copyOf(d.gradient().keySet()));
        assertEquals("c^2 + exp(b)", Printer.text(d.gradient().get("b")));
        assertEquals("2*b*c", Printer.text(d.gradient().get("c")));
        assertEquals("2*c", Printer.text(d.hessian().get("b").get("c")));
        assertEquals(d.hessian().get("b").get("c"), d.hessian().get("c").get("b"));
        assertEquals(List.of("d/db", "d/dc", "d2/db db", "d2/db dc", "d2/dc dc"),
                d.parts().stream().map(Part::label).toList());
        assertTrue(d.passed());
    }

    @Test
    void theSameSeedGivesTheSameChecks() {
        Derivation a = Deriver.derive(LOSS, List.of("b"), DeriveOptions.defaults());
        Derivation b = Deriver.derive(LOSS, List.of("b"), DeriveOptions.defaults());
        assertEquals(a.steps(), b.steps());
        assertEquals(a.results(), b.results());
    }

    @Test
    void checkingAnAnswer() {
        Derivation d = Deriver.derive(LOSS, List.of("b"), DeriveOptions.defaults());
        AnswerCheck wrong = Deriver.checkAnswer(d, Parser.parse("(y - sigmoid(b*x))*x")).answer().orElseThrow()
                .entries().get(0).check();
        assertFalse(wrong.equal());
        assertEquals(Map.of("b", 1.0, "x", 1.0, "y", 1.0), wrong.counterexample());
        assertTrue(Deriver.checkAnswer(d, Parser.parse("x*(sigmoid(b*x) - y)")).answer().orElseThrow().right());
        Derivation second = Deriver.derive(LOSS, List.of("b"), DeriveOptions.defaults().withOrder(2));
        assertTrue(Deriver.checkAnswer(second, Parser.parse("sigmoid(b*x)*(1 - sigmoid(b*x))*x^2")).answer()
                .orElseThrow().right());
    }

    @Test
    void badRequests() {
        assertThrows(ExpressionException.class, () -> Deriver.derive("b*+x", List.of("b"), DeriveOptions.defaults()));
        assertEquals(SymbolicMessages.NO_VARIABLE, assertThrows(BadInputException.class,
                () -> Deriver.derive("b", List.of(), DeriveOptions.defaults())).key());
        BadInputException repeated = assertThrows(BadInputException.class,
                () -> Deriver.derive("b", List.of("b", "b"), DeriveOptions.defaults()));
        assertEquals(SymbolicMessages.VARIABLE_REPEATED, repeated.key());
        assertEquals("a variable is repeated in [b, b]", repeated.getMessage());
        assertEquals(SymbolicMessages.NOT_A_SYMBOL_NAME, assertThrows(BadInputException.class,
                () -> Deriver.derive("b", List.of("log"), DeriveOptions.defaults())).key());
        BadInputException order = assertThrows(BadInputException.class, () -> DeriveOptions.defaults().withOrder(3));
        assertEquals(SymbolicMessages.ORDER_OUT_OF_RANGE, order.key());
        assertEquals("the order must be 1 or 2, not 3", order.getMessage());
    }

    @Test
    void aVariableTheExpressionDoesNotContainHasDerivativeZero() {
        Derivation d = Deriver.derive("x^2", List.of("b"), DeriveOptions.defaults());
        assertEquals(new Expr.Num(0), d.gradient().get("b"));
        assertTrue(d.passed());
    }
}
