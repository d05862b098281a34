package org.hessianworkbench.symbolic.check;

import java.util.List;
import java.util.Optional;

/**
 * The check of a typed answer, entry by entry, against automatic differentiation of the expression.
 * Immutable.
 *
 * @param answer  the answer
 * @param entries the check of each entry, in the answer's order
 * @param wanted  the random points each entry is checked at (before skipping)
 */
public record AnswerReport(TypedAnswer answer, List<EntryCheck> entries, int wanted) {

    /** What an entry was found to be. */
    public enum Verdict {
        /** Equal to the derivative. */
        RIGHT,
        /** Different from the derivative at a point (the counterexample). */
        WRONG,
        /** No difference found, but too few points where both are defined to call it right. */
        UNDECIDED
    }

    /**
     * The check of one entry.
     *
     * @param entry             the entry
     * @param check             its comparison with the derived result (values at the counterexample by
     *                          automatic differentiation of the expression)
     * @param verdict           right, wrong or undecided
     * @param checked           random points where both were defined and compared
     * @param skippedExpression random points skipped because the expression or its derivative is undefined
     *                          there (or not determined by the precise arithmetic)
     * @param skippedAnswer     random points skipped because the entry is undefined there
     * @param hint              the mistake a wrong entry looks like, if one is recognised
     */
    public record EntryCheck(TypedAnswer.Entry entry, AnswerCheck check, Verdict verdict, int checked,
                             int skippedExpression, int skippedAnswer, Optional<AnswerHint> hint) {

        /** Random points skipped where something was undefined. */
        public int skipped() {
            return skippedExpression + skippedAnswer;
        }
    }

    /** A report; the list is copied. */
    public AnswerReport {
        entries = List.copyOf(entries);
    }

    /** Whether every entry is right. */
    public boolean right() {
        return entries.stream().allMatch(e -> e.verdict() == Verdict.RIGHT);
    }

    /** The entries that are wrong. */
    public List<EntryCheck> wrong() {
        return entries.stream().filter(e -> e.verdict() == Verdict.WRONG).toList();
    }

    /** The entries that could not be decided. */
    public List<EntryCheck> undecided() {
        return entries.stream().filter(e -> e.verdict() == Verdict.UNDECIDED).toList();
    }

    /** The fewest points an entry must be compared at, when it is not equal symbolically: half the wanted. */
    public static int enough(int wanted) {
        return (wanted + 1) / 2;
    }
}
