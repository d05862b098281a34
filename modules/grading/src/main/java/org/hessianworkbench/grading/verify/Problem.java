package org.hessianworkbench.grading.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.ObservationLoss;
import org.hessianworkbench.models.product.CrossEntropyProductLoss;
import org.hessianworkbench.testkit.Designs;
import org.hessianworkbench.testkit.RandomProblem;

/**
 * One random problem for a model: the design blocks, responses and point the testkit's generator
 * drew ({@link Designs}: values, so jqwik shrinks them towards fewer rows, fewer columns, scale 1, no
 * collinear column and small entries). Regression models have one block of 1..8 columns with values
 * at scale 1e-3, 1 or 1e3, or with mixed scales from 1e-3 to 1e4 in one design ({@code MixedScaleDesigns}), an
 * intercept column in half the problems; product models 1..3 groups of
 * 1..5 columns with a bias column first. The responses suit the model's family (0/1, counts 0..3,
 * positive or real; a custom loss's as asked). Instances are immutable.
 *
 * @param model      the model, with its family
 * @param design     the design blocks, responses and point
 * @param directions the seed of the Taylor test's random directions (not of the problem)
 */
public record Problem(VerifyModel model, RandomProblem design, long directions) {

    /** The objective: the model's loss on the random design and responses. */
    public LinearPredictorObjective objective() {
        List<double[][]> xs = design.blocks();
        int k = xs.size();
        List<DesignBlock> blocks = new ArrayList<>();
        for (int b = 0; b < k; b++) {
            List<String> names = new ArrayList<>();
            for (int j = 0; j < xs.get(b)[0].length; j++) {
                names.add((k > 1 ? "g" + (b + 1) + ":" : "") + "x" + (j + 1));
            }
            blocks.add(DesignBlock.of("g" + (b + 1), names, xs.get(b)));
        }
        return LinearPredictorObjective.of(blocks, design.y(), loss());
    }

    /** The loss of one observation. */
    ObservationLoss loss() {
        return model.loss(design.groups());
    }

    /** The point. */
    public double[] point() {
        return design.point();
    }

    /** Rows. */
    public int n() {
        return design.n();
    }

    /** Total parameters. */
    public int p() {
        return design.p();
    }

    /** Whether the model's loss is convex in \(\beta\) (the GLMs; not the product models). */
    public boolean convex() {
        return model.convex();
    }

    /**
     * Which smooth piece of the loss each row is in at {@code beta}: for a loss with kinks, two points
     * whose pieces are equal have no kink between them along a line (up to a row crossing one and
     * back, which a line through a convex piece cannot do).
     */
    int[] pieces(LinearPredictorObjective f, double[] beta) {
        double[][] eta = f.linearPredictors(beta);
        double[] y = design.y();
        ObservationLoss loss = loss();
        int[] piece = new int[y.length];
        double[] e = new double[eta.length];
        for (int i = 0; i < y.length; i++) {
            for (int b = 0; b < eta.length; b++) {
                e[b] = eta[b][i];
            }
            piece[i] = loss.piece(e, y[i]);
        }
        return piece;
    }

    /** A compact description: the model, the sizes, and the design, responses and point when small. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %s; Taylor directions seed %d", model, design, directions);
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
