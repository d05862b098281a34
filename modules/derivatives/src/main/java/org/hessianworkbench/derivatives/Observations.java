package org.hessianworkbench.derivatives;

import java.util.Arrays;

/**
 * What each observation brings besides its response and its design row: a prior weight, a number of
 * trials and an offset per linear predictor, as R's {@code glm(weights = w)}, {@code cbind(s, f) ~}
 * and {@code offset(o)}. A {@link LinearPredictorObjective} with observations is
 * \[ f(\beta) = \sum_{i=1}^n w_i\,\ell(\eta_{i1},\dots,\eta_{iK}; y_i, m_i), \qquad
 *    \eta_{ik} = x_{ik}^\top\beta_k + o_{ik}. \]
 * A weight of 0 removes its observation from every sum (R's {@code n.ok} does not count it); an
 * integer weight \(w\) counts its observation \(w\) times. The trials \(m_i\) are for grouped binomial
 * data: \(y_i\) successes of \(m_i\) (only losses that {@linkplain ObservationLoss#acceptsTrials() accept
 * trials} take them). The offsets enter the linear predictors with a fixed coefficient 1.
 *
 * <p>Each part may be absent (null): no weights means every \(w_i = 1\), no trials every \(m_i = 1\),
 * no offsets (or a null offset for one predictor) \(o_{ik} = 0\). {@link #NONE} has none of them, and an
 * objective built with it does exactly what it did before observations existed.
 *
 * <p>The checks here are for programming errors ({@link IllegalArgumentException}); the user's data
 * are validated, with messages that name the file and the column, where they are read. Instances are
 * immutable: arrays are copied in and out.
 *
 * @param weights prior weights \(w_i \ge 0\), finite; null for all 1
 * @param trials  trials \(m_i &gt; 0\), finite; null for all 1
 * @param offsets one entry per linear predictor \(k\), each null (all 0) or the offsets \(o_{ik}\),
 *                finite; null for no offsets at all (an array of nulls is stored as null)
 */
public record Observations(double[] weights, double[] trials, double[][] offsets) {

    /** No weights, no trials, no offsets. */
    public static final Observations NONE = new Observations(null, null, null);

    /**
     * Copies the arrays and checks them.
     *
     * @throws IllegalArgumentException when a weight is negative or not finite, a trial count is not
     *                                  positive and finite, an offset is not finite, or the arrays given
     *                                  have different lengths
     */
    public Observations {
        weights = weights == null ? null : weights.clone();
        trials = trials == null ? null : trials.clone();
        if (offsets != null) {
            double[][] copy = new double[offsets.length][];
            boolean any = false;
            for (int k = 0; k < offsets.length; k++) {
                copy[k] = offsets[k] == null ? null : offsets[k].clone();
                any |= offsets[k] != null;
            }
            offsets = any ? copy : null; // offsets all absent are no offsets
        }
        int n = -1;
        if (weights != null) {
            n = weights.length;
            for (int i = 0; i < weights.length; i++) {
                if (!(weights[i] >= 0 && weights[i] < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("weight " + (i + 1) + " is " + weights[i]
                            + ": weights must be finite and >= 0");
                }
            }
        }
        if (trials != null) {
            n = requireLength(n, trials.length, "trials");
            for (int i = 0; i < trials.length; i++) {
                if (!(trials[i] > 0 && trials[i] < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("trials " + (i + 1) + " is " + trials[i]
                            + ": trials must be finite and > 0");
                }
            }
        }
        if (offsets != null) {
            for (int k = 0; k < offsets.length; k++) {
                if (offsets[k] == null) {
                    continue;
                }
                n = requireLength(n, offsets[k].length, "offsets of predictor " + (k + 1));
                for (int i = 0; i < offsets[k].length; i++) {
                    if (!Double.isFinite(offsets[k][i])) {
                        throw new IllegalArgumentException("offset " + (i + 1) + " of predictor " + (k + 1) + " is "
                                + offsets[k][i] + ": offsets must be finite");
                    }
                }
            }
        }
    }

    private static int requireLength(int n, int length, String what) {
        if (n >= 0 && length != n) {
            throw new IllegalArgumentException(what + ": " + length + " values, the other arrays have " + n);
        }
        return length;
    }

    /** Prior weights only. */
    public static Observations ofWeights(double[] weights) {
        return new Observations(weights, null, null);
    }

    /** Trials only (grouped binomial data). */
    public static Observations ofTrials(double[] trials) {
        return new Observations(null, trials, null);
    }

    /** An offset of the one linear predictor of a single-predictor model. */
    public static Observations ofOffset(double[] offset) {
        return new Observations(null, null, new double[][] {offset});
    }

    /** The same with these weights (null: none). */
    public Observations withWeights(double[] w) {
        return new Observations(w, trials, offsets);
    }

    /** The same with these trials (null: none). */
    public Observations withTrials(double[] m) {
        return new Observations(weights, m, offsets);
    }

    /** The same with this offset of a single-predictor model (null: none). */
    public Observations withOffset(double[] offset) {
        return new Observations(weights, trials, offset == null ? null : new double[][] {offset});
    }

    /** The weights (a copy), or null when all are 1. */
    @Override
    public double[] weights() {
        return weights == null ? null : weights.clone();
    }

    /** The trials (a copy), or null when all are 1. */
    @Override
    public double[] trials() {
        return trials == null ? null : trials.clone();
    }

    /** The offsets (a deep copy), or null when there are none. */
    @Override
    public double[][] offsets() {
        if (offsets == null) {
            return null;
        }
        double[][] copy = new double[offsets.length][];
        for (int k = 0; k < offsets.length; k++) {
            copy[k] = offsets[k] == null ? null : offsets[k].clone();
        }
        return copy;
    }

    /** The offsets of predictor {@code k} (a copy), or null when they are all 0. */
    public double[] offset(int k) {
        return offsets == null || k >= offsets.length || offsets[k] == null ? null : offsets[k].clone();
    }

    /** Whether there are prior weights. */
    public boolean hasWeights() {
        return weights != null;
    }

    /** Whether there are trials. */
    public boolean hasTrials() {
        return trials != null;
    }

    /** Whether some predictor has offsets. */
    public boolean hasOffsets() {
        return offsets != null;
    }

    /** Whether there is nothing: no weights, trials or offsets (the same as {@link #NONE}). */
    public boolean isNone() {
        return !hasWeights() && !hasTrials() && !hasOffsets();
    }

    /** \(w_i\) (1 without weights). */
    public double weight(int i) {
        return weights == null ? 1 : weights[i];
    }

    /** \(m_i\) (1 without trials). */
    public double trial(int i) {
        return trials == null ? 1 : trials[i];
    }

    /** \(o_{ik}\) (0 without offsets for predictor {@code k}). */
    public double offset(int k, int i) {
        return offsets == null || k >= offsets.length || offsets[k] == null ? 0 : offsets[k][i];
    }

    /** The observations of nonzero weight, R's {@code n.ok}: {@code n} without weights. */
    public int used(int n) {
        if (weights == null) {
            return n;
        }
        int c = 0;
        for (double w : weights) {
            c += w != 0 ? 1 : 0;
        }
        return c;
    }

    /**
     * Checks the sizes against a model's.
     *
     * @param n          observations
     * @param predictors linear predictors \(K\)
     * @throws IllegalArgumentException when an array has another length than {@code n}, or there are
     *                                  offsets for another number of predictors than {@code predictors}
     */
    public void requireSize(int n, int predictors) {
        if (weights != null && weights.length != n) {
            throw new IllegalArgumentException(weights.length + " weights for " + n + " observations");
        }
        if (trials != null && trials.length != n) {
            throw new IllegalArgumentException(trials.length + " trials for " + n + " observations");
        }
        if (offsets != null) {
            if (offsets.length != predictors) {
                throw new IllegalArgumentException("offsets for " + offsets.length + " linear predictors, the loss has "
                        + predictors);
            }
            for (int k = 0; k < offsets.length; k++) {
                if (offsets[k] != null && offsets[k].length != n) {
                    throw new IllegalArgumentException(offsets[k].length + " offsets of predictor " + (k + 1) + " for " + n
                            + " observations");
                }
            }
        }
    }

    /** Equal arrays (not the same arrays). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Observations other && Arrays.equals(weights, other.weights)
                && Arrays.equals(trials, other.trials) && Arrays.deepEquals(offsets, other.offsets);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(weights) + Arrays.hashCode(trials)) + Arrays.deepHashCode(offsets);
    }

    /** The parts present and the number of observations, e.g. {@code Observations[weights, offsets; n = 60]}. */
    @Override
    public String toString() {
        if (isNone()) {
            return "Observations[none]";
        }
        StringBuilder s = new StringBuilder("Observations[");
        int n = -1;
        String sep = "";
        if (weights != null) {
            s.append("weights");
            n = weights.length;
            sep = ", ";
        }
        if (trials != null) {
            s.append(sep).append("trials");
            n = trials.length;
            sep = ", ";
        }
        if (hasOffsets()) {
            s.append(sep).append("offsets");
            for (double[] o : offsets) {
                n = o != null ? o.length : n;
            }
        }
        return s.append("; n = ").append(n).append(']').toString();
    }
}
