package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.inference.CovarianceResult;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.product.ProductModel;
import org.hessianworkbench.models.product.SquaredErrorProductLoss;
import org.hessianworkbench.testkit.Designs;
import org.hessianworkbench.fitting.FitOptions;
import org.hessianworkbench.fitting.ModelRequest;
import org.hessianworkbench.fitting.ProductFitReport;
import org.hessianworkbench.fitting.ProductFitter;
import org.hessianworkbench.testkit.Tolerances;

/**
 * Product models fitted on random data drawn from the model: the scale direction is a null direction
 * of the Hessian at the estimate, and the normalised standard errors do not depend on where on the
 * ridge the optimiser stopped.
 */
class ProductFitProperties {

    /** Right-hand sides of 2..5 columns on one covariate. */
    private static final String[] SHAPES = {"%s", "ramp(%s, 0)", "ramp(%s, -0.5, 0.5)", "ramp(%s, -0.5, 0, 0.5)"};

    /** Rows of every case. */
    private static final int ROWS = 300;

    /**
     * A product model on random data drawn from a product of quadratics in one covariate per group.
     *
     * @param groups the groups (2 or 3)
     * @param shapes each group's right-hand side, an index into {@link #SHAPES}
     * @param x      the covariates, uniform on [-1, 1], row by row ({@value #ROWS} x groups)
     * @param noise  standard normal noise, one per row (times 0.3)
     */
    record Case(int groups, int[] shapes, double[] x, double[] noise) {
        ProductModel model() {
            StringBuilder csv = new StringBuilder();
            for (int g = 0; g < groups; g++) {
                csv.append("x").append(g).append(',');
            }
            csv.append("y\n");
            for (int i = 0; i < ROWS; i++) {
                double yhat = 1;
                for (int g = 0; g < groups; g++) {
                    double v = x[i * groups + g];
                    csv.append(v).append(',');
                    yhat *= 1.5 + (g + 1) * v + 0.5 * v * v;
                }
                csv.append(yhat + 0.3 * noise[i]).append('\n');
            }
            LinkedHashMap<String, String> g = new LinkedHashMap<>();
            for (int k = 0; k < groups; k++) {
                g.put("g" + k, String.format(Locale.ROOT, SHAPES[shapes[k]], "x" + k));
            }
            return ProductModel.of(new SquaredErrorProductLoss(groups), "y", g, DataSet.fromCsvText("random.csv", csv.toString()),
                    false);
        }

        @Override
        public String toString() {
            return groups + " groups, shapes " + java.util.Arrays.toString(shapes) + ", " + ROWS + " rows";
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.integers().between(2, 3).flatMap(groups -> Combinators.combine(
                Arbitraries.integers().between(0, SHAPES.length - 1).array(int[].class).ofSize(3),
                Designs.uniforms(ROWS * groups), Designs.normals(ROWS))
                .as((shapes, x, noise) -> new Case(groups, shapes, x, noise)));
    }

    @Property(tries = 25)
    void normalisedStandardErrorsDoNotDependOnThePointOfTheRidge(@ForAll("cases") Case c) {
        Statistics.label("groups").collect(c.groups());
        Statistics.label("groups").coverage(k -> k.check(3).count(x -> x > 0));
        ProductModel m = c.model();
        ModelRequest request = ModelRequest.product(java.nio.file.Path.of("random.csv"), ModelKind.LINEAR_PRODUCT, "y",
                new LinkedHashMap<>(), 1e-3, false);
        FitOptions options = FitOptions.defaults();
        ProductFitReport a = ProductFitter.fit(m, options);
        // a second start: the first one with the scale moved between groups 1 and 2
        double[] start = m.defaultStart();
        for (int j = 0; j < m.groups().get(0).columns().size(); j++) {
            start[j] *= 3;
        }
        for (int j = 0; j < m.groups().get(1).columns().size(); j++) {
            start[m.offset(1) + j] /= 3;
        }
        ProductFitReport b = ProductFitter.fit(m, options.withStart(start));
        assertTrue(a.optimization().converged(), a.optimization().message());
        assertTrue(b.optimization().converged(), b.optimization().message());

        // the Hessian at a stationary point annihilates the scale direction, up to rounding
        double[][] h = m.objective().hessian(a.estimate());
        for (double[] v : m.scaleDirections(a.estimate())) {
            double hv = Matrices.norm(Matrices.multiply(h, v));
            assertTrue(hv <= 1e-6 * Matrices.maxAbs(h), "|Hv| = " + hv + " along the scale direction");
        }
        assertTrue(a.identifiability().nullDirections() >= c.groups() - 1, "null directions found");

        assertTrue(a.covariance().available(), String.valueOf(a.covariance()));
        assertTrue(b.covariance().available(), String.valueOf(b.covariance()));
        double[] sa = ((CovarianceResult.Available) a.covariance()).standardErrors();
        double[] sb = ((CovarianceResult.Available) b.covariance()).standardErrors();
        for (int j = 0; j < sa.length; j++) {
            assertTrue(Double.isFinite(sa[j]) && sa[j] >= 0, "SE " + j);
            assertEquals(sa[j], sb[j], Tolerances.SAME_SE_ON_THE_RIDGE * Math.max(sa[j], 1e-12) + 1e-12, "SE " + j);
        }
        double[] na = a.normalized();
        double[] nb = b.normalized();
        for (int j = 0; j < na.length; j++) {
            assertEquals(na[j], nb[j], 1e-6 * Math.max(1, Math.abs(na[j])), "normalised estimate " + j);
        }
    }
}
