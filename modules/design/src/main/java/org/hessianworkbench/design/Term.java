package org.hessianworkbench.design;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hessianworkbench.design.NumberText;
import org.hessianworkbench.symbolic.Fn;

/**
 * One term of a formula's right-hand side. Instances are immutable records; {@link #name()} is the
 * term's text as written (trimmed), and {@link #canonical()} its structure, which decides whether
 * two terms are the same term.
 *
 * <p>Every kind but {@link Interaction} is one <em>variable</em> (R's word): a column, a factor, a
 * function of the expression language ({@link Fn}), an {@code I(...)} expression, a ramp or a raw
 * polynomial. An {@link Interaction} is the product of two or more variables ({@code a:b}); the terms
 * {@code a*b}, {@code (a + b)^2} and {@code a/b} expand into variables and interactions when the
 * formula is parsed.
 */
public sealed interface Term permits Term.Column, Term.Factor, Term.Transform, Term.Identity, Term.Ramp,
        Term.Poly, Term.Interaction {

    /** The term as written in the formula, without leading and trailing spaces. */
    String name();

    /** The distinct data columns the term reads, in order of appearance. */
    List<String> columns();

    /** The term's structure without spaces ({@code log(x)} for {@code log( x )}). */
    String canonical();

    /**
     * A column by itself: a numeric column gives one design column named like the term; a text
     * column becomes a factor.
     *
     * @param name   the term as written
     * @param column the column name (without backquotes)
     */
    record Column(String name, String column) implements Term {
        /** Checks the parts. */
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public List<String> columns() {
            return List.of(column);
        }

        @Override
        public String canonical() {
            return Identifiers.quoteIfNeeded(column);
        }
    }

    /**
     * {@code C(col)}: the column's values as factor levels, whether they look numeric or not.
     *
     * @param name   the term as written
     * @param column the column name (without backquotes)
     */
    record Factor(String name, String column) implements Term {
        /** Checks the parts. */
        public Factor {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public List<String> columns() {
            return List.of(column);
        }

        @Override
        public String canonical() {
            return "C(" + Identifiers.quoteIfNeeded(column) + ")";
        }
    }

    /**
     * A function of the expression language ({@link Fn}) as a term: {@code log(e)}, {@code sqrt(e)},
     * {@code Phi(e)}, {@code min(e1, e2)}, ... of arithmetic expressions (usually one column), one
     * design column named as written.
     *
     * @param name       the term as written
     * @param expression the call
     */
    record Transform(String name, Expr.Call expression) implements Term {
        /** Checks the parts. */
        public Transform {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(expression, "expression");
        }

        /**
         * A one-argument function as a term.
         *
         * @param name     the term as written
         * @param function a function of one argument
         * @param argument the argument
         */
        public Transform(String name, Fn function, Expr argument) {
            this(name, new Expr.Call(function, argument));
        }

        @Override
        public List<String> columns() {
            return expression.columns();
        }

        @Override
        public String canonical() {
            return expression.canonical();
        }
    }

    /**
     * {@code I(e)}: an arithmetic expression taken as it is.
     *
     * @param name       the term as written
     * @param expression the expression
     */
    record Identity(String name, Expr expression) implements Term {
        /** Checks the parts. */
        public Identity {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(expression, "expression");
        }

        @Override
        public List<String> columns() {
            return expression.columns();
        }

        @Override
        public String canonical() {
            return "I(" + expression.canonical() + ")";
        }
    }

    /**
     * {@code ramp(col, k1, ..., km)}: a piecewise-linear basis with {@code m >= 1} strictly increasing
     * knots, giving {@code m + 2} design columns:
     * <ol>
     *   <li>{@code <col>.bias}: 1;</li>
     *   <li>{@code <col>.min(<k1>)}: {@code min(x, k1)};</li>
     *   <li>{@code <col>.clip(<ki>,<ki+1>)} for {@code i = 1..m-1}: {@code min(max(x, ki), ki+1)},
     *       which runs from {@code ki} to {@code ki+1};</li>
     *   <li>{@code <col>.max(<km>)}: {@code max(x, km)}.</li>
     * </ol>
     * Knots are printed by {@link NumberText#format(double)} ({@code 0.5}, {@code 1}, not
     * {@code 1.0}); {@code <col>} is the bare column name. For every {@code x},
     * {@code min(x,k1) + sum_i (clip(x,ki,ki+1) - ki) + (max(x,km) - km) = x}.
     *
     * @param name   the term as written
     * @param column the column name (without backquotes)
     * @param knots  the knots, strictly increasing and finite; copied
     */
    record Ramp(String name, String column, List<Double> knots) implements Term {
        /** Checks the parts and copies the knots. */
        public Ramp {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(column, "column");
            knots = List.copyOf(knots);
            if (knots.isEmpty()) {
                throw new IllegalArgumentException("ramp(" + column + ") needs at least one knot");
            }
            for (int i = 0; i < knots.size(); i++) {
                if (!Double.isFinite(knots.get(i)) || i > 0 && !(knots.get(i) > knots.get(i - 1))) {
                    throw new IllegalArgumentException("ramp(" + column + "): knots must be finite and"
                            + " strictly increasing, got " + knots);
                }
            }
        }

        @Override
        public List<String> columns() {
            return List.of(column);
        }

        @Override
        public String canonical() {
            StringBuilder b = new StringBuilder("ramp(").append(Identifiers.quoteIfNeeded(column));
            for (double k : knots) {
                b.append(',').append(NumberText.format(k));
            }
            return b.append(')').toString();
        }

        /** The {@code m + 2} design column names, in order. */
        public List<String> designColumnNames() {
            List<String> out = new ArrayList<>(knots.size() + 2);
            out.add(column + ".bias");
            out.add(column + ".min(" + NumberText.format(knots.get(0)) + ")");
            for (int i = 0; i + 1 < knots.size(); i++) {
                out.add(column + ".clip(" + NumberText.format(knots.get(i)) + ","
                        + NumberText.format(knots.get(i + 1)) + ")");
            }
            out.add(column + ".max(" + NumberText.format(knots.get(knots.size() - 1)) + ")");
            return out;
        }

        /**
         * The {@code m + 2} basis values at {@code x}, in the order of {@link #designColumnNames()}.
         *
         * @param x   the column value
         * @param out receives {@code m + 2} values from {@code offset}
         * @param offset where to start writing
         */
        public void basis(double x, double[] out, int offset) {
            int m = knots.size();
            out[offset] = 1;
            out[offset + 1] = Math.min(x, knots.get(0));
            for (int i = 0; i + 1 < m; i++) {
                out[offset + 2 + i] = Math.min(Math.max(x, knots.get(i)), knots.get(i + 1));
            }
            out[offset + m + 1] = Math.max(x, knots.get(m - 1));
        }
    }

    /**
     * {@code poly(e, k, raw = TRUE)}: the powers {@code e, e^2, ..., e^k} of an arithmetic expression
     * (usually one column), R's raw polynomial, giving {@code k} design columns named
     * {@code <name>1} ... {@code <name>k}. The name is R's: {@code poly(<e as written>, <k>, raw = TRUE)}
     * however the arguments were spaced, so that {@code poly(x,2,raw=TRUE)} gives the columns
     * {@code poly(x, 2, raw = TRUE)1} and {@code poly(x, 2, raw = TRUE)2} as in R.
     *
     * @param name     the name, {@code poly(<e>, <k>, raw = TRUE)}
     * @param argument the expression
     * @param degree   the highest power, at least 1
     */
    record Poly(String name, Expr argument, int degree) implements Term {
        /** Checks the parts. */
        public Poly {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(argument, "argument");
            if (degree < 1) {
                throw new IllegalArgumentException("poly() degree must be at least 1, got " + degree);
            }
        }

        @Override
        public List<String> columns() {
            return argument.columns();
        }

        @Override
        public String canonical() {
            return "poly(" + argument.canonical() + "," + degree + ",raw=TRUE)";
        }

        /** The {@code k} design column names, in order. */
        public List<String> designColumnNames() {
            List<String> out = new ArrayList<>(degree);
            for (int p = 1; p <= degree; p++) {
                out.add(name + p);
            }
            return out;
        }
    }

    /**
     * {@code a:b:...}: the product of two or more variables. The variables come in the formula's
     * variable order (the order in which they first appear in the formula, as R's
     * {@code attr(terms, "variables")}), whatever order the interaction was written in; the name joins
     * their names with {@code ':'} in that order, as R's term labels do ({@code y ~ b:a + a} has the
     * terms {@code a} and {@code b:a}).
     *
     * @param name      the variables' names joined by {@code ':'}
     * @param variables two or more distinct variables, none an interaction; copied
     */
    record Interaction(String name, List<Term> variables) implements Term {
        /** Checks the parts and copies the variables. */
        public Interaction {
            Objects.requireNonNull(name, "name");
            variables = List.copyOf(variables);
            if (variables.size() < 2) {
                throw new IllegalArgumentException("an interaction has at least two variables, got " + variables);
            }
            for (Term t : variables) {
                if (t instanceof Interaction) {
                    throw new IllegalArgumentException("the variables of an interaction are not interactions: " + t);
                }
            }
        }

        /**
         * The interaction of {@code variables}, named by joining their names with {@code ':'}.
         *
         * @param variables two or more variables in the formula's variable order
         * @return the interaction
         */
        public static Interaction of(List<Term> variables) {
            return new Interaction(String.join(":", variables.stream().map(Term::name).toList()), variables);
        }

        @Override
        public List<String> columns() {
            Set<String> out = new LinkedHashSet<>();
            for (Term t : variables) {
                out.addAll(t.columns());
            }
            return List.copyOf(out);
        }

        @Override
        public String canonical() {
            return String.join(":", variables.stream().map(Term::canonical).toList());
        }
    }
}
