package org.hessianworkbench.symbolic.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.diff.Differentiator;
import org.hessianworkbench.symbolic.parse.Parser;
import org.hessianworkbench.symbolic.print.Printer;
import org.hessianworkbench.symbolic.steps.Step;
import org.hessianworkbench.symbolic.steps.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The results issue 12 found written differently from a textbook, as the workbench writes them now. */
class TextbookFormsTest {

    private static Expr derivative(Expr f, String x, Trace trace) {
        return Differentiator.standard().eliminate(new Expr.Diff(f, x), trace);
    }

    @ParameterizedTest(name = "{0}, order {2} in {1}: {3}")
    @CsvSource(delimiter = ';', value = {
        "x/(1 + x^2); x; 2; (2*x^3 - 6*x)/(1 + x^2)^3",
        "sqrt(1 + x^2); x; 2; 1/(1 + x^2)^(3/2)",
        "x^(1/2); x; 1; 1/(2*sqrt(x))",
        "log(1 + exp(b*x)); x; 2; sigmoid(b*x)*(1 - sigmoid(b*x))*b^2",
        "sqrt(x)/(1 + x); x; 1; (1 - x)/(2*sqrt(x)*(1 + x)^2)",
        "log(1 + exp(eta)) - y*eta; eta; 1; sigmoid(eta) - y",
        "(x^2 - 1)/(x - 1); x; 1; 1",
        "log(cosh(x)); x; 1; tanh(x)",
    })
    void theIssuesExamples(String f, String x, int order, String expected) {
        Expr d = derivative(Parser.parse(f), x, Trace.NONE);
        if (order == 2) {
            d = derivative(d, x, Trace.NONE);
        }
        assertEquals(expected, Printer.text(d));
    }

    /** A simplification step always changes what the reader sees ("associativity: A -> A" is not shown). */
    @Test
    void noStepOfTheCorpusLeavesTheTextAsItWas() throws IOException {
        for (TextbookCorpusTest.Row row : TextbookCorpusTest.corpus()) {
            Trace trace = new Trace();
            Expr first = derivative(row.f(), row.wrt(), trace);
            derivative(first, row.wrt(), trace);
            for (Step s : trace.steps()) {
                assertNotEquals(Printer.text(s.before()), Printer.text(s.after()), row.name() + ": " + s.rule());
            }
        }
    }
}
