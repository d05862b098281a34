package org.hessianworkbench.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.testkit.ReferenceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Locale-independent number text. */
class NumberTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "+2", "1.", ".5", "-.5", "1e3", "1E-3", "2.5e+10", " 7 "})
    void acceptsDecimalLiterals(String s) {
        assertTrue(NumberText.isNumber(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "-", "e3", "1e", "1e+", "1d", "1f", "0x10", "Inf", "Infinity", "NaN", "1,5", "1 2"})
    void rejectsEverythingElse(String s) {
        assertFalse(NumberText.isNumber(s), s);
    }

    @Test
    void parseRejectsNonNumbers() {
        assertEquals(-0.25, NumberText.parse("-.25"));
        assertThrows(NumberFormatException.class, () -> NumberText.parse("1d"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "+2", "1,", ",5", "-,5", "1,5", "1e3", "1,5E-3", "2,5e+10", " 7,25 "})
    void acceptsDecimalCommaLiterals(String s) {
        assertTrue(NumberText.isNumber(s, NumberText.COMMA), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", ".5", "1.", "1.234,5", "1,234,5", "1 234,5", ",", "1,5,", "Inf", "NaN", "0x1A"})
    void aDecimalCommaNumberHasNoPointAndNoThousandsSeparator(String s) {
        assertFalse(NumberText.isNumber(s, NumberText.COMMA), s);
    }

    @Test
    void parsesEitherMark() {
        assertEquals(1.5, NumberText.parse("1,5", NumberText.COMMA));
        assertEquals(-0.5, NumberText.parse("-,5", NumberText.COMMA));
        assertEquals(1.5e-3, NumberText.parse(" 1,5e-3 ", NumberText.COMMA));
        assertEquals(2.5, NumberText.parse("2.5", NumberText.POINT));
        assertThrows(NumberFormatException.class, () -> NumberText.parse("2.5", NumberText.COMMA));
        assertThrows(NumberFormatException.class, () -> NumberText.parse("2,5", NumberText.POINT));
        assertThrows(IllegalArgumentException.class, () -> NumberText.isNumber("1", ';'));
    }

    @Test
    void decimalCommaNumbersAreTheOnesRReadsWithReadCsv2() {
        ReferenceSet r = ReferenceSet.load("r-read-csv2");
        int cases = 0;
        for (String key : r.keys()) {
            List<String> w = r.words(key);
            String cell = w.get(0);
            boolean number = !w.get(1).equals("text");
            assertEquals(number, NumberText.isNumber(cell, NumberText.COMMA), key + ": " + cell);
            if (number) {
                assertEquals(Double.parseDouble(w.get(1)), NumberText.parse(cell, NumberText.COMMA), key + ": " + cell);
            }
            cases++;
        }
        assertEquals(19, cases);
    }

    @Test
    void formatsShortestText() {
        assertEquals("1", NumberText.format(1.0));
        assertEquals("0", NumberText.format(-0.0));
        assertEquals("0.5", NumberText.format(0.5));
        assertEquals("3.5", NumberText.format(3.5));
        assertEquals("-12", NumberText.format(-12));
        assertEquals("1e-10", NumberText.format(1e-10));
        assertEquals("1.5e20", NumberText.format(1.5e20));
        assertEquals("0.1", NumberText.format(0.1));
        assertEquals("Inf", NumberText.format(Double.POSITIVE_INFINITY));
        assertEquals("NaN", NumberText.format(Double.NaN));
    }
}
