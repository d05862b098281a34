package org.hessianworkbench.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.derivatives.FiniteDifferences;
import org.hessianworkbench.derivatives.FirstOrder;
import org.hessianworkbench.derivatives.HessianEstimate;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.RandomDesigns;
import org.hessianworkbench.derivatives.SecondOrder;
import org.hessianworkbench.testkit.Designs;
import org.hessianworkbench.testkit.RandomProblem;
import org.hessianworkbench.testkit.Separations;
import org.hessianworkbench.testkit.Tolerances;

/**
 * Firth's penalised loss: the analytic value, gradient and Hessian against automatic differentiation
 * of its one generic definition and against central differences, on random designs with responses
 * that overlap, nearly separate or separate (the data Firth's estimate is for), at the problem's point
 * and at larger points where fitted probabilities approach 0 and 1.
 */
class FirthLogisticObjectiveProperties {

    /** A design with responses, a point, and a factor on the point (1, or 4 for probabilities near 0 and 1). */
    record Case(RandomProblem problem, String kind, double stretch) {
        FirthLogisticObjective objective() {
            return FirthLogisticObjective.of(RandomDesigns.blocks(problem).get(0), problem.y());
        }

        double[] point() {
            double[] b = problem.point();
            for (int j = 0; j < b.length; j++) {
                b[j] *= stretch;
            }
            return b;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Case> random = Designs.regression().withColumns(1, 5).withRowsPerParameter(2, 20).withoutCollinearColumns()
                .withResponses(Designs.Response.BINARY).arbitrary().map(pr -> new Case(pr, "random", 1));
        Arbitrary<Case> separated = Separations.logistic().map(c -> new Case(c.problem(), c.shape().name().toLowerCase(java.util.Locale.ROOT), 1));
        return Arbitraries.oneOf(random, separated).flatMap(c -> Arbitraries.of(1.0, 4.0).map(s -> new Case(c.problem(), c.kind(), s)));
    }

    @Property(tries = 300)
    void analyticEqualsAutomaticDifferentiationOfTheDefinition(@ForAll("cases") Case c) {
        Statistics.label("responses").collect(c.kind());
        Statistics.label("stretch").collect(c.stretch());
        Statistics.label("responses").coverage(k -> {
            k.check("random").percentage(v -> v > 20);
            k.check("complete").count(v -> v > 0);
            k.check("quasi_complete").count(v -> v > 0);
        });
        FirthLogisticObjective f = c.objective();
        double[] b = c.point();
        SecondOrder analytic = f.secondOrder(b);
        Assume.that(Double.isFinite(analytic.value()));
        SecondOrder ad = f.automaticHessian(b);
        FirstOrder adGradient = f.automaticGradient(b);

        double valueScale = f.valueTermScale(b);
        assertEquals(ad.value(), analytic.value(), Tolerances.ANALYTIC_VS_AD * Math.max(1, valueScale), "value");
        assertEquals(f.value(b), analytic.value(), 0, "value alone and with derivatives: one computation");
        double top = Arrays.stream(f.gradientTermScale(b)).max().orElse(0);
        for (int j = 0; j < b.length; j++) {
            assertEquals(ad.gradient()[j], analytic.gradient()[j], Tolerances.ANALYTIC_VS_AD * Math.max(top, 1e-300),
                    "gradient " + j);
            assertEquals(adGradient.gradient()[j], analytic.gradient()[j], Tolerances.ANALYTIC_VS_AD * Math.max(top, 1e-300),
                    "gradient (first-order AD) " + j);
        }
        double[][] h = analytic.hessian();
        assertEquals(0, Matrices.maxAsymmetry(h), 0, "symmetric by construction");
        double diff = Matrices.maxAbsDiff(h, ad.hessian());
        assertTrue(diff <= Tolerances.ANALYTIC_VS_AD * Matrices.maxAbs(ad.hessian()),
                "analytic vs AD Hessian: " + diff + " of " + Matrices.maxAbs(ad.hessian()));
    }

    @Property(tries = 200)
    void theHessianIsTheDerivativeOfTheGradient(@ForAll("cases") Case c) {
        FirthLogisticObjective f = c.objective();
        double[] b = c.point();
        double[][] h = f.hessian(b);
        Assume.that(Matrices.allFinite(h));
        HessianEstimate fd = FiniteDifferences.central(f, b, true);
        double diff = Matrices.maxAbsDiff(fd.hessian(), h);
        // within the difference's own error estimate (doubled), or fd-central's tolerance
        assertTrue(diff <= Math.max(2 * fd.maxErrorEstimate(), Tolerances.FD_CENTRAL * Matrices.maxAbs(h)),
                "fd-central vs analytic: " + diff + ", error estimate " + fd.maxErrorEstimate() + ", largest " + Matrices.maxAbs(h));
    }
}
