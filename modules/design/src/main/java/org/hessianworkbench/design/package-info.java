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
 * {@code response ~ terms} with the rules of R's {@code terms.formula}: {@code +} and {@code -}, the
 * intercept ({@code - 1}, {@code + 0}), the interaction operators {@code :}, {@code *}, {@code /} and
 * {@code ^}, R's {@code .}, R's order of terms, {@code offset(...)}, and {@code cbind(s, f)} as a
 * grouped binomial response. Each {@link org.hessianworkbench.design.Term} is a variable (a column, a
 * factor {@code C(col)}, a function such as {@code log(x)} or {@code Phi(x)}, an arithmetic
 * {@code I(...)}, a piecewise-linear {@code ramp(col, knots...)} or a raw {@code poly(x, k, raw = TRUE)})
 * or an {@link org.hessianworkbench.design.Term.Interaction} of variables. The functions, as terms and
 * inside expressions, are those of the expression language, {@link org.hessianworkbench.symbolic.Fn},
 * with its numerics: one definition of the functions for losses and formulas. Parse errors name the
 * formula and the 1-based column of the problem.
 *
 * <p><b>Design matrices.</b> {@link org.hessianworkbench.design.DesignMatrix#build} turns a formula
 * and a data set into R's model matrix: {@code (Intercept)} first, text columns as factors coded by
 * R's rule (treatment contrasts, or indicators where the rest of the term is not in the model),
 * interactions as products of their variables' columns, a two-level text response coded 0/1, and
 * beside the matrix the offset, the trials of a {@code cbind} response and the prior weights;
 * incomplete rows are reported or dropped. What was learnt from the training data (the expanded
 * formula, factor levels, column names) is a {@link org.hessianworkbench.design.DesignSpec}, which
 * builds the same columns and offset on new data.
 *
 * <p>Everything wrong with the user's input is a
 * {@link org.hessianworkbench.derivatives.error.BadInputException} whose one-line message names the
 * file, line, column, term and value.
 */
package org.hessianworkbench.design;
