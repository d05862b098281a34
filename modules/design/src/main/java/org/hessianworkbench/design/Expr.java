package org.hessianworkbench.design;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.hessianworkbench.design.NumberText;
import org.hessianworkbench.symbolic.Fn;

/**
 * An arithmetic expression over columns, as written inside {@code I(...)}, {@code offset(...)},
 * {@code cbind(...)}, {@code poly(...)} or as the argument of a function term such as {@code log(x)}.
 * Its functions are those of the expression language, {@link Fn}, with the same numerics
 * ({@link Fn#value(double)}): one definition of the functions for losses and formulas. Instances are
 * immutable records; two expressions are equal when they have the same structure.
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

    /**
     * A call of a function of the expression language, {@code log(x)} or {@code min(x, 1)}.
     *
     * @param function  the function
     * @param arguments as many as the function takes ({@link Fn#arity()}); copied
     */
    record Call(Fn function, List<Expr> arguments) implements Expr {
        /** Checks the parts and copies the arguments. */
        public Call {
            Objects.requireNonNull(function, "function");
            arguments = List.copyOf(arguments);
            if (arguments.size() != function.arity()) {
                throw new IllegalArgumentException(function.text() + " takes " + function.arity()
                        + " argument(s), got " + arguments.size());
            }
        }

        /** A call of a one-argument function. */
        public Call(Fn function, Expr argument) {
            this(function, List.of(argument));
        }

        @Override
        public double evaluate(ToDoubleFunction<String> columns) {
            return arguments.size() == 1 ? function.value(arguments.get(0).evaluate(columns))
                    : function.value(arguments.get(0).evaluate(columns), arguments.get(1).evaluate(columns));
        }

        @Override
        public String canonical() {
            StringBuilder b = new StringBuilder(function.text()).append('(');
            for (int i = 0; i < arguments.size(); i++) {
                b.append(i == 0 ? "" : ",").append(arguments.get(i).canonical());
            }
            return b.append(')').toString();
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
        /** {@code a ^ b}, right-associative: {@link Fn#POW}. */
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
                case POWER -> Fn.POW.value(a, b);
            };
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
            for (Expr a : c.arguments()) {
                collectColumns(a, out);
            }
        }
    }
}
