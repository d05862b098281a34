package org.hessianworkbench.symbolic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.symbolic.SymbolicMessages;
import org.hessianworkbench.symbolic.parse.Parser;
import org.junit.jupiter.api.Test;

class TypedAnswerTest {

    private static final List<String> AB = List.of("a", "b");

    @Test
    void aGradientIsOneRowWithAnEntryPerVariable() {
        TypedAnswer t = TypedAnswer.parse("[2*a*b, pow(a, 2)]", AB, 1);
        assertEquals(TypedAnswer.Shape.GRADIENT, t.shape());
        assertEquals(List.of(List.of("a"), List.of("b")), t.entries().stream().map(TypedAnswer.Entry::wrt).toList());
        assertEquals(Parser.parse("pow(a, 2)"), t.entries().get(1).answer(), "a comma inside parentheses is the entry's");
        assertEquals("d/db", t.entries().get(1).label());
    }

    @Test
    void aHessianIsSquareWithRowsSeparatedBySemicolons() {
        TypedAnswer t = TypedAnswer.parse(" [2*b, 2*a; 2*a, 0] ", AB, 2);
        assertEquals(TypedAnswer.Shape.HESSIAN, t.shape());
        assertEquals(List.of(List.of("a", "a"), List.of("a", "b"), List.of("b", "a"), List.of("b", "b")),
                t.entries().stream().map(TypedAnswer.Entry::wrt).toList());
        assertEquals(Parser.parse("0"), t.entries().get(3).answer());
        assertEquals("d2/db da", t.entries().get(2).label());
    }

    @Test
    void oneExpressionAnswersForOneVariable() {
        TypedAnswer first = TypedAnswer.parse("2*a", List.of("a"), 1);
        assertEquals(TypedAnswer.Shape.SCALAR, first.shape());
        assertEquals(List.of("a"), first.entries().get(0).wrt());
        assertEquals(List.of("a", "a"), TypedAnswer.parse("2", List.of("a"), 2).entries().get(0).wrt());
        assertEquals(TypedAnswer.Shape.GRADIENT, TypedAnswer.parse("[2*a]", List.of("a"), 1).shape());
        assertKey(SymbolicMessages.ANSWER_ONE_ENTRY_SEVERAL_VARIABLES, "2*a", AB, 1);
    }

    @Test
    void aMalformedAnswerIsBadInputInOneLine() {
        assertKey(SymbolicMessages.ANSWER_BRACKET, "[2*a, a^2", AB, 1);
        assertKey(SymbolicMessages.ANSWER_BRACKET, "[2*a, a^2] + 1", AB, 1);
        assertKey(SymbolicMessages.ANSWER_BRACKET, "[[2*a], a^2]", AB, 1);
        assertKey(SymbolicMessages.ANSWER_EMPTY_ENTRY, "[2*a, ]", AB, 1);
        assertKey(SymbolicMessages.ANSWER_EMPTY_ENTRY, "[2*b, 2*a; , 0]", AB, 2);
        assertKey(SymbolicMessages.ANSWER_GRADIENT_SHAPE, "[2*a]", AB, 1);
        assertKey(SymbolicMessages.ANSWER_GRADIENT_SHAPE, "[2*a; a^2]", AB, 1);
        assertKey(SymbolicMessages.ANSWER_HESSIAN_SHAPE, "[2*b, 2*a]", AB, 2);
        assertKey(SymbolicMessages.ANSWER_HESSIAN_SHAPE, "[2*b, 2*a; 2*a]", AB, 2);
        BadInputException e = assertThrows(BadInputException.class, () -> TypedAnswer.parse("[2*b, 2*a; 2*a]", AB, 2));
        assertEquals("'[2*b, 2*a; 2*a]' has 2 rows of 2, 1 entries; the Hessian in a, b is 2 rows of 2 entries, rows "
                + "separated by ';', e.g. [d2/da da, d2/da db; d2/db da, d2/db db]", e.getMessage());
    }

    private static void assertKey(SymbolicMessages key, String text, List<String> wrt, int order) {
        BadInputException e = assertThrows(BadInputException.class, () -> TypedAnswer.parse(text, wrt, order), text);
        assertEquals(key, e.key(), text);
    }
}
