/**
 * The text syntax of expressions: {@link org.hessianworkbench.symbolic.parse.Parser} reads
 * {@code -(y*log(sigmoid(b*x)) + (1-y)*log(1-sigmoid(b*x)))} with the usual precedence (a leading
 * minus binds looser than {@code *} and {@code /}, {@code ^} binds tightest and to the right), and
 * reports an error as one line naming the column and what was expected there. The printer of
 * {@link org.hessianworkbench.symbolic.print} writes the same syntax, so printing then parsing gives
 * the same tree.
 */
package org.hessianworkbench.symbolic.parse;
