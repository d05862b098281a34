package org.hessianworkbench.derivatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.testkit.Tolerances;

/** The analytic path of {@link LinearPredictorObjective} against its AD path, on random problems. */
class LinearPredictorObjectiveProperties {

    @Provide
    Arbitrary<RandomDesigns.Problem> oneBlock() {
        return RandomDesigns.problems(1);
    }

    @Provide
    Arbitrary<RandomDesigns.Problem> twoBlocks() {
        return RandomDesigns.problems(2);
    }

    @Property(tries = 200)
    void poissonAnalyticEqualsAutomatic(@ForAll("oneBlock") RandomDesigns.Problem pr) {
        collect(pr);
        check(LinearPredictorObjective.of(pr.blocks(), pr.y(), TestLosses.POISSON), pr.beta());
    }

    @Property(tries = 200)
    void productAnalyticEqualsAutomatic(@ForAll("twoBlocks") RandomDesigns.Problem pr) {
        collect(pr);
        check(LinearPredictorObjective.of(pr.blocks(), pr.y(), TestLosses.PRODUCT_SQUARED), pr.beta());
    }

    private static void collect(RandomDesigns.Problem pr) {
        Statistics.label("n").collect(pr.n() == 1 ? "1" : pr.n() < 10 ? "<10" : "large");
        Statistics.label("p").collect(pr.p() == 1 ? "p=1" : "p>1");
        Statistics.label("scale").collect(pr.scale());
        Statistics.label("collinear").collect(pr.collinear());
        Statistics.label("n").coverage(c -> {
            c.check("1").count(x -> x > 0);
            c.check("large").count(x -> x > 0);
        });
        Statistics.label("scale").coverage(c -> {
            c.check(1e-3).count(x -> x > 0);
            c.check(1e3).count(x -> x > 0);
        });
        Statistics.label("collinear").coverage(c -> c.check(true).count(x -> x > 0));
    }

    private static void check(LinearPredictorObjective f, double[] beta) {
        SecondOrder ad = f.automaticHessian(beta);
        SecondOrder an = f.analyticSecondOrder(beta);
        assertEquals(ad.value(), an.value(), Tolerances.ANALYTIC_VS_AD * Math.max(1, f.valueTermScale(beta)));
        assertEquals(an.value(), f.value(beta), 0);
        double[] scale = f.gradientTermScale(beta);
        double[] ga = ad.gradient();
        double[] gn = an.gradient();
        double[] gg = f.automaticGradient(beta).gradient();
        double top = 0;
        for (double s : scale) {
            top = Math.max(top, s);
        }
        for (int j = 0; j < ga.length; j++) {
            assertEquals(ga[j], gn[j], Tolerances.ANALYTIC_VS_AD * top, "gradient " + j);
            assertEquals(gg[j], gn[j], Tolerances.ANALYTIC_VS_AD * top, "Gradient-class gradient " + j);
        }
        HessianComparison c = HessianComparison.of("analytic", an.hessian(), "ad", ad.hessian(), Tolerances.ANALYTIC_VS_AD);
        assertTrue(c.agree(), c.toString());
        assertEquals(0, Matrices.maxAsymmetry(an.hessian()), 0);
    }
}
