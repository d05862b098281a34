package org.hessianworkbench.symbolic.derive;

import java.util.List;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.check.StepCheck;

/**
 * The final derivatives compared with automatic differentiation of the original expression
 * (Hipparchus {@code Gradient} for first derivatives, {@code DerivativeStructure} for second). Immutable.
 *
 * @param points  how many points each entry was compared at (at most)
 * @param entries one per derivative
 */
public record ResultCheck(int points, List<Entry> entries) {

    /**
     * One derivative and its comparison with automatic differentiation.
     *
     * @param wrt   the variables, one or two
     * @param value the symbolic derivative
     * @param check the comparison
     */
    public record Entry(List<String> wrt, Expr value, StepCheck check) {

        /** An entry; the list is copied. */
        public Entry {
            wrt = List.copyOf(wrt);
        }

        /** {@code d/db} or {@code d2/db dc}. */
        public String label() {
            return wrt.size() == 1 ? "d/d" + wrt.get(0) : "d2/d" + wrt.get(0) + " d" + wrt.get(1);
        }
    }

    /** A result check; the list is copied. */
    public ResultCheck {
        entries = List.copyOf(entries);
    }

    /** Whether every derivative agrees with automatic differentiation. */
    public boolean passed() {
        return entries.stream().allMatch(e -> e.check().passed());
    }

    /** The largest relative difference from automatic differentiation. */
    public double maxRelDiff() {
        return entries.stream().mapToDouble(e -> e.check().maxRelDiff()).max().orElse(0);
    }
}
