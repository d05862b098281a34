package org.hessianworkbench.symbolic.check;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.hessianworkbench.symbolic.Expr;

/**
 * Whether a student's answer equals the derived result, and if not, where they differ. Immutable.
 *
 * @param expected       the derived result
 * @param answer         the student's answer
 * @param equal          whether they are equal
 * @param method         how that was decided
 * @param difference     {@code expected - answer}, simplified
 * @param counterexample a point where they differ (small simple values when possible), empty when equal
 * @param expectedValue  the derived result at the counterexample (NaN when there is none)
 * @param answerValue    the answer at the counterexample (NaN when there is none or it is undefined there)
 * @param pointsCompared the number of points where both were compared numerically
 */
public record AnswerCheck(Expr expected, Expr answer, boolean equal, Method method, Expr difference,
                          Map<String, Double> counterexample, double expectedValue, double answerValue,
                          int pointsCompared) {

    /** How equality was decided. */
    public enum Method {
        /** The difference simplifies to 0. */
        SYMBOLIC,
        /** Values compared at points (equal at all of them, or a counterexample found). */
        NUMERIC
    }

    /** A check; the counterexample map is copied, sorted by symbol name. */
    public AnswerCheck {
        counterexample = Collections.unmodifiableMap(new TreeMap<>(counterexample));
    }
}
