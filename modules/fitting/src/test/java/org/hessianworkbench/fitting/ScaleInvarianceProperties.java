package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.optimizers.Convergence;
import org.hessianworkbench.testkit.MixedScales;

/**
 * {@code fit}'s default stop is scale-invariant: on designs whose columns have mixed scales
 * (1e-3 ... 1e4 in one design), multiplying one column by 1e4 or 1e-4 gives the same verdict
 * (converged or not) and the same estimate, in the new units, to the stop's own accuracy.
 */
class ScaleInvarianceProperties {

    /** Roundings per term of the loss's gradient (the product x_ij c, the linear predictor, the residual, the sum). */
    private static final double ROUNDINGS = 10;

    @Provide
    Arbitrary<MixedScales.Problem> problems() {
        return MixedScales.regression();
    }

    @Provide
    Arbitrary<Double> factors() {
        return Arbitraries.of(1e4, 1e-4);
    }

    @Property(tries = 200)
    void rescalingAColumnChangesNeitherTheVerdictNorTheEstimate(@ForAll("problems") MixedScales.Problem pr,
                                                                @ForAll("factors") double c, @ForAll int pick) {
        int k = Math.floorMod(pick, pr.covariates().size());
        String kind = pr.family() == MixedScales.Family.POISSON ? "poisson" : "logistic";
        RegressionModel original = Workbench.model(DataSet.fromCsvText("original", pr.csv(-1, 1)), kind, pr.formula());
        RegressionModel rescaled = Workbench.model(DataSet.fromCsvText("rescaled", pr.csv(k, c)), kind, pr.formula());
        FitReport a = Fitter.fit(original, FitOptions.defaults());
        FitReport b = Fitter.fit(rescaled, FitOptions.defaults());
        Statistics.label("family").collect(pr.family());
        Statistics.label("factor").collect(c);
        Statistics.label("converged").collect(a.converged());
        Statistics.label("scale of the rescaled column").collect(pr.scales()[k + (pr.intercept() ? 1 : 0)] * c);
        Statistics.label("family").coverage(x -> {
            x.check(MixedScales.Family.POISSON).percentage(p -> p > 30);
            x.check(MixedScales.Family.LOGISTIC).percentage(p -> p > 30);
        });
        Statistics.label("factor").coverage(x -> {
            x.check(1e4).percentage(p -> p > 30);
            x.check(1e-4).percentage(p -> p > 30);
        });
        Statistics.label("converged").coverage(x -> x.check(true).percentage(p -> p > 80));

        assertEquals(a.converged(), b.converged(), a.optimization().message() + " / " + b.optimization().message());
        if (!a.converged()) {
            return;
        }
        int j = k + (pr.intercept() ? 1 : 0);
        double[] d = a.estimate();
        double[] back = b.estimate();
        back[j] *= c;
        for (int i = 0; i < d.length; i++) {
            d[i] -= back[i];
        }
        double[][] h = original.objective().hessian(a.estimate());
        double distance = Math.sqrt(Math.abs(Matrices.dot(d, Matrices.multiply(h, d))));
        // each estimate is within sqrt(2 tol max(1, |f|)) of its minimiser in the norm of H (standard errors);
        // the two losses differ by the rounding of x_ij c (a relative eps per term), which moves the minimiser by
        // H^-1 dg with |dg_j| <= eps s_j, s_j = sum_i |d_j f_i|: at most sqrt(dg' H^-1 dg) in that norm
        double f = Math.max(1, Math.abs(original.objective().value(a.estimate())));
        double[] dg = original.objective().gradientTermScale(a.estimate());
        for (int i = 0; i < dg.length; i++) {
            dg[i] *= ROUNDINGS * Math.ulp(1.0);
        }
        double accuracy = 2 * Math.sqrt(2 * Convergence.DECREMENT_TOL * f) + Math.sqrt(Convergence.newtonDecrement(h, dg));
        assertTrue(distance <= accuracy, "distance " + distance + " standard errors > " + accuracy);
    }
}
