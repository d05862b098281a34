package org.hessianworkbench.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hessianworkbench.derivatives.error.BadInputException;

/**
 * An R model formula {@code response ~ terms}, or a right-hand side alone, read with the rules of
 * R's {@code terms.formula} (R's {@code model.matrix} is the reference for the columns a formula
 * gives; see {@link DesignSpec}). Instances are immutable.
 *
 * <p><b>Response.</b> A column name, or {@code cbind(successes, failures)} for grouped binomial data
 * (each argument an arithmetic expression as in {@code I(...)}, e.g. {@code cbind(dead, n - dead)}).
 *
 * <p><b>Operators</b>, loosest first, as in R: {@code +} adds terms and {@code -} removes them (also
 * terms produced by the other operators: {@code a*b - a:b}); {@code a*b} is
 * {@code a + b + a:b} and {@code a/b} is {@code a + a:b}; {@code a:b} is the interaction of
 * {@code a} and {@code b} (of every term of each side, with parentheses: {@code a:(b + c)} is
 * {@code a:b + a:c}); {@code (a + b + c)^k}, {@code k >= 2} a whole number, is every interaction of up
 * to {@code k} of the terms; unary {@code -} and {@code +} bind tighter than {@code ':'}
 * ({@code -a:b} is {@code (-a):b}, which is no term, as in R). The intercept is included unless
 * removed by {@code - 1} or {@code + 0} ({@code 0 +}), and {@code + 1} puts it back. {@code .} stands
 * for every column of the data not read by the response (R's rule: also a column used in
 * {@code offset()} or as prior weights), in the data's order; a formula with a {@code .} has terms
 * only once expanded with a data set ({@link #expandDot(List)}).
 *
 * <p><b>Terms</b> are sets of variables: a term given twice is kept where it first appeared,
 * {@code b:a} is the term {@code a:b}, and the terms are ordered by their number of variables, then
 * by first appearance (R's {@code keep.order = FALSE}). An interaction's name joins its variables'
 * names with {@code ':'} in the order the variables first appear in the formula
 * ({@link Term.Interaction}).
 *
 * <p><b>Variables</b>: a column (numeric, or a factor when its values are text); {@code C(col)} (a
 * factor); a function of the expression language, {@link org.hessianworkbench.symbolic.Fn}
 * ({@code log(e)}, {@code sqrt(e)}, {@code Phi(e)}, {@code min(e1, e2)}, ..., as many arguments as it
 * takes, {@code polygamma}'s order a whole number written as such); {@code I(e)}, where {@code e} is
 * arithmetic with {@code + - * / ^} ({@code ^} right-associative and binding tighter than unary minus),
 * parentheses, decimal literals ({@code 1e-3}), column names and the same functions, with the same
 * numerics as in losses; {@code ramp(col, k1, ..., km)} with {@code m >= 1} strictly increasing
 * numeric knots (see {@link Term.Ramp}); and {@code poly(e, k, raw = TRUE)} (see {@link Term.Poly}).
 * A variable is named as first written ({@code log(x)} and {@code log( x )} are the same variable,
 * named {@code log(x)} when written so first). Names hold letters, digits, {@code _} and {@code .};
 * other column names go between backquotes ({@code `my col`}). Spaces may appear anywhere between
 * tokens.
 *
 * <p><b>Offsets</b>: {@code offset(e)}, an arithmetic expression as in {@code I(...)}, adds to the
 * linear predictor without a coefficient and is no term; several distinct offsets add up, an offset
 * given twice counts once. An offset may not be part of an interaction nor be removed with
 * {@code -} (R would drop the term around it, or keep the offset anyway).
 */
public final class Formula {

    /**
     * An {@code offset(e)} of the formula.
     *
     * @param name       the offset as written, e.g. {@code offset(log(exposure))}
     * @param expression its expression
     */
    public record Offset(String name, Expr expression) {
        /** Checks the parts. */
        public Offset {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(expression, "expression");
        }
    }

    /**
     * A grouped binomial response {@code cbind(successes, failures)}.
     *
     * @param name           the response as written, e.g. {@code cbind(s, f)}
     * @param successesName  the first argument as written
     * @param successes      the number of successes of each row
     * @param failuresName   the second argument as written
     * @param failures       the number of failures of each row
     */
    public record Counts(String name, String successesName, Expr successes, String failuresName, Expr failures) {
        /** Checks the parts. */
        public Counts {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(successesName, "successesName");
            Objects.requireNonNull(successes, "successes");
            Objects.requireNonNull(failuresName, "failuresName");
            Objects.requireNonNull(failures, "failures");
        }

        /** The columns the two arguments read, the successes' first. */
        public List<String> columns() {
            List<String> out = new ArrayList<>(successes.columns());
            for (String c : failures.columns()) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
            return List.copyOf(out);
        }
    }

    private final String text;
    private final boolean withResponse;
    private final FormulaParser.Result parsed;
    /** The terms, or null when the formula has a '.'. */
    private final List<Term> terms;

    private Formula(String text, boolean withResponse, FormulaParser.Result parsed) {
        this.text = text;
        this.withResponse = withResponse;
        this.parsed = parsed;
        if (parsed.terms() == null) {
            this.terms = null;
        } else {
            List<Term> out = new ArrayList<>();
            for (int[] t : parsed.terms()) {
                if (t.length == 1) {
                    out.add(parsed.variables().get(t[0]));
                } else {
                    List<Term> vars = new ArrayList<>();
                    for (int i : t) {
                        vars.add(parsed.variables().get(i));
                    }
                    out.add(Term.Interaction.of(vars));
                }
            }
            this.terms = List.copyOf(out);
        }
    }

    /**
     * Parses {@code response ~ rhs}; the response is a column name or {@code cbind(s, f)}.
     *
     * @param text the formula
     * @return the formula
     * @throws BadInputException naming the formula and the 1-based column of the problem
     */
    public static Formula parse(String text) {
        return new Formula(text, true, FormulaParser.parse(text, true));
    }

    /**
     * Parses a right-hand side without {@code ~} and response, e.g. {@code ramp(x1, 0.5, 1)}.
     *
     * @param text the right-hand side
     * @return a formula whose {@link #response()} is empty
     * @throws BadInputException naming the text and the 1-based column of the problem
     */
    public static Formula parseRhs(String text) {
        return new Formula(text, false, FormulaParser.parse(text, false));
    }

    /** The text as given to the parser. */
    public String text() {
        return text;
    }

    /**
     * The response as written: its column (without backquotes), or the text {@code cbind(s, f)} of a
     * grouped binomial response ({@link #counts()}); empty for a right-hand side alone.
     */
    public Optional<String> response() {
        return Optional.ofNullable(parsed.response());
    }

    /** The grouped binomial response {@code cbind(successes, failures)}, if that is the response. */
    public Optional<Counts> counts() {
        return Optional.ofNullable(parsed.counts());
    }

    /**
     * The terms in R's order, each once, intercept markers and offsets excluded: single variables and
     * {@link Term.Interaction}s.
     *
     * @throws BadInputException when the formula has a {@code '.'}, which stands for columns of a data
     *                           set: expand it first ({@link #expandDot(List)})
     */
    public List<Term> terms() {
        if (terms == null) {
            throw new BadInputException(DesignMessages.FORMULA_DOT_WITHOUT_DATA, text, parsed.dots().get(0)[0] + 1);
        }
        return terms;
    }

    /** The offsets, each once, in order of appearance; empty when there are none. */
    public List<Offset> offsets() {
        return parsed.offsets();
    }

    /** True when the design has an {@code (Intercept)} column. */
    public boolean hasIntercept() {
        return parsed.intercept();
    }

    /** True when the right-hand side has a {@code '.'} (every column of the data not in the response). */
    public boolean hasDot() {
        return !parsed.dots().isEmpty();
    }

    /**
     * The formula with each {@code '.'} replaced by the sum of the data's columns that the response
     * does not read, in the data's order, in parentheses: {@code y ~ . - x} on columns {@code y, x, z}
     * becomes {@code y ~ (x + z) - x}. Names that need them get backquotes.
     *
     * @param dataColumns the data's columns, in order
     * @return this formula when it has no {@code '.'}, else the expanded formula
     * @throws BadInputException when the response reads every column, so that {@code '.'} stands for none
     */
    public Formula expandDot(List<String> dataColumns) {
        if (!hasDot()) {
            return this;
        }
        List<String> names = new ArrayList<>();
        for (String c : dataColumns) {
            if (!parsed.responseColumns().contains(c)) {
                names.add(Identifiers.quoteIfNeeded(c));
            }
        }
        if (names.isEmpty()) {
            throw new BadInputException(DesignMessages.FORMULA_DOT_WITHOUT_COLUMNS, text, parsed.dots().get(0)[0] + 1);
        }
        String sum = "(" + String.join(" + ", names) + ")";
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int[] dot : parsed.dots()) {
            b.append(text, at, dot[0]).append(sum);
            at = dot[1];
        }
        b.append(text.substring(at));
        return withResponse ? parse(b.toString()) : parseRhs(b.toString());
    }

    /**
     * The same formula with the intercept switched on or off, written as R's {@code update} would:
     * {@code " - 1"} or {@code " + 1"} is appended to the text when the setting changes.
     *
     * @param include whether the intercept is included
     * @return this formula when nothing changes, else the changed formula
     */
    public Formula withIntercept(boolean include) {
        if (include == hasIntercept()) {
            return this;
        }
        String changed = text + (include ? " + 1" : " - 1");
        return withResponse ? parse(changed) : parseRhs(changed);
    }

    /** The right-hand side alone (the text after {@code '~'}); this formula when it has no response. */
    public Formula rhs() {
        return withResponse ? parseRhs(text.substring(parsed.rhsStart())) : this;
    }

    /**
     * The distinct data columns the formula names, the response's first, then those of the variables
     * and offsets in order of appearance. As in R's model frame, the columns of removed terms count
     * ({@code y ~ a + b - b} reads {@code b}: a missing value there drops the row). A {@code '.'}
     * adds nothing here: the columns it stands for are known with the data ({@link #expandDot(List)}).
     */
    public List<String> columns() {
        List<String> out = new ArrayList<>(parsed.responseColumns());
        for (String c : parsed.rhsColumns()) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** The columns of the right-hand side's variables and offsets, in order of appearance (no '.'). */
    List<String> rhsColumns() {
        return parsed.rhsColumns();
    }

    /** The columns the response reads: one, two for {@code cbind(s, f)}, none without a response. */
    List<String> responseColumns() {
        return parsed.responseColumns();
    }

    /** Every variable of the right-hand side, in order of first appearance, also those of removed terms. */
    List<Term> variables() {
        return parsed.variables();
    }

    /**
     * Each term's variables as indices into {@link #variables()}, increasing, in the order of
     * {@link #terms()}.
     *
     * @throws BadInputException as {@link #terms()}
     */
    List<int[]> termVariables() {
        terms();
        return parsed.terms();
    }

    /** Formulas are equal when their texts are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Formula f && f.text.equals(text) && f.withResponse == withResponse;
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The text. */
    @Override
    public String toString() {
        return text;
    }
}
