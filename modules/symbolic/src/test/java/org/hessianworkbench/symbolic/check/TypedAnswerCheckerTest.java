package org.hessianworkbench.symbolic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.symbolic.SymbolicMessages;
import org.hessianworkbench.symbolic.derive.DeriveOptions;
import org.hessianworkbench.symbolic.derive.Derivation;
import org.hessianworkbench.symbolic.derive.Deriver;
import org.hessianworkbench.symbolic.print.Printer;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

class TypedAnswerCheckerTest {

    private static final String LOSS = "-(y*log(sigmoid(b*x)) + (1-y)*log(1-sigmoid(b*x)))";

    private static AnswerReport check(String f, String wrt, int order, String answer) {
        return check(f, wrt, order, answer, DeriveOptions.defaults());
    }

    private static AnswerReport check(String f, String wrt, int order, String answer, DeriveOptions options) {
        List<String> variables = List.of(wrt.split(","));
        Derivation d = Deriver.derive(f, variables, options.withOrder(order));
        return Deriver.checkAnswer(d, TypedAnswer.parse(answer, variables, order)).answer().orElseThrow();
    }

    @Test
    void eachEntryOfAGradientIsChecked() {
        AnswerReport r = check("a^2*b + exp(a*b)", "a,b", 1, "[2*a*b + b*exp(a*b), a^2 + b*exp(a*b)]");
        assertFalse(r.right());
        assertEquals(AnswerReport.Verdict.RIGHT, r.entries().get(0).verdict());
        AnswerReport.EntryCheck wrong = r.entries().get(1);
        assertEquals(List.of(wrong), r.wrong());
        assertEquals(AnswerReport.Verdict.WRONG, wrong.verdict());
        assertEquals(Map.of("a", 1.0, "b", 2.0), wrong.check().counterexample(), "all symbols, simple values");
        assertEquals(1 + Math.exp(2), wrong.check().expectedValue(), Tolerances.AD_VS_CLOSED_FORM);
        assertEquals(1 + 2 * Math.exp(2), wrong.check().answerValue(), Tolerances.AD_VS_CLOSED_FORM);
        assertEquals(20, wrong.checked());
        assertEquals(0, wrong.skipped());
    }

    @Test
    void eachEntryOfAHessianIsCheckedAgainstAutomaticDifferentiation() {
        AnswerReport right = check("a^2*b + exp(a*b)", "a,b", 2,
                "[2*b + b^2*exp(a*b), 2*a + (1 + a*b)*exp(a*b); 2*a + exp(a*b) + a*b*exp(a*b), a^2*exp(a*b)]");
        assertTrue(right.right());
        assertEquals(4, right.entries().size());
        AnswerReport wrong = check("a^2*b + exp(a*b)", "a,b", 2,
                "[2*b + b^2*exp(a*b), 2*a + exp(a*b); 2*a + (1 + a*b)*exp(a*b), a^2*exp(a*b)]");
        assertEquals(List.of(List.of("a", "b")), wrong.wrong().stream().map(e -> e.entry().wrt()).toList(),
                "only the upper cross entry is wrong; the lower one is checked on its own");
    }

    @Test
    void aSymbolTheExpressionDoesNotHaveIsNamed() {
        BadInputException e = assertThrows(BadInputException.class, () -> check("a^2*b", "a,b", 1, "[2*a*z, a^2]"));
        assertEquals(SymbolicMessages.ANSWER_UNKNOWN_SYMBOL, e.key());
        assertEquals("the answer uses 'z', which is not a symbol of the expression (its symbols: a, b)", e.getMessage());
    }

    @Test
    void pointsWhereSomethingIsUndefinedAreSkippedAndCounted() {
        // log(x - 1) is defined on (1, 2] of the default [0.1, 2]: about half of the points
        AnswerReport r = check("log(x - 1)*b", "b", 1, "log(x - 1) + 0*sqrt(1.5 - x)");
        AnswerReport.EntryCheck e = r.entries().get(0);
        assertEquals(20, e.checked() + e.skipped());
        assertTrue(e.skippedExpression() > 0, "log(x - 1) undefined for x <= 1");
        assertTrue(e.skippedAnswer() > 0, "sqrt(1.5 - x) undefined for x > 1.5");
        assertTrue(e.verdict() != AnswerReport.Verdict.WRONG, "not judged where undefined");
    }

    @Test
    void tooFewDefinedPointsLeaveTheAnswerUndecided() {
        // right, but not by simplification (cosh^2 - sinh^2 = 1 is no rule): only points can decide it
        AnswerReport r = check("log(x - 1.8)", "x", 1, "(cosh(x)^2 - sinh(x)^2)/(x - 1.8)");
        AnswerReport.EntryCheck e = r.entries().get(0);
        assertEquals(AnswerReport.Verdict.UNDECIDED, e.verdict());
        assertTrue(e.checked() < AnswerReport.enough(20));
        assertFalse(r.right());
        assertEquals(List.of(e), r.undecided());
        AnswerReport wider = check("log(x - 1.8)", "x", 1, "(cosh(x)^2 - sinh(x)^2)/(x - 1.8)",
                DeriveOptions.defaults().withDomain(Domain.standard().with("x", 2, 4)));
        assertTrue(wider.right(), "decided in a domain where it is defined");
    }

    @Test
    void aWrongAnswerIsWrongEvenWhereMostPointsAreUndefined() {
        AnswerReport r = check("log(x - 1.8)", "x", 1, "1/(x - 1.7)");
        assertEquals(AnswerReport.Verdict.WRONG, r.entries().get(0).verdict());
        assertEquals(Map.of("x", 2.0), r.entries().get(0).check().counterexample());
    }

    @Test
    void aFlippedSignIsHinted() {
        assertHint(AnswerHint.Kind.SIGN, check(LOSS, "b", 1, "(y - sigmoid(b*x))*x"));
        assertHint(AnswerHint.Kind.SIGN, check("a^2*b + exp(a*b)", "a,b", 2,
                "[2*b + b^2*exp(a*b), 2*a + (1 + a*b)*exp(a*b); 2*a + (1 + a*b)*exp(a*b), -a^2*exp(a*b)]"));
    }

    @Test
    void aFactorOfTwoIsHintedEitherWay() {
        assertHint(AnswerHint.Kind.FACTOR_2, check("(a*x - y)^2", "a", 1, "(a*x - y)*x"));
        assertHint(AnswerHint.Kind.FACTOR_2, check("(a*x - y)^2/2", "a", 1, "2*(a*x - y)*x"));
        assertHint(AnswerHint.Kind.FACTOR_2, check("a^2*b", "a,b", 1, "[a*b, a^2]"));
    }

    @Test
    void aMissingChainFactorIsHintedWithTheInnerArgument() {
        // equal to truth/2 at the counterexample x = 2: the hint must hold at every point, so it is not "factor 2"
        AnswerReport r = check(LOSS, "b", 1, "sigmoid(b*x) - y");
        AnswerHint h = assertHint(AnswerHint.Kind.MISSING_CHAIN_FACTOR, r);
        assertEquals("b*x", Printer.text(h.inner().orElseThrow()));
        assertEquals("x", Printer.text(h.factor().orElseThrow()));
        AnswerHint gradient = assertHint(AnswerHint.Kind.MISSING_CHAIN_FACTOR,
                check("exp(a^2*b)", "a,b", 1, "[exp(a^2*b), a^2*exp(a^2*b)]"));
        assertEquals("a^2*b", Printer.text(gradient.inner().orElseThrow()));
        AnswerHint second = assertHint(AnswerHint.Kind.MISSING_CHAIN_FACTOR,
                check(LOSS, "b", 2, "sigmoid(b*x)*(1 - sigmoid(b*x))"));
        assertEquals("b*x", Printer.text(second.inner().orElseThrow()));
    }

    @Test
    void anUnrelatedWrongAnswerGetsNoHint() {
        AnswerReport r = check(LOSS, "b", 1, "sigmoid(b*x)*x");
        assertEquals(AnswerReport.Verdict.WRONG, r.entries().get(0).verdict());
        assertTrue(r.entries().get(0).hint().isEmpty());
    }

    private static AnswerHint assertHint(AnswerHint.Kind kind, AnswerReport r) {
        assertEquals(1, r.wrong().size(), "one wrong entry");
        AnswerHint h = r.wrong().get(0).hint().orElseThrow(() -> new AssertionError("no hint for " + r.answer().text()));
        assertEquals(kind, h.kind(), h.advice());
        return h;
    }
}
