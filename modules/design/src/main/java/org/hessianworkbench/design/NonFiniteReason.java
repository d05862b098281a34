package org.hessianworkbench.design;

import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.hessianworkbench.design.NumberText;

/** Finds the operation that makes an expression non-finite (for {@link Expr#diagnose}). */
final class NonFiniteReason {

    private NonFiniteReason() {
    }

    /** Why {@code e} is not finite, or empty when it is. */
    static Optional<String> of(Expr e, ToDoubleFunction<String> columns) {
        if (Double.isFinite(e.evaluate(columns))) {
            return Optional.empty();
        }
        return Optional.of(find(e, columns));
    }

    /** The innermost reason; {@code e} is known to be non-finite. */
    private static String find(Expr e, ToDoubleFunction<String> columns) {
        if (e instanceof Expr.Variable v) {
            return "value of '" + v.column() + "' is not finite";
        }
        if (e instanceof Expr.Number n) {
            return "the number " + NumberText.format(n.value()) + " is not finite";
        }
        if (e instanceof Expr.Negate n) {
            return find(n.operand(), columns);
        }
        if (e instanceof Expr.Binary b) {
            double l = b.left().evaluate(columns);
            if (!Double.isFinite(l)) {
                return find(b.left(), columns);
            }
            double r = b.right().evaluate(columns);
            if (!Double.isFinite(r)) {
                return find(b.right(), columns);
            }
            if (b.operator() == Expr.Operator.DIVIDE && r == 0) {
                return "division by zero (" + NumberText.format(l) + " / 0)";
            }
            return NumberText.format(l) + " " + b.operator().symbol() + " " + NumberText.format(r)
                    + " is " + NumberText.format(b.operator().apply(l, r));
        }
        Expr.Call c = (Expr.Call) e;
        double x = c.argument().evaluate(columns);
        if (!Double.isFinite(x)) {
            return find(c.argument(), columns);
        }
        return switch (c.function()) {
            case LOG -> "log of non-positive value " + NumberText.format(x);
            case SQRT -> "sqrt of negative value " + NumberText.format(x);
            default -> c.function().symbol() + "(" + NumberText.format(x) + ") is "
                    + NumberText.format(c.function().apply(x));
        };
    }
}
