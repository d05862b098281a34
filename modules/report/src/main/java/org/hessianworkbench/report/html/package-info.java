/**
 * Self-contained HTML pages: {@link org.hessianworkbench.report.html.HtmlPage} builds every page as a
 * jsoup DOM tree (inline style sheet with a print layout, pictures as data URIs, MathML, the command in
 * the footer), so that no renderer concatenates markup and no page fetches anything.
 */
package org.hessianworkbench.report.html;
