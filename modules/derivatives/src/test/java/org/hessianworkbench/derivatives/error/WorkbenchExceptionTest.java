package org.hessianworkbench.derivatives.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.hessianworkbench.derivatives.DerivativesMessages;
import org.hessianworkbench.derivatives.HessianMethod;
import org.junit.jupiter.api.Test;

/** The exception family: a key, its values, and one line of text that is never blank. */
class WorkbenchExceptionTest {

    /** Messages to show what becomes of formats, line breaks and blank texts. */
    private enum Texts implements Message {
        /** A value as given. */
        AS_GIVEN("%s"),
        /** A number printed with the root locale. */
        NUMBER("%.2f and %d");

        private final String format;

        Texts(String format) {
            this.format = format;
        }

        @Override
        public String format() {
            return format;
        }
    }

    @Test
    void theKeyAndTheValuesAreKept() {
        BadInputException e = assertThrows(BadInputException.class, () -> HessianMethod.fromCliName("magic"));
        assertEquals(DerivativesMessages.UNKNOWN_HESSIAN_METHOD, e.key());
        assertEquals("magic", e.values().get(0));
        assertEquals("unknown Hessian method 'magic' (known: " + e.values().get(1) + ")", e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> e.values().set(0, "other"));
    }

    @Test
    void theTextIsOneLineWithRootLocaleNumbers() {
        assertEquals("first second third",
                new InternalException(Texts.AS_GIVEN, "first\nsecond\r\n  third ").getMessage());
        assertEquals("1234.50 and 12345", new NumericalFailureException(Texts.NUMBER, 1234.5, 12345).getMessage());
    }

    @Test
    void aBlankTextBecomesTheKindOfFailure() {
        assertEquals("bad input", new BadInputException(Texts.AS_GIVEN, "").getMessage());
        assertEquals("numerical failure", new NumericalFailureException(Texts.AS_GIVEN, " ").getMessage());
        assertEquals("internal error", new InternalException(Texts.AS_GIVEN, "\n").getMessage());
    }

    @Test
    void theCauseIsKeptForDebugging() {
        IllegalStateException cause = new IllegalStateException("low level");
        assertSame(cause, new BadInputException(cause, Texts.AS_GIVEN, "x").getCause());
        assertSame(cause, new InternalException(cause, Texts.AS_GIVEN, "x").getCause());
        assertEquals(List.of("x"), new InternalException(cause, Texts.AS_GIVEN, "x").values());
        assertEquals(Arrays.asList((Object) null), new BadInputException(Texts.AS_GIVEN, (Object) null).values());
    }
}
