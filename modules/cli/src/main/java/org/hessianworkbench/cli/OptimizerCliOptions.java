package org.hessianworkbench.cli;

import org.hessianworkbench.optimizers.MethodSettings;
import org.hessianworkbench.optimizers.OptimizerOptions;
import picocli.CommandLine.Option;

/** The options of the optimisers: tolerances, limits and method settings. */
final class OptimizerCliOptions {

    @Option(names = "--gtol", paramLabel = "TOL",
            description = "gradient-norm tolerance (fit: 1e-10, raised to the gradient's rounding floor; compare-optimizers: 1e-5, the Newton/BFGS tutorial's)")
    Double gtol;

    @Option(names = "--max-iterations", defaultValue = "1000", paramLabel = "N", description = "iteration limit (default ${DEFAULT-VALUE})")
    int maxIterations;

    @Option(names = "--armijo", defaultValue = "1e-4", paramLabel = "C",
            description = "Armijo constant c of the backtracking searches (default ${DEFAULT-VALUE}; the Newton/BFGS tutorial uses 0.4)")
    double armijo;

    @Option(names = "--shrink", defaultValue = "0.5", paramLabel = "F", description = "backtracking factor (default ${DEFAULT-VALUE})")
    double shrink;

    @Option(names = "--b0", defaultValue = "10", paramLabel = "S", description = "bfgs-b: initial approximation B0 = S * I (default ${DEFAULT-VALUE}, the Newton/BFGS tutorial's)")
    double b0;

    @Option(names = "--memory", defaultValue = "10", paramLabel = "M", description = "lbfgs: pairs kept (default ${DEFAULT-VALUE})")
    int memory;

    @Option(names = "--start", paramLabel = "POINT", description = "zeros, ones, or b1,b2,... (default: zeros; product models: quantbullet's start)")
    String start;

    OptimizerOptions limits(double defaultGtol) {
        return new OptimizerOptions(gtol == null ? defaultGtol : gtol, maxIterations);
    }

    MethodSettings settings() {
        return new MethodSettings(armijo, shrink, b0, memory);
    }
}
