package org.hessianworkbench.symbolic.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.parse.Parser;
import org.hessianworkbench.testkit.Tolerances;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final Map<String, Double> AT = Map.of("b", 0.5, "x", 2.0, "y", 1.0);

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void valuesOfEveryFunction() {
        assertEquals(Math.exp(1) + Math.log(2) + Math.log1p(0.5) + Math.sqrt(2) + sigmoid(1) + Math.sin(1) + Math.cos(1)
                        + Math.tanh(1) + Math.abs(-2),
                Evaluator.value(Parser.parse("exp(b*x) + log(x) + log1p(b) + sqrt(x) + sigmoid(b*x) + sin(1) + cos(y) "
                        + "+ tanh(y) + abs(-x)"), AT), Tolerances.FEW_ROUNDINGS);
        assertEquals(-8, Evaluator.value(Parser.parse("(-x)^3"), AT), 0);
        assertEquals(0.25, Evaluator.value(Parser.parse("x^-2"), AT), 0);
        assertTrue(Double.isNaN(Evaluator.value(Parser.parse("log(-x)"), AT)));
    }

    @Test
    void aPreciseZeroIsDetermined() {
        // the gap was scaled by max(1, |confirm|) compared across two Dfp fields: 0/0 made every 0 undetermined,
        // so a wrong answer 0 (or a step to 0) was skipped where it differed
        assertTrue(Evaluator.precise(Parser.parse("0"), AT).isZero());
        assertTrue(Evaluator.precise(Parser.parse("b - b"), AT).isZero());
        assertTrue(Evaluator.preciseDerivative(Parser.parse("b*x"), List.of("b"), AT, 2).isZero());
    }

    @Test
    void sigmoidNeitherOverflowsNorUnderflowsToNaN() {
        assertEquals(1, Evaluator.value(Parser.parse("sigmoid(1000)"), Map.of()), 0);
        assertEquals(0, Evaluator.value(Parser.parse("sigmoid(-1000)"), Map.of()), 0);
    }

    @Test
    void derivativeStructureGradientAndUnevaluatedDerivativesAgree() {
        Expr f = Parser.parse("-(y*log(sigmoid(b*x)) + (1 - y)*log(1 - sigmoid(b*x)))");
        double s = sigmoid(1.0);
        DerivativeStructure ds = Evaluator.derivatives(f, List.of("b"), AT, 2);
        assertEquals((s - 1) * 2, ds.getPartialDerivative(1), Tolerances.FEW_ROUNDINGS);
        assertEquals(s * (1 - s) * 4, ds.getPartialDerivative(2), Tolerances.FEW_ROUNDINGS);
        assertEquals((s - 1) * 2, Evaluator.gradient(f, List.of("b", "x"), AT)[0], Tolerances.FEW_ROUNDINGS);
        assertEquals((s - 1) * 2, Evaluator.value(new Expr.Diff(f, "b"), AT), Tolerances.FEW_ROUNDINGS);
        assertEquals(s * (1 - s) * 4, Evaluator.value(new Expr.Diff(new Expr.Diff(f, "b"), "b"), AT), Tolerances.FEW_ROUNDINGS);
        assertEquals(0, Evaluator.value(new Expr.Diff(f, "z"), AT), 0);
        assertEquals(s * (1 - s) * 4, Evaluator.preciseDerivative(f, List.of("b"), AT, 2).toDouble(), Tolerances.FEW_ROUNDINGS);
        assertEquals(Evaluator.value(f, AT), Evaluator.precise(f, AT).toDouble(), Tolerances.FEW_ROUNDINGS);
    }

    @Test
    void aSymbolWithoutAValueIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Evaluator.value(Parser.parse("b*z"), AT));
    }
}
