package org.hessianworkbench.grading.verify;

/** Why a try of a verification property was set aside (discarded) instead of checked. */
public enum Discard {

    /**
     * The finite-difference steps, or the point itself, cross a kink of a piecewise-smooth loss (the
     * clipped cross-entropy, Huber's loss, a custom loss with {@code abs}, {@code min} or {@code max}).
     */
    KINK("kink", "the finite-difference steps or the point cross a kink of the loss"),
    /**
     * The loss, its gradient or its Hessian is not finite at the point, or the loss is not where the
     * finite-difference steps reach: the point is outside the loss's domain (a gamma loss with the
     * inverse link at \(\eta \le 0\), a custom loss's logarithm of a negative number).
     */
    NOT_FINITE("not-finite", "the loss or its derivatives are not finite at the point or where the finite-difference"
            + " steps reach (outside the loss's domain)"),
    /**
     * A finite difference cannot resolve the Hessian to its tolerance: its round-off, at least
     * \(\epsilon s_j / h_i\) with \(s_j\) the size of the gradient's terms and \(h_i\) the engine's
     * largest step, exceeds the tolerance relative to the curvature, \(\mathrm{tol}\sqrt{|H_{ii}H_{jj}|}\)
     * (terms with a gradient but little curvature: rows of Huber's loss in its linear part).
     */
    FD_ROUND_OFF("fd-round-off", "the finite-difference round-off, from the size of the gradient's terms, exceeds the"
            + " tolerance relative to the curvature"),
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
