package org.hessianworkbench.grading.verify;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * A property with the verification hook that discards some tries, passes others and fails on
 * large values, for {@link VerifyHookTest} to launch (its name matches no test pattern, so the test
 * run does not pick it up; unarmed, it holds).
 */
@AddLifecycleHook(value = VerifySession.Hook.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
public class HookFixture {

    /** Whether the property fails; off unless a test arms it. */
    static volatile boolean armed;

    /** Discards multiples of 3 (as a kink), notes a slope for the others, fails above 900 when armed. */
    @Property
    void failsAboveNineHundred(@ForAll @IntRange(min = 0, max = 1000) int k) {
        if (k % 3 == 0) {
            VerifySession.note(new Tally.Note(Discard.KINK, null, false));
        }
        Assume.that(k % 3 != 0);
        VerifySession.note(new Tally.Note(null, (double) k, false));
        if (armed && k > 900) {
            throw new AssertionError("too large: " + k);
        }
    }
}
