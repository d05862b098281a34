package org.hessianworkbench.symbolic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.parse.Parser;
import org.junit.jupiter.api.Test;

class AnswerCheckerTest {

    private static final Expr GRADIENT = Parser.parse("(sigmoid(b*x) - y)*x");

    private static AnswerCheck check(Expr expected, String answer) {
        return AnswerChecker.compare(expected, Parser.parse(answer), Domain.standard(), 20, 42);
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void theRightAnswerInAnotherFormIsEqualSymbolically() {
        AnswerCheck c = check(GRADIENT, "x*sigmoid(x*b) - x*y");
        assertTrue(c.equal());
        assertEquals(AnswerCheck.Method.SYMBOLIC, c.method());
        assertTrue(c.counterexample().isEmpty());
    }

    @Test
    void anAnswerTheSimplifierCannotProveIsEqualNumerically() {
        // sigmoid(z) = (1 + tanh(z/2))/2: the simplifier now proves x/(1 + exp(-b*x)) = x*sigmoid(b*x), not this
        AnswerCheck c = check(GRADIENT, "x*(1 + tanh(b*x/2))/2 - x*y");
        assertTrue(c.equal());
        assertEquals(AnswerCheck.Method.NUMERIC, c.method());
        assertEquals(20, c.pointsCompared());
    }

    @Test
    void aSignErrorIsCaughtAtSmallSimpleValues() {
        AnswerCheck c = check(GRADIENT, "(y - sigmoid(b*x))*x");
        assertFalse(c.equal());
        assertEquals(Map.of("b", 1.0, "x", 1.0, "y", 1.0), c.counterexample());
        assertEquals(sigmoid(1) - 1, c.expectedValue(), 1e-15);
        assertEquals(1 - sigmoid(1), c.answerValue(), 1e-15);
    }

    @Test
    void aMissingFactorIsCaughtWhereTheFactorIsNotOne() {
        AnswerCheck c = check(GRADIENT, "sigmoid(b*x) - y");
        assertFalse(c.equal());
        assertEquals(Map.of("b", 1.0, "x", 2.0, "y", 1.0), c.counterexample());
        assertEquals((sigmoid(2) - 1) * 2, c.expectedValue(), 1e-15);
        assertEquals(sigmoid(2) - 1, c.answerValue(), 1e-15);
        AnswerCheck hessian = check(Parser.parse("sigmoid(b*x)*(1 - sigmoid(b*x))*x^2"), "sigmoid(b*x)*(1 - sigmoid(b*x))*x");
        assertFalse(hessian.equal());
        assertEquals(2.0, hessian.counterexample().get("x"));
    }

    @Test
    void simpleValuesInsideTheDomainComeFirst() {
        Domain inside = Domain.standard().with("f1", 0.1, 0.9).with("f2", 0.1, 0.9).with("y", 0, 1);
        AnswerCheck c = AnswerChecker.compare(Parser.parse("(1 - y)/(1 - f1*f2)^2"), Parser.parse("y/(f1*f2)"), inside,
                20, 42);
        assertFalse(c.equal());
        assertEquals(Map.of("f1", 0.5, "f2", 0.5, "y", 1.0), c.counterexample());
    }

    @Test
    void anAnswerUndefinedWhereTheDerivativeIsDefinedIsWrong() {
        AnswerCheck c = check(Parser.parse("1/b"), "log(-b*b - 1)");
        assertFalse(c.equal());
        assertTrue(Double.isNaN(c.answerValue()));
        assertFalse(c.counterexample().isEmpty());
    }
}
