package org.hessianworkbench.symbolic.derive;

import java.util.List;
import org.hessianworkbench.symbolic.Expr;

/**
 * One derivative worked out: \(\partial f/\partial x\) or \(\partial^2 f/\partial x\partial z\)
 * (the derivative in \(z\) of the simplified first derivative in \(x\)). Immutable.
 *
 * @param wrt    the variables, one or two
 * @param start  the expression the steps start from, {@code diff(f, x)} or {@code diff(g, z)}
 * @param steps  the checked steps
 * @param result the derivative, simplified
 */
public record Part(List<String> wrt, Expr start, List<CheckedStep> steps, Expr result) {

    /** A part; the lists are copied. */
    public Part {
        wrt = List.copyOf(wrt);
        steps = List.copyOf(steps);
    }

    /** {@code d/db}, {@code d2/db db} or {@code d2/db dc}; {@code simplify} for a simplification alone. */
    public String label() {
        return wrt.isEmpty() ? "simplify" : wrt.size() == 1 ? "d/d" + wrt.get(0) : "d2/d" + wrt.get(0) + " d" + wrt.get(1);
    }

    /** Whether every step passed its check. */
    public boolean passed() {
        return steps.stream().allMatch(s -> s.check().passed());
    }
}
