package org.hessianworkbench.symbolic.derive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.check.AnswerReport;
import org.hessianworkbench.symbolic.check.StepCheck;

/**
 * A derivation: the expression, the checked steps of each derivative, the gradient (and the Hessian
 * for order 2), their comparison with automatic differentiation, and optionally the check of a
 * student's answer. Immutable.
 *
 * @param expression the expression \(f\)
 * @param wrt        the variables, in the order given
 * @param options    how it was derived and checked
 * @param parts      the derivatives worked out: each first derivative, then each second derivative
 *                   \(\partial^2 f/\partial x_i\partial x_j\) with \(i \le j\)
 * @param gradient   \(\partial f/\partial x\) for each variable, in order
 * @param hessian    \(\partial^2 f/\partial x\partial z\) for each pair (symmetric), empty for order 1
 * @param results    the final derivatives against automatic differentiation
 * @param answer     the check of an answer (one expression, a gradient vector or a Hessian matrix), if one was given
 */
public record Derivation(Expr expression, List<String> wrt, DeriveOptions options, List<Part> parts,
                         Map<String, Expr> gradient, Map<String, Map<String, Expr>> hessian, ResultCheck results,
                         Optional<AnswerReport> answer) {

    /** A derivation; collections are copied (keeping the order of the variables). */
    public Derivation {
        wrt = List.copyOf(wrt);
        parts = List.copyOf(parts);
        gradient = Collections.unmodifiableMap(new LinkedHashMap<>(gradient));
        Map<String, Map<String, Expr>> h = new LinkedHashMap<>();
        hessian.forEach((k, v) -> h.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        hessian = Collections.unmodifiableMap(h);
    }

    /** The order: 1 or 2. */
    public int order() {
        return options.order();
    }

    /** All steps, part after part. */
    public List<CheckedStep> steps() {
        List<CheckedStep> out = new ArrayList<>();
        parts.forEach(p -> out.addAll(p.steps()));
        return out;
    }

    /** The number of steps whose check failed. */
    public long failedSteps() {
        return steps().stream().filter(s -> s.check().status() == StepCheck.Status.FAILED).count();
    }

    /** The number of steps that could not be checked (no point where both sides are finite). */
    public long uncheckedSteps() {
        return steps().stream().filter(s -> s.check().status() == StepCheck.Status.UNCHECKED).count();
    }

    /** The largest relative difference of any step check. */
    public double maxStepRelDiff() {
        return steps().stream().mapToDouble(s -> s.check().maxRelDiff()).max().orElse(0);
    }

    /** Whether every step passed and every result agrees with automatic differentiation. */
    public boolean passed() {
        return failedSteps() == 0 && uncheckedSteps() == 0 && results.passed();
    }

    /** This derivation with the check of an answer. */
    public Derivation withAnswer(AnswerReport check) {
        return new Derivation(expression, wrt, options, parts, gradient, hessian, results, Optional.of(check));
    }

    /** The derived \(\partial f/\partial x\) for {@code [x]}, or \(\partial^2 f/\partial x\partial z\) for {@code [x, z]} (order 2). */
    public Expr derivative(List<String> variables) {
        return variables.size() == 1 ? gradient.get(variables.get(0))
                : hessian.get(variables.get(0)).get(variables.get(1));
    }

    /** The derivative an answer is compared with: the first derivative for order 1, the second for order 2. */
    public Expr target() {
        String x = wrt.get(0);
        return order() == 1 ? gradient.get(x) : hessian.get(x).get(x);
    }
}
