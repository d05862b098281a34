package org.hessianworkbench.symbolic.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.check.Checker;
import org.hessianworkbench.symbolic.check.Domain;
import org.hessianworkbench.symbolic.check.StepCheck;
import org.hessianworkbench.symbolic.parse.Parser;
import org.hessianworkbench.symbolic.print.Printer;
import org.hessianworkbench.symbolic.steps.Step;
import org.hessianworkbench.symbolic.steps.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimplifierTest {

    /** Each rule on its own: the expression, the rule recorded, the result; every step keeps the value. */
    @ParameterizedTest(name = "{0} by {1} = {2}")
    @CsvSource(delimiter = ';', value = {
        "x*1; x*1; x",
        "1*x; x*1; x",
        "x^1; x^1; x",
        "x^0; x^0; 1",
        "x + 0; x + 0; x",
        "0 - x; 0 - x; -x",
        "x*0; x*0; 0",
        "0/x; 0/x; 0",
        "x/1; x/1; x",
        "2 + 3; constant folding; 5",
        "0.1 + 0.2; constant folding; 0.3",
        "2^-1; constant folding; 0.5",
        "log(1); constant folding; 0",
        "exp(0); constant folding; 1",
        "--x; -(-x) = x; x",
        "x - x; x - x; 0",
        "x/x; x/x; 1",
        "x*x; collect powers; x^2",
        "(x^2)^3; collect powers; x^6",
        "(2*x)^2; power of a product; 4*x^2",
        "x*y/x; cancellation; y",
        "x^2/x^5; cancellation; 1/x^3",
        "2*x + 3*x; collect terms; 5*x",
        "x*(1 + y) - x*y; expand and collect; x",
        "x*y + x*z; factor out; (y + z)*x",
        "3*x/6; constant folding; x/2",
        "x*2; number first; 2*x",
        "a*(b*c); associativity; a*b*c",
        "a + (-b); sign; a - b",
        "a - (-b); sign; a + b",
        "(-a)*b; sign; -a*b",
        "a/(-b); sign; -a/b",
        "-(a - b); -(a - b) = b - a; b - a",
        "-(y - s)*x; -(a - b) = b - a; (s - y)*x",
        "sigmoid(-z); sigmoid(-z) = 1 - sigmoid(z); 1 - sigmoid(z)",
        "sin(-z); sin(-z) = -sin(z); -sin(z)",
        "cos(-z); cos(-z) = cos(z); cos(z)",
        "tanh(-z); tanh(-z) = -tanh(z); -tanh(z)",
        "abs(-z); abs(-z) = abs(z); abs(z)",
        "log(exp(u)); log(exp(u)) = u; u",
        "exp(log(u)); exp(log(u)) = u; u",
        "sqrt(u)^2; sqrt(u)^2 = u; u",
    })
    void eachRule(String input, String rule, String result) {
        Expr e = Parser.parse(input);
        Trace trace = new Trace();
        Expr s = Simplifier.standard().simplify(e, trace);
        assertEquals(result, Printer.text(s));
        assertEquals(1, trace.steps().size(), () -> "steps: " + trace.steps());
        Step step = trace.steps().get(0);
        assertEquals(rule, step.rule());
        assertEquals(Step.Kind.SIMPLIFY, step.kind());
        assertEquals(e, step.before());
        assertEquals(s, step.after());
        assertPreserved(step);
    }

    @Test
    void fractionsThatDoNotPrintShortStayFractions() {
        assertEquals("1/3", Printer.text(Simplifier.standard().simplify(Parser.parse("1/3"))));
        assertEquals("log(2)", Printer.text(Simplifier.standard().simplify(Parser.parse("log(2)"))));
        assertEquals("x/3", Printer.text(Simplifier.standard().simplify(Parser.parse("x*2/6"))));
    }

    @Test
    void theStableFormsOfTheLogisticLoss() {
        Trace trace = new Trace();
        Expr s = Simplifier.stable().simplify(Parser.parse("-(y*log(sigmoid(eta)) + (1 - y)*log(1 - sigmoid(eta)))"),
                trace);
        assertEquals("(1 - y)*log1p(exp(eta)) + y*log1p(exp(-eta))", Printer.text(s));
        List<String> rules = trace.steps().stream().map(Step::rule).toList();
        assertTrue(rules.contains("log(sigmoid(z)) = -log1p(exp(-z))"), rules.toString());
        assertTrue(rules.contains("1 - sigmoid(z) = sigmoid(-z)"), rules.toString());
        trace.steps().forEach(SimplifierTest::assertPreserved);
        // the standard rules leave the loss alone
        assertEquals(Parser.parse("-(y*log(sigmoid(eta)) + (1 - y)*log(1 - sigmoid(eta)))"),
                Simplifier.standard().simplify(Parser.parse("-(y*log(sigmoid(eta)) + (1 - y)*log(1 - sigmoid(eta)))")));
    }

    /**
     * Factoring out a common factor that equals the sum left over multiplies the two: found by the
     * derivation property on {@code log(sqrt(sigmoid(-b)/exp(x - b)))}, whose second derivative in b
     * went through {@code (1 - s)*e - (1 - s)*s*e}, once factored as {@code (1 - s)*e}.
     */
    @Test
    void aSumWhoseSignIsTakenOutMeetsItsEqualFactor() {
        // (-2 - y)/(2 + y): taking the sign out of -2 - y gives the denominator's sum, whose powers add to 0
        // (found by the derivation property: the factor was overwritten, giving -1/(2 + y))
        Expr e = Parser.parse("(-2 - y)/(2 + y)");
        Expr s = Simplifier.standard().simplify(e);
        assertEquals("-1", Printer.text(s));
        Expr inside = Parser.parse("b - (-2 - y)/(2 + y)");
        for (double y = -1.5; y <= 3; y += 0.75) {
            java.util.Map<String, Double> p = java.util.Map.of("b", 0.4, "y", y);
            assertEquals(org.hessianworkbench.symbolic.eval.Evaluator.value(inside, p),
                    org.hessianworkbench.symbolic.eval.Evaluator.value(Simplifier.standard().simplify(inside), p), 1e-12);
        }
    }

    @Test
    void aCommonFactorEqualToTheSumLeftIsSquared() {
        Expr e = Parser.parse("(1 - sigmoid(b))*exp(x - b) - (1 - sigmoid(b))*sigmoid(b)*exp(x - b)");
        Expr s = Simplifier.standard().simplify(e);
        for (double b = -2; b <= 2; b += 0.5) {
            double sb = 1 / (1 + Math.exp(-b));
            double expected = (1 - sb) * (1 - sb) * Math.exp(0.3 - b);
            double actual = org.hessianworkbench.symbolic.eval.Evaluator.value(s, java.util.Map.of("b", b, "x", 0.3));
            assertEquals(expected, actual, 1e-14 * Math.abs(expected), Printer.text(s));
        }
    }

    /**
     * The sigmoid form of \(e^u/(1 + e^u)^2\) in a term that already has \((1 - \sigma(u))^{-2}\): the
     * exponents add (found by the derivative property on {@code x/(exp(x)/(exp(b) + 1)) + b}).
     */
    @Test
    void theSigmoidFormAddsToFactorsAlreadyThere() {
        Expr e = Parser.parse("x*exp(b)/(exp(x)*(exp(b) + 1)^2*(1 - sigmoid(b))^2)");
        Expr s = Simplifier.standard().simplify(e);
        for (double b = -2; b <= 2; b += 0.5) {
            java.util.Map<String, Double> p = java.util.Map.of("b", b, "x", 0.3);
            double want = org.hessianworkbench.symbolic.eval.Evaluator.value(e, p);
            assertEquals(want, org.hessianworkbench.symbolic.eval.Evaluator.value(s, p), 1e-14 * Math.abs(want),
                    Printer.text(s));
        }
    }

    @Test
    void derivativesStillToWorkOutAreLeftAlone() {
        Expr e = Parser.parse("diff(x*1, b) + 0");
        assertEquals("diff(x*1, b)", Printer.text(Simplifier.standard().simplify(e)));
    }

    @Test
    void simplificationIsIdempotentOnTheProjectsLosses() {
        for (String text : List.of("(sigmoid(b*x) - y)*x", "sigmoid(b*x)*(1 - sigmoid(b*x))*x^2",
                "(1 - y)*f2/(1 - f1*f2) - y/f1", "2*f1*f2 - y", "(f1*f2 - y)^2/2")) {
            Expr e = Parser.parse(text);
            assertEquals(e, Simplifier.standard().simplify(e), text);
        }
    }

    private static void assertPreserved(Step step) {
        StepCheck c = new Checker(step.before().symbols(), Domain.standard(), 20, 1).step(step);
        assertTrue(c.status() != StepCheck.Status.FAILED, () -> step.rule() + ": " + c);
    }
}
