package org.hessianworkbench.models.product;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.HessianComparison;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.SecondOrder;
import org.hessianworkbench.testkit.Tolerances;

/**
 * The product losses' analytic derivatives against AD for G in {1, 2, 3} groups of 1..5 columns,
 * at ordinary, clipped and zero-prediction points, and the scale invariance of the model.
 */
class ProductLossProperties {

    /**
     * A random product problem.
     *
     * @param blocks   one design block per group (first column all ones: the bias)
     * @param y        responses (0/1 when {@code binary})
     * @param beta     a point
     * @param binary   whether the responses are 0/1 (cross-entropy)
     * @param zeroGroup whether one group's prediction is exactly 0 in some row
     */
    record Problem(List<DesignBlock> blocks, double[] y, double[] beta, boolean binary, boolean zeroGroup) {
        int groups() {
            return blocks.size();
        }

        LinearPredictorObjective objective(ProductLoss loss) {
            return LinearPredictorObjective.of(blocks, y, loss);
        }
    }

    @Provide
    Arbitrary<Problem> problems() {
        return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(1, 60), Arbitraries.of(true, false), Arbitraries.longs())
                .as(ProductLossProperties::build);
    }

    static Problem build(int groups, int maxColumns, int n, boolean binary, long seed) {
        Random r = new Random(seed);
        List<DesignBlock> blocks = new ArrayList<>();
        List<Double> beta = new ArrayList<>();
        boolean zero = false;
        for (int g = 0; g < groups; g++) {
            int cols = 1 + r.nextInt(maxColumns);
            double[][] x = new double[n][cols];
            List<String> names = new ArrayList<>();
            for (int j = 0; j < cols; j++) {
                names.add("g" + g + "c" + j);
            }
            for (int i = 0; i < n; i++) {
                x[i][0] = 1;
                for (int j = 1; j < cols; j++) {
                    x[i][j] = r.nextDouble() * 2 - 1;
                }
            }
            double scale = binary ? Math.pow(0.3, 1.0 / groups) : 1;
            for (int j = 0; j < cols; j++) {
                beta.add(j == 0 ? scale : 0.3 * scale * r.nextGaussian() / cols);
            }
            if (g == 0 && cols == 1 && r.nextInt(4) == 0) {
                // a group whose prediction is exactly 0 everywhere: the products must not divide by it
                beta.set(beta.size() - 1, 0.0);
                zero = true;
            }
            blocks.add(DesignBlock.of("g" + g, names, x));
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = binary ? (r.nextBoolean() ? 1 : 0) : 2 * r.nextGaussian();
        }
        return new Problem(blocks, y, beta.stream().mapToDouble(Double::doubleValue).toArray(), binary, zero);
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
