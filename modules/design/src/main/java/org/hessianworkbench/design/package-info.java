/**
 * From a CSV file to a design matrix: the data's path through the workbench, and the only package
 * that touches Tablesaw.
 *
 * <p><b>Data.</b> {@link org.hessianworkbench.design.DataSet#read(java.nio.file.Path)} reads a CSV
 * file (comma, semicolon, tab or whitespace delimited, chosen from the header line; plain or
 * gzip-compressed) into Tablesaw columns. Column types are never guessed:
 * {@link org.hessianworkbench.design.DataSet#kind(String)} calls a column
 * {@link org.hessianworkbench.design.ColumnKind#NUMERIC NUMERIC} when every non-missing value is a
 * decimal number ({@link org.hessianworkbench.design.NumberText}),
 * {@link org.hessianworkbench.design.ColumnKind#STRING STRING} when none is, and
 * {@link org.hessianworkbench.design.ColumnKind#MIXED MIXED} (a numeric column with bad values)
 * otherwise. Every row remembers its file line so that messages can point at it.
 *
 * <p><b>Formulas.</b> {@link org.hessianworkbench.design.Formula#parse(String)} reads
 * {@code response ~ terms} with R's rules for {@code +}, {@code -}, the intercept ({@code - 1},
 * {@code + 0}) and duplicate terms; each {@link org.hessianworkbench.design.Term} is a column, a
 * factor {@code C(col)}, a transform {@code log}/{@code exp}/{@code sqrt}, an arithmetic
 * {@code I(...)} or a piecewise-linear {@code ramp(col, knots...)}. Parse errors name the formula and
 * the 1-based column of the problem.
 *
 * <p><b>Design matrices.</b> {@link org.hessianworkbench.design.DesignMatrix#build} turns a formula
 * and a data set into R's model matrix: {@code (Intercept)} first, text columns as treatment-coded
 * factors, a two-level text response coded 0/1, incomplete rows reported or dropped. What was learnt
 * from the training data (factor levels, column names) is a
 * {@link org.hessianworkbench.design.DesignSpec}, which builds the same columns on new data.
 *
 * <p>Everything wrong with the user's input is a
 * {@link org.hessianworkbench.derivatives.error.BadInputException} whose one-line message names the
 * file, line, column, term and value.
 */
package org.hessianworkbench.design;
