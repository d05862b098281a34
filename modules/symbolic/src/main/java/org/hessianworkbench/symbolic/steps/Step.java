package org.hessianworkbench.symbolic.steps;

import java.util.Objects;
import org.hessianworkbench.symbolic.Expr;

/**
 * One rewrite of a derivation: a rule applied to one sub-expression. For a differentiation step the
 * rewritten node is \(\partial\,\mathrm{target}/\partial\,\mathrm{wrt}\); for a simplification step
 * it is {@code target} itself. {@code before} and {@code after} are the whole expression around it,
 * which must have the same value wherever both are defined: that is what a check verifies.
 * Immutable.
 *
 * @param kind        differentiation or simplification
 * @param rule        the rule's short name, e.g. {@code chain}, {@code product}, {@code cancellation}
 * @param formula     the rule as an identity in the text syntax, e.g. {@code diff(log(u), x) = diff(u, x)/u}
 * @param target      the sub-expression the rule applies to (for differentiation, the one differentiated)
 * @param wrt         the variable of a differentiation step, null for a simplification step
 * @param replacement what the rewritten node becomes
 * @param before      the whole expression before the step
 * @param after       the whole expression after the step
 */
public record Step(Kind kind, String rule, String formula, Expr target, String wrt, Expr replacement, Expr before,
                   Expr after) {

    /** Whether a step differentiates or simplifies. */
    public enum Kind {
        /** A differentiation rule rewrote one {@code diff(u, x)}. */
        DIFFERENTIATE,
        /** A simplification rule rewrote one sub-expression without changing its value. */
        SIMPLIFY
    }

    /** A step; only {@code wrt} may be null, and only for a simplification. */
    public Step {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if ((kind == Kind.DIFFERENTIATE) != (wrt != null)) {
            throw new IllegalArgumentException("a differentiation step has a variable, a simplification step none");
        }
    }

    /** The node that was rewritten: {@code diff(target, wrt)} or {@code target}. */
    public Expr rewritten() {
        return wrt == null ? target : new Expr.Diff(target, wrt);
    }
}
