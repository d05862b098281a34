package org.hessianworkbench.symbolic.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.parse.Parser;
import org.hessianworkbench.symbolic.print.Printer;
import org.hessianworkbench.symbolic.steps.Step;
import org.hessianworkbench.symbolic.steps.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DifferentiatorTest {

    /** The first rule of the derivation of {@code f} in b, and the simplified result. */
    @ParameterizedTest(name = "diff({0}, b) by {1} = {2}")
    @CsvSource(delimiter = ';', value = {
        "y^2; constant; 0",
        "b; variable; 1",
        "b + b^2; sum; 1 + 2*b",
        "b - x; difference; 1",
        "-b^3; negation; -3*b^2",
        "x*b; constant factor; x",
        "b*sin(b); product; sin(b) + b*cos(b)",
        "b^2/x; constant divisor; 2*b/x",
        "1/b; reciprocal; -1/b^2",
        "b/(1 + b); quotient; 1/(1 + b)^2",
        "b^3; power; 3*b^2",
        "(1 + b)^2; chain; 2*(1 + b)",
        "2^b; exponential; 2^b*log(2)",
        "b^b; general power; b^b*(log(b) + 1)",
        "exp(b); exp; exp(b)",
        "exp(2*b); chain; 2*exp(2*b)",
        "log(b); log; 1/b",
        "log(x*b); chain; 1/b",
        "log1p(b); log1p; 1/(1 + b)",
        "log1p(b^2); chain; 2*b/(1 + b^2)",
        "sqrt(b); sqrt; 1/(2*sqrt(b))",
        "sqrt(1 + b); chain; 1/(2*sqrt(1 + b))",
        "sigmoid(b); sigmoid; sigmoid(b)*(1 - sigmoid(b))",
        "sigmoid(b*x); chain; sigmoid(b*x)*(1 - sigmoid(b*x))*x",
        "sin(b); sin; cos(b)",
        "cos(b); cos; -sin(b)",
        "cos(b^2); chain; -2*sin(b^2)*b",
        "tanh(b); tanh; 1 - tanh(b)^2",
        "tanh(2*b); chain; 2*(1 - tanh(2*b)^2)",
        "abs(b); abs; 2*step(b) - 1",
        "expm1(2*b); chain; 2*exp(2*b)",
        "softplus(b); softplus; sigmoid(b)",
        "sinh(b); sinh; cosh(b)",
        "cosh(b); cosh; sinh(b)",
        "step(b); step; 0",
        "Phi(b); Phi; phi(b)",
        "phi(b); phi; -b*phi(b)",
        "logPhi(b); logPhi; invmills(b)",
        "invmills(b); invmills; -invmills(b)*(b + invmills(b))",
        "erf(b); erf; 1.1283791670955126*exp(-b^2)",
        "erfc(b); erfc; -1.1283791670955126*exp(-b^2)",
        "lgamma(b); lgamma; digamma(b)",
        "digamma(b); digamma; trigamma(b)",
        "trigamma(b); trigamma; polygamma(2, b)",
        "polygamma(2, b); polygamma; polygamma(3, b)",
        "pow(b, 3); power; 3*b^2",
        "min(b, 2); min; step(2 - b)",
        "max(b, 0); max; step(b)",
        "b^0.5; power; 1/(2*sqrt(b))",
    })
    void eachRule(String f, String firstRule, String result) {
        Trace trace = new Trace();
        Expr d = Differentiator.standard().derive(Parser.parse(f), "b", trace);
        assertEquals(result, Printer.text(d));
        Step first = trace.steps().get(0);
        assertEquals(Step.Kind.DIFFERENTIATE, first.kind());
        assertEquals(firstRule, first.rule());
        assertEquals(Parser.parse(f), first.target());
        assertEquals("b", first.wrt());
        assertFalse(d.hasDiff());
    }

    @Test
    void stepsChainBeforeIntoAfterAndNameTheirRewrite() {
        Trace trace = new Trace();
        Expr f = Parser.parse("log(sigmoid(b*x))");
        Differentiator.standard().derive(f, "b", trace);
        List<Step> steps = trace.steps();
        assertEquals(new Expr.Diff(f, "b"), steps.get(0).before());
        for (int i = 1; i < steps.size(); i++) {
            assertEquals(steps.get(i - 1).after(), steps.get(i).before(), "step " + i);
        }
        Step chain = steps.get(0);
        assertEquals("chain", chain.rule());
        assertEquals("log(sigmoid(b*x))", Printer.text(chain.target()));
        assertEquals("diff(sigmoid(b*x), b)/sigmoid(b*x)", Printer.text(chain.after()));
        assertEquals("diff(log(u), b) = diff(u, b)/u", chain.formula());
        assertTrue(steps.stream().anyMatch(s -> s.kind() == Step.Kind.SIMPLIFY && s.rule().equals("cancellation")));
    }

    @Test
    void theLogisticGradientAndHessianAreTheTextbookOnes() {
        Expr loss = Parser.parse("-(y*log(sigmoid(b*x)) + (1-y)*log(1-sigmoid(b*x)))");
        Differentiator d = Differentiator.standard();
        Expr g = d.derive(loss, "b", Trace.NONE);
        assertEquals("(sigmoid(b*x) - y)*x", Printer.text(g));
        assertEquals("sigmoid(b*x)*(1 - sigmoid(b*x))*x^2", Printer.text(d.derive(g, "b", Trace.NONE)));
    }

    @Test
    void derivativesTypedByTheUserAreWorkedOutToo() {
        Expr e = Differentiator.standard().eliminate(Parser.parse("x*diff(b^2, b) + diff(diff(b^3, b), b)"), Trace.NONE);
        assertEquals("(2*x + 6)*b", Printer.text(e));
    }
}
