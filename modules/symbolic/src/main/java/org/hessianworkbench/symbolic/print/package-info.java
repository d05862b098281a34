/**
 * Printing expressions: {@link org.hessianworkbench.symbolic.print.Printer#text} in the parser's
 * syntax (with only the parentheses the grammar needs, plus a few for readability, such as
 * {@code x^(-2)}), {@link org.hessianworkbench.symbolic.print.Printer#latex} and
 * {@link org.hessianworkbench.symbolic.print.Printer#markdown}. Numbers never depend on the locale.
 */
package org.hessianworkbench.symbolic.print;
