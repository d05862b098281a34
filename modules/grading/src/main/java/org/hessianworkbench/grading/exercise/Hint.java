package org.hessianworkbench.grading.exercise;

import java.util.List;
import java.util.Objects;

/**
 * What a wrong answer looks like at the counterexample, for the common mistakes: each hint holds
 * when the answer agrees (within {@link Comparison#REL_TOL}) with the reference transformed by that
 * mistake. Besides the built-in hints, an exercise file may name its own: a wrong variant of the loss
 * and the message its answer earns ({@link Exercise.HintRule}). Immutable.
 */
public final class Hint {

    /** \(G = -E\): the derivative of the log-likelihood instead of the loss, or a flipped term. */
    public static final Hint SIGN = new Hint("sign", "every entry is the negative of the expected one: a sign is flipped. The loss is the NEGATIVE "
            + "log-likelihood (it is minimised): differentiate the loss, not the log-likelihood, and check the sign "
            + "of each term.");

    /** \(G = 2E\) or \(G = E/2\). */
    public static final Hint FACTOR_2 = new Hint("factor-2", "every entry is twice (or half) the expected one: a constant factor is off. Look for the 1/2 "
            + "in 1/2*(yhat - y)^2, a term counted twice, or a factor that happens to be 1/2 at this point (such as "
            + "sigmoid(0) = 1/2, or 1 - sigmoid(eta) forgotten).");

    /** \(G\) is the Gauss-Newton Hessian of a product model. */
    public static final Hint MISSING_RESIDUAL_TERM = new Hint("missing-residual-term", "your answer is the Gauss-Newton Hessian: the cross blocks H12 and "
            + "H21 miss the residual term l'(yhat) * d2yhat/(df1 df2) = l'(yhat) * 1. Differentiating yhat = f1*f2 "
            + "twice gives a 1 in the cross derivative; it is multiplied by l', which vanishes only where the fit is "
            + "exact.");

    /** The cross blocks of a product Hessian, transposed in place. */
    public static final Hint TRANSPOSED_BLOCK = new Hint("transposed-block", "the diagonal blocks are right but a cross block is transposed: "
            + "H12[a][b] = d2f/(dbeta1[a] dbeta2[b]) sums x1[i][a]*x2[i][b] (row index from group 1, column index "
            + "from group 2) and sits at h[a][p1 + b]; H21 is its transpose, at h[p1 + b][a].");

    private final String cliName;
    private final String advice;

    /** A Gauss-Newton exercise answered with the exact Hessian of \(\tfrac12\sum r^2\). */
    public static final Hint EXACT_HESSIAN = new Hint("exact-hessian", "your answer is the exact Hessian of "
            + "f = 1/2 sum r^2: it has the terms r*r''*x_i*x_i' that the Gauss-Newton matrix leaves out. Keep only "
            + "J'J = sum r'(eta_i)^2 x_i x_i'.");

    private static final List<Hint> BUILT_IN = List.of(SIGN, FACTOR_2, MISSING_RESIDUAL_TERM, TRANSPOSED_BLOCK,
            EXACT_HESSIAN);

    private Hint(String cliName, String advice) {
        this.cliName = cliName;
        this.advice = advice;
    }

    /** An exercise's own hint: its name and what to look for. */
    static Hint of(String cliName, String advice) {
        Hint h = byName(cliName);
        return h != null ? h : new Hint(cliName, advice);
    }

    /** The built-in hints. */
    public static List<Hint> values() {
        return BUILT_IN;
    }

    /** The name in reports, e.g. {@code sign}. */
    public String cliName() {
        return cliName;
    }

    /** What to look for, one paragraph. */
    public String advice() {
        return advice;
    }

    /** The built-in hint with this report name, or null. */
    static Hint byName(String name) {
        for (Hint h : BUILT_IN) {
            if (h.cliName.equals(name)) {
                return h;
            }
        }
        return null;
    }

    /**
     * The first hint that explains {@code got} at the case, or null.
     *
     * @param e        the exercise
     * @param c        the case
     * @param expected the reference answer there
     * @param got      the solution's answer there, same shape, finite
     */
    static Hint classify(Exercise e, ExerciseCase c, double[][] expected, double[][] got) {
        if (Comparison.agree(expected, got)) {
            return null;
        }
        for (Exercise.HintRule r : e.hints()) {
            double[][] variant;
            try {
                variant = e.reference(c, r.loss());
            } catch (RuntimeException ex) {
                continue; // the variant has no answer here (a singular Hessian): it explains nothing
            }
            if (variant.length == got.length && variant[0].length == got[0].length && Comparison.agree(variant, got)) {
                return r.hint();
            }
        }
        if (Comparison.agree(scaled(expected, -1), got)) {
            return SIGN;
        }
        if (Comparison.agree(scaled(expected, 2), got) || Comparison.agree(scaled(expected, 0.5), got)) {
            return FACTOR_2;
        }
        double[][] exact = e.exactInsteadOfGaussNewton(c);
        if (exact != null && Comparison.agree(exact, got)) {
            return EXACT_HESSIAN;
        }
        double[][] gaussNewton = e.gaussNewton(c);
        if (gaussNewton != null && Comparison.agree(gaussNewton, got)) {
            return MISSING_RESIDUAL_TERM;
        }
        if (c.product() && c.p1() == c.p2()) {
            for (boolean[] which : new boolean[][] {{true, true}, {true, false}, {false, true}}) {
                if (Comparison.agree(transposeCrossBlocks(expected, c.p1(), which[0], which[1]), got)) {
                    return TRANSPOSED_BLOCK;
                }
            }
        }
        return null;
    }

    private static double[][] scaled(double[][] m, double s) {
        double[][] r = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            r[i] = new double[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                r[i][j] = s * m[i][j];
            }
        }
        return r;
    }

    /** {@code h} with its upper and/or lower cross block (each q by q) transposed in place. */
    static double[][] transposeCrossBlocks(double[][] h, int q, boolean upper, boolean lower) {
        double[][] r = new double[h.length][];
        for (int i = 0; i < h.length; i++) {
            r[i] = h[i].clone();
        }
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < q; b++) {
                if (upper) {
                    r[a][q + b] = h[b][q + a];
                }
                if (lower) {
                    r[q + a][b] = h[q + b][a];
                }
            }
        }
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hint h && h.cliName.equals(cliName) && h.advice.equals(advice);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cliName, advice);
    }

    @Override
    public String toString() {
        return cliName;
    }
}
