package org.hessianworkbench.design;

/**
 * What the values of a data column look like, judged on its non-missing values.
 *
 * <p>Every column is held as text; the kind says how the formula code may use it.
 */
public enum ColumnKind {

    /** Every non-missing value is a number (also when every value is missing). */
    NUMERIC,

    /**
     * Some non-missing values are numbers and some are not: a numeric column with bad values. Used
     * as a number it is an error naming the first bad value; {@code C(col)} makes it a factor.
     */
    MIXED,

    /** No non-missing value is a number: a text column, a factor in a formula. */
    STRING;

    /** True for a column with at least one non-missing value that is not a number. */
    public boolean hasText() {
        return this != NUMERIC;
    }
}
