package org.hessianworkbench.derivatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HessianDiagnosticsTest {

    @Test
    void singularMatrixHasItsNullDirectionNamed() {
        // rank one: v v' with v = (1, 2); null direction (2, -1)/sqrt 5
        double[][] h = {{1, 2}, {2, 4}};
        HessianDiagnostics d = HessianDiagnostics.of(h);
        assertEquals(HessianDiagnostics.Definiteness.SINGULAR, d.definiteness());
        assertEquals(1, d.nullDirectionCount());
        double[] u = d.nullDirection(0);
        assertEquals(1.0, Math.abs(u[0] * 2 - u[1]) / Math.sqrt(5), 1e-12);
        assertFalse(d.positiveDefinite());
        assertTrue(d.conditionNumber() > 1e15);
    }

    @Test
    void indefiniteMatrixIsNotAMinimum() {
        HessianDiagnostics d = HessianDiagnostics.of(new double[][] {{1, 0}, {0, -3}});
        assertEquals(HessianDiagnostics.Definiteness.INDEFINITE, d.definiteness());
        assertEquals(-3, d.minEigenvalue(), 0);
    }

    @Test
    void badlyScaledButIdentifiableIsPositiveDefinite() {
        // covariates in very different units: diag(1e12, 1e-6) is well conditioned after equilibration
        HessianDiagnostics d = HessianDiagnostics.of(new double[][] {{1e12, 1}, {1, 1e-6}});
        assertTrue(d.positiveDefinite());
        assertEquals(0, d.nullDirectionCount());
        assertTrue(d.conditionNumber() > 1e17);
    }

    @Test
    void nonFiniteEntriesAreReportedNotDecomposed() {
        HessianDiagnostics d = HessianDiagnostics.of(new double[][] {{Double.NaN, 0}, {0, 1}});
        assertEquals(HessianDiagnostics.Definiteness.NOT_FINITE, d.definiteness());
        assertTrue(Double.isNaN(d.minEigenvalue()));
    }

    @Test
    void asymmetryIsMeasuredBeforeSymmetrising() {
        assertEquals(0.5, HessianDiagnostics.of(new double[][] {{2, 1}, {1.5, 2}}).asymmetry(), 0);
    }

    @Test
    void comparisonIsRelativeToTheReference() {
        HessianComparison c = HessianComparison.of("a", new double[][] {{101}}, "b", new double[][] {{100}}, 0.02);
        assertEquals(1, c.maxAbsDiff(), 1e-12);
        assertEquals(0.01, c.maxRelDiff(), 1e-12);
        assertTrue(c.agree());
        assertFalse(HessianComparison.of("a", new double[][] {{Double.NaN}}, "b", new double[][] {{1}}, 1).agree());
    }
}
