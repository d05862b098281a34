package org.hessianworkbench.optimizers;

import java.util.List;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.models.LogisticLoss;
import org.hessianworkbench.testkit.TestData;

/**
 * The logistic problems of the two examples (the logistic-Hessian notebook and the Newton/BFGS
 * tutorial), read plainly from the testkit's data sets (numeric CSV, header row) for the optimiser tests.
 */
final class ExampleData {

    private ExampleData() {
    }

    /** Logistic objective on the data set {@code file}: response column {@code y}, covariates {@code xs}, no intercept. */
    static LinearPredictorObjective logistic(String file, String y, List<String> xs) {
        List<String> lines = TestData.lines(file);
        List<String> header = List.of(lines.get(0).split(","));
        int n = lines.size() - 1;
        double[][] x = new double[n][xs.size()];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",");
            r[i] = Double.parseDouble(f[header.indexOf(y)]);
            for (int j = 0; j < xs.size(); j++) {
                x[i][j] = Double.parseDouble(f[header.indexOf(xs.get(j))]);
            }
        }
        return LinearPredictorObjective.of(List.of(DesignBlock.of("", xs, x)), r, LogisticLoss.INSTANCE);
    }

    /**
     * Poisson objective on CSV text with a header: response {@code y}, an intercept column first,
     * then {@code xs}; each covariate multiplied by its entry of {@code scale} (null for ones).
     */
    static LinearPredictorObjective poisson(String csv, List<String> xs, double[] scale) {
        List<String> lines = csv.lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        int n = lines.size() - 1;
        double[][] x = new double[n][xs.size() + 1];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",");
            r[i] = Double.parseDouble(f[header.indexOf("y")]);
            x[i][0] = 1;
            for (int j = 0; j < xs.size(); j++) {
                x[i][j + 1] = Double.parseDouble(f[header.indexOf(xs.get(j))]) * (scale == null ? 1 : scale[j]);
            }
        }
        List<String> names = new java.util.ArrayList<>(List.of("(Intercept)"));
        names.addAll(xs);
        return LinearPredictorObjective.of(List.of(DesignBlock.of("", names, x)), r, org.hessianworkbench.models.PoissonLoss.INSTANCE);
    }

    /** The logistic-Hessian notebook: y ~ x1 + x2 - 1 on logistic_seed42.csv (10,000 rows). */
    static LinearPredictorObjective logisticNotebook() {
        return logistic("logistic_seed42.csv", "y", List.of("x1", "x2"));
    }

    /** The Newton/BFGS tutorial: Y ~ X1 + ... + X5 - 1 on newton_bfgs_200.csv (its stand-in data, 200 rows). */
    static LinearPredictorObjective newtonBfgsTutorial() {
        return logistic("newton_bfgs_200.csv", "Y", List.of("X1", "X2", "X3", "X4", "X5"));
    }
}
