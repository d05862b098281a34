package org.hessianworkbench.derivatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.testkit.Designs;
import org.hessianworkbench.testkit.RandomProblem;
import org.hessianworkbench.testkit.Tolerances;

/** The analytic path of {@link LinearPredictorObjective} against its AD path, on random problems. */
class LinearPredictorObjectiveProperties {

    @Provide
    Arbitrary<RandomProblem> oneBlock() {
        return Designs.regression().arbitrary();
    }

    /** Two groups of 1..8 columns, a bias column first, covariates at every scale. */
    @Provide
    Arbitrary<RandomProblem> twoBlocks() {
        return Designs.products().withGroups(2, 2).withColumns(1, Designs.MAX_COLUMNS)
                .withScales(Designs.SCALES.toArray(Double[]::new)).withResponses(Designs.Response.LEVELS).arbitrary();
    }

    @Property(tries = 200)
    void poissonAnalyticEqualsAutomatic(@ForAll("oneBlock") RandomProblem pr) {
        collect(pr);
        check(RandomDesigns.objective(pr, TestLosses.POISSON), pr.point());
    }

    @Property(tries = 200)
    void productAnalyticEqualsAutomatic(@ForAll("twoBlocks") RandomProblem pr) {
        collect(pr);
        check(RandomDesigns.objective(pr, TestLosses.PRODUCT_SQUARED), pr.point());
    }

    private static void collect(RandomProblem pr) {
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
