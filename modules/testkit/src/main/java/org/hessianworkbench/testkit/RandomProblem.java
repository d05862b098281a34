package org.hessianworkbench.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One random problem drawn by {@link Designs}: design blocks (one per linear predictor: one for a
 * regression model, one per group for a product model), responses and a point, on plain arrays.
 * Instances are immutable: arrays are copied in and out.
 *
 * @param blocks    the design blocks, each {@code n} rows; a product group's first column is its bias (all ones)
 * @param y         the responses, {@code n} of them
 * @param point     the point: the blocks' coefficients, block after block
 * @param scale     the covariates' scale (1e-3, 1 or 1e3)
 * @param collinear whether the last column of each block of two or more columns nearly repeats the one
 *                  before it (relative perturbation {@value Designs#COLLINEAR_NOISE})
 * @param intercept whether each block's first column is all ones (an intercept; a product group's bias)
 */
public record RandomProblem(List<double[][]> blocks, double[] y, double[] point, double scale, boolean collinear,
                            boolean intercept) {

    /** Copies the arrays handed in. */
    public RandomProblem {
        blocks = blocks.stream().map(RandomProblem::copy).toList();
        y = y.clone();
        point = point.clone();
        int n = y.length;
        int p = 0;
        for (double[][] b : blocks) {
            if (b.length != n) {
                throw new IllegalArgumentException("a block of " + b.length + " rows for " + n + " responses");
            }
            p += b.length == 0 ? 0 : b[0].length;
        }
        if (p != point.length && n > 0) {
            throw new IllegalArgumentException(p + " columns for a point of " + point.length);
        }
    }

    /** The design blocks (copies). */
    @Override
    public List<double[][]> blocks() {
        return blocks.stream().map(RandomProblem::copy).toList();
    }

    /** Block {@code k} (a copy). */
    public double[][] block(int k) {
        return copy(blocks.get(k));
    }

    /** The responses (a copy). */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** The point (a copy). */
    @Override
    public double[] point() {
        return point.clone();
    }

    /** Rows. */
    public int n() {
        return y.length;
    }

    /** Parameters: the columns of all blocks. */
    public int p() {
        return point.length;
    }

    /** Blocks (groups of a product model). */
    public int groups() {
        return blocks.size();
    }

    /** The columns of each block. */
    public List<Integer> columns() {
        return blocks.stream().map(b -> b[0].length).toList();
    }

    /** The offset of block {@code k}'s coefficients in the point. */
    public int offset(int k) {
        int o = 0;
        for (int b = 0; b < k; b++) {
            o += blocks.get(b)[0].length;
        }
        return o;
    }

    /** The linear predictors at the point: {@code [block][row]}. */
    public double[][] linearPredictors() {
        return linearPredictors(point);
    }

    /** The linear predictors at {@code beta}: {@code [block][row]}. */
    public double[][] linearPredictors(double[] beta) {
        double[][] eta = new double[blocks.size()][n()];
        int off = 0;
        for (int k = 0; k < blocks.size(); k++) {
            double[][] x = blocks.get(k);
            int p = x[0].length;
            for (int i = 0; i < x.length; i++) {
                double s = 0;
                for (int j = 0; j < p; j++) {
                    s += x[i][j] * beta[off + j];
                }
                eta[k][i] = s;
            }
            off += p;
        }
        return eta;
    }

    /** A product model's predictions at the point: the product of the blocks' linear predictors, row by row. */
    public double[] predictions() {
        double[][] eta = linearPredictors();
        double[] yhat = new double[n()];
        Arrays.fill(yhat, 1);
        for (double[] e : eta) {
            for (int i = 0; i < yhat.length; i++) {
                yhat[i] *= e[i];
            }
        }
        return yhat;
    }

    /** The largest {@code |eta|} over blocks and rows at the point. */
    public double maxAbsLinearPredictor() {
        double m = 0;
        for (double[] e : linearPredictors()) {
            for (double v : e) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }

    /** The same problem at another point. */
    public RandomProblem withPoint(double[] beta) {
        return new RandomProblem(blocks, y, beta, scale, collinear, intercept);
    }

    /** The same problem with other responses. */
    public RandomProblem withResponses(double[] responses) {
        return new RandomProblem(blocks, responses, point, scale, collinear, intercept);
    }

    /** The sizes, and the design, responses and point when they are small (as jqwik reports a counterexample). */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "n = %d, columns %s, scale %s%s%s", n(), columns(), scale,
                intercept ? ", first column all ones" : "", collinear ? ", near-collinear last column" : ""));
        if (n() * p() <= 12) {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < n(); i++) {
                List<String> row = new ArrayList<>();
                for (double[][] b : blocks) {
                    for (double v : b[i]) {
                        row.add(String.format(Locale.ROOT, "%.6g", v));
                    }
                }
                rows.add("[" + String.join(", ", row) + "]");
            }
            s.append("; x = [").append(String.join(", ", rows)).append("], y = ").append(Arrays.toString(y));
            List<String> b = new ArrayList<>();
            for (double v : point) {
                b.add(String.format(Locale.ROOT, "%.6g", v));
            }
            s.append(", beta = [").append(String.join(", ", b)).append(']');
        }
        return s.toString();
    }

    private static double[][] copy(double[][] x) {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i].clone();
        }
        return c;
    }
}
