package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hessianworkbench.derivatives.Observations;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.design.DesignMatrix;
import org.hessianworkbench.design.Formula;
import org.hessianworkbench.inference.Separation;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.RegressionModel;
import org.junit.jupiter.api.Test;

/**
 * Separation with prior weights and trials: the linear program sees the observations that enter the
 * likelihood. A row of weight 0 is not one of them; a grouped binomial row with some successes and
 * some failures is both a success and a failure, so it overlaps with itself.
 */
class WeightedExistenceTest {

    private static RegressionModel model(Family family, String formula, String csv, Observations o) {
        DataSet data = DataSet.fromCsvText("case.csv", csv);
        return RegressionModel.of(family, DesignMatrix.build(Formula.parse(formula), data, false), data, o);
    }

    /** y = 1[x > 0] but for one row, x = 2 with y = 0, that breaks the separation. */
    private static final String BROKEN = "x,y\n-2,0\n-1,0\n-0.5,0\n0.5,1\n1,1\n2,1\n2,0\n";

    @Test
    void aZeroWeightRowDoesNotBreakTheSeparation() {
        RegressionModel counted = model(Family.LOGISTIC, "y ~ x", BROKEN, Observations.ofWeights(new double[] {1, 1, 1, 1, 1, 1, 2}));
        assertTrue(EstimateExistence.of(counted, new double[2]).exists(), "the row x = 2, y = 0 overlaps");
        RegressionModel dropped = model(Family.LOGISTIC, "y ~ x", BROKEN, Observations.ofWeights(new double[] {1, 1, 1, 1, 1, 1, 0}));
        EstimateExistence e = EstimateExistence.of(dropped, new double[2]);
        assertFalse(e.exists());
        assertEquals(Separation.Kind.COMPLETE, e.separation().kind());
        assertEquals(6, e.separation().observations(), "the row of weight 0 is not in the program");
        FitReport r = Fitter.fit(dropped, FitOptions.defaults());
        assertTrue(r.coefficients().stream().noneMatch(c -> c.hasStdError()), "standard errors withheld");
    }

    @Test
    void aGroupedRowWithSuccessesAndFailuresOverlaps() {
        // successes 0 of 3 at x < 0, all of 3 at x > 0: separated
        String separated = "x,s\n-2,0\n-1,0\n1,3\n2,3\n";
        double[] m = {3, 3, 3, 3};
        EstimateExistence e = EstimateExistence.of(model(Family.LOGISTIC, "s ~ x", separated, Observations.ofTrials(m)),
                new double[2]);
        assertFalse(e.exists());
        assertEquals(Separation.Kind.COMPLETE, e.separation().kind());
        assertEquals(4, e.separation().observations(), "rows with only failures or only successes count once");
        // a success at x = -1 and a failure at x = 1 (rows of 1 and 2 successes in 3): no line separates them
        String overlapping = "x,s\n-2,0\n-1,1\n1,2\n2,3\n";
        EstimateExistence o = EstimateExistence.of(model(Family.LOGISTIC, "s ~ x", overlapping, Observations.ofTrials(m)),
                new double[2]);
        assertTrue(o.exists(), o.diagnoses().toString());
        assertEquals(6, o.separation().observations(), "a row of 1 or 2 successes in 3 is a success and a failure");
    }

    @Test
    void poissonCountsOfWeightZeroAreLeftOut() {
        // the level z = 1 has counts 0, 0 and 5: the 5 keeps its rate from falling to 0, unless its weight is 0
        String csv = "z,k\n0,2\n0,3\n0,1\n1,0\n1,0\n1,5\n";
        RegressionModel plain = model(Family.POISSON, "k ~ z", csv, Observations.NONE);
        assertTrue(EstimateExistence.of(plain, new double[2]).exists());
        RegressionModel weighted = model(Family.POISSON, "k ~ z", csv, Observations.ofWeights(new double[] {1, 1, 1, 1, 1, 0}));
        EstimateExistence e = EstimateExistence.of(weighted, new double[2]);
        assertFalse(e.exists());
        assertEquals(java.util.List.of(1), e.separation().runningOff());
        EstimateExistence.SeparationData d = EstimateExistence.SeparationData.of(weighted);
        assertArrayEquals(new double[] {2, 3, 1, 0, 0}, d.y(), 0);
    }
}
