package org.hessianworkbench.derivatives;

/**
 * The rows of one panel handed to an {@link ObservationLoss} at once
 * ({@link ObservationLoss#derivatives(int, LossPanel)}, {@link ObservationLoss#values(int, LossPanel)}):
 * the inputs (linear predictors, responses, trials) and the outputs (losses, first and second
 * derivatives) as one array per quantity, indexed by the row's position in the panel. Rows are in
 * columns so that a loss evaluated instruction by instruction over the panel (a compiled
 * {@code ExpressionLoss}) reads and writes them without gathering.
 *
 * <p>Layout, for \(K\) predictors and rows \(r\) below the panel's {@link #capacity()}:
 * {@code eta(k)[r]} is \(\eta_{rk}\), {@code y()[r]} the response, {@code trials()[r]} the trials (no
 * array for a panel without trials), {@code values()[r]} the loss, {@code d1(k)[r]} is
 * \(\partial\ell/\partial\eta_k\) and {@code d2(t)[r]} is \(\partial^2\ell/\partial\eta_j\partial\eta_l\)
 * for the pair \(j \le l\) of index \(t = \) {@link #pair(int, int)}: the upper triangle row by row,
 * \((0,0), (0,1), \dots, (0,K-1), (1,1), \dots\), the order of {@code ExpressionLoss.hessian()}.
 *
 * <p>Made once per thread and reused for every panel, so nothing is allocated per panel or per row
 * (the row-by-row default of {@link ObservationLoss} keeps its one-row buffers here too). Not
 * thread-safe: the arrays are the panel's own, returned without copies, and written by the caller
 * (inputs) and the loss (outputs).
 */
public final class LossPanel {

    private final int predictors;
    private final int capacity;
    private final double[][] eta;
    private final double[] y;
    private final double[] trials;
    private final double[] values;
    private final double[][] d1;
    private final double[][] d2;
    /** One row's predictors, first and second derivatives (row-major \(K \times K\)), for the one-row methods. */
    final double[] rowEta;
    final double[] rowD1;
    final double[] rowD2;

    private LossPanel(int predictors, int capacity, boolean trials) {
        this.predictors = predictors;
        this.capacity = capacity;
        this.eta = new double[predictors][capacity];
        this.y = new double[capacity];
        this.trials = trials ? new double[capacity] : null;
        this.values = new double[capacity];
        this.d1 = new double[predictors][capacity];
        this.d2 = new double[pairs(predictors)][capacity];
        this.rowEta = new double[predictors];
        this.rowD1 = new double[predictors];
        this.rowD2 = new double[predictors * predictors];
    }

    /**
     * A panel of at most {@code capacity} rows of a loss of {@code predictors} linear predictors.
     *
     * @param predictors \(K \ge 1\)
     * @param capacity   the most rows handed over at once, at least 1
     * @param trials     whether the rows have numbers of trials (then the loss's three-argument
     *                   methods are used, otherwise the two-argument ones)
     * @return the panel, all arrays zero
     * @throws IllegalArgumentException when {@code predictors} or {@code capacity} is below 1
     */
    public static LossPanel of(int predictors, int capacity, boolean trials) {
        if (predictors >= 1 && capacity >= 1) {
            return new LossPanel(predictors, capacity, trials);
        }
        throw new IllegalArgumentException("a panel of " + capacity + " rows of " + predictors + " linear predictors");
    }

    /** The number of pairs \(j \le l\) of \(K\) predictors, \(K(K+1)/2\): the number of {@link #d2(int)} arrays. */
    public static int pairs(int predictors) {
        return predictors * (predictors + 1) / 2;
    }

    /** The index of the pair \(j \le l\) in {@link #d2(int)}: \(jK - j(j-1)/2 + (l - j)\). */
    public int pair(int j, int l) {
        if (j > l) {
            return pair(l, j);
        }
        return j * predictors - j * (j - 1) / 2 + (l - j);
    }

    /** \(K\). */
    public int predictors() {
        return predictors;
    }

    /** The most rows the panel holds. */
    public int capacity() {
        return capacity;
    }

    /** Whether the rows have numbers of trials ({@link #trials()} is an array). */
    public boolean hasTrials() {
        return trials != null;
    }

    /** Input: \(\eta_{rk}\) by row, predictor {@code k}; the panel's own array. */
    public double[] eta(int k) {
        return eta[k];
    }

    /** Input: the responses by row; the panel's own array. */
    public double[] y() {
        return y;
    }

    /** Input: the trials by row, or null for a panel without trials; the panel's own array. */
    public double[] trials() {
        return trials;
    }

    /** Output: the loss by row; the panel's own array. */
    public double[] values() {
        return values;
    }

    /** Output: \(\partial\ell/\partial\eta_k\) by row; the panel's own array. */
    public double[] d1(int k) {
        return d1[k];
    }

    /** Output: the second derivative of pair {@code t} ({@link #pair(int, int)}) by row; the panel's own array. */
    public double[] d2(int t) {
        return d2[t];
    }

    @Override
    public String toString() {
        return "LossPanel[" + predictors + " predictors, " + capacity + " rows" + (trials != null ? ", trials]" : "]");
    }
}
