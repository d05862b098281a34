package org.hessianworkbench.report;

/** Output formats of {@code workbench derive}. */
public enum DeriveFormat {
    /** For a terminal: expressions in the text syntax. */
    TEXT,
    /** Markdown with math in {@code $...$} (the format of {@code docs/derivations/}). */
    MARKDOWN,
    /** A LaTeX document. */
    LATEX,
    /** For programs: every expression in the text syntax, so it can be parsed back. */
    JSON,
    /** One self-contained HTML page, the mathematics as MathML. */
    HTML
}
