package org.hessianworkbench.derivatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.testkit.Designs;
import org.hessianworkbench.testkit.ObservationDraws;
import org.hessianworkbench.testkit.RandomProblem;
import org.hessianworkbench.testkit.Tolerances;

/**
 * {@link LinearPredictorObjective} with {@link Observations}: prior weights, offsets and trials
 * through every path, on the testkit's random problems. An integer weight is that many copies of
 * the row, a zero weight removes it, a constant offset is a shift of the intercept, and the analytic
 * derivatives equal the AD ones with all three present.
 */
class ObservationsProperties {

    /**
     * Two objectives that sum the same terms in another order, or whose linear predictors differ by
     * the rounding of one addition (an offset added after the dot product or inside it): the value,
     * gradient and Hessian agree to rounding, relative to the largest term of the sum (at most 1,500
     * terms of moderate size: 1e-12 leaves a factor of about 100 over the measured differences).
     */
    static final double SAME_SUM = Tolerances.REORDERED;

    /** A problem with one observation array (weights or offsets). */
    record WithArray(RandomProblem problem, double[] values) {
        @Override
        public String toString() {
            return problem + ", values " + java.util.Arrays.toString(values);
        }
    }

    /** A problem with weights, offsets and trials. */
    record WithAll(RandomProblem problem, double[] weights, double[] offsets, double[] trials) {
        Observations observations() {
            return new Observations(weights, trials, new double[][] {offsets});
        }
    }

    private static Arbitrary<RandomProblem> regression() {
        return Designs.regression().arbitrary();
    }

    @Provide
    Arbitrary<WithArray> integerWeights() {
        return regression().flatMap(pr -> ObservationDraws.integerWeights(pr.n()).map(w -> new WithArray(pr, w)));
    }

    @Provide
    Arbitrary<WithArray> zeroOneWeights() {
        return regression().flatMap(pr -> ObservationDraws.zeroOneWeights(pr.n()).map(w -> new WithArray(pr, w)));
    }

    /** Problems with an intercept and one offset for every row. */
    @Provide
    Arbitrary<WithArray> constantOffsets() {
        return Designs.regression().withIntercept(Designs.Intercept.ALWAYS).arbitrary()
                .flatMap(pr -> Designs.normal().map(o -> {
                    double[] v = new double[pr.n()];
                    java.util.Arrays.fill(v, o);
                    return new WithArray(pr, v);
                }));
    }

    /** Binomial-like problems (responses 0..2) with fractional weights (some 0), offsets and trials. */
    @Provide
    Arbitrary<WithAll> everything() {
        return regression().flatMap(pr -> Combinators.combine(ObservationDraws.weights(pr.n()),
                ObservationDraws.offsets(pr.n()), ObservationDraws.trials(pr.y()))
                .as((w, o, m) -> new WithAll(pr, w, o, m)));
    }

    /** Two groups with fractional weights and an offset of the first predictor only. */
    @Provide
    Arbitrary<WithAll> twoBlocks() {
        return Designs.products().withGroups(2, 2).withColumns(1, Designs.MAX_COLUMNS)
                .withScales(Designs.SCALES.toArray(Double[]::new)).withResponses(Designs.Response.LEVELS).arbitrary()
                .flatMap(pr -> Combinators.combine(ObservationDraws.weights(pr.n()), ObservationDraws.offsets(pr.n()))
                        .as((w, o) -> new WithAll(pr, w, o, null)));
    }

    @Property(tries = 200)
    void integerWeightsAreCopiesOfTheRow(@ForAll("integerWeights") WithArray c) {
        RandomProblem pr = c.problem();
        double[] w = c.values();
        collectWeights(w, true);
        List<double[]> rows = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        double[][] x = pr.block(0);
        double[] y = pr.y();
        for (int i = 0; i < pr.n(); i++) {
            for (int copy = 0; copy < w[i]; copy++) {
                rows.add(x[i]);
                ys.add(y[i]);
            }
        }
        List<String> names = RandomDesigns.blocks(pr).get(0).columnNames();
        DesignBlock copies = DesignBlock.of("g0", names, rows.toArray(double[][]::new));
        LinearPredictorObjective duplicated = LinearPredictorObjective.of(List.of(copies),
                ys.stream().mapToDouble(Double::doubleValue).toArray(), TestLosses.POISSON);
        LinearPredictorObjective weighted = LinearPredictorObjective.of(RandomDesigns.blocks(pr), y, TestLosses.POISSON,
                Observations.ofWeights(w));
        assertSameObjective(duplicated, pr.point(), weighted, pr.point());
    }

    @Property(tries = 200)
    void aZeroWeightRemovesTheRow(@ForAll("zeroOneWeights") WithArray c) {
        RandomProblem pr = c.problem();
        double[] w = c.values();
        collectWeights(w, false);
        List<double[]> rows = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        double[][] x = pr.block(0);
        double[] y = pr.y();
        for (int i = 0; i < pr.n(); i++) {
            if (w[i] != 0) {
                rows.add(x[i]);
                ys.add(y[i]);
            }
        }
        List<String> names = RandomDesigns.blocks(pr).get(0).columnNames();
        LinearPredictorObjective kept = LinearPredictorObjective.of(List.of(DesignBlock.of("g0", names,
                rows.toArray(double[][]::new))), ys.stream().mapToDouble(Double::doubleValue).toArray(), TestLosses.POISSON);
        LinearPredictorObjective weighted = LinearPredictorObjective.of(RandomDesigns.blocks(pr), y, TestLosses.POISSON,
                Observations.ofWeights(w));
        assertSameObjective(kept, pr.point(), weighted, pr.point());
    }

    @Property(tries = 200)
    void aConstantOffsetShiftsTheIntercept(@ForAll("constantOffsets") WithArray c) {
        RandomProblem pr = c.problem();
        Statistics.label("n").collect(pr.n() == 1 ? "1" : pr.n() < 10 ? "<10" : "large");
        Statistics.label("scale").collect(pr.scale());
        Statistics.label("scale").coverage(k -> {
            k.check(1e-3).count(x -> x > 0);
            k.check(1e3).count(x -> x > 0);
        });
        double[] beta = pr.point();
        double[] shifted = beta.clone();
        shifted[0] += c.values()[0];
        LinearPredictorObjective plain = RandomDesigns.objective(pr, TestLosses.POISSON);
        LinearPredictorObjective offset = LinearPredictorObjective.of(RandomDesigns.blocks(pr), pr.y(), TestLosses.POISSON,
                Observations.ofOffset(c.values()));
        assertSameObjective(plain, shifted, offset, beta);
        double[] etaPlain = plain.linearPredictors(shifted)[0];
        double[] etaOffset = offset.linearPredictors(beta)[0];
        for (int i = 0; i < etaPlain.length; i++) {
            assertEquals(etaPlain[i], etaOffset[i], SAME_SUM * Math.max(1, Math.abs(etaPlain[i])), "eta " + i);
        }
    }

    @Property(tries = 100)
    void binomialAnalyticEqualsAutomaticWithWeightsOffsetsAndTrials(@ForAll("everything") WithAll c) {
        RandomProblem pr = c.problem();
        collectWeights(c.weights(), true);
        Statistics.label("trials").collect(java.util.Arrays.stream(c.trials()).max().orElse(1) > 1 ? "some > 1" : "all 1");
        Statistics.label("trials").coverage(k -> k.check("some > 1").count(x -> x > 0));
        LinearPredictorObjective f = LinearPredictorObjective.of(RandomDesigns.blocks(pr), pr.y(), TestLosses.BINOMIAL,
                c.observations());
        analyticEqualsAutomatic(f, pr.point());
    }

    @Property(tries = 100)
    void productAnalyticEqualsAutomaticWithWeightsAndAnOffset(@ForAll("twoBlocks") WithAll c) {
        RandomProblem pr = c.problem();
        collectWeights(c.weights(), true);
        LinearPredictorObjective f = LinearPredictorObjective.of(RandomDesigns.blocks(pr), pr.y(),
                TestLosses.PRODUCT_SQUARED, new Observations(c.weights(), null, new double[][] {c.offsets(), null}));
        analyticEqualsAutomatic(f, pr.point());
    }

    /** Collects whether some weight is 0 and whether some is above 1, and checks that some problems have a 0. */
    private static void collectWeights(double[] w, boolean needAboveOne) {
        boolean zero = false;
        boolean big = false;
        for (double v : w) {
            zero |= v == 0;
            big |= v > 1;
        }
        Statistics.label("some weight 0").collect(zero);
        Statistics.label("some weight > 1").collect(big);
        Statistics.label("some weight 0").coverage(k -> k.check(true).count(x -> x > 0));
        if (needAboveOne) {
            Statistics.label("some weight > 1").coverage(k -> k.check(true).count(x -> x > 0));
        }
    }

    /** Value, gradient and Hessian of {@code a} at {@code ba} equal those of {@code b} at {@code bb}. */
    private static void assertSameObjective(LinearPredictorObjective a, double[] ba, LinearPredictorObjective b,
                                            double[] bb) {
        SecondOrder sa = a.analyticSecondOrder(ba);
        SecondOrder sb = b.analyticSecondOrder(bb);
        assertEquals(sa.value(), sb.value(), SAME_SUM * Math.max(1, a.valueTermScale(ba)), "value");
        double top = 1;
        for (double s : a.gradientTermScale(ba)) {
            top = Math.max(top, s);
        }
        double[] ga = sa.gradient();
        double[] gb = sb.gradient();
        for (int j = 0; j < ga.length; j++) {
            assertEquals(ga[j], gb[j], SAME_SUM * top, "gradient " + j);
        }
        HessianComparison h = HessianComparison.of("b", sb.hessian(), "a", sa.hessian(), SAME_SUM);
        assertTrue(h.agree(), h.toString());
        // the AD path of the weighted objective too
        SecondOrder ad = b.automaticHessian(bb);
        assertEquals(sa.value(), ad.value(), SAME_SUM * Math.max(1, a.valueTermScale(ba)), "AD value");
        HessianComparison hAd = HessianComparison.of("ad", ad.hessian(), "a", sa.hessian(), Tolerances.ANALYTIC_VS_AD);
        assertTrue(hAd.agree(), hAd.toString());
    }

    /** As {@code LinearPredictorObjectiveProperties}: value, both AD gradients and the Hessian. */
    private static void analyticEqualsAutomatic(LinearPredictorObjective f, double[] beta) {
        SecondOrder ad = f.automaticHessian(beta);
        SecondOrder an = f.analyticSecondOrder(beta);
        assertEquals(ad.value(), an.value(), Tolerances.ANALYTIC_VS_AD * Math.max(1, f.valueTermScale(beta)));
        assertEquals(an.value(), f.value(beta), 0);
        double top = 0;
        for (double s : f.gradientTermScale(beta)) {
            top = Math.max(top, s);
        }
        double[] ga = ad.gradient();
        double[] gn = an.gradient();
        double[] gg = f.automaticGradient(beta).gradient();
        for (int j = 0; j < ga.length; j++) {
            assertEquals(ga[j], gn[j], Tolerances.ANALYTIC_VS_AD * top, "gradient " + j);
            assertEquals(gg[j], gn[j], Tolerances.ANALYTIC_VS_AD * top, "Gradient-class gradient " + j);
        }
        HessianComparison c = HessianComparison.of("analytic", an.hessian(), "ad", ad.hessian(), Tolerances.ANALYTIC_VS_AD);
        assertTrue(c.agree(), c.toString());
        assertEquals(0, Matrices.maxAsymmetry(an.hessian()), 0);
    }
}
