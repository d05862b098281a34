package org.hessianworkbench.design;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.hessianworkbench.design.NumberText;

/**
 * An arithmetic expression over columns, as written inside {@code I(...)} or as the argument of
 * {@code log}, {@code exp} and {@code sqrt}. Instances are immutable records; two expressions are
 * equal when they have the same structure.
 */
public sealed interface Expr permits Expr.Number, Expr.Variable, Expr.Negate, Expr.Binary, Expr.Call {

    /**
     * The value of the expression for one row.
     *
     * @param columns the value of each column named in the expression
     * @return the value; non-finite when an operation is undefined (see {@link #diagnose})
     */
    double evaluate(ToDoubleFunction<String> columns);

    /** The structure without spaces, fully parenthesised: {@code ((x^2)+1)}. */
    String canonical();

    /** The distinct columns named in the expression, in order of appearance. */
    default List<String> columns() {
        Set<String> out = new LinkedHashSet<>();
        collectColumns(this, out);
        return List.copyOf(out);
    }

    /**
     * Why the expression is not finite for one row: the innermost operation whose operands are finite
     * but whose result is not, e.g. {@code "log of non-positive value -2"}.
     *
     * @param columns the value of each column named in the expression
     * @return the reason, or empty when the value is finite
     */
    default Optional<String> diagnose(ToDoubleFunction<String> columns) {
        return NonFiniteReason.of(this, columns);
    }

    /** A numeric literal. */
    record Number(double value) implements Expr {
        @Override
        public double evaluate(ToDoubleFunction<String> columns) {
            return value;
        }

        @Override
        public String canonical() {
            return NumberText.format(value);
        }
    }

    /** A column's value. */
    record Variable(String column) implements Expr {
        /** Checks the column name. */
        public Variable {
            Objects.requireNonNull(column, "column");
        }

        @Override
        public double evaluate(ToDoubleFunction<String> columns) {
            return columns.applyAsDouble(column);
        }

        @Override
        public String canonical() {
            return Identifiers.quoteIfNeeded(column);
        }
    }

    /** Unary minus. */
    record Negate(Expr operand) implements Expr {
        /** Checks the operand. */
        public Negate {
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public double evaluate(ToDoubleFunction<String> columns) {
            return -operand.evaluate(columns);
        }

        @Override
        public String canonical() {
            return "(-" + operand.canonical() + ")";
        }
    }

    /** A binary operation. */
    record Binary(Operator operator, Expr left, Expr right) implements Expr {
        /** Checks the parts. */
        public Binary {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public double evaluate(ToDoubleFunction<String> columns) {
            return operator.apply(left.evaluate(columns), right.evaluate(columns));
        }

        @Override
        public String canonical() {
            return "(" + left.canonical() + operator.symbol() + right.canonical() + ")";
        }
    }

    /** A call of {@code log}, {@code exp}, {@code sqrt} or {@code abs}. */
    record Call(MathFunction function, Expr argument) implements Expr {
        /** Checks the parts. */
        public Call {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(argument, "argument");
        }

        @Override
        public double evaluate(ToDoubleFunction<String> columns) {
            return function.apply(argument.evaluate(columns));
        }

        @Override
        public String canonical() {
            return function.symbol() + "(" + argument.canonical() + ")";
        }
    }

    /** The binary operators, with R's meaning. */
    enum Operator {
        /** {@code a + b}. */
        ADD('+'),
        /** {@code a - b}. */
        SUBTRACT('-'),
        /** {@code a * b}. */
        MULTIPLY('*'),
        /** {@code a / b}. */
        DIVIDE('/'),
        /** {@code a ^ b}, right-associative. */
        POWER('^');

        private final char symbol;

        Operator(char symbol) {
            this.symbol = symbol;
        }

        /** The operator as written. */
        public char symbol() {
            return symbol;
        }

        /** Applies the operator. */
        public double apply(double a, double b) {
            return switch (this) {
                case ADD -> a + b;
                case SUBTRACT -> a - b;
                case MULTIPLY -> a * b;
                case DIVIDE -> a / b;
                case POWER -> Math.pow(a, b);
            };
        }
    }

    /** The functions known inside expressions. */
    enum MathFunction {
        /** Natural logarithm; undefined for values {@code <= 0}. */
        LOG("log"),
        /** Exponential. */
        EXP("exp"),
        /** Square root; undefined for negative values. */
        SQRT("sqrt"),
        /** Absolute value. */
        ABS("abs");

        private final String symbol;

        MathFunction(String symbol) {
            this.symbol = symbol;
        }

        /** The name as written in a formula. */
        public String symbol() {
            return symbol;
        }

        /** Applies the function. */
        public double apply(double x) {
            return switch (this) {
                case LOG -> Math.log(x);
                case EXP -> Math.exp(x);
                case SQRT -> Math.sqrt(x);
                case ABS -> Math.abs(x);
            };
        }

        /** The function of this name, if any. */
        public static Optional<MathFunction> bySymbol(String name) {
            for (MathFunction f : values()) {
                if (f.symbol.equals(name)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private static void collectColumns(Expr e, Set<String> out) {
        if (e instanceof Variable v) {
            out.add(v.column());
        } else if (e instanceof Negate n) {
            collectColumns(n.operand(), out);
        } else if (e instanceof Binary b) {
            collectColumns(b.left(), out);
            collectColumns(b.right(), out);
        } else if (e instanceof Call c) {
            collectColumns(c.argument(), out);
        }
    }
}
