package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * Sandwich standard errors against R's {@code sandwich::vcovHC} (HC0..HC3), the reference sets
 * {@code sandwich-*-r.txt} made by {@code sandwich.R}: logistic on Spector, Poisson on the income data,
 * the linear model on Longley.
 */
class SandwichTest {

    private static RegressionModel model(String file, Family family, String formula) {
        return ModelRequest.regression(TestData.file(file), family, formula, false).loadRegression();
    }

    private static void check(String set, Family family, double tolerance) {
        ReferenceSet r = ReferenceSet.load(set);
        RegressionModel m = model(r.text("data"), family, r.text("formula"));
        for (StandardErrors type : new StandardErrors[] {StandardErrors.HC0, StandardErrors.HC1, StandardErrors.HC2,
                StandardErrors.HC3}) {
            FitReport fit = Fitter.fit(m, FitOptions.defaults().withStandardErrors(type));
            assertEquals(type, fit.se());
            double[] expected = r.numbers(type.cliName());
            for (int j = 0; j < expected.length; j++) {
                Coefficient c = fit.coefficients().get(j);
                assertEquals(expected[j], c.stdError(), tolerance * expected[j], set + " " + type + " " + c.name());
                assertEquals(c.estimate() / c.stdError(), c.statistic(), Tolerances.FEW_ROUNDINGS * Math.abs(c.statistic()));
            }
        }
    }

    @Test
    void logisticSpectorMatchesR() {
        check("sandwich-spector-r", Family.LOGISTIC, Tolerances.R_SANDWICH);
    }

    @Test
    void poissonIncomeMatchesR() {
        check("sandwich-poisson-r", Family.POISSON, Tolerances.R_SANDWICH);
    }

    @Test
    void linearLongleyMatchesR() {
        check("sandwich-longley-r", Family.LINEAR, Tolerances.R_SANDWICH_LONGLEY);
    }

    @Test
    void modelIsTheDefaultAndUnchanged() {
        RegressionModel m = model("spector.csv", Family.LOGISTIC, "GRADE ~ GPA + TUCE + PSI");
        FitReport plain = Fitter.fit(m, FitOptions.defaults());
        FitReport model = Fitter.fit(m, FitOptions.defaults().withStandardErrors(StandardErrors.MODEL));
        assertEquals(StandardErrors.MODEL, plain.se());
        for (int j = 0; j < m.p(); j++) {
            assertEquals(plain.coefficients().get(j).stdError(), model.coefficients().get(j).stdError(), Tolerances.EXACT);
        }
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        BadInputException e = assertThrows(BadInputException.class, () -> StandardErrors.fromCliName("hc4"));
        assertEquals(FittingMessages.UNKNOWN_STANDARD_ERRORS, e.key());
        assertTrue(e.getMessage().contains("model, hc0, hc1, hc2, hc3"), e.getMessage());
        assertEquals(StandardErrors.HC3, StandardErrors.fromCliName(" HC3 "));
    }

    @Test
    void firthRefusesTheSandwich() {
        RegressionModel m = model("spector.csv", Family.LOGISTIC, "GRADE ~ GPA + TUCE + PSI");
        BadInputException e = assertThrows(BadInputException.class, () -> Fitter.fit(m,
                FitOptions.defaults().withFirth(true).withStandardErrors(StandardErrors.HC0)));
        assertEquals(FittingMessages.SANDWICH_NOT_SUPPORTED, e.key());
    }
}
