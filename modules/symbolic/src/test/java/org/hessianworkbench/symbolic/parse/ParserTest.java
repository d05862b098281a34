package org.hessianworkbench.symbolic.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.Expr.Add;
import org.hessianworkbench.symbolic.Expr.Call;
import org.hessianworkbench.symbolic.Expr.Diff;
import org.hessianworkbench.symbolic.Expr.Div;
import org.hessianworkbench.symbolic.Expr.Mul;
import org.hessianworkbench.symbolic.Expr.Neg;
import org.hessianworkbench.symbolic.Expr.Num;
import org.hessianworkbench.symbolic.Expr.Pow;
import org.hessianworkbench.symbolic.Expr.Sub;
import org.hessianworkbench.symbolic.Expr.Sym;
import org.hessianworkbench.symbolic.ExpressionException;
import org.hessianworkbench.symbolic.Fn;
import org.hessianworkbench.symbolic.SymbolicMessages;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static final Sym A = new Sym("a");
    private static final Sym B = new Sym("b");
    private static final Sym C = new Sym("c");

    @Test
    void usualPrecedenceAndLeftAssociativity() {
        assertEquals(new Add(A, new Mul(B, C)), Parser.parse("a + b*c"));
        assertEquals(new Sub(new Sub(A, B), C), Parser.parse("a - b - c"));
        assertEquals(new Div(new Div(A, B), C), Parser.parse("a/b/c"));
        assertEquals(new Mul(new Add(A, B), C), Parser.parse("(a + b) * c"));
    }

    @Test
    void powerIsRightAssociativeAndBindsTightest() {
        assertEquals(new Pow(A, new Pow(B, C)), Parser.parse("a^b^c"));
        assertEquals(new Mul(new Num(2), new Pow(A, new Num(2))), Parser.parse("2*a^2"));
        assertEquals(new Pow(A, new Num(-2)), Parser.parse("a^-2"));
        assertEquals(new Pow(A, new Neg(B)), Parser.parse("a^-b"));
    }

    @Test
    void aLeadingMinusNegatesTheWholeTermAndBindsLooserThanPower() {
        assertEquals(new Neg(new Mul(A, B)), Parser.parse("-a*b"));
        assertEquals(new Neg(new Pow(new Num(2), new Num(2))), Parser.parse("-2^2"));
        assertEquals(new Mul(A, new Neg(B)), Parser.parse("a*-b"));
        assertEquals(new Add(new Neg(A), B), Parser.parse("-a + b"));
        assertEquals(new Neg(new Neg(A)), Parser.parse("--a"));
    }

    @Test
    void aMinusBeforeALiteralIsANegativeNumberUnlessParenthesised() {
        assertEquals(new Num(-2), Parser.parse("-2"));
        assertEquals(new Neg(new Num(2)), Parser.parse("-(2)"));
        assertEquals(new Neg(new Mul(new Num(2), A)), Parser.parse("-2*a"));
        assertEquals(new Mul(A, new Num(-2)), Parser.parse("a*(-2)"));
        assertEquals(new Sub(A, new Num(-2)), Parser.parse("a - -2"));
    }

    @Test
    void numbersFunctionsAndDerivatives() {
        assertEquals(new Num(1.5e-3), Parser.parse("1.5e-3"));
        assertEquals(new Num(0.25), Parser.parse(".25"));
        assertEquals(new Num(100), Parser.parse("1E2"));
        assertEquals(new Call(Fn.LOG1P, new Call(Fn.EXP, new Neg(B))), Parser.parse("log1p(exp(-b))"));
        assertEquals(new Diff(new Mul(B, new Sym("x")), "b"), Parser.parse("diff(b*x, b)"));
        assertEquals(new Sym("eta_1"), Parser.parse("  eta_1  "));
    }

    @Test
    void theLogisticLossParses() {
        Expr e = Parser.parse("-(y*log(sigmoid(b*x)) + (1-y)*log(1-sigmoid(b*x)))");
        assertEquals(new java.util.TreeSet<>(java.util.List.of("b", "x", "y")), e.symbols());
        assertEquals(Neg.class, e.getClass());
    }

    /** The message of the syntax error in {@code text}, after checking its key. */
    private static String error(String text, SymbolicMessages key) {
        ExpressionException e = assertThrows(ExpressionException.class, () -> Parser.parse(text));
        assertEquals(key, e.key(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void errorsNameTheColumnAndWhatWasExpected() {
        assertEquals("expression 'b*+x': at column 3: expected an operand after '*'",
                error("b*+x", SymbolicMessages.EXPRESSION_OPERAND_MISSING));
        assertEquals("expression '(b + x': at column 7: expected ')' to close the '(' at column 1",
                error("(b + x", SymbolicMessages.EXPRESSION_CLOSE_MISSING));
        assertEquals("expression 'b + x)': at column 6: unmatched ')'",
                error("b + x)", SymbolicMessages.EXPRESSION_UNMATCHED_CLOSE));
        assertEquals("expression '2x': at column 2: expected an operator between '2' and 'x'"
                + " (multiplication is written '*')",
                error("2x", SymbolicMessages.EXPRESSION_OPERATOR_MISSING));
        ExpressionException unknown = assertThrows(ExpressionException.class, () -> Parser.parse("sigma(b)"));
        assertEquals(1, unknown.column());
        assertEquals("sigma(b)", unknown.expression());
        assertEquals(SymbolicMessages.EXPRESSION_UNKNOWN_FUNCTION, unknown.key());
        assertEquals("expression 'sigma(b)': at column 1: unknown function 'sigma' (known: exp, log, log1p, expm1, "
                + "sqrt, sigmoid, softplus, sin, cos, tanh, sinh, cosh, abs, step, Phi, phi, logPhi, invmills, erf, erfc, "
                + "lgamma, digamma, trigamma, polygamma, pow, min, max, diff)", unknown.getMessage());
        assertEquals("expression 'b $ x': at column 3: unexpected character '$'",
                error("b $ x", SymbolicMessages.EXPRESSION_UNEXPECTED_CHARACTER));
        assertEquals("expression '': at column 1: expected an expression, found nothing",
                error("", SymbolicMessages.EXPRESSION_EMPTY));
        assertEquals("expression 'log b': at column 5: expected '(' after the function 'log'",
                error("log b", SymbolicMessages.EXPRESSION_FUNCTION_PARENTHESIS_MISSING));
        assertEquals("expression 'b - ': at column 5: expected an operand after '-'",
                error("b - ", SymbolicMessages.EXPRESSION_OPERAND_MISSING));
        assertEquals("expression 'diff(b, 2)': at column 9: expected the variable of diff(expression, symbol)",
                error("diff(b, 2)", SymbolicMessages.EXPRESSION_DIFF_VARIABLE_MISSING));
        assertEquals("expression '1e999': at column 1: the number 1e999 is too large",
                error("1e999", SymbolicMessages.EXPRESSION_NUMBER_TOO_LARGE));
    }

    @Test
    void errorMessagesAreOneLine() {
        String m = assertThrows(ExpressionException.class, () -> Parser.parse("b*\n+x")).getMessage();
        assertEquals(-1, m.indexOf('\n'), m);
    }
}
