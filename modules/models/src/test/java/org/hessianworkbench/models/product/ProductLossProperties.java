package org.hessianworkbench.models.product;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.HessianComparison;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.RandomDesigns;
import org.hessianworkbench.derivatives.SecondOrder;
import org.hessianworkbench.testkit.Designs;
import org.hessianworkbench.testkit.RandomProblem;
import org.hessianworkbench.testkit.Tolerances;

/**
 * The product losses' analytic derivatives against AD for G in {1, 2, 3} groups of 1..5 columns,
 * at ordinary, clipped and zero-prediction points, and the scale invariance of the model.
 */
class ProductLossProperties {

    /**
     * A random product problem: the testkit's product problem (1..3 groups of 1..5 columns, a bias
     * column first, 1..60 rows), now and then with the first group's prediction exactly 0.
     *
     * @param problem   the design blocks, responses (0/1 when {@code binary}) and point
     * @param binary    whether the responses are 0/1 (cross-entropy)
     * @param zeroGroup whether the first group (one bias column) has coefficient 0: its prediction is 0 in every row
     */
    record Problem(RandomProblem problem, boolean binary, boolean zeroGroup) {
        int groups() {
            return problem.groups();
        }

        double[] beta() {
            double[] b = problem.point();
            if (zeroGroup) {
                b[0] = 0;
            }
            return b;
        }

        List<DesignBlock> blocks() {
            return RandomDesigns.blocks(problem);
        }

        LinearPredictorObjective objective(ProductLoss loss) {
            return RandomDesigns.objective(problem, loss);
        }
    }

    @Provide
    Arbitrary<Problem> problems() {
        return Arbitraries.of(true, false).flatMap(binary -> Combinators.combine(
                Designs.products().withRows(1, 60).withSpread(0.3)
                        .withResponses(binary ? Designs.Response.BINARY : Designs.Response.REAL).arbitrary(),
                // a group whose prediction is exactly 0 everywhere: the products must not divide by it
                Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true)))
                .as((pr, zero) -> new Problem(pr, binary, zero && pr.columns().get(0) == 1)));
    }

    @Example
    void theTestkitKeepsBinaryPointsInsideThisClip() {
        assertEquals(CrossEntropyProductLoss.DEFAULT_EPS, Designs.CLIP, 0);
    }

    @Property(tries = 300)
    void analyticEqualsAutomaticForBothLosses(@ForAll("problems") Problem pr) {
        Statistics.label("groups").collect(pr.groups());
        Statistics.label("groups").coverage(c -> {
            c.check(1).count(k -> k > 0);
            c.check(3).count(k -> k > 0);
        });
        Statistics.label("zero group prediction").collect(pr.zeroGroup());
        Statistics.label("zero group prediction").coverage(c -> c.check(true).count(k -> k > 0));
        ProductLoss loss = pr.binary() ? new CrossEntropyProductLoss(pr.groups(), CrossEntropyProductLoss.DEFAULT_EPS)
                : new SquaredErrorProductLoss(pr.groups());
        for (ProductLoss l : List.of(loss, loss.gaussNewton())) {
            LinearPredictorObjective f = pr.objective(l);
            SecondOrder ad = f.automaticHessian(pr.beta());
            SecondOrder an = f.analyticSecondOrder(pr.beta());
            assertEquals(ad.value(), an.value(), Tolerances.ANALYTIC_VS_AD * Math.max(1, Math.abs(ad.value())));
            double[] scale = f.gradientTermScale(pr.beta());
            double top = 1e-300;
            for (double s : scale) {
                top = Math.max(top, s);
            }
            assertArrayEquals(ad.gradient(), an.gradient(), Tolerances.ANALYTIC_VS_AD * top);
            if (l.exactCurvature()) {
                HessianComparison c = HessianComparison.of("analytic", an.hessian(), "ad", ad.hessian(), Tolerances.ANALYTIC_VS_AD);
                assertTrue(c.agree() || Matrices.maxAbs(ad.hessian()) == 0 && c.maxAbsDiff() == 0, c.toString());
            }
        }
    }

    @Property(tries = 200)
    void clippedPointsHaveZeroDerivativesOnBothPaths(@ForAll("problems") Problem pr) {
        // push every prediction far outside [eps, 1 - eps]
        double[] beta = pr.beta().clone();
        beta[0] = 50;
        CrossEntropyProductLoss loss = new CrossEntropyProductLoss(pr.groups(), CrossEntropyProductLoss.DEFAULT_EPS);
        LinearPredictorObjective f = pr.objective(loss);
        SecondOrder ad = f.automaticHessian(beta);
        SecondOrder an = f.analyticSecondOrder(beta);
        assertEquals(ad.value(), an.value(), 1e-9 * Math.max(1, ad.value()));
        assertEquals(0, Matrices.maxAbsDiff(ad.hessian(), an.hessian()), 1e-9 * Math.max(1, Matrices.maxAbs(ad.hessian())));
    }

    @Property(tries = 200)
    void predictionsAreInvariantUnderTheScaleTransformation(@ForAll("problems") Problem pr,
                                                            @ForAll("factors") double c) {
        Statistics.label("factor sign").collect(c > 0 ? "positive" : "negative");
        Statistics.label("factor sign").coverage(k -> k.check("negative").count(x -> x > 0));
        if (pr.groups() < 2) {
            return;
        }
        SquaredErrorProductLoss loss = new SquaredErrorProductLoss(pr.groups());
        LinearPredictorObjective f = pr.objective(loss);
        double[] scaled = pr.beta().clone();
        int p0 = pr.blocks().get(0).columns();
        int p1 = pr.blocks().get(1).columns();
        for (int j = 0; j < p0; j++) {
            scaled[j] *= c;
        }
        for (int j = p0; j < p0 + p1; j++) {
            scaled[j] /= c;
        }
        assertEquals(f.value(pr.beta()), f.value(scaled), 1e-12 * Math.max(1, f.value(pr.beta())));
    }

    @Provide
    Arbitrary<Double> factors() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0.1, 10), Arbitraries.doubles().between(-10, -0.1));
    }
}
