package org.hessianworkbench.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.FirstOrder;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.Observations;
import org.hessianworkbench.derivatives.RandomDesigns;
import org.hessianworkbench.derivatives.SecondOrder;
import org.hessianworkbench.testkit.Designs;
import org.hessianworkbench.testkit.ObservationDraws;
import org.hessianworkbench.testkit.RandomProblem;
import org.hessianworkbench.testkit.Tolerances;

/**
 * Firth's penalised loss with prior weights, trials and an offset: the analytic value, gradient and
 * Hessian against AD of its generic definition, and integer weights as copies of the rows.
 */
class FirthObservationsProperties {

    /**
     * Smallest eigenvalue of the equilibrated \(X^\top WX\), relative to the largest, of an identified
     * problem: below it the penalty's log-determinant loses most of its digits to rounding.
     */
    static final double IDENTIFIED = 1e-8;

    /** A design with counts 0..2 as successes, weights (some 0), an offset and trials. */
    record Case(RandomProblem problem, double[] weights, double[] offset, double[] trials) {
        /**
         * Whether the rows of nonzero weight identify every coefficient: the equilibrated
         * \(\sum_i w_im_ix_ix_i^\top\) has a smallest eigenvalue above {@link #IDENTIFIED} of its largest.
         * Otherwise the information is singular and its log-determinant, the penalty, is rounding noise
         * (weights of 0 can leave fewer informative rows than columns, whatever the design).
         */
        boolean identified() {
            double[][] x = problem.block(0);
            int p = x[0].length;
            double[][] a = new double[p][p];
            for (int i = 0; i < x.length; i++) {
                double w = weights == null ? 1 : weights[i];
                double m = trials == null ? 1 : trials[i];
                for (int j = 0; j < p; j++) {
                    for (int k = j; k < p; k++) {
                        a[j][k] += w * m * x[i][j] * x[i][k];
                        a[k][j] = a[j][k];
                    }
                }
            }
            for (int j = 0; j < p; j++) {
                if (!(a[j][j] > 0)) {
                    return false;
                }
            }
            double[][] e = new double[p][p];
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    e[j][k] = a[j][k] / Math.sqrt(a[j][j] * a[k][k]);
                }
            }
            double[] ev = new org.hipparchus.linear.EigenDecompositionSymmetric(
                    new org.hipparchus.linear.Array2DRowRealMatrix(e, false)).getEigenvalues();
            double min = Arrays.stream(ev).min().orElse(0);
            double max = Arrays.stream(ev).max().orElse(0);
            return min > IDENTIFIED * max;
        }
        FirthLogisticObjective objective() {
            return FirthLogisticObjective.of(RandomDesigns.blocks(problem).get(0), problem.y(),
                    new Observations(weights, trials, new double[][] {offset}));
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Designs.regression().withColumns(1, 5).withRowsPerParameter(2, 20).withoutCollinearColumns()
                .withResponses(Designs.Response.LEVELS).arbitrary()
                .flatMap(pr -> Combinators.combine(ObservationDraws.weights(pr.n()), ObservationDraws.offsets(pr.n()),
                        ObservationDraws.trials(pr.y())).as((w, o, m) -> new Case(pr, w, o, m)));
    }

    /** Binary problems with integer weights 0..3. */
    @Provide
    Arbitrary<Case> integerWeights() {
        return Designs.regression().withColumns(1, 5).withRowsPerParameter(2, 20).withoutCollinearColumns()
                .withResponses(Designs.Response.BINARY).arbitrary()
                .flatMap(pr -> ObservationDraws.integerWeights(pr.n()).map(w -> new Case(pr, w, null, null)));
    }

    @Property(tries = 200)
    void analyticEqualsAutomaticDifferentiationOfTheDefinition(@ForAll("cases") Case c) {
        Statistics.label("some weight 0").collect(Arrays.stream(c.weights()).anyMatch(w -> w == 0));
        Statistics.label("some weight 0").coverage(k -> k.check(true).count(v -> v > 0));
        Statistics.label("identified").collect(c.identified());
        Assume.that(c.identified());
        FirthLogisticObjective f = c.objective();
        double[] b = c.problem().point();
        SecondOrder analytic = f.secondOrder(b);
        Assume.that(Double.isFinite(analytic.value()));
        SecondOrder ad = f.automaticHessian(b);
        FirstOrder adGradient = f.automaticGradient(b);
        assertEquals(ad.value(), analytic.value(), Tolerances.ANALYTIC_VS_AD * Math.max(1, f.valueTermScale(b)), "value");
        double top = Arrays.stream(f.gradientTermScale(b)).max().orElse(0);
        for (int j = 0; j < b.length; j++) {
            assertEquals(ad.gradient()[j], analytic.gradient()[j], Tolerances.ANALYTIC_VS_AD * Math.max(top, 1e-300),
                    "gradient " + j);
            assertEquals(adGradient.gradient()[j], analytic.gradient()[j], Tolerances.ANALYTIC_VS_AD * Math.max(top, 1e-300),
                    "gradient (first-order AD) " + j);
        }
        double diff = Matrices.maxAbsDiff(analytic.hessian(), ad.hessian());
        assertTrue(diff <= Tolerances.ANALYTIC_VS_AD * Matrices.maxAbs(ad.hessian()),
                "analytic vs AD Hessian: " + diff + " of " + Matrices.maxAbs(ad.hessian()));
    }

    /**
     * An integer weight is that many copies of the row, for the penalty too (the information sums the
     * copies). Sums of the same terms in another order, and a Cholesky factor of the same matrix
     * summed in another order: {@link Tolerances#REORDERED} of the terms' scale.
     */
    @Property(tries = 100)
    void integerWeightsAreCopiesOfTheRows(@ForAll("integerWeights") Case c) {
        RandomProblem pr = c.problem();
        double[][] x = pr.block(0);
        double[] y = pr.y();
        int copies = (int) Arrays.stream(c.weights()).sum();
        double[][] xc = new double[copies][];
        double[] yc = new double[copies];
        int r = 0;
        for (int i = 0; i < y.length; i++) {
            for (int k = 0; k < c.weights()[i]; k++) {
                xc[r] = x[i];
                yc[r++] = y[i];
            }
        }
        Assume.that(copies > 0 && c.identified());
        DesignBlock block = RandomDesigns.blocks(pr).get(0);
        FirthLogisticObjective repeated = FirthLogisticObjective.of(DesignBlock.of("", block.columnNames(), xc), yc);
        FirthLogisticObjective weighted = c.objective();
        double[] b = pr.point();
        SecondOrder a = repeated.secondOrder(b);
        Assume.that(Double.isFinite(a.value()));
        SecondOrder w = weighted.secondOrder(b);
        assertEquals(a.value(), w.value(), Tolerances.REORDERED * Math.max(1, repeated.valueTermScale(b)), "value");
        double top = Math.max(1, Arrays.stream(repeated.gradientTermScale(b)).max().orElse(0));
        for (int j = 0; j < b.length; j++) {
            assertEquals(a.gradient()[j], w.gradient()[j], Tolerances.REORDERED * top, "gradient " + j);
        }
        assertTrue(Matrices.maxAbsDiff(a.hessian(), w.hessian()) <= Tolerances.REORDERED * Matrices.maxAbs(a.hessian()),
                "Hessian");
    }
}
