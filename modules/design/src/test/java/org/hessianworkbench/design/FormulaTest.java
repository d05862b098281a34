package org.hessianworkbench.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.symbolic.Fn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing R formulas: terms, intercept rules, names and errors. */
class FormulaTest {

    private static List<String> names(Formula f) {
        return f.terms().stream().map(Term::name).toList();
    }

    @Test
    void parsesResponseTermsAndIntercept() {
        Formula f = Formula.parse("GRADE ~ GPA + TUCE + PSI");
        assertEquals(Optional.of("GRADE"), f.response());
        assertEquals(List.of("GPA", "TUCE", "PSI"), names(f));
        assertTrue(f.hasIntercept());
        assertEquals(List.of("GRADE", "GPA", "TUCE", "PSI"), f.columns());
        assertEquals("GRADE ~ GPA + TUCE + PSI", f.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "y ~ x|true",
        "y ~ x - 1|false",
        "y ~ x -1|false",
        "y ~ -1 + x|false",
        "y ~ x + 0|false",
        "y ~ 0 + x|false",
        "y ~ 0 + x + 1|true",
        "y ~ x - 1 + 1|true",
        "y ~ x + 1|true",
        "y ~ x - 0|true",
        "y ~ 1|true",
        "y ~ 0|false",
    })
    void interceptFollowsR(String text, boolean intercept) {
        assertEquals(intercept, Formula.parse(text).hasIntercept(), text);
    }

    @Test
    void removalAndDuplicatesFollowR() {
        assertEquals(List.of("a", "c"), names(Formula.parse("y ~ a + b + c - b")));
        assertEquals(List.of("a", "b"), names(Formula.parse("y ~ a + b + a")));
        assertEquals(List.of("log(x)"), names(Formula.parse("y ~ log(x) + log( x )")));
        assertEquals(List.of("b"), names(Formula.parse("y ~ log(x) + b - log(  x)")));
        assertEquals(List.of(), names(Formula.parse("y ~ a - a")));
        assertEquals(List.of("a"), names(Formula.parse("y ~ - a + a")));
    }

    @Test
    void termKindsAndNames() {
        Formula f = Formula.parse("  y~x+C( rank )+log(gre) + exp(a)+sqrt(b)+I(x^2)+ramp(x1, 0.5, 1)+`my col`  ");
        List<Term> t = f.terms();
        assertEquals(List.of("x", "C( rank )", "log(gre)", "exp(a)", "sqrt(b)", "I(x^2)", "ramp(x1, 0.5, 1)",
                "`my col`"), names(f));
        assertEquals(new Term.Column("x", "x"), t.get(0));
        assertEquals(new Term.Factor("C( rank )", "rank"), t.get(1));
        assertEquals(new Term.Transform("log(gre)", Fn.LOG, new Expr.Variable("gre")), t.get(2));
        assertInstanceOf(Term.Identity.class, t.get(5));
        assertEquals(new Term.Ramp("ramp(x1, 0.5, 1)", "x1", List.of(0.5, 1.0)), t.get(6));
        assertEquals(new Term.Column("`my col`", "my col"), t.get(7));
        assertEquals(List.of("y", "x", "rank", "gre", "a", "b", "x1", "my col"), f.columns());
    }

    @Test
    void expressionPrecedenceFollowsR() {
        assertEquals(-4, eval("I(-2^2)"), 0);
        assertEquals(512, eval("I(2^3^2)"), 0);
        assertEquals(0.5, eval("I(2^-1)"), 0);
        assertEquals(7, eval("I(1 + 2 * 3)"), 0);
        assertEquals(9, eval("I((1 + 2) * 3)"), 0);
        assertEquals(1, eval("I(6 / 3 / 2)"), 0);
        assertEquals(0, eval("I(5 - 3 - 2)"), 0);
        assertEquals(2e-3, eval("I(2 * 1e-3)"), 0);
        assertEquals(3, eval("I(abs(-3))"), 0);
        assertEquals(Math.sqrt(2) + Math.exp(1) + Math.log(3), eval("I(sqrt(2) + exp(1) + log(3))"), 1e-15);
    }

    private static double eval(String term) {
        Term.Identity t = (Term.Identity) Formula.parseRhs(term).terms().get(0);
        return t.expression().evaluate(c -> {
            throw new AssertionError("no columns expected, got " + c);
        });
    }

    @Test
    void rhsAloneHasNoResponse() {
        Formula f = Formula.parseRhs("ramp(x1, 0.5, 1)");
        assertEquals(Optional.empty(), f.response());
        assertTrue(f.hasIntercept());
        assertFalse(f.withIntercept(false).hasIntercept());
        assertEquals("ramp(x1, 0.5, 1) - 1", f.withIntercept(false).text());
        assertEquals(f, f.withIntercept(true));
    }

    @Test
    void rhsOfAFullFormula() {
        Formula f = Formula.parse("y ~ a + b - 1");
        assertEquals(" a + b - 1", f.rhs().text());
        assertEquals(List.of("a", "b"), names(f.rhs()));
        assertFalse(f.rhs().hasIntercept());
        assertTrue(f.withIntercept(true).hasIntercept());
        assertEquals("y ~ a + b - 1 + 1", f.withIntercept(true).text());
    }

    @Test
    void canonicalFormIgnoresSpacesAndBackquotes() {
        assertEquals("I(((x^2)+1))", Formula.parseRhs("I( x ^ 2 + 1 )").terms().get(0).canonical());
        assertEquals("x", Formula.parseRhs("`x`").terms().get(0).canonical());
        assertEquals("ramp(x,-1,0.5)", Formula.parseRhs("ramp(x, -1, .5)").terms().get(0).canonical());
    }

    /** The message of the error {@code text} gives, after checking its key. */
    private static String error(String text, DesignMessages key) {
        BadInputException e = assertThrows(BadInputException.class, () -> Formula.parse(text));
        assertEquals(key, e.key(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void missingTermAfterPlusNamesTheColumn() {
        assertEquals("formula 'y ~ a +': at column 8: expected a term after '+'",
                error("y ~ a +", DesignMessages.FORMULA_TERM_MISSING));
    }

    @Test
    void missingTildeIsReported() {
        assertEquals("formula 'y': at column 2: expected '~' after the response column 'y'",
                error("y", DesignMessages.FORMULA_TILDE_MISSING));
        assertEquals("formula 'y x': at column 3: expected '~' after the response column 'y', got 'x'",
                error("y x", DesignMessages.FORMULA_TILDE_MISSING));
        assertEquals("formula '~ x': at column 1: expected a response column name before '~'",
                error("~ x", DesignMessages.FORMULA_RESPONSE_MISSING));
    }

    @Test
    void unbalancedParenthesesAreReported() {
        assertEquals("formula 'y ~ log(x': at column 10: unbalanced parenthesis: '(' at column 8 is never closed",
                error("y ~ log(x", DesignMessages.FORMULA_UNCLOSED_PARENTHESIS));
        assertEquals("formula 'y ~ x)': at column 6: unbalanced parenthesis: ')' without a matching '('",
                error("y ~ x)", DesignMessages.FORMULA_UNMATCHED_CLOSE));
        assertTrue(error("y ~ I((x + 1)", DesignMessages.FORMULA_UNCLOSED_PARENTHESIS)
                .contains("unbalanced parenthesis"));
    }

    @Test
    void unknownFunctionsAreListed() {
        assertEquals("formula 'y ~ foo(x)': at column 5: unknown function 'foo' (known: I, C, ramp, poly, offset, "
                + Fn.names() + ")",
                error("y ~ foo(x)", DesignMessages.FORMULA_UNKNOWN_TERM_FUNCTION));
        assertEquals("formula 'y ~ I(bar(x))': at column 7: unknown function 'bar' in an expression"
                + " (known: " + Fn.names() + ")",
                error("y ~ I(bar(x))", DesignMessages.FORMULA_UNKNOWN_EXPRESSION_FUNCTION));
        assertTrue(Fn.names().startsWith("exp, log, log1p, expm1, sqrt, sigmoid"), Fn.names());
        assertTrue(Fn.names().contains("abs, step, Phi, phi, logPhi"), Fn.names());
        // names are case sensitive, as in the expression language: Phi is the distribution function
        assertTrue(error("y ~ I(PHI(x))", DesignMessages.FORMULA_UNKNOWN_EXPRESSION_FUNCTION)
                .contains("unknown function 'PHI' in an expression"));
    }

    @Test
    void everyFunctionOfTheExpressionLanguageIsKnown() {
        for (Fn f : Fn.values()) {
            String args = f.arity() == 1 ? "x" : f == Fn.POLYGAMMA ? "1, x" : "x, z";
            String call = f.text() + "(" + args + ")";
            Formula formula = Formula.parse("y ~ " + call + " + I(" + call + " + 1)");
            assertEquals(List.of(call, "I(" + call + " + 1)"), names(formula), call);
            Term.Transform t = assertInstanceOf(Term.Transform.class, formula.terms().get(0));
            assertEquals(f, t.expression().function());
            assertEquals(f.arity() == 1 ? List.of("x") : f == Fn.POLYGAMMA ? List.of("x") : List.of("x", "z"),
                    t.columns(), call);
            assertEquals(f.text() + "(" + args.replace(" ", "") + ")", t.canonical());
        }
    }

    @Test
    void functionsTakeTheirNumberOfArguments() {
        assertEquals("formula 'y ~ log(x, 2)': at column 10: the function 'log' takes one argument",
                error("y ~ log(x, 2)", DesignMessages.FORMULA_FUNCTION_ONE_ARGUMENT));
        assertEquals("formula 'y ~ I(Phi(x, 1))': at column 12: the function 'Phi' takes one argument",
                error("y ~ I(Phi(x, 1))", DesignMessages.FORMULA_FUNCTION_ONE_ARGUMENT));
        assertEquals("formula 'y ~ I(min(x))': at column 12: the function 'min' takes two arguments, separated"
                + " by ','", error("y ~ I(min(x))", DesignMessages.FORMULA_FUNCTION_TWO_ARGUMENTS));
        assertEquals("formula 'y ~ max(x, 1, 2)': at column 13: the function 'max' takes two arguments, separated"
                + " by ','", error("y ~ max(x, 1, 2)", DesignMessages.FORMULA_FUNCTION_TWO_ARGUMENTS));
        assertEquals("formula 'y ~ I(polygamma(z, x))': at column 17: polygamma(n, u) needs a whole number n from 0"
                + " to 16, got 'z'", error("y ~ I(polygamma(z, x))", DesignMessages.FORMULA_POLYGAMMA_ORDER));
        assertTrue(error("y ~ I(polygamma(1.5, x))", DesignMessages.FORMULA_POLYGAMMA_ORDER).endsWith("got '1.5'"));
        assertTrue(error("y ~ I(polygamma(17, x))", DesignMessages.FORMULA_POLYGAMMA_ORDER).endsWith("got '17'"));
    }

    @Test
    void emptyFormulasAreRejected() {
        assertEquals("formula '': empty formula", error("", DesignMessages.FORMULA_EMPTY));
        assertEquals("formula '   ': empty formula",
                assertThrows(BadInputException.class, () -> Formula.parseRhs("   ")).getMessage());
        assertEquals("formula 'y ~': at column 4: expected a term after '~'",
                error("y ~", DesignMessages.FORMULA_TERM_MISSING));
    }

    @Test
    void rampKnotsMustBeGivenAndIncrease() {
        assertEquals("formula 'y ~ ramp(x, 1, 0.5)': at column 16: ramp knots must be strictly increasing,"
                + " got 0.5 after 1", error("y ~ ramp(x, 1, 0.5)", DesignMessages.FORMULA_KNOTS_NOT_INCREASING));
        assertTrue(error("y ~ ramp(x, 1, 1)", DesignMessages.FORMULA_KNOTS_NOT_INCREASING)
                .contains("strictly increasing"));
        assertEquals("formula 'y ~ ramp(x)': at column 11: ramp() needs at least one knot: ramp(x, k1, ..., km)",
                error("y ~ ramp(x)", DesignMessages.FORMULA_RAMP_WITHOUT_KNOTS));
        assertEquals("formula 'y ~ ramp(x, a)': at column 13: expected a number (a ramp knot) after ',', got 'a'",
                error("y ~ ramp(x, a)", DesignMessages.FORMULA_KNOT_MISSING));
    }

    @Test
    void otherSyntaxErrorsNameTheColumn() {
        assertTrue(error("y ~ a b", DesignMessages.FORMULA_SIGN_MISSING)
                .startsWith("formula 'y ~ a b': at column 7: expected '+' or '-' before 'b'"));
        assertTrue(error("y ~ 2 + x", DesignMessages.FORMULA_NUMBER_AS_TERM).contains("at column 5: only 0 or 1"));
        assertTrue(error("y ~ x + `open", DesignMessages.FORMULA_UNCLOSED_BACKQUOTE)
                .contains("at column 9: a backquoted name is never closed"));
        assertTrue(error("y ~ x # comment", DesignMessages.FORMULA_UNEXPECTED_CHARACTER)
                .contains("at column 7: unexpected character '#'"));
        assertTrue(error("y ~ C(log(x))", DesignMessages.FORMULA_COLUMN_ARGUMENT_MISSING)
                .contains("at column 7: C() takes a column name"));
        assertTrue(error("y ~ I(2x)", DesignMessages.FORMULA_MALFORMED_NUMBER)
                .contains("at column 7: malformed number '2x'"));
        assertTrue(error("y ~ a ~ b", DesignMessages.FORMULA_SECOND_TILDE)
                .contains("at column 7: a formula has only one '~'"));
        assertTrue(error("y ~ I()", DesignMessages.FORMULA_OPERAND_MISSING)
                .contains("at column 7: expected a number, a column or '(' after '(', got ')'"));
        assertTrue(assertThrows(BadInputException.class, () -> Formula.parseRhs("y ~ x")).getMessage()
                .contains("a right-hand side has no '~'"));
    }

    @Test
    void identifiersMayHoldDotsUnderscoresAndDigits() {
        Formula f = Formula.parse("y.1 ~ x_2 + .z + a.b.c");
        assertEquals(Optional.of("y.1"), f.response());
        assertEquals(List.of("x_2", ".z", "a.b.c"), names(f));
    }

    // ------------------------------------------------------------------ R's operators

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "y ~ a:b|a:b",
        "y ~ b:a + a|a, b:a",
        "y ~ a*b|a, b, a:b",
        "y ~ a*b - a:b|a, b",
        "y ~ a*b*c - a:b:c|a, b, c, a:b, a:c, b:c",
        "y ~ (a + b + c)^2|a, b, c, a:b, a:c, b:c",
        "y ~ (a + b + c)^2 - a:b|a, b, c, a:c, b:c",
        "y ~ (a + b)^3|a, b, a:b",
        "y ~ a:b + a + b:a|a, a:b",
        "y ~ a:(b + c)|a:b, a:c",
        "y ~ (a + b):(c + d)|a:c, a:d, b:c, b:d",
        "y ~ a/b|a, a:b",
        "y ~ (a + b)/c|a, b, a:b:c",
        "y ~ a:a|a",
        "y ~ -a*b|b",
        "y ~ -a:b + x|x",
        "y ~ x + a:b - b:a|x",
        "y ~ a*b - (a + b)|a:b",
        "y ~ log(x):C(g) + I(x^2)|I(x^2), log(x):C(g)",
        "y ~ log( x ) + log(x):z|log( x ), log( x ):z",
    })
    void operatorsExpandAsRExpandsThem(String text, String terms) {
        assertEquals(List.of(terms.split(", ")), names(Formula.parse(text)), text);
    }

    @Test
    void interactionsHoldTheirVariablesInFormulaOrder() {
        Formula f = Formula.parse("y ~ z:C(g) + x*z");
        assertEquals(List.of("x", "z", "z:C(g)", "z:x"), names(f));
        Term.Interaction zg = assertInstanceOf(Term.Interaction.class, f.terms().get(2));
        assertEquals(List.of(new Term.Column("z", "z"), new Term.Factor("C(g)", "g")), zg.variables());
        assertEquals(List.of("z", "g"), zg.columns());
        assertEquals("z:C(g)", zg.canonical());
        assertEquals(List.of("y", "z", "g", "x"), f.columns());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "y ~ (x + 0):z|false",
        "y ~ a*b - 1|false",
        "y ~ a - (b - 1)|true",
        "y ~ a - (b + 1)|false",
        "y ~ 0 + a:b|false",
    })
    void interceptMarkersFollowRInsideOperators(String text, boolean intercept) {
        assertEquals(intercept, Formula.parse(text).hasIntercept(), text);
    }

    @Test
    void columnsOfRemovedTermsAreRead() {
        assertEquals(List.of("y", "a", "b"), Formula.parse("y ~ a + b - b").columns());
    }

    @Test
    void offsetsAreNoTermsAndCountOnce() {
        Formula f = Formula.parse("y ~ x + offset(log(e)) + offset(log( e )) + offset(t * 2)");
        assertEquals(List.of("x"), names(f));
        assertEquals(List.of("offset(log(e))", "offset(t * 2)"), f.offsets().stream().map(Formula.Offset::name).toList());
        assertEquals("log(e)", f.offsets().get(0).expression().canonical());
        assertEquals(List.of("y", "x", "e", "t"), f.columns());
        assertEquals(List.of(), Formula.parse("y ~ x").offsets());
    }

    @Test
    void cbindIsAGroupedBinomialResponse() {
        Formula f = Formula.parse("cbind(dead, n - dead) ~ dose");
        assertEquals(Optional.of("cbind(dead, n - dead)"), f.response());
        Formula.Counts c = f.counts().orElseThrow();
        assertEquals("dead", c.successesName());
        assertEquals("n - dead", c.failuresName());
        assertEquals(List.of("dead", "n"), c.columns());
        assertEquals(List.of("dead", "n", "dose"), f.columns());
        assertEquals(List.of("dose"), names(f.rhs()));
        assertEquals(Optional.empty(), Formula.parse("y ~ x").counts());
    }

    @Test
    void dotIsExpandedWithTheDataColumns() {
        Formula f = Formula.parse("y ~ . - b + offset(e)");
        assertTrue(f.hasDot());
        assertTrue(f.hasIntercept());
        BadInputException e = assertThrows(BadInputException.class, f::terms);
        assertEquals(DesignMessages.FORMULA_DOT_WITHOUT_DATA, e.key());
        assertEquals("formula 'y ~ . - b + offset(e)': at column 5: '.' stands for the columns of a data set, so the"
                + " formula's terms are known only with one", e.getMessage());
        Formula expanded = f.expandDot(List.of("a", "y", "b", "my col", "e"));
        assertEquals("y ~ (a + b + `my col` + e) - b + offset(e)", expanded.text());
        assertFalse(expanded.hasDot());
        assertEquals(List.of("a", "`my col`", "e"), names(expanded));
        assertEquals(expanded, expanded.expandDot(List.of("z")));
        assertEquals("cbind(s, f) ~ (x)", Formula.parse("cbind(s, f) ~ .").expandDot(List.of("s", "x", "f")).text());
        assertEquals("(y + x)^2", Formula.parseRhs(".^2").expandDot(List.of("y", "x")).text());
        assertEquals(List.of("y", "x", "y:x"), names(Formula.parseRhs(".^2").expandDot(List.of("y", "x"))));
        assertEquals("y ~ (`.`)", Formula.parse("y ~ .").expandDot(List.of("y", ".")).text());
        BadInputException none = assertThrows(BadInputException.class,
                () -> Formula.parse("y ~ .").expandDot(List.of("y")));
        assertEquals("formula 'y ~ .': at column 5: '.' stands for no column: the response reads every column of"
                + " the data", none.getMessage());
    }

    @Test
    void polyIsRawPowersNamedAsR() {
        Formula f = Formula.parse("y ~ poly(x,2,raw=TRUE) + poly( log(z) , 3 , raw = T )");
        assertEquals(List.of("poly(x, 2, raw = TRUE)", "poly(log(z), 3, raw = TRUE)"), names(f));
        Term.Poly p = assertInstanceOf(Term.Poly.class, f.terms().get(0));
        assertEquals(List.of("poly(x, 2, raw = TRUE)1", "poly(x, 2, raw = TRUE)2"), p.designColumnNames());
    }

    @Test
    void badOperatorsAndSpecialsNameTheColumn() {
        assertEquals("formula 'y ~ (a + b)^2.5': at column 13: expected a whole number of at least 2 after '^', got"
                + " '2.5' (the highest order of interactions, as in (a + b + c)^2)",
                error("y ~ (a + b)^2.5", DesignMessages.FORMULA_BAD_POWER));
        assertTrue(error("y ~ (a + b)^1", DesignMessages.FORMULA_BAD_POWER).contains("at column 13:"));
        assertTrue(error("y ~ (a + b)^k", DesignMessages.FORMULA_BAD_POWER).contains("after '^', got 'k'"));
        assertTrue(error("y ~ a^", DesignMessages.FORMULA_BAD_POWER).contains("at column 7: expected a whole number"));
        assertEquals("formula 'y ~ x + offset()': at column 16: offset() needs an expression, e.g."
                + " offset(log(exposure))", error("y ~ x + offset()", DesignMessages.FORMULA_OFFSET_EMPTY));
        assertEquals("formula 'y ~ x:offset(e)': at column 7: offset() cannot be part of an interaction; add it as a"
                + " term of its own (+ offset(...))", error("y ~ x:offset(e)", DesignMessages.FORMULA_OFFSET_IN_INTERACTION));
        assertTrue(error("y ~ (x + offset(e))^2", DesignMessages.FORMULA_OFFSET_IN_INTERACTION).contains("column 10"));
        assertEquals("formula 'y ~ x - offset(e)': at column 9: an offset cannot be removed with '-'; leave it out of"
                + " the formula instead", error("y ~ x - offset(e)", DesignMessages.FORMULA_OFFSET_REMOVED));
        assertEquals("formula 'cbind(s) ~ x': at column 8: cbind() takes two arguments, cbind(successes, failures);"
                + " got 1", error("cbind(s) ~ x", DesignMessages.FORMULA_CBIND_ARGUMENTS));
        assertTrue(error("cbind(s, f, g) ~ x", DesignMessages.FORMULA_CBIND_ARGUMENTS).contains("column 13:"));
        assertTrue(error("cbind() ~ x", DesignMessages.FORMULA_CBIND_ARGUMENTS).endsWith("got 0"));
        assertEquals("formula 'y ~ cbind(a, b)': at column 5: cbind() is a response: write cbind(successes, failures)"
                + " ~ terms", error("y ~ cbind(a, b)", DesignMessages.FORMULA_CBIND_ON_RIGHT));
        assertTrue(error("y ~ poly(x, 2)", DesignMessages.FORMULA_POLY_NOT_RAW)
                .startsWith("formula 'y ~ poly(x, 2)': at column 14: only raw polynomials are supported"));
        assertTrue(error("y ~ poly(x, 2, raw = FALSE)", DesignMessages.FORMULA_POLY_NOT_RAW).contains("column 20"));
        assertTrue(error("y ~ poly(x, 0.5, raw = TRUE)", DesignMessages.FORMULA_POLY_FORM)
                .contains("at column 13: poly() takes an expression, then the degree"));
        assertTrue(error("y ~ poly(x)", DesignMessages.FORMULA_POLY_FORM).contains("got ')'"));
        assertTrue(error(". ~ x", DesignMessages.FORMULA_RESPONSE_NOT_A_NAME)
                .contains("at column 1: expected a response column name or cbind(successes, failures), got '.'"));
        assertTrue(error("y ~ (a + b", DesignMessages.FORMULA_UNCLOSED_PARENTHESIS).contains("'(' at column 5"));
        assertTrue(error("y ~ a:", DesignMessages.FORMULA_TERM_MISSING).contains("at column 7: expected a term after ':'"));
        assertTrue(error("y ~ a*2", DesignMessages.FORMULA_NUMBER_AS_TERM).contains("at column 7"));
        assertTrue(error("y ~ (a + b)^2^3", DesignMessages.FORMULA_SIGN_MISSING).contains("before '^'"));
    }
}
