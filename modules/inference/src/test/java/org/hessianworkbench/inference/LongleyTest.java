package org.hessianworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/** NIST StRD Longley: certified coefficients and standard errors (the testkit's reference set longley-nist). */
class LongleyTest {

    @Test
    void certifiedValuesToNineDigits() {
        ReferenceSet certified = ReferenceSet.load("longley-nist");
        List<String> lines = TestData.lines(certified.text("data"));
        int n = lines.size() - 1;
        assertEquals(certified.integer("observations"), n);
        double[][] x = new double[n][7];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",");
            y[i] = Double.parseDouble(f[1]);
            x[i][0] = 1;
            for (int j = 1; j < 7; j++) {
                x[i][j] = Double.parseDouble(f[j + 1]);
            }
        }
        LeastSquares.Fit fit = LeastSquares.fit(DesignBlock.of("", List.of("a", "b", "c", "d", "e", "f", "g"), x), y);
        double[] b = fit.estimate();
        assertTrue(fit.covariance().available());
        double[] se = ((CovarianceResult.Available) fit.covariance()).standardErrors();
        List<ReferenceSet.Coefficient> c = certified.coefficients();
        assertEquals(7, c.size());
        for (int j = 0; j < 7; j++) {
            assertEquals(c.get(j).estimate(), b[j], Tolerances.NINE_DIGITS * Math.abs(c.get(j).estimate()), "coefficient " + c.get(j).term());
            assertEquals(c.get(j).stdError(), se[j], Tolerances.NINE_DIGITS * Math.abs(c.get(j).stdError()), "standard error " + c.get(j).term());
        }
        double sigma = certified.number("residual-sd");
        assertEquals(sigma, Math.sqrt(fit.sigma2()), Tolerances.NINE_DIGITS * 304.85);
        assertEquals(certified.integer("residual-df"), fit.df());
    }
}
