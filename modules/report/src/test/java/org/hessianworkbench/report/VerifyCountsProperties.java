package org.hessianworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.hessianworkbench.grading.verify.Discard;
import org.hessianworkbench.grading.verify.Tally;
import org.hessianworkbench.grading.verify.VerifyRunner;

/**
 * {@code verify}'s own report is consistent for every model, whatever the tries and the seed: each
 * try counted once, \(\text{tries} = \text{checks} + \text{discarded}\), \(\text{checks} =
 * \text{passed} + \text{failed}\), the discards' reasons summing to the discards, and for the
 * Taylor-remainder property every check a slope read or a quadratic remainder; the counts are
 * jqwik's own (the hook refuses to pass a property whose tally differs), and the JSON and the text
 * say the same numbers.
 */
class VerifyCountsProperties {

    /** The properties each model has: 7 for the convex models, 6 for the product models. */
    private static final int PROPERTIES = 7 + 7 + 7 + 6 + 6;

    /** Runs the engine on a thread of its own, so that the nested jqwik run shares no thread state with this one. */
    private static List<VerifyRunner.Outcome> verify(int tries, long seed) throws InterruptedException, ExecutionException {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<List<VerifyRunner.Outcome>> f = thread.submit(
                    () -> VerifyRunner.run(VerifyRunner.MODELS, tries, seed, o -> { }));
            return f.get();
        } finally {
            thread.shutdown();
        }
    }

    @Property(tries = 6)
    void theCountsAddUpForEveryModel(@ForAll @IntRange(min = 1, max = 40) int tries,
                                     @ForAll @LongRange(min = 0, max = 1L << 40) long seed)
            throws InterruptedException, ExecutionException, IOException {
        List<VerifyRunner.Outcome> outcomes = verify(tries, seed);
        assertEquals(PROPERTIES, outcomes.size());
        Set<String> models = new HashSet<>();
        for (VerifyRunner.Outcome o : outcomes) {
            String what = o.model().name() + " " + o.property() + ": " + o.tally();
            assertTrue(o.passed(), what + " " + o.failure());
            assertNull(o.failure(), what);
            models.add(o.model().name());
            Tally t = o.tally();
            assertEquals(tries, t.tries(), what);
            assertEquals(t.tries(), t.checks() + t.discardedTotal(), what);
            assertEquals(t.checks(), t.passed() + t.failed(), what);
            assertEquals(0, t.failed(), what);
            if (o.property().equals("taylor-remainder")) {
                assertEquals(t.checks(), t.slopes().size() + t.quadratic(), what);
                assertTrue(t.discarded().keySet().stream().allMatch(d -> d == Discard.SLOPE_UNREADABLE
                        || d == Discard.KINK), what);
            } else {
                assertEquals(List.of(), t.slopes(), what);
                assertEquals(0, t.quadratic(), what);
            }
        }
        assertEquals(5, models.size(), models.toString());

        JsonNode json = Json.mapper().readTree(VerifyRenderer.render(outcomes, seed, Format.JSON));
        for (JsonNode p : json.get("properties")) {
            String what = p.toString();
            assertEquals(p.get("tries").asInt(), p.get("checks").asInt() + p.get("discarded").asInt(), what);
            assertEquals(p.get("checks").asInt(), p.get("passed").asInt() + p.get("failed").asInt(), what);
            int because = 0;
            for (JsonNode n : p.get("discarded_because")) {
                because += n.asInt();
            }
            assertEquals(p.get("discarded").asInt(), because, what);
            if (p.get("property").asText().equals("taylor-remainder")) {
                assertEquals(p.get("checks").asInt(),
                        p.get("taylor_slopes").size() + p.get("taylor_quadratic").asInt(), what);
            }
        }
        String text = VerifyRenderer.render(outcomes, seed, Format.TEXT);
        for (VerifyRunner.Outcome o : outcomes) {
            Tally t = o.tally();
            String row = String.format(Locale.ROOT, "%s %d %d %d %d", o.property(), t.tries(), t.checks(), t.passed(),
                    t.discardedTotal());
            assertTrue(text.lines().anyMatch(l -> l.contains(o.model().name() + " ")
                    && l.replaceAll("\\s+", " ").contains(row)), row + " in\n" + text);
        }
    }
}
