package org.hessianworkbench.grading.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hessianworkbench.grading.PropertyLauncher;
import org.hessianworkbench.models.ModelKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The verification hook counts each try jqwik generated once, and no try it ran while shrinking a
 * counterexample: the tally agrees with the engine's own counts, passing or failing.
 */
class VerifyHookTest {

    @TempDir
    Path dir;

    private VerifyRunner.Outcome launch(boolean armed) throws IOException {
        VerifySession.model = VerifyModel.of(ModelKind.LOGISTIC);
        VerifySession.tries = 300;
        VerifySession.seed = "11";
        VerifySession.progress = o -> { };
        synchronized (VerifySession.OUTCOMES) {
            VerifySession.OUTCOMES.clear();
        }
        HookFixture.armed = armed;
        try {
            TestExecutionSummary s = PropertyLauncher.run(HookFixture.class, List.of("failsAboveNineHundred"), int.class,
                    Files.createDirectories(dir.resolve("db")).resolve("jqwik-database").toString());
            assertEquals(1, s.getTestsStartedCount());
        } finally {
            HookFixture.armed = false;
        }
        synchronized (VerifySession.OUTCOMES) {
            assertEquals(1, VerifySession.OUTCOMES.size());
            return VerifySession.OUTCOMES.get(0);
        }
    }

    @Test
    void aPassingPropertyCountsEveryTryOnce() throws IOException {
        VerifyRunner.Outcome o = launch(false);
        assertTrue(o.passed(), o.failure());
        assertNull(o.failure());
        Tally t = o.tally();
        assertEquals(300, t.tries());
        assertEquals(0, t.failed());
        assertTrue(t.discarded(Discard.KINK) > 0, t.toString());
        assertEquals(t.checks(), t.slopes().size());
        assertEquals(t.tries(), t.passed() + t.failed() + t.discardedTotal());
    }

    @Test
    void aFailingPropertyCountsItsFailingTryOnceAndNoShrinkingStep() throws IOException {
        VerifyRunner.Outcome o = launch(true);
        assertFalse(o.passed());
        assertFalse(o.failure().contains("differs from the engine's"), o.failure());
        assertTrue(o.failure().startsWith("too large"), o.failure());
        Tally t = o.tally();
        assertEquals(1, t.failed());
        assertTrue(t.tries() < 300, "jqwik stops at the first failure: " + t);
        // the last try generated is the failing one, above 900; shrinking tried smaller values after it
        assertTrue(t.slopes().get(t.slopes().size() - 1) > 900, t.toString());
        assertEquals(t.tries(), t.passed() + t.failed() + t.discardedTotal());
        assertTrue(o.counterexample().contains("901"), o.counterexample());
    }
}
