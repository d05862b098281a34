package org.hessianworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.junit.jupiter.api.Test;

class CovariancesTest {

    @Test
    void inverseOfAPositiveDefiniteMatrixInClosedForm() {
        // [[4, 2], [2, 3]]^-1 = [[3, -2], [-2, 4]] / 8
        CovarianceResult r = Covariances.fromHessian(new double[][] {{4, 2}, {2, 3}}, 2.0);
        assertTrue(r.available());
        double[][] c = ((CovarianceResult.Available) r).covariance();
        assertEquals(2 * 3 / 8.0, c[0][0], 1e-15);
        assertEquals(2 * -2 / 8.0, c[0][1], 1e-15);
        assertEquals(2 * 4 / 8.0, c[1][1], 1e-15);
    }

    @Test
    void singularHessianIsDiagnosedNotInverted() {
        CovarianceResult r = Covariances.fromHessian(new double[][] {{1, 1}, {1, 1}}, 1);
        assertFalse(r.available());
        assertEquals(HessianDiagnostics.Definiteness.SINGULAR, r.diagnostics().definiteness());
        assertTrue(((CovarianceResult.Unavailable) r).explanation().contains("1 null direction"));
        List<Coefficient> rows = Wald.table(List.of("a", "b"), new double[] {1, 2}, r, Statistic.z(), 1.96);
        assertFalse(rows.get(0).hasStdError());
        assertEquals(2, rows.get(1).estimate());
    }

    @Test
    void indefiniteHessianIsNotAMinimum() {
        CovarianceResult r = Covariances.fromHessian(new double[][] {{1, 2}, {2, 1}}, 1);
        assertFalse(r.available());
        assertTrue(((CovarianceResult.Unavailable) r).explanation().contains("indefinite"));
    }

    @Test
    void waldRowFromItsParts() {
        CovarianceResult r = Covariances.fromHessian(new double[][] {{4}}, 1); // SE = 0.5
        Coefficient c = Wald.table(List.of("b"), new double[] {1.0}, r, Statistic.z(), 1.96).get(0);
        assertEquals(0.5, c.stdError(), 1e-15);
        assertEquals(2.0, c.statistic(), 1e-15);
        assertEquals(0.04550026389635842, c.pValue(), 1e-14); // scipy: 2 * norm.cdf(-2)
        assertEquals(1 - 0.98, c.ciLow(), 1e-15);
        assertEquals(1 + 0.98, c.ciHigh(), 1e-15);
    }
}
