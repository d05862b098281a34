package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.hessianworkbench.derivatives.HessianComparison;
import org.hessianworkbench.derivatives.HessianEstimate;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.models.product.ProductModel;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/** The library's entry point gives what the pipeline gives, by the routes a student takes in JShell. */
class WorkbenchTest {

    private static final Path SPECTOR = TestData.file("spector.csv");

    @Test
    void fitGivesThePipelinesFit() {
        DataSet data = Workbench.read(SPECTOR.toString());
        FitReport fit = Workbench.fit(data, "logistic", "GRADE ~ GPA + TUCE + PSI");
        ModelRequest request = ModelRequest.regression(SPECTOR, ModelKind.LOGISTIC.family(), "GRADE ~ GPA + TUCE + PSI",
                false);
        FitReport pipeline = Fitter.fit(request.loadRegression(), FitOptions.defaults());
        assertArrayEquals(pipeline.estimate(), fit.estimate(), Tolerances.EXACT);
        assertEquals(pipeline.coefficients(), fit.coefficients());
        assertEquals("GRADE ~ GPA + TUCE + PSI", fit.formula());
        assertEquals(SPECTOR.toString(), fit.source());
        assertEquals(ModelKind.LOGISTIC, fit.model());
    }

    @Test
    void hessiansOfTwoEnginesCompare() {
        RegressionModel m = Workbench.model(Workbench.read(SPECTOR), "logistic", "GRADE ~ GPA + TUCE + PSI");
        double[] b = Workbench.fit(m).estimate();
        HessianEstimate ad = Workbench.hessian(m, b, "ad");
        HessianEstimate analytic = Workbench.hessian(m, b, "analytic");
        assertTrue(Matrices.maxAbsDiff(ad.hessian(), analytic.hessian()) <= Tolerances.SUM_ROUNDING * Matrices.maxAbs(ad.hessian()));
        HessianComparison c = Workbench.compare(Workbench.hessian(m, b, "fd-central"), ad);
        assertTrue(c.agree(), c.toString());
        assertEquals("fd-central", c.method());
        assertTrue(ad.toString().startsWith("ad [["), ad.toString());
        assertTrue(m.toString().startsWith("logistic GRADE ~ GPA + TUCE + PSI on "), m.toString());
    }

    @Test
    void checkCompareOptimizersPredictAndDeriveRunThroughTheFacade() {
        RegressionModel m = Workbench.model(Workbench.read(SPECTOR), ModelKind.LOGISTIC, "GRADE ~ GPA");
        CheckReport check = Workbench.check(m);
        assertTrue(check.agree());
        assertEquals("estimate", check.pointLabel());
        OptimizerComparison c = Workbench.compareOptimizers(m, new double[m.p()], "newton", "bfgs");
        assertEquals(2, c.results().size());
        double[] b = check.point();
        double[] mu = Workbench.predict(m, b, Workbench.read(SPECTOR)).values();
        assertArrayEquals(m.fitted(b), mu, Tolerances.EXACT);
        assertEquals("sigmoid(b*x)*(1 - sigmoid(b*x))*x^2",
                org.hessianworkbench.symbolic.print.Printer.text(
                        Workbench.derive("-(y*log(sigmoid(b*x)) + (1-y)*log(1-sigmoid(b*x)))", 2, "b").hessian().get("b").get("b")));
    }

    @Test
    void aProductModelIsBuiltAndAFormulaModelIsNot() {
        DataSet data = DataSet.fromCsvText("inline", "x1,x2,y\n1,2,3\n2,1,2.5\n3,3,9\n1,1,1.2\n2,2,4.1\n3,1,3.2\n");
        LinkedHashMap<String, String> groups = new LinkedHashMap<>();
        groups.put("a", "x1");
        groups.put("b", "x2");
        ProductModel p = Workbench.productModel(data, "linear-product", "y", groups);
        assertEquals(4, p.p());
        assertEquals("y ~ a[x1] * b[x2]", p.description());
        assertThrows(IllegalArgumentException.class, () -> Workbench.model(data, ModelKind.LINEAR_PRODUCT, "y ~ x1"));
        assertThrows(BadInputException.class, () -> Workbench.model(data, "logit", "y ~ x1"));
    }
}
