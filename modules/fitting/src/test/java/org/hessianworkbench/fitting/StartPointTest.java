package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.junit.jupiter.api.Test;

/** Start points as text: the values, and failures that speak of the start point, never of a flag. */
class StartPointTest {

    private static final List<String> NAMES = List.of("(Intercept)", "GPA");

    @Test
    void wordsAndNumbersGiveOneValuePerParameter() {
        assertArrayEquals(new double[] {0, 0}, StartPoint.parse(" Zeros ", NAMES), 0);
        assertArrayEquals(new double[] {1, 1}, StartPoint.parse("ones", NAMES), 0);
        assertArrayEquals(new double[] {-1.5, 2}, StartPoint.parse("-1.5, 2", NAMES), 0);
    }

    @Test
    void aWrongCountNamesTheParametersAndNoFlag() {
        BadInputException e = assertThrows(BadInputException.class, () -> StartPoint.parse("1,2,3", NAMES));
        assertEquals(FittingMessages.START_POINT_LENGTH, e.key());
        assertEquals(List.of(3, 2, "(Intercept), GPA"), e.values());
        assertEquals("the start point has 3 values, the model has 2 parameters ((Intercept), GPA)", e.getMessage());
        assertFalse(e.getMessage().contains("--"), e.getMessage());
    }

    @Test
    void aValueThatIsNotAFiniteNumberIsNamedByItsPosition() {
        BadInputException word = assertThrows(BadInputException.class, () -> StartPoint.parse("1,x", NAMES));
        assertEquals(FittingMessages.START_POINT_NOT_A_NUMBER, word.key());
        assertEquals("the start point's value 2 'x' is not a number (expected zeros, ones or b1,b2,...)",
                word.getMessage());
        BadInputException infinite = assertThrows(BadInputException.class, () -> StartPoint.parse("Infinity,1", NAMES));
        assertEquals(FittingMessages.START_POINT_NOT_FINITE, infinite.key());
        assertEquals("the start point's value 1 must be finite", infinite.getMessage());
    }
}
