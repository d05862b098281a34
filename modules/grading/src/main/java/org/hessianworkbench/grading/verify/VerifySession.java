package org.hessianworkbench.grading.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

/**
 * The settings of one verification run (model, tries, seed) and the results jqwik reports, shared
 * with the property class that jqwik instantiates. One run at a time per JVM: {@link VerifyRunner}
 * sets it, runs the engine, and reads the results.
 */
final class VerifySession {

    static volatile VerifyModel model;
    static volatile int tries;
    static volatile String seed;
    static final List<VerifyRunner.Outcome> OUTCOMES = new ArrayList<>();
    static volatile java.util.function.Consumer<VerifyRunner.Outcome> progress = o -> { };

    /**
     * The largest ratio of discarded to checked tries (jqwik's default), beyond which jqwik gives a
     * property up as exhausted: a failure, too few tries checked.
     */
    static final int MAX_DISCARD_RATIO = 5;

    /** What the try running on this thread noted ({@link #note}); read and cleared by {@link Hook#aroundTry}. */
    private static final ThreadLocal<Tally.Note> NOTE = new ThreadLocal<>();

    /**
     * The thread running the property, which generates its tries. jqwik may go on shrinking a failed
     * property on another thread after its time limit, while the next property runs: those tries are
     * not this property's.
     */
    private static volatile Thread running;

    /** Each try of the property running, in order: its status and note. */
    private static final List<Tally.Status> STATUSES = new ArrayList<>();
    private static final List<Tally.Note> NOTES = new ArrayList<>();

    private VerifySession() {
    }

    /** Notes what the try running on this thread found: its discard reason, slope or quadratic remainder. */
    static void note(Tally.Note note) {
        NOTE.set(note);
    }

    /** The discarded tries by reason, e.g. {@code 20 not-finite} or {@code 3 kink, 2 not-finite}. */
    static String discards(Tally t) {
        List<String> why = new ArrayList<>();
        t.discarded().forEach((reason, count) -> why.add(count + " " + reason.code()));
        return String.join(", ", why);
    }

    /**
     * Sets tries and seed before each property and records its outcome after; records each try's
     * status and note. The tally counts the tries jqwik generated (its {@code countTries()}, the
     * falsifying one included), not the ones it ran while shrinking a counterexample.
     */
    public static final class Hook implements AroundPropertyHook, AroundTryHook {

        @Override
        public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) {
            if (Thread.currentThread() != running) {
                return aTry.execute(parameters);
            }
            NOTE.remove();
            TryExecutionResult r = aTry.execute(parameters);
            Tally.Note n = NOTE.get();
            NOTE.remove();
            Tally.Status status = switch (r.status()) {
                case SATISFIED -> Tally.Status.PASSED;
                case FALSIFIED -> Tally.Status.FAILED;
                case INVALID -> Tally.Status.DISCARDED;
            };
            synchronized (STATUSES) {
                STATUSES.add(status);
                NOTES.add(n == null ? Tally.Note.NONE : n);
            }
            return r;
        }

        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.attributes().setTries(tries);
            context.attributes().setSeed(seed);
            context.attributes().setMaxDiscardRatio(MAX_DISCARD_RATIO);
            synchronized (STATUSES) {
                STATUSES.clear();
                NOTES.clear();
            }
            running = Thread.currentThread();
            PropertyExecutionResult r;
            try {
                r = property.execute();
            } finally {
                running = null;
            }
            String sample = r.falsifiedParameters().map(List::toString).orElse(null);
            String failure = r.throwable().map(t -> t.getMessage() == null ? t.toString()
                    : t.getMessage().lines().findFirst().orElse("")).orElse(null);
            boolean passed = r.status() == PropertyExecutionResult.Status.SUCCESSFUL;
            Tally tally;
            synchronized (STATUSES) {
                int generated = Math.min(r.countTries(), STATUSES.size());
                tally = Tally.of(STATUSES.subList(0, generated), NOTES.subList(0, generated));
            }
            if (tally.tries() > 0 && tally.checks() == 0) {
                // nothing was checked: not a pass, whatever the engine says of a property it could not run
                failure = String.format(Locale.ROOT, "every try was discarded (%s): nothing was checked",
                        discards(tally));
                passed = false;
            } else if (!passed && sample == null && tally.failed() == 0 && tally.discardedTotal() > 0) {
                // the engine gave up: too many tries discarded for the ones checked
                failure = String.format(Locale.ROOT, "only %d of %d tries were checked, the others discarded (%s):"
                        + " too few to trust (jqwik allows at most %d discarded for each checked)", tally.checks(),
                        tally.tries(), discards(tally), MAX_DISCARD_RATIO);
            }
            if (tally.tries() != r.countTries() || tally.checks() != r.countChecks()) {
                // the report's counts must be jqwik's: a difference is a bug of this hook, and said
                failure = String.format(Locale.ROOT, "the tally of tries (%d tries, %d checked) differs from the"
                        + " engine's (%d tries, %d checked)%s", tally.tries(), tally.checks(), r.countTries(),
                        r.countChecks(), failure == null ? "" : "; " + failure);
                passed = false;
            }
            String name = context.targetMethod().getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            VerifyRunner.Outcome o = new VerifyRunner.Outcome(model, name, r.seed().orElse(seed), passed, sample,
                    failure, tally);
            synchronized (OUTCOMES) {
                OUTCOMES.add(o);
            }
            progress.accept(o);
            return r;
        }
    }
}
