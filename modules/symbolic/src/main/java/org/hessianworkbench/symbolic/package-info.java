/**
 * Symbolic derivations, step by step, with every step checked.
 *
 * <p>An {@link org.hessianworkbench.symbolic.Expr} is an immutable tree (a sealed interface of
 * records) of numbers, symbols, {@code + - * / ^}, unary minus, the functions of
 * {@link org.hessianworkbench.symbolic.Fn} (exp, log, log1p, sqrt, sigmoid, sin, cos, tanh, abs)
 * and the unevaluated derivative {@code diff(u, x)}. The packages, in the order a derivation uses
 * them:
 * <ul>
 *   <li>{@code parse}: text to tree, with errors that name the column;</li>
 *   <li>{@code print}: tree to text (the parser's syntax) and LaTeX;</li>
 *   <li>{@code eval}: one evaluator generic over Hipparchus fields, for values and automatic derivatives;</li>
 *   <li>{@code steps}: the record of a derivation, one rule per step;</li>
 *   <li>{@code diff}: differentiation, one rule at a time;</li>
 *   <li>{@code simplify}: simplification, one rule at a time, never changing the value;</li>
 *   <li>{@code check}: numeric checks of steps and results at reproducible random points, and of a
 *       student's answer;</li>
 *   <li>{@code derive}: the entry point, {@link org.hessianworkbench.symbolic.derive.Deriver};</li>
 *   <li>{@code doc}: derivations written up as documents (the models' own are in the {@code models}
 *       module; the {@code report} module renders documents and derivations as text, Markdown, LaTeX
 *       and JSON).</li>
 * </ul>
 * The module depends on Hipparchus and on the {@code derivatives} module's exception family only,
 * not on the models.
 */
package org.hessianworkbench.symbolic;
