package org.hessianworkbench.optimizers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.models.LogisticLoss;

/** The seeds' logistic problems, read plainly (numeric CSV, header row) for the optimiser tests. */
final class SeedData {

    private SeedData() {
    }

    /** Logistic objective on {@code file}: response column {@code y}, covariates {@code xs}, no intercept. */
    static LinearPredictorObjective logistic(String file, String y, List<String> xs) {
        try {
            List<String> lines = Files.readAllLines(Path.of("../../data", file));
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LinearPredictorObjective seed42() {
        return logistic("logistic_seed42.csv", "y", List.of("x1", "x2"));
    }

    static LinearPredictorObjective newtonBfgs200() {
        return logistic("newton_bfgs_200.csv", "Y", List.of("X1", "X2", "X3", "X4", "X5"));
    }
}
