package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.testkit.TestData;
import org.junit.jupiter.api.Test;

/** What a fit refuses, by key, in words that name no command-line flag. */
class FitterTest {

    private static final Path SPECTOR = TestData.file("spector.csv");

    private static final ModelRequest LOGISTIC = ModelRequest.regression(SPECTOR, Family.LOGISTIC, "GRADE ~ GPA",
            false);

    private static BadInputException refused(FitOptions options) {
        RegressionModel m = LOGISTIC.loadRegression();
        return assertThrows(BadInputException.class, () -> Fitter.fit(m, options));
    }

    @Test
    void anUnknownOptimizerListsTheKnownOnesAndQr() {
        BadInputException e = refused(FitOptions.defaults().withOptimizer("magic"));
        assertEquals(FittingMessages.UNKNOWN_OPTIMIZER_OR_QR, e.key());
        assertEquals("unknown optimizer 'magic' (known: newton, newton-pure, bfgs, bfgs-b, lbfgs, trust-region,"
                + " gradient-descent, hipparchus-cg), or qr for the linear model", e.getMessage());
    }

    @Test
    void leastSquaresIsForTheLinearModelOnly() {
        assertEquals(FittingMessages.QR_NOT_LINEAR, refused(FitOptions.defaults().withOptimizer("qr")).key());
    }

    @Test
    void aStartPointOfTheWrongLengthIsRefusedBeforeFitting() {
        BadInputException e = refused(FitOptions.defaults().withStart(new double[] {1, 2, 3}));
        assertEquals(FittingMessages.START_POINT_LENGTH, e.key());
        assertEquals("the start point has 3 values, the model has 2 parameters ((Intercept), GPA)", e.getMessage());
    }

    @Test
    void requestsSpeakOfFormulasResponsesAndGroups() {
        LinkedHashMap<String, String> groups = new LinkedHashMap<>();
        groups.put("x1", "x1");
        BadInputException noFormula = assertThrows(BadInputException.class,
                () -> ModelRequest.regression(SPECTOR, Family.LOGISTIC, null, false).loadRegression());
        assertEquals(FittingMessages.FORMULA_MISSING, noFormula.key());
        assertEquals("model 'logistic' needs a formula \"response ~ terms\"", noFormula.getMessage());
        BadInputException noGroups = assertThrows(BadInputException.class, () -> ModelRequest.product(SPECTOR,
                ModelKind.LINEAR_PRODUCT, "GRADE", new LinkedHashMap<>(), 1e-3, false).loadProduct());
        assertEquals(FittingMessages.PRODUCT_INPUTS_MISSING, noGroups.key());
        BadInputException withFormula = assertThrows(BadInputException.class, () -> new ModelRequest(SPECTOR,
                ModelKind.LINEAR_PRODUCT, "GRADE ~ GPA", "GRADE", groups, 1e-3, false).loadProduct());
        assertEquals(FittingMessages.FORMULA_FOR_PRODUCT_MODEL, withFormula.key());
        BadInputException withGroups = assertThrows(BadInputException.class, () -> new ModelRequest(SPECTOR,
                ModelKind.LOGISTIC, "GRADE ~ GPA", "GRADE", groups, 1e-3, false).loadRegression());
        assertEquals(FittingMessages.PRODUCT_INPUTS_FOR_FORMULA_MODEL, withGroups.key());
        for (BadInputException e : new BadInputException[] {noFormula, noGroups, withFormula, withGroups}) {
            assertFalse(e.getMessage().contains("--"), e.getMessage());
        }
    }
}
