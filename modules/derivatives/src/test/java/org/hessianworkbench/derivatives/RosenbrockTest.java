package org.hessianworkbench.derivatives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/** Every engine against the Rosenbrock closed form (an independent route). */
class RosenbrockTest {

    private final Rosenbrock f = new Rosenbrock();
    private final double[] x = {-1.2, 1.0};

    @Test
    void automaticDerivativesMatchClosedForm() {
        SecondOrder ad = f.automaticHessian(x);
        assertEquals(24.2, f.value(x), 1e-12);
        assertEquals(f.value(x), ad.value(), 1e-12);
        assertArrayEquals(f.gradient(x), ad.gradient(), Tolerances.AD_VS_CLOSED_FORM * 1000);
        HessianComparison c = HessianComparison.of("ad", ad.hessian(), "closed-form", f.hessian(x), Tolerances.AD_VS_CLOSED_FORM);
        assertTrue(c.agree(), c.toString());
        assertArrayEquals(f.gradient(x), f.automaticGradient(x).gradient(), 1e-10);
    }

    @Test
    void finiteDifferencesAgreeWithinTheirTolerances() {
        double[][] exact = f.hessian(x);
        for (HessianMethod m : new HessianMethod[] {HessianMethod.FD_CENTRAL, HessianMethod.FD_RICHARDSON}) {
            HessianEstimate e = m.compute(f, x);
            HessianComparison c = HessianComparison.of(m.cliName(), e.hessian(), "closed-form", exact, m.tolerance());
            assertTrue(c.agree(), c.toString());
            double[][] err = e.errorEstimate();
            double[][] h = e.hessian();
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    assertTrue(Math.abs(h[i][j] - exact[i][j]) <= err[i][j] + 1e-12 * Matrices.maxAbs(exact),
                            m + " entry " + i + "," + j + " error " + Math.abs(h[i][j] - exact[i][j])
                                    + " above estimate " + err[i][j]);
                }
            }
        }
    }

    @Test
    void richardsonIsExactForAPolynomialOfDegreeFour() {
        // the gradient is a cubic: central differences have only an h^2 term, removed by one extrapolation
        HessianEstimate e = FiniteDifferences.richardson(f, x);
        assertTrue(HessianComparison.of("r", e.hessian(), "exact", f.hessian(x), 1e-11).agree());
    }

    @Test
    void nestedSchemeIsWithinItsRoundoffEstimate() {
        HessianEstimate e = FiniteDifferences.nested(f, x, FiniteDifferences.NOTEBOOK_EPS);
        double diff = Matrices.maxAbsDiff(e.hessian(), f.hessian(x));
        assertTrue(diff <= 10 * e.maxErrorEstimate(), diff + " vs estimate " + e.maxErrorEstimate());
        assertTrue(diff > 0, "nested differences are not exact");
    }

    @Test
    void diagnosesTheMinimumAsPositiveDefinite() {
        HessianDiagnostics d = HessianDiagnostics.of(f.hessian(new double[] {1, 1}));
        assertEquals(HessianDiagnostics.Definiteness.POSITIVE_DEFINITE, d.definiteness());
        // eigenvalues of [[802, -400], [-400, 200]]: 501 -+ sqrt(301^2 + 400^2)
        double r = Math.hypot(301, 400);
        assertEquals(501 - r, d.minEigenvalue(), 1e-10);
        assertEquals(501 + r, d.maxEigenvalue(), 1e-10);
        assertEquals((501 + r) / (501 - r), d.conditionNumber(), 1e-6);
    }
}
