package org.hessianworkbench.grading.verify;

/** Why a try of a verification property was set aside (discarded) instead of checked. */
public enum Discard {

    /** The finite-difference steps, or the point itself, cross a kink of a clipped loss. */
    KINK("kink", "the finite-difference steps or the point cross a kink of the clipped loss"),
    /**
     * The Taylor remainder does not rise far enough above the rounding floor, along enough
     * directions, for a slope to be read (or its local slopes do not settle there).
     */
    SLOPE_UNREADABLE("slope-unreadable", "the Taylor remainder does not rise far enough above the rounding floor"
            + " for a slope to be read"),
    /** A convexity property drew a loss that is not convex. */
    NOT_CONVEX("not-convex", "the loss is not convex");

    private final String code;
    private final String meaning;

    Discard(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The code in reports and JSON, e.g. {@code slope-unreadable}. */
    public String code() {
        return code;
    }

    /** What it means, for the report's legend. */
    public String meaning() {
        return meaning;
    }
}
