package org.hessianworkbench.symbolic.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.Expr.Mul;
import org.hessianworkbench.symbolic.Expr.Neg;
import org.hessianworkbench.symbolic.Expr.Num;
import org.hessianworkbench.symbolic.Expr.Pow;
import org.hessianworkbench.symbolic.Expr.Sym;
import org.hessianworkbench.symbolic.parse.Parser;
import org.junit.jupiter.api.Test;

class PrinterTest {

    private static String roundTrip(String text) {
        return Printer.text(Parser.parse(text));
    }

    @Test
    void textUsesOnlyTheParenthesesTheTreeNeeds() {
        assertEquals("-(y*log(sigmoid(b*x)) + (1 - y)*log(1 - sigmoid(b*x)))",
                roundTrip("-(y*log(sigmoid(b*x)) + (1-y)*log(1-sigmoid(b*x)))"));
        assertEquals("(sigmoid(b*x) - y)*x", roundTrip("((sigmoid((b*x))) - y)*x"));
        assertEquals("a - (b - c)", roundTrip("a - (b - c)"));
        assertEquals("a/(b*c)", roundTrip("a/(b*c)"));
        assertEquals("a^b^c", roundTrip("a^(b^c)"));
        assertEquals("(a^b)^c", roundTrip("(a^b)^c"));
        assertEquals("-a*b", roundTrip("-(a*b)"));
        assertEquals("x^(-2)", roundTrip("x^-2"));
        assertEquals("a*(-b)", roundTrip("a*-b"));
        assertEquals("-(2)", Printer.text(new Neg(new Num(2))));
        assertEquals("(-2)*x", Printer.text(new Mul(new Num(-2), new Sym("x"))));
        assertEquals("(-2)^x", Printer.text(new Pow(new Num(-2), new Sym("x"))));
        assertEquals("diff(b*x, b)", roundTrip("diff(b*x,b)"));
    }

    @Test
    void numbersPrintShortestAndLocaleIndependently() {
        assertEquals("2", Printer.number(2.0));
        assertEquals("-0.5", Printer.number(-0.5));
        assertEquals("0.1", Printer.number(0.1));
        assertEquals("1e-5", Printer.number(1e-5));
        assertEquals("1.5e20", Printer.number(1.5e20));
        assertEquals("1e15", Printer.number(1e15));
        assertEquals("123456789012345", Printer.number(123456789012345.0));
        assertEquals("0.30000000000000004", Printer.number(0.1 + 0.2));
        for (double v : new double[] {Math.PI, 1e-300, -2.5e-20, 6.02214076e23, 0.0001, 123.456}) {
            assertEquals(v, Double.parseDouble(Printer.number(v)), 0, Printer.number(v));
        }
    }

    @Test
    void latexWritesFractionsGreekLettersAndSubscripts() {
        assertEquals("\\sigma(\\eta) - y", Printer.latex(Parser.parse("sigmoid(eta) - y")));
        assertEquals("\\frac{1 - y}{\\left(1 - f_{1}\\,f_{2}\\right)^{2}}", Printer.latex(Parser.parse("(1 - y)/(1 - f1*f2)^2")));
        assertEquals("\\operatorname{log1p}(e^{-\\eta})", Printer.latex(Parser.parse("log1p(exp(-eta))")));
        assertEquals("\\sqrt{x} \\cdot 2", Printer.latex(Parser.parse("sqrt(x)*2")));
        assertEquals("\\left\\lvert x\\right\\rvert", Printer.latex(Parser.parse("abs(x)")));
        assertEquals("\\frac{\\partial}{\\partial b}\\left[b\\,x\\right]", Printer.latex(Parser.parse("diff(b*x, b)")));
        assertEquals("\\hat{y} - y", Printer.latex(Parser.parse("yhat - y")));
        assertEquals("1.5 \\times 10^{-20}", Printer.latex(new Num(1.5e-20)));
        assertEquals("\\mathrm{rate}", Printer.latex(new Sym("rate")));
    }

    @Test
    void markdownIsLatexInDollars() {
        Expr e = Parser.parse("x^2/2");
        assertEquals("$\\frac{x^{2}}{2}$", Printer.markdown(e));
    }
}
