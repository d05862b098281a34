package org.hessianworkbench.report;

/** Output formats. */
public enum Format {
    /** For a terminal. */
    TEXT,
    /** For programs. */
    JSON,
    /** For documents. */
    MARKDOWN,
    /** One self-contained page (report/html). */
    HTML
}
