package org.hessianworkbench.symbolic.steps;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the steps of a derivation in order. Mutable and not thread-safe: one per derivation.
 * {@link #NONE} discards everything, for callers that only want the result.
 */
public class Trace {

    /** A trace that records nothing. */
    public static final Trace NONE = new Trace() {
        @Override
        public void add(Step step) {
        }
    };

    private final List<Step> steps = new ArrayList<>();

    /** Records a step. */
    public void add(Step step) {
        steps.add(step);
    }

    /** The steps so far, in order (a read-only view). */
    public List<Step> steps() {
        return Collections.unmodifiableList(steps);
    }
}
