/**
 * R model formulas and the design matrices they describe.
 *
 * <p>{@link org.hessianworkbench.formula.Formula#parse(String)} reads {@code response ~ terms}
 * with R's rules for {@code +}, {@code -}, the intercept ({@code - 1}, {@code + 0}) and duplicate
 * terms; each {@link org.hessianworkbench.formula.Term} is a column, a factor {@code C(col)}, a
 * transform {@code log}/{@code exp}/{@code sqrt}, an arithmetic {@code I(...)} or a piecewise-linear
 * {@code ramp(col, knots...)}. Parse errors name the formula and the 1-based column of the problem.
 *
 * <p>{@link org.hessianworkbench.formula.DesignMatrix#build} turns a formula and a
 * {@link org.hessianworkbench.data.DataSet} into R's model matrix: {@code (Intercept)} first, text
 * columns as treatment-coded factors ({@code rank2}, {@code C(rank)2}), a two-level text response
 * coded 0/1, and incomplete rows either reported or dropped. What was learnt from the training
 * data (factor levels, column names) is a {@link org.hessianworkbench.formula.DesignSpec}, which
 * builds the same columns on new data. Problems with the data are
 * {@link org.hessianworkbench.data.BadInputException}s naming file, line, column, term and value.
 */
package org.hessianworkbench.formula;
