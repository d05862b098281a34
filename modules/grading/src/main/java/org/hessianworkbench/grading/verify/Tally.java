package org.hessianworkbench.grading.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the tries of one property went, each try counted once: it was checked (and passed or failed)
 * or discarded (set aside by an assumption, with its {@link Discard reason}), so that
 * \(\text{tries} = \text{checked} + \text{discarded}\) and \(\text{checked} = \text{passed} +
 * \text{failed}\); jqwik stops at the first failing try, so {@code failed} is 0 or 1. For the
 * Taylor-remainder property a checked try either had its slope read ({@link #slopes()}) or a
 * remainder at rounding for every step ({@link #quadratic()}), unless it failed by an exception
 * before either. Instances are immutable.
 *
 * @param passed    checked tries that held
 * @param failed    checked tries that failed (0 or 1)
 * @param discarded discarded tries by reason (only reasons that occurred)
 * @param slopes    the Taylor slope of each checked try whose slope was read, in try order
 * @param quadratic checked Taylor tries whose remainder is at rounding for every step
 */
public record Tally(int passed, int failed, Map<Discard, Integer> discarded, List<Double> slopes, int quadratic) {

    /** No tries. */
    public static final Tally EMPTY = new Tally(0, 0, Map.of(), List.of(), 0);

    /**
     * A copy of the arguments.
     *
     * @throws IllegalArgumentException when a count is negative
     */
    public Tally {
        if (passed < 0 || failed < 0 || quadratic < 0 || discarded.values().stream().anyMatch(v -> v == null || v < 1)) {
            throw new IllegalArgumentException("negative counts: passed " + passed + ", failed " + failed
                    + ", quadratic " + quadratic + ", discarded " + discarded);
        }
        EnumMap<Discard, Integer> d = new EnumMap<>(Discard.class);
        d.putAll(discarded);
        discarded = Collections.unmodifiableMap(d);
        slopes = List.copyOf(slopes);
    }

    /** What one try did, besides its status: its discard reason, its Taylor slope, or a quadratic remainder. */
    public record Note(Discard discard, Double slope, boolean quadratic) {

        /** Nothing to note: a plain check. */
        public static final Note NONE = new Note(null, null, false);
    }

    /** The outcome of one try. */
    public enum Status {
        /** Checked and held. */
        PASSED,
        /** Checked and failed. */
        FAILED,
        /** Set aside by an assumption. */
        DISCARDED
    }

    /**
     * The tally of tries in order.
     *
     * @param statuses each try's outcome
     * @param notes    each try's note (same length)
     * @return the tally
     * @throws IllegalArgumentException when the lists differ in length or a discarded try has no reason
     */
    public static Tally of(List<Status> statuses, List<Note> notes) {
        if (statuses.size() != notes.size()) {
            throw new IllegalArgumentException(statuses.size() + " statuses, " + notes.size() + " notes");
        }
        int passed = 0;
        int failed = 0;
        int quadratic = 0;
        Map<Discard, Integer> discarded = new EnumMap<>(Discard.class);
        List<Double> slopes = new ArrayList<>();
        for (int k = 0; k < statuses.size(); k++) {
            Note n = notes.get(k);
            switch (statuses.get(k)) {
                case DISCARDED -> {
                    if (n.discard() == null) {
                        throw new IllegalArgumentException("try " + (k + 1) + " was discarded without a reason");
                    }
                    discarded.merge(n.discard(), 1, Integer::sum);
                    continue;
                }
                case PASSED -> passed++;
                case FAILED -> failed++;
            }
            if (n.slope() != null) {
                slopes.add(n.slope());
            } else if (n.quadratic()) {
                quadratic++;
            }
        }
        return new Tally(passed, failed, discarded, slopes, quadratic);
    }

    /** Tries checked: passed and failed. */
    public int checks() {
        return passed + failed;
    }

    /** Tries discarded, for any reason. */
    public int discardedTotal() {
        return discarded.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every try: checked and discarded. */
    public int tries() {
        return checks() + discardedTotal();
    }

    /** Tries discarded for a reason. */
    public int discarded(Discard reason) {
        return discarded.getOrDefault(reason, 0);
    }
}
