package org.hessianworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.derivatives.DesignBlock;
import org.junit.jupiter.api.Test;

/** NIST StRD Longley: certified coefficients and standard errors (src/test/resources/longley-certified.txt). */
class LongleyTest {

    /** The issue asks for at least 9 significant digits of the certified values. */
    private static final double NINE_DIGITS = 1e-9;

    @Test
    void certifiedValuesToNineDigits() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../../data/longley.csv"));
        int n = lines.size() - 1;
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
        List<double[]> certified = certified();
        double[] b = fit.estimate();
        assertTrue(fit.covariance().available());
        double[] se = ((CovarianceResult.Available) fit.covariance()).standardErrors();
        for (int j = 0; j < 7; j++) {
            double[] c = certified.get(j);
            assertEquals(c[0], b[j], NINE_DIGITS * Math.abs(c[0]), "coefficient " + j);
            assertEquals(c[1], se[j], NINE_DIGITS * Math.abs(c[1]), "standard error " + j);
        }
        assertEquals(304.854073561965, Math.sqrt(fit.sigma2()), NINE_DIGITS * 304.85);
        assertEquals(9, fit.df());
    }

    private static List<double[]> certified() throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/longley-certified.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            rows.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
        return rows;
    }
}
