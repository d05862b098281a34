package org.hessianworkbench.derivatives;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * A sum over observations of a loss of \(K\) linear predictors,
 * \[ f(\beta) = \sum_{i=1}^n w_i\,\ell(\eta_{i1},\dots,\eta_{iK}; y_i, m_i), \qquad
 *    \eta_{ik} = x_{ik}^\top \beta_k + o_{ik}, \]
 * where \(\beta = (\beta_1,\dots,\beta_K)\) is split into consecutive blocks, one per design
 * block. Generalised linear models have \(K = 1\); the linear product model has one block per
 * feature group. The prior weights \(w_i\), trials \(m_i\) and offsets \(o_{ik}\) are the
 * {@link Observations} (R's {@code weights=}, {@code cbind(s, f) ~} and {@code offset()}); without
 * them \(w_i = m_i = 1\), \(o_{ik} = 0\) and nothing is done for them per row. Every path (value,
 * analytic and AD derivatives, term scales, linear predictors, kinks) uses the same \(\eta\), passes
 * the trials to the loss and multiplies each observation's loss and derivatives by its weight; an
 * observation of weight 0 is skipped, as if it were not there.
 *
 * <p><b>Analytic path.</b> With \(\ell_k = \partial\ell/\partial\eta_k\) and
 * \(\ell_{kl} = \partial^2\ell/\partial\eta_k\partial\eta_l\) from the loss's hand-derived
 * {@link ObservationLoss#derivatives}, the chain rule through the linear maps gives
 * \[ \nabla_{\beta_k} f = X_k^\top \ell_k, \qquad
 *    \nabla^2_{\beta_k\beta_l} f = X_k^\top \operatorname{diag}(\ell_{kl}) X_l . \]
 *
 * <p><b>AD path</b>, two levels of Hipparchus forward AD; nothing of the analytic path
 * ({@link ObservationLoss#derivatives}) is used. For each observation the loss's generic definition
 * is evaluated once over {@link DerivativeStructure}s of order 2 in its \(K\) linear predictors,
 * which gives \(c_k = \partial\ell/\partial\eta_k\) and \(c_{kl} = \partial^2\ell/\partial\eta_k
 * \partial\eta_l\). Then each \(\delta_k = \eta_k(\beta) - \eta_k(\beta_0)\) is built directly as a
 * {@link DerivativeStructure} in all \(p\) parameters (value 0, first derivatives \(x_{ik}\) in
 * block \(k\), second derivatives 0), and the Taylor polynomial
 * \(\sum_k c_k\delta_k + \tfrac12\sum_{kl} c_{kl}\delta_k\delta_l\) is evaluated in DS arithmetic: its
 * first and second derivatives in \(\beta\) are the observation's gradient and Hessian. This costs
 * one DS product per pair of predictors instead of DS transcendental functions on \(p\)-dimensional
 * structures. The AD gradient builds each \(\eta_{ik}\) as a Hipparchus {@link Gradient} (value
 * \(x_{ik}^\top\beta_k\), derivatives \(x_{ik}\)) and evaluates the loss on it.
 *
 * <p>Sums run in chunks of rows merged in a fixed order (parallel for large \(n\)). Within a chunk the
 * analytic path hands the loss panels of 256 rows ({@link ObservationLoss#derivatives(int,
 * LossPanel)}, {@link ObservationLoss#values(int, LossPanel)}; row by row for a loss that does not
 * override them, one pass of a compiled program for an expression loss) and adds each panel's rows to
 * the gradient in row order and to the Hessian as one block of dot products. Instances are immutable
 * and thread-safe.
 */
public final class LinearPredictorObjective implements Objective {

    private enum Mode { VALUE, GRADIENT, HESSIAN, SCALE }

    /** Rows per panel of the Hessian accumulation: the transposed panel of p columns stays in cache. */
    private static final int PANEL_ROWS = 256;

    /** \(\sum_{r<n} a_r b_r\) with four partial sums. */
    static double dot(double[] a, double[] b, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int r = 0;
        for (; r + 3 < n; r += 4) {
            s0 += a[r] * b[r];
            s1 += a[r + 1] * b[r + 1];
            s2 += a[r + 2] * b[r + 2];
            s3 += a[r + 3] * b[r + 3];
        }
        for (; r < n; r++) {
            s0 += a[r] * b[r];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private final List<DesignBlock> blocks;
    private final int[] offsets;
    private final int p;
    private final int n;
    private final double[] y;
    private final ObservationLoss loss;
    private final List<String> names;
    private final double[] typical;
    private final Observations observations;
    /** Prior weights, null when all are 1. */
    private final double[] weights;
    /** Trials, null when all are 1. */
    private final double[] trials;
    /** Offsets per predictor ({@code etaOffsets[k][i]}), null when none; an entry null when all 0. */
    private final double[][] etaOffsets;

    private LinearPredictorObjective(List<DesignBlock> blocks, double[] y, ObservationLoss loss, List<String> names,
                                     Observations observations) {
        this.blocks = List.copyOf(blocks);
        this.offsets = new int[blocks.size()];
        int off = 0;
        for (int k = 0; k < blocks.size(); k++) {
            offsets[k] = off;
            off += blocks.get(k).columns();
        }
        this.p = off;
        this.n = y.length;
        this.y = y.clone();
        this.loss = loss;
        this.names = List.copyOf(names);
        this.typical = typicalScales(this.blocks);
        this.observations = observations;
        this.weights = observations.weights();
        this.trials = observations.trials();
        this.etaOffsets = observations.offsets();
    }

    /** \(1/\mathrm{rms}(x_j)\) per column of every block, 1 for a column that is all zero (or not finite). */
    private static double[] typicalScales(List<DesignBlock> blocks) {
        int p = blocks.stream().mapToInt(DesignBlock::columns).sum();
        double[] t = new double[p];
        int off = 0;
        for (DesignBlock b : blocks) {
            for (int j = 0; j < b.columns(); j++) {
                t[off + j] = b.typicalScale(j);
            }
            off += b.columns();
        }
        return t;
    }

    /**
     * An objective over the given blocks.
     *
     * @param blocks one block per linear predictor, all with {@code y.length} rows
     * @param y      the responses; copied
     * @param loss   the per-observation loss, with {@code loss.predictors() == blocks.size()}
     * @param names  parameter names, one per column of all blocks in order
     * @return the objective
     * @throws IllegalArgumentException on inconsistent sizes
     */
    public static LinearPredictorObjective of(List<DesignBlock> blocks, double[] y, ObservationLoss loss,
                                              List<String> names) {
        return of(blocks, y, loss, names, Observations.NONE);
    }

    /**
     * An objective over the given blocks with prior weights, trials and offsets.
     *
     * @param blocks       one block per linear predictor, all with {@code y.length} rows
     * @param y            the responses (successes, with trials); copied
     * @param loss         the per-observation loss, with {@code loss.predictors() == blocks.size()}
     * @param names        parameter names, one per column of all blocks in order
     * @param observations the weights, trials and offsets ({@link Observations#NONE} for none), each of
     *                     {@code y.length} values and offsets for {@code blocks.size()} predictors
     * @return the objective
     * @throws IllegalArgumentException on inconsistent sizes, or trials for a loss that does not
     *                                  {@linkplain ObservationLoss#acceptsTrials() accept them}
     */
    public static LinearPredictorObjective of(List<DesignBlock> blocks, double[] y, ObservationLoss loss,
                                              List<String> names, Observations observations) {
        if (blocks.isEmpty() || blocks.size() != loss.predictors()) {
            throw new IllegalArgumentException("the loss takes " + loss.predictors() + " linear predictors, "
                    + blocks.size() + " design blocks given");
        }
        int total = 0;
        for (DesignBlock b : blocks) {
            if (b.rows() != y.length) {
                throw new IllegalArgumentException("design block '" + b.name() + "' has " + b.rows()
                        + " rows, the response has " + y.length);
            }
            total += b.columns();
        }
        if (names.size() != total) {
            throw new IllegalArgumentException(names.size() + " parameter names for " + total + " parameters");
        }
        observations.requireSize(y.length, blocks.size());
        if (observations.hasTrials() && !loss.acceptsTrials()) {
            throw new IllegalArgumentException("trials given for a loss that does not take them (" + loss + ")");
        }
        return new LinearPredictorObjective(blocks, y, loss, names, observations);
    }

    /** An objective with the blocks' column names as parameter names. */
    public static LinearPredictorObjective of(List<DesignBlock> blocks, double[] y, ObservationLoss loss) {
        return of(blocks, y, loss, Observations.NONE);
    }

    /**
     * An objective with the blocks' column names as parameter names, with prior weights, trials and
     * offsets (see {@link #of(List, double[], ObservationLoss, List, Observations)}).
     */
    public static LinearPredictorObjective of(List<DesignBlock> blocks, double[] y, ObservationLoss loss,
                                              Observations observations) {
        List<String> names = new ArrayList<>();
        for (DesignBlock b : blocks) {
            names.addAll(b.columnNames());
        }
        return of(blocks, y, loss, names, observations);
    }

    @Override
    public int dimension() {
        return p;
    }

    @Override
    public List<String> parameterNames() {
        return names;
    }

    /** Number of observations. */
    public int observations() {
        return n;
    }

    /** The design blocks. */
    public List<DesignBlock> blocks() {
        return blocks;
    }

    /** Offset of block {@code k}'s parameters in \(\beta\). */
    public int offset(int k) {
        return offsets[k];
    }

    /** The per-observation loss. */
    public ObservationLoss loss() {
        return loss;
    }

    /** The responses (a copy). */
    public double[] response() {
        return y.clone();
    }

    /**
     * The prior weights, trials and offsets ({@link Observations#NONE} when there are none); not
     * {@link #observations()}, their number.
     */
    public Observations observationData() {
        return observations;
    }

    /**
     * The linear predictors \(\eta_{ik} = x_{ik}^\top\beta_k + o_{ik}\) at \(\beta\), offsets included
     * (as R's {@code linear.predictors}), as {@code eta[k][i]}.
     */
    public double[][] linearPredictors(double[] beta) {
        requireDimension(beta);
        double[][] eta = new double[blocks.size()][n];
        for (int k = 0; k < blocks.size(); k++) {
            double[] o = etaOffsets == null ? null : etaOffsets[k];
            for (int i = 0; i < n; i++) {
                eta[k][i] = blocks.get(k).dot(i, beta, offsets[k]);
                if (o != null) {
                    eta[k][i] += o[i];
                }
            }
        }
        return eta;
    }

    /** Row {@code i}'s linear predictors into {@code eta}, offsets included. */
    private void predictors(int i, double[] beta, double[] eta) {
        for (int b = 0; b < eta.length; b++) {
            eta[b] = blocks.get(b).dot(i, beta, offsets[b]);
        }
        if (etaOffsets != null) {
            for (int b = 0; b < eta.length; b++) {
                if (etaOffsets[b] != null) {
                    eta[b] += etaOffsets[b][i];
                }
            }
        }
    }

    @Override
    public double value(double[] beta) {
        return analytic(beta, Mode.VALUE).value;
    }

    @Override
    public double[] gradient(double[] beta) {
        return analytic(beta, Mode.GRADIENT).g;
    }

    @Override
    public double[][] hessian(double[] beta) {
        return analyticSecondOrder(beta).hessian();
    }

    /** Value, analytic gradient and analytic Hessian in one pass over the data. */
    @Override
    public SecondOrder secondOrder(double[] beta) {
        return analyticSecondOrder(beta);
    }

    /** Value, analytic gradient and analytic Hessian in one pass over the data. */
    public SecondOrder analyticSecondOrder(double[] beta) {
        AnalyticPartial a = analytic(beta, Mode.HESSIAN);
        return new SecondOrder(a.value, a.g, a.fullHessian());
    }

    /** Value and analytic gradient in one pass over the data. */
    @Override
    public FirstOrder valueAndGradient(double[] beta) {
        AnalyticPartial a = analytic(beta, Mode.GRADIENT);
        return new FirstOrder(a.value, a.g);
    }

    /**
     * \(\mathrm{typ}_j = 1/\mathrm{rms}(x_j)\), with \(\mathrm{rms}(x_j) = \sqrt{\tfrac1n\sum_i x_{ij}^2}\)
     * of the parameter's own column in its own block (a product model's group column): moving
     * \(\beta_j\) by \(\mathrm{typ}_j\) moves its linear predictor by about 1 on average, whatever the
     * units of the column. An all-zero column (whose parameter does not enter the loss) gets 1.
     * Computed once, when the objective is built.
     */
    @Override
    public double[] typicalScale() {
        return typical.clone();
    }

    @Override
    public int kinksCrossed(double[] beta, double[] steps) {
        requireDimension(beta);
        int k = blocks.size();
        int crossed = 0;
        double[] eta = new double[k];
        double[] moved = new double[k];
        for (int i = 0; i < n; i++) {
            if (weights != null && weights[i] == 0) {
                continue; // not in the sum
            }
            predictors(i, beta, eta);
            int here = loss.piece(eta, y[i]);
            rows:
            for (int b = 0; b < k; b++) {
                DesignBlock blk = blocks.get(b);
                for (int j = 0; j < blk.columns(); j++) {
                    double change = steps[offsets[b] + j] * blk.get(i, j);
                    if (change == 0) {
                        continue;
                    }
                    for (double sign : new double[] {-1, 1}) {
                        System.arraycopy(eta, 0, moved, 0, k);
                        moved[b] += sign * change;
                        if (loss.piece(moved, y[i]) != here) {
                            crossed++;
                            break rows;
                        }
                    }
                }
            }
        }
        return crossed;
    }

    @Override
    public double[] gradientTermScale(double[] beta) {
        return analytic(beta, Mode.SCALE).g;
    }

    @Override
    public double valueTermScale(double[] beta) {
        return analytic(beta, Mode.SCALE).value;
    }

    private AnalyticPartial analytic(double[] beta, Mode mode) {
        requireDimension(beta);
        double[] b = beta.clone();
        return ChunkedSum.sum(n, c -> new AnalyticPartial(b, mode));
    }

    @Override
    public FirstOrder automaticGradient(double[] beta) {
        requireDimension(beta);
        double[] b = beta.clone();
        GradientPartial a = ChunkedSum.sum(n, c -> new GradientPartial(b));
        return new FirstOrder(a.value, a.g);
    }

    @Override
    public SecondOrder automaticHessian(double[] beta) {
        requireDimension(beta);
        double[] b = beta.clone();
        DSFactory factory = new DSFactory(p, 2);
        DerivativeIndex index = DerivativeIndex.of(factory);
        int[] first = new int[p];
        for (int j = 0; j < p; j++) {
            first[j] = index.first(j);
        }
        DsPartial a = ChunkedSum.sum(n, c -> new DsPartial(b, factory, index.size(), first));
        return index.unpack(a.sum);
    }

    private void requireDimension(double[] beta) {
        if (beta.length != p) {
            throw new IllegalArgumentException(beta.length + " parameter values for " + p + " parameters");
        }
    }

    /**
     * Analytic partial sums over a chunk, a panel of rows at a time: the rows' linear predictors go
     * into a {@link LossPanel} (rows of weight 0 left out), the loss evaluates the panel at once
     * ({@link ObservationLoss#derivatives(int, LossPanel)}), then each row's weighted derivatives are
     * added to the gradient in row order and the panel's to the Hessian.
     */
    private final class AnalyticPartial implements ChunkedSum.Partial<AnalyticPartial> {
        private final double[] beta;
        private final Mode mode;
        private final int k = blocks.size();
        private final int pairs = LossPanel.pairs(k);
        /** The loss's rows: position {@code c} is row {@code rowAt[c]}. */
        private final LossPanel rows;
        private final int[] rowAt = new int[PANEL_ROWS];
        double value;
        final double[] g;
        final double[] h;
        private final double[][] panel;
        /**
         * Each pair (k, l)'s \(\ell_{kl}\) by row of the panel ({@code start + r}), 0 for a row of weight
         * 0: used when the panel has such rows, otherwise the loss's own {@link LossPanel#d2(int)}.
         */
        private final double[][] pairWeights;
        /** Each pair's weights for the panel being added: {@link #pairWeights} or the loss's {@link LossPanel#d2(int)}. */
        private final double[][] byPair;
        private final double[] scaled;
        /** The second row's weighted column for {@link #tile}. */
        private final double[] scaled2;
        /** The four sums of {@link #tile}. */
        private final double[] block = new double[4];

        AnalyticPartial(double[] beta, Mode mode) {
            this.beta = beta;
            this.mode = mode;
            this.g = mode == Mode.VALUE ? null : new double[p];
            boolean hessian = mode == Mode.HESSIAN;
            this.h = hessian ? new double[p * p] : null;
            this.rows = LossPanel.of(k, PANEL_ROWS, trials != null);
            this.panel = hessian ? new double[p][PANEL_ROWS] : null;
            this.pairWeights = hessian && weights != null ? new double[pairs][PANEL_ROWS] : null;
            this.byPair = hessian ? new double[pairs][] : null;
            this.scaled = hessian ? new double[PANEL_ROWS] : null;
            this.scaled2 = hessian ? new double[PANEL_ROWS] : null;
        }

        @Override
        public void accept(int from, int to) {
            for (int start = from; start < to; start += PANEL_ROWS) {
                int end = Math.min(to, start + PANEL_ROWS);
                int count = gather(start, end);
                if (mode == Mode.VALUE) {
                    loss.values(count, rows);
                    double[] li = rows.values();
                    for (int c = 0; c < count; c++) {
                        value += weights == null ? li[c] : weights[rowAt[c]] * li[c];
                    }
                    continue;
                }
                loss.derivatives(count, rows);
                double[] values = rows.values();
                for (int c = 0; c < count; c++) {
                    int i = rowAt[c];
                    double li = values[c];
                    if (weights != null) {
                        double w = weights[i];
                        li *= w;
                        for (int b = 0; b < k; b++) {
                            rows.d1(b)[c] *= w;
                        }
                        for (int t = 0; t < pairs; t++) {
                            rows.d2(t)[c] *= w;
                        }
                    }
                    if (mode == Mode.SCALE) {
                        value += Math.abs(li);
                        for (int b = 0; b < k; b++) {
                            rows.d1(b)[c] = Math.abs(rows.d1(b)[c]);
                        }
                    } else {
                        value += li;
                    }
                    addGradient(i, c, mode == Mode.SCALE);
                }
                if (mode == Mode.HESSIAN) {
                    addHessianPanel(start, end, count);
                }
            }
        }

        /**
         * The linear predictors, responses and trials of rows {@code [start, end)} of nonzero weight into
         * the loss's panel, in row order; returns their number.
         */
        private int gather(int start, int end) {
            double[] ys = rows.y();
            double[] ms = rows.trials();
            int count = 0;
            for (int i = start; i < end; i++) {
                if (weights != null && weights[i] == 0) {
                    continue; // not in the sum
                }
                for (int b = 0; b < k; b++) {
                    double e = blocks.get(b).dot(i, beta, offsets[b]);
                    if (etaOffsets != null && etaOffsets[b] != null) {
                        e += etaOffsets[b][i];
                    }
                    rows.eta(b)[count] = e;
                }
                ys[count] = y[i];
                if (ms != null) {
                    ms[count] = trials[i];
                }
                rowAt[count++] = i;
            }
            return count;
        }

        /** Row {@code i}'s (at position {@code c} of the panel) \(\ell_k x_{ik}\), or \(|\ell_k||x_{ik}|\), into the gradient. */
        private void addGradient(int i, int c, boolean absolute) {
            for (int b = 0; b < k; b++) {
                double a = rows.d1(b)[c];
                if (a == 0) {
                    continue;
                }
                DesignBlock blk = blocks.get(b);
                double[] x = blk.raw();
                int base = blk.rowStart(i);
                int off = offsets[b];
                for (int j = 0; j < blk.columns(); j++) {
                    g[off + j] += a * (absolute ? Math.abs(x[base + j]) : x[base + j]);
                }
            }
        }

        /**
         * Upper triangle of \(\sum_i \sum_{k\le l} \ell_{kl}(i)\, x_{ik} x_{il}^\top\) over a panel of rows,
         * placed in block (k, l): the panel is transposed to columns so that each entry is one dot
         * product over the rows, with four partial sums (independent chains the CPU can overlap). Rows
         * of weight 0 are in the panel with \(\ell_{kl} = 0\), so the sums run over the same rows in
         * the same order whatever the weights.
         */
        private void addHessianPanel(int start, int end, int count) {
            int len = end - start;
            if (count == len) {
                for (int t = 0; t < pairs; t++) {
                    byPair[t] = rows.d2(t);
                }
            } else {
                for (int t = 0; t < pairs; t++) {
                    double[] d2 = rows.d2(t);
                    double[] spread = pairWeights[t];
                    Arrays.fill(spread, 0, len, 0);
                    for (int c = 0; c < count; c++) {
                        spread[rowAt[c] - start] = d2[c];
                    }
                    byPair[t] = spread;
                }
            }
            for (int b = 0; b < k; b++) {
                DesignBlock blk = blocks.get(b);
                double[] x = blk.raw();
                int cols = blk.columns();
                for (int r = 0; r < len; r++) {
                    int base = blk.rowStart(start + r);
                    for (int j = 0; j < cols; j++) {
                        panel[offsets[b] + j][r] = x[base + j];
                    }
                }
            }
            for (int b = 0; b < k; b++) {
                int pb = blocks.get(b).columns();
                for (int c = b; c < k; c++) {
                    int pc = blocks.get(c).columns();
                    double[] pw = byPair[rows.pair(b, c)];
                    boolean any = false;
                    for (int r = 0; r < len; r++) {
                        any |= pw[r] != 0;
                    }
                    if (!any) {
                        continue;
                    }
                    int ob = offsets[b];
                    int oc = offsets[c];
                    int j = 0;
                    for (; j + 1 < pb; j += 2) {
                        // rows j, j+1 against columns in pairs: four dot products at once
                        double[] xj = panel[ob + j];
                        double[] xk = panel[ob + j + 1];
                        for (int r = 0; r < len; r++) {
                            scaled[r] = pw[r] * xj[r];
                            scaled2[r] = pw[r] * xk[r];
                        }
                        int row = (ob + j) * p + oc;
                        int m = b == c ? j : 0;
                        for (; m + 1 < pc; m += 2) {
                            tile(panel[oc + m], panel[oc + m + 1], len);
                            h[row + m] += block[0];
                            h[row + m + 1] += block[1];
                            if (b != c || m > j) {
                                h[row + p + m] += block[2];
                            }
                            h[row + p + m + 1] += block[3];
                        }
                        if (m < pc) {
                            h[row + m] += dot(scaled, panel[oc + m], len);
                            if (b != c || m > j) {
                                h[row + p + m] += dot(scaled2, panel[oc + m], len);
                            }
                        }
                    }
                    if (j < pb) {
                        double[] xj = panel[ob + j];
                        for (int r = 0; r < len; r++) {
                            scaled[r] = pw[r] * xj[r];
                        }
                        int row = (ob + j) * p + oc;
                        for (int m = b == c ? j : 0; m < pc; m++) {
                            h[row + m] += dot(scaled, panel[oc + m], len);
                        }
                    }
                }
            }
        }

        /**
         * {@code dot(scaled, y0)}, {@code dot(scaled, y1)}, {@code dot(scaled2, y0)}, {@code dot(scaled2, y1)}
         * into {@link #block}, each sum exactly as {@link #dot} makes it (four partial sums by row modulo 4,
         * the rows in order, then {@code (s0 + s1) + (s2 + s3)}), so the results are the same to the last
         * bit; each row of the four columns is loaded once for four entries instead of twice per entry.
         */
        private void tile(double[] y0, double[] y1, int n) {
            double[] a = scaled;
            double[] c = scaled2;
            double p0 = 0;
            double p1 = 0;
            double p2 = 0;
            double p3 = 0;
            double q0 = 0;
            double q1 = 0;
            double q2 = 0;
            double q3 = 0;
            double u0 = 0;
            double u1 = 0;
            double u2 = 0;
            double u3 = 0;
            double v0 = 0;
            double v1 = 0;
            double v2 = 0;
            double v3 = 0;
            int r = 0;
            for (; r + 3 < n; r += 4) {
                double a0 = a[r];
                double a1 = a[r + 1];
                double a2 = a[r + 2];
                double a3 = a[r + 3];
                double c0 = c[r];
                double c1 = c[r + 1];
                double c2 = c[r + 2];
                double c3 = c[r + 3];
                double y00 = y0[r];
                double y01 = y0[r + 1];
                double y02 = y0[r + 2];
                double y03 = y0[r + 3];
                p0 += a0 * y00;
                p1 += a1 * y01;
                p2 += a2 * y02;
                p3 += a3 * y03;
                u0 += c0 * y00;
                u1 += c1 * y01;
                u2 += c2 * y02;
                u3 += c3 * y03;
                double y10 = y1[r];
                double y11 = y1[r + 1];
                double y12 = y1[r + 2];
                double y13 = y1[r + 3];
                q0 += a0 * y10;
                q1 += a1 * y11;
                q2 += a2 * y12;
                q3 += a3 * y13;
                v0 += c0 * y10;
                v1 += c1 * y11;
                v2 += c2 * y12;
                v3 += c3 * y13;
            }
            for (; r < n; r++) {
                p0 += a[r] * y0[r];
                q0 += a[r] * y1[r];
                u0 += c[r] * y0[r];
                v0 += c[r] * y1[r];
            }
            block[0] = (p0 + p1) + (p2 + p3);
            block[1] = (q0 + q1) + (q2 + q3);
            block[2] = (u0 + u1) + (u2 + u3);
            block[3] = (v0 + v1) + (v2 + v3);
        }

        @Override
        public void merge(AnalyticPartial o) {
            value += o.value;
            if (g != null) {
                for (int j = 0; j < p; j++) {
                    g[j] += o.g[j];
                }
            }
            if (h != null) {
                for (int j = 0; j < h.length; j++) {
                    h[j] += o.h[j];
                }
            }
        }

        double[][] fullHessian() {
            double[][] full = new double[p][p];
            for (int r = 0; r < p; r++) {
                for (int c = r; c < p; c++) {
                    full[r][c] = h[r * p + c];
                    full[c][r] = h[r * p + c];
                }
            }
            return full;
        }
    }

    /** AD gradient partial sums: each linear predictor a {@link Gradient} built directly. */
    private final class GradientPartial implements ChunkedSum.Partial<GradientPartial> {
        private final double[] beta;
        double value;
        final double[] g = new double[p];

        GradientPartial(double[] beta) {
            this.beta = beta;
        }

        @Override
        public void accept(int from, int to) {
            int k = blocks.size();
            Gradient[] eta = new Gradient[k];
            double[] at = new double[k];
            for (int i = from; i < to; i++) {
                if (weights != null && weights[i] == 0) {
                    continue;
                }
                predictors(i, beta, at);
                for (int b = 0; b < k; b++) {
                    DesignBlock blk = blocks.get(b);
                    double[] grad = new double[p];
                    double[] x = blk.raw();
                    int base = blk.rowStart(i);
                    System.arraycopy(x, base, grad, offsets[b], blk.columns());
                    eta[b] = new Gradient(at[b], grad);
                }
                Gradient l = trials == null ? loss.value(eta, y[i]) : loss.value(eta, y[i], trials[i]);
                if (weights != null) {
                    l = l.multiply(weights[i]);
                }
                value += l.getValue();
                double[] lg = l.getGradient();
                for (int j = 0; j < p; j++) {
                    g[j] += lg[j];
                }
            }
        }

        @Override
        public void merge(GradientPartial o) {
            value += o.value;
            for (int j = 0; j < p; j++) {
                g[j] += o.g[j];
            }
        }
    }

    /**
     * AD Hessian partial sums, in two levels of forward AD with Hipparchus {@link DerivativeStructure}s:
     * first the loss's generic definition is evaluated on \(K\) variables \(\eta_k\) (order 2),
     * giving its Taylor coefficients \(c_0, c_k, c_{kl}\) at the row's predictors; then each
     * \(\delta_k = \eta_k(\beta) - \eta_k(\beta_0)\) is built directly as a {@link DerivativeStructure}
     * in all \(p\) parameters (value 0, first derivatives \(x_{ik}\), second derivatives 0) and the
     * Taylor polynomial \(\sum_k c_k\delta_k + \tfrac12\sum_{kl} c_{kl}\delta_k\delta_l\) is evaluated in
     * DS arithmetic. Every derivative comes from Hipparchus's AD; nothing of the analytic path is
     * used. The two levels cost one DS product per pair of predictors instead of the DS
     * transcendental functions (each an order of magnitude dearer) on \(p\)-dimensional structures.
     */
    private final class DsPartial implements ChunkedSum.Partial<DsPartial> {
        private final double[] beta;
        private final DSFactory factory;
        private final int[] first;
        final double[] sum;

        DsPartial(double[] beta, DSFactory factory, int size, int[] first) {
            this.beta = beta;
            this.factory = factory;
            this.first = first;
            this.sum = new double[size];
        }

        @Override
        public void accept(int from, int to) {
            int k = blocks.size();
            DSFactory local = new DSFactory(k, 2);
            DerivativeIndex localIndex = DerivativeIndex.of(local);
            int[][] second = localIndex.secondIndices();
            DerivativeStructure[] eta = new DerivativeStructure[k];
            DerivativeStructure[] delta = new DerivativeStructure[k];
            double[] buffer = new double[sum.length];
            double[] at = new double[k];
            for (int i = from; i < to; i++) {
                if (weights != null && weights[i] == 0) {
                    continue;
                }
                predictors(i, beta, at);
                for (int b = 0; b < k; b++) {
                    eta[b] = local.variable(b, at[b]);
                }
                DerivativeStructure li = trials == null ? loss.value(eta, y[i]) : loss.value(eta, y[i], trials[i]);
                double[] c = (weights == null ? li : li.multiply(weights[i])).getAllDerivatives();
                for (int b = 0; b < k; b++) {
                    DesignBlock blk = blocks.get(b);
                    double[] x = blk.raw();
                    int base = blk.rowStart(i);
                    // only the block's first-order entries are ever non-zero in the buffer
                    for (int j = 0; j < blk.columns(); j++) {
                        buffer[first[offsets[b] + j]] = x[base + j];
                    }
                    delta[b] = factory.build(buffer);
                    for (int j = 0; j < blk.columns(); j++) {
                        buffer[first[offsets[b] + j]] = 0;
                    }
                }
                DerivativeStructure t = null;
                for (int b = 0; b < k; b++) {
                    DerivativeStructure term = delta[b].linearCombination(c[localIndex.first(b)], delta[b],
                            0.5 * c[second[b][b]], delta[b].multiply(delta[b]));
                    for (int d = b + 1; d < k; d++) {
                        term = term.add(delta[b].multiply(delta[d]).multiply(c[second[b][d]]));
                    }
                    t = t == null ? term : t.add(term);
                }
                double[] all = t.getAllDerivatives();
                sum[0] += c[0];
                for (int s = 1; s < all.length; s++) {
                    sum[s] += all[s];
                }
            }
        }

        @Override
        public void merge(DsPartial o) {
            for (int t = 0; t < sum.length; t++) {
                sum[t] += o.sum[t];
            }
        }
    }
}
