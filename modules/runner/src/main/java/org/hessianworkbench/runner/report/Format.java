package org.hessianworkbench.runner.report;

/** Output formats. */
public enum Format {
    /** For a terminal. */
    TEXT,
    /** For programs. */
    JSON,
    /** For documents. */
    MARKDOWN
}
