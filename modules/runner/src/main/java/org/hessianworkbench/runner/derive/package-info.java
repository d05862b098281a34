/**
 * {@code workbench derive}: the command ({@link org.hessianworkbench.runner.derive.DeriveCommand}) and
 * the renderers of derivations and of the built-in derivation documents as text (the demo's
 * {@link org.hessianworkbench.runner.derive.TextRenderer#logisticHessian()}), LaTeX and JSON;
 * Markdown comes from the symbolic module, so the command prints exactly the files of
 * {@code docs/derivations/}. Expression errors become one-line bad input (exit code 2).
 */
package org.hessianworkbench.runner.derive;
