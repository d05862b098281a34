package org.hessianworkbench.symbolic.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A reproducible sequence of random points: for a seed, the same symbols and the same domain, the
 * same points in the same order. Checks walk it from the start, skipping points where an expression
 * is not finite, so every check of a derivation uses the same points. Immutable.
 */
public final class Points {

    /** Candidate points per wanted point: enough to find valid ones when half the domain is invalid. */
    public static final int CANDIDATES_PER_POINT = 50;

    private final List<Map<String, Double>> candidates;

    private Points(List<Map<String, Double>> candidates) {
        this.candidates = candidates;
    }

    /** The candidates for {@code wanted} valid points over {@code symbols}, drawn from {@code domain}. */
    public static Points of(Collection<String> symbols, Domain domain, int wanted, long seed) {
        List<String> names = new ArrayList<>(new java.util.TreeSet<>(symbols));
        SplittableRandom random = new SplittableRandom(seed);
        int n = Math.max(1, wanted) * CANDIDATES_PER_POINT;
        List<Map<String, Double>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Double> p = new TreeMap<>();
            for (String s : names) {
                p.put(s, domain.of(s).at(random.nextDouble()));
            }
            out.add(Collections.unmodifiableMap(p));
        }
        return new Points(Collections.unmodifiableList(out));
    }

    /** The candidate points, in order (read-only). */
    public List<Map<String, Double>> candidates() {
        return candidates;
    }
}
