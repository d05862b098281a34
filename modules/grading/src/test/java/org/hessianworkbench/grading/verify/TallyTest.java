package org.hessianworkbench.grading.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Tally}: each try counted once, the counts adding up. */
class TallyTest {

    private static final Tally.Note SLOPE = new Tally.Note(null, 3.0, false);
    private static final Tally.Note QUADRATIC = new Tally.Note(null, null, true);
    private static final Tally.Note KINK = new Tally.Note(Discard.KINK, null, false);
    private static final Tally.Note UNREADABLE = new Tally.Note(Discard.SLOPE_UNREADABLE, null, false);

    @Test
    void everyTryIsCountedOnce() {
        Tally t = Tally.of(
                List.of(Tally.Status.PASSED, Tally.Status.PASSED, Tally.Status.DISCARDED, Tally.Status.PASSED,
                        Tally.Status.DISCARDED, Tally.Status.DISCARDED, Tally.Status.FAILED),
                List.of(SLOPE, QUADRATIC, UNREADABLE, SLOPE, KINK, UNREADABLE, new Tally.Note(null, 1.9, false)));
        assertEquals(7, t.tries());
        assertEquals(4, t.checks());
        assertEquals(3, t.passed());
        assertEquals(1, t.failed());
        assertEquals(3, t.discardedTotal());
        assertEquals(Map.of(Discard.SLOPE_UNREADABLE, 2, Discard.KINK, 1), t.discarded());
        assertEquals(List.of(3.0, 3.0, 1.9), t.slopes());
        assertEquals(1, t.quadratic());
        assertEquals(t.checks(), t.slopes().size() + t.quadratic());
    }

    @Test
    void aPlainPropertyHasNoSlopes() {
        Tally t = Tally.of(List.of(Tally.Status.PASSED, Tally.Status.PASSED), List.of(Tally.Note.NONE, Tally.Note.NONE));
        assertEquals(2, t.tries());
        assertEquals(List.of(), t.slopes());
        assertEquals(0, t.quadratic());
        assertEquals(0, Tally.EMPTY.tries());
    }

    @Test
    void aDiscardWithoutAReasonIsABug() {
        assertThrows(IllegalArgumentException.class,
                () -> Tally.of(List.of(Tally.Status.DISCARDED), List.of(Tally.Note.NONE)));
        assertThrows(IllegalArgumentException.class, () -> Tally.of(List.of(Tally.Status.PASSED), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Tally(-1, 0, Map.of(), List.of(), 0));
    }
}
