/**
 * Derivations written up: a {@link org.hessianworkbench.symbolic.doc.Document} is a list of blocks
 * (headings, prose, displayed formulas, checked steps, result tables, checked identities) that
 * renderers turn into Markdown ({@link org.hessianworkbench.report.DerivationMarkdown}, the format of
 * {@code docs/derivations/}), text, LaTeX or JSON.
 */
package org.hessianworkbench.symbolic.doc;
