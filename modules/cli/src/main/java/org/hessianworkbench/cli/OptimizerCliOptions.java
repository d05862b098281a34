package org.hessianworkbench.cli;

import org.hessianworkbench.optimizers.MethodSettings;
import org.hessianworkbench.optimizers.OptimizerOptions;
import picocli.CommandLine.Option;

/** The options of the optimisers: tolerances, limits and method settings. */
final class OptimizerCliOptions {

    @Option(names = "--gtol", paramLabel = "TOL",
            description = "stop when the gradient norm is at most TOL (fit: raised to the gradient's rounding floor; "
                    + "without it fit stops by a scale-invariant rule; compare-optimizers: 1e-5, the Newton/BFGS tutorial's)")
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

    /** The gradient-norm rule with {@code --gtol} when given, else {@code defaults}; the iteration limit. */
    OptimizerOptions limits(OptimizerOptions defaults) {
        OptimizerOptions o = defaults.withMaxIterations(maxIterations);
        return gtol == null ? o : o.withGtol(gtol);
    }

    MethodSettings settings() {
        return new MethodSettings(armijo, shrink, b0, memory);
    }
}
