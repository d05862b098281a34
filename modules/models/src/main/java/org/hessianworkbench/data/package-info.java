/**
 * Reading data files for the models.
 *
 * <p>{@link org.hessianworkbench.data.DataSet#read(java.nio.file.Path)} reads a CSV file (comma,
 * semicolon, tab or whitespace delimited, chosen from the header line; plain or gzip-compressed)
 * into a Tablesaw {@link tech.tablesaw.api.Table} whose columns all hold text. Tablesaw never
 * guesses column types: {@link org.hessianworkbench.data.DataSet#kind(String)} calls a column
 * {@link org.hessianworkbench.data.ColumnKind#NUMERIC NUMERIC} when every non-missing value is a
 * decimal number ({@link org.hessianworkbench.data.NumberText}),
 * {@link org.hessianworkbench.data.ColumnKind#STRING STRING} when none is, and
 * {@link org.hessianworkbench.data.ColumnKind#MIXED MIXED} (a numeric column with bad values)
 * otherwise. Every row remembers its file line so that messages can point at it.
 *
 * <p>Everything wrong with the user's input is a
 * {@link org.hessianworkbench.data.BadInputException} whose one-line message names the file, line,
 * column and the value that was found.
 */
package org.hessianworkbench.data;
