/**
 * Self-contained HTML pages: {@link org.hessianworkbench.report.html.HtmlPage} builds every page as a
 * jsoup DOM tree (inline style sheet with a print layout, pictures as data URIs, MathML, the command in
 * the footer), so that no renderer concatenates markup and no page fetches anything. The LaTeX that
 * instructors write in prose (exercise statements, the derivations' paragraphs) is drawn as PNG
 * pictures by {@link org.hessianworkbench.report.html.TexImages} (JLaTeXMath, headless).
 */
package org.hessianworkbench.report.html;
