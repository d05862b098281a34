package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.derivatives.Objective;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.optimizers.OptimizationResult;
import org.hessianworkbench.optimizers.Optimizers;
import org.hessianworkbench.testkit.MixedScales;

/**
 * Profile intervals on generated logistic and Poisson problems with columns of mixed scales: at each
 * end the profile deviance is up by the critical value squared, the interval contains the estimate,
 * and multiplying a column by 1e4 or 1e-4 gives the same interval in the new units (in standard errors).
 */
class ProfilesProperties {

    /**
     * \(|r(b) - c|\) at an end: the end is within 1e-8 SE of the root and \(r\) has slope of order
     * 1/SE there, and the refit here converges to the same stopping rule as the profile's (its
     * deviance exact to about 1e-10 relative), so 1e-6.
     */
    private static final double AT_THE_CRITICAL_VALUE = 1e-6;

    /**
     * The ends of a rescaled fit against the original's, in standard errors: each is a root to 1e-8 SE
     * of a profile whose refits stop at the scale-invariant rule (within about 1e-9 SE of their
     * minimisers); the data differ by the rounding of \(x_{ij}c\). 1e-6 SE.
     */
    private static final double SAME_END_IN_SE = 1e-6;

    @Provide
    Arbitrary<MixedScales.Problem> problems() {
        return MixedScales.regression();
    }

    @Provide
    Arbitrary<Double> factors() {
        return Arbitraries.of(1e4, 1e-4);
    }

    @Property(tries = 12)
    void endsAreAtTheCriticalValueContainTheEstimateAndFollowTheColumnsUnits(
            @ForAll("problems") MixedScales.Problem pr, @ForAll("factors") double c, @ForAll int pick) {
        int k = Math.floorMod(pick, pr.covariates().size());
        String kind = pr.family() == MixedScales.Family.POISSON ? "poisson" : "logistic";
        RegressionModel original = Workbench.model(DataSet.fromCsvText("original", pr.csv(-1, 1)), kind, pr.formula());
        FitReport a = Workbench.fit(original, FitOptions.defaults(), IntervalKind.PROFILE);
        Assume.that(a.converged() && a.coefficients().stream().allMatch(Coefficient::hasStdError));
        Statistics.label("family").collect(pr.family());
        Objective f = original.objective();
        double minimum = f.value(a.estimate());
        int ends = 0;
        for (int j = 0; j < a.coefficients().size(); j++) {
            ProfileIntervals.Profile p = a.profile().profiles().get(j);
            double b = a.estimate()[j];
            assertTrue(!(p.lower() >= b) && !(p.upper() <= b), p.lower() + " " + b + " " + p.upper());
            for (double end : new double[] {p.lower(), p.upper()}) {
                if (Double.isFinite(end)) {
                    FixedCoordinateObjective g = new FixedCoordinateObjective(f, j, end);
                    double[] start = FixedCoordinateObjective.drop(a.estimate(), j);
                    OptimizationResult o = Optimizers.byName("newton").minimize(g, start,
                            FitStopping.options(g, start, FitOptions.defaults().optimizerOptions()));
                    assertTrue(o.converged(), o.message());
                    assertEquals(a.critical(), Math.sqrt(2 * (o.loss() - minimum)), AT_THE_CRITICAL_VALUE, "end " + end);
                    ends++;
                }
            }
        }
        Statistics.label("ends found").collect(ends == 2 * a.coefficients().size() ? "all" : "some missing");
        int col = k + (pr.intercept() ? 1 : 0);
        RegressionModel rescaled = Workbench.model(DataSet.fromCsvText("rescaled", pr.csv(k, c)), kind, pr.formula());
        FitReport r = Workbench.fit(rescaled, FitOptions.defaults(), IntervalKind.PROFILE);
        Assume.that(r.converged());
        ProfileIntervals.Profile pa = a.profile().profiles().get(col);
        ProfileIntervals.Profile pb = r.profile().profiles().get(col);
        double se = a.coefficients().get(col).stdError();
        assertEquals(pa.lower(), pb.lower() * c, SAME_END_IN_SE * se, "lower");
        assertEquals(pa.upper(), pb.upper() * c, SAME_END_IN_SE * se, "upper");
    }
}
