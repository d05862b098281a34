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
        double[] x = new double[c.arguments().size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = c.arguments().get(i).evaluate(columns);
            if (!Double.isFinite(x[i])) {
                return find(c.arguments().get(i), columns);
            }
        }
        return switch (c.function()) {
            case LOG -> "log of non-positive value " + NumberText.format(x[0]);
            case SQRT -> "sqrt of negative value " + NumberText.format(x[0]);
            default -> {
                StringBuilder b = new StringBuilder(c.function().text()).append('(');
                for (int i = 0; i < x.length; i++) {
                    b.append(i == 0 ? "" : ", ").append(NumberText.format(x[i]));
                }
                yield b.append(") is ").append(NumberText.format(c.function().value(x))).toString();
            }
        };
    }
}
