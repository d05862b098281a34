package org.hessianworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * NIST Longley's \(X^\top X\): badly scaled (eigenvalues from 1.2e-7 to 2.8e12) but full rank. Before,
 * the symmetric eigensolver's absolute error (about \(\epsilon\lambda_{\max} = 6\cdot10^{-4}\)) made the
 * smallest eigenvalue 0 and the condition number infinite beside "positive definite"; now every
 * eigenvalue matches the 60-digit values (reference set longley-xtx-eigenvalues).
 */
class LongleyHessianTest {

    static double[][] crossProduct() {
        List<String> lines = TestData.lines("longley.csv");
        double[][] h = new double[7][7];
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double[] x = new double[7];
            x[0] = 1;
            for (int j = 1; j < 7; j++) {
                x[j] = Double.parseDouble(f[j + 1]);
            }
            for (int a = 0; a < 7; a++) {
                for (int b = 0; b < 7; b++) {
                    h[a][b] += x[a] * x[b];
                }
            }
        }
        return h;
    }

    @Test
    void everyEigenvalueToSixDigitsAndAFiniteConditionNumber() {
        ReferenceSet r = ReferenceSet.load("longley-xtx-eigenvalues");
        HessianDiagnostics d = HessianDiagnostics.of(crossProduct());
        assertTrue(d.positiveDefinite());
        assertEquals(0, d.nullDirectionCount());
        double[] expected = r.numbers("eigenvalues");
        double[] actual = d.eigenvalues();
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], Tolerances.JACOBI_EIGENVALUES * expected[k], "eigenvalue " + k);
        }
        double cond = r.number("condition-number");
        assertEquals(cond, d.conditionNumber(), Tolerances.JACOBI_EIGENVALUES * cond);
        assertTrue(d.scaledConditionNumber() > 1e9 && d.scaledConditionNumber() < 1e10,
                "the equilibrated matrix's condition number, about 1.9e9: " + d.scaledConditionNumber());
    }

    @Test
    void eigenvectorsOfTheAccurateRouteDiagonaliseTheMatrix() {
        double[][] h = crossProduct();
        HessianDiagnostics d = HessianDiagnostics.of(h);
        for (int k = 0; k < 7; k++) {
            double[] v = d.eigenvector(k);
            double[] hv = Matrices.multiply(h, v);
            double lambda = d.eigenvalues()[k];
            assertEquals(1, Matrices.norm(v), Tolerances.FEW_ROUNDINGS);
            for (int i = 0; i < 7; i++) {
                assertEquals(lambda * v[i], hv[i], 1e-9 * d.maxEigenvalue(), "H v = lambda v, eigenvalue " + k);
            }
        }
    }
}
