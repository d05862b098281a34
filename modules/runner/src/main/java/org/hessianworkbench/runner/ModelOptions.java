package org.hessianworkbench.runner;

import java.nio.file.Path;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.runner.fitting.ModelRequest;
import picocli.CommandLine.Option;

/** The options that name a model on data: {@code --data}, {@code --model}, {@code --formula}. */
final class ModelOptions {

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV file (comma, semicolon, tab or whitespace; .gz accepted)")
    Path data;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "logistic, poisson or linear")
    String model;

    @Option(names = "--formula", required = true, paramLabel = "FORMULA", description = "R formula, e.g. \"admit ~ gre + gpa + rank\"")
    String formula;

    @Option(names = "--drop-missing", description = "drop rows with a missing value in a column the formula uses")
    boolean dropMissing;

    @Option(names = "--verbose", description = "log the optimiser's iterations (Log4j 2 DEBUG) to stderr")
    void verbose(boolean v) {
        if (v) {
            Workbench.Verbosity.enable();
        }
    }

    ModelRequest request() {
        return new ModelRequest(data, Family.fromCliName(model), formula, dropMissing);
    }
}
