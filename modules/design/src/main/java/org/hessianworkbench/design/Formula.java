package org.hessianworkbench.design;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hessianworkbench.derivatives.error.BadInputException;

/**
 * An R model formula {@code response ~ term + term ...}, or a right-hand side alone. Instances are
 * immutable.
 *
 * <p>Syntax, as in R: terms are separated by {@code +}; the intercept is included unless removed by
 * {@code - 1}, {@code + 0} or a leading {@code 0 +}, and {@code + 1} puts it back; {@code - term}
 * removes a term listed before it; a term listed twice is kept once (terms are compared by
 * structure, so {@code log(x)} and {@code log( x )} are the same term, named as first written).
 * Names hold letters, digits, {@code _} and {@code .}; other column names go between backquotes
 * ({@code `my col`}). Spaces may appear anywhere between tokens.
 *
 * <p>Terms: a column (numeric, or a factor when its values are text); {@code C(col)} (a factor);
 * {@code log(e)}, {@code exp(e)}, {@code sqrt(e)}; {@code I(e)}, where {@code e} is arithmetic with
 * {@code + - * / ^} ({@code ^} right-associative and binding tighter than unary minus), parentheses,
 * decimal literals ({@code 1e-3}), column names and {@code log}, {@code exp}, {@code sqrt},
 * {@code abs}; and {@code ramp(col, k1, ..., km)} with {@code m >= 1} strictly increasing numeric
 * knots (see {@link Term.Ramp}). Interactions ({@code a:b}, {@code a*b}) are not supported.
 */
public final class Formula {

    private final String text;
    private final String response;
    private final List<Term> terms;
    private final boolean intercept;
    private final int rhsStart;

    private Formula(String text, String response, List<Term> terms, boolean intercept, int rhsStart) {
        this.text = text;
        this.rhsStart = rhsStart;
        this.response = response;
        this.terms = List.copyOf(terms);
        this.intercept = intercept;
    }

    /**
     * Parses {@code response ~ rhs}; the response is a column name.
     *
     * @param text the formula
     * @return the formula
     * @throws BadInputException naming the formula and the 1-based column of the problem
     */
    public static Formula parse(String text) {
        FormulaParser.Result r = FormulaParser.parse(text, true);
        return new Formula(text, r.response(), r.terms(), r.intercept(), r.rhsStart());
    }

    /**
     * Parses a right-hand side without {@code ~} and response, e.g. {@code ramp(x1, 0.5, 1)}.
     *
     * @param text the right-hand side
     * @return a formula whose {@link #response()} is empty
     * @throws BadInputException naming the text and the 1-based column of the problem
     */
    public static Formula parseRhs(String text) {
        FormulaParser.Result r = FormulaParser.parse(text, false);
        return new Formula(text, null, r.terms(), r.intercept(), 0);
    }

    /** The text as given to the parser. */
    public String text() {
        return text;
    }

    /** The response column, or empty for a right-hand side alone. */
    public Optional<String> response() {
        return Optional.ofNullable(response);
    }

    /** The terms in order, each once, intercept markers excluded. */
    public List<Term> terms() {
        return terms;
    }

    /** True when the design has an {@code (Intercept)} column. */
    public boolean hasIntercept() {
        return intercept;
    }

    /**
     * The same formula with the intercept switched on or off, written as R's {@code update} would:
     * {@code " - 1"} or {@code " + 1"} is appended to the text when the setting changes.
     *
     * @param include whether the intercept is included
     * @return this formula when nothing changes, else the changed formula
     */
    public Formula withIntercept(boolean include) {
        if (include == intercept) {
            return this;
        }
        String changed = text + (include ? " + 1" : " - 1");
        return response == null ? parseRhs(changed) : parse(changed);
    }

    /** The right-hand side alone (the text after {@code '~'}); this formula when it has no response. */
    public Formula rhs() {
        return response == null ? this : parseRhs(text.substring(rhsStart));
    }

    /** The distinct data columns the formula reads, the response first. */
    public List<String> columns() {
        Set<String> out = new LinkedHashSet<>();
        if (response != null) {
            out.add(response);
        }
        for (Term t : terms) {
            out.addAll(t.columns());
        }
        return List.copyOf(out);
    }

    /** Formulas are equal when their texts are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Formula f && f.text.equals(text);
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
