package org.hessianworkbench.grading.verify;

import java.util.ArrayList;
import org.hessianworkbench.models.ModelKind;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.ObservationLoss;
import org.hessianworkbench.models.product.CrossEntropyProductLoss;

/**
 * One random problem for a model: design blocks, responses and a point, built deterministically
 * from its parameters (so jqwik can shrink them: fewer rows, fewer columns, scale 1, no collinear
 * column). Regression models have one block of 1..8 columns with values at scale 1e-3, 1 or 1e3;
 * product models 1..3 groups of 1..5 columns with a bias column first. Instances are immutable.
 *
 * @param model     the model's name
 * @param n         rows
 * @param columns   columns per block
 * @param scale     the covariates' scale
 * @param collinear whether the last column of a block nearly repeats the one before
 * @param seed      the seed of the values
 */
public record Problem(ModelKind model, int n, List<Integer> columns, double scale, boolean collinear, long seed) {

    /** The objective: the model's loss on the random design and responses. */
    public LinearPredictorObjective objective() {
        return build().objective;
    }

    /** The point. */
    public double[] point() {
        return build().beta;
    }

    /** Total parameters. */
    public int p() {
        return columns.stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether the model's loss is convex in \(\beta\) (the GLMs; not the product models). */
    public boolean convex() {
        return model.convex();
    }

    private record Built(LinearPredictorObjective objective, double[] beta) {
    }

    private Built build() {
        Random r = new Random(seed);
        boolean product = model.isProduct();
        int k = columns.size();
        List<DesignBlock> blocks = new ArrayList<>();
        List<Double> beta = new ArrayList<>();
        double[][] etaScale = new double[n][k];
        for (int b = 0; b < k; b++) {
            int p = columns.get(b);
            double[][] x = new double[n][p];
            List<String> names = new ArrayList<>();
            for (int j = 0; j < p; j++) {
                names.add((k > 1 ? "g" + (b + 1) + ":" : "") + "x" + (j + 1));
            }
            double s = product ? 1 : scale;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p; j++) {
                    x[i][j] = product && j == 0 ? 1 : s * (product ? r.nextDouble() * 2 - 1 : r.nextGaussian());
                }
                if (collinear && p >= 2) {
                    x[i][p - 1] = x[i][p - 2] * (1 + 1e-6 * r.nextGaussian());
                }
            }
            blocks.add(DesignBlock.of("g" + (b + 1), names, x));
            double centre = product ? Math.pow(model.binaryResponse() ? 0.3 : 1.5, 1.0 / k) : 0;
            for (int j = 0; j < p; j++) {
                beta.add(j == 0 && product ? centre : (product ? 0.1 * centre : 1 / s) * r.nextGaussian() / Math.sqrt(p));
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = switch (model) {
                case LOGISTIC, LINEAR_PRODUCT_CE -> r.nextBoolean() ? 1 : 0;
                case POISSON -> r.nextInt(4);
                case LINEAR, LINEAR_PRODUCT -> 2 * r.nextGaussian();
            };
        }
        ObservationLoss loss = product ? model.productLoss(k, CrossEntropyProductLoss.DEFAULT_EPS)
                : model.family().loss();
        double[] b = beta.stream().mapToDouble(Double::doubleValue).toArray();
        return new Built(LinearPredictorObjective.of(blocks, y, loss), b);
    }

    /** A compact description: the sizes, and the design, responses and point when small. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s: n = %d, columns %s, scale %s%s, seed %d",
                model, n, columns, scale, collinear ? ", near-collinear column" : "", seed));
        if (n * p() <= 12) {
            LinearPredictorObjective f = objective();
            s.append("; x = [");
            for (int i = 0; i < n; i++) {
                s.append(i == 0 ? "[" : ", [");
                int c = 0;
                for (DesignBlock blk : f.blocks()) {
                    for (int j = 0; j < blk.columns(); j++) {
                        s.append(c++ == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4g", blk.get(i, j)));
                    }
                }
                s.append(']');
            }
            s.append("], y = ").append(java.util.Arrays.toString(f.response()));
            s.append(", beta = [");
            double[] b = point();
            for (int j = 0; j < b.length; j++) {
                s.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4g", b[j]));
            }
            s.append(']');
        }
        return s.toString();
    }

    /** The point's predictions are all inside [eps, 1 - eps] for the cross-entropy model (no clip active). */
    static boolean interior(LinearPredictorObjective f, double[] beta) {
        double[][] eta = f.linearPredictors(beta);
        for (int i = 0; i < eta[0].length; i++) {
            double p = 1;
            for (double[] e : eta) {
                p *= e[i];
            }
            if (!(p > CrossEntropyProductLoss.DEFAULT_EPS && p < 1 - CrossEntropyProductLoss.DEFAULT_EPS)) {
                return false;
            }
        }
        return true;
    }
}
