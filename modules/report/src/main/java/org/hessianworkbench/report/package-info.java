/**
 * Rendering results as text (for a terminal, in the style of R's {@code summary}), JSON (Jackson;
 * NaN and infinities become {@code null}) and Markdown. Numbers are always formatted with
 * {@link java.util.Locale#ROOT}.
 */
package org.hessianworkbench.report;
