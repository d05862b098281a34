package org.hessianworkbench.fitting;

import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.Objective;
import org.hessianworkbench.optimizers.MethodSettings;
import org.hessianworkbench.optimizers.OptimizationResult;
import org.hessianworkbench.optimizers.OptimizerOptions;
import org.hessianworkbench.optimizers.Optimizers;

/**
 * Several optimisers on one objective from one start point. The best estimate is the final point
 * with the lowest loss among the runs that converged (among all runs when none did); each run's
 * distance to it is reported. Instances are immutable.
 *
 * @param results   one result per optimiser, in the order asked
 * @param best      the best estimate
 * @param distances Euclidean distance of each result's estimate to the best
 */
public record OptimizerComparison(List<OptimizationResult> results, double[] best, double[] distances) {

    /** The optimisers compared by default (the list). */
    public static final List<String> DEFAULT = List.of("newton", "bfgs", "bfgs-b", "lbfgs", "trust-region",
            "gradient-descent", "hipparchus-cg");

    /** Defensive copies in. */
    public OptimizerComparison {
        results = List.copyOf(results);
        best = best.clone();
        distances = distances.clone();
    }

    /** The best estimate (a copy). */
    @Override
    public double[] best() {
        return best.clone();
    }

    /** The distances (a copy). */
    @Override
    public double[] distances() {
        return distances.clone();
    }

    /**
     * Runs each named optimiser.
     *
     * @throws BadInputException for an unknown name
     */
    public static OptimizerComparison run(Objective f, List<String> names, double[] start, OptimizerOptions options,
                                          MethodSettings settings) {
        List<OptimizationResult> results = new ArrayList<>();
        for (String name : names) {
            results.add(Optimizers.byName(name, settings).minimize(f, start, options));
        }
        OptimizationResult best = null;
        for (OptimizationResult r : results) {
            boolean better = best == null || (r.converged() && !best.converged())
                    || (r.converged() == best.converged() && r.loss() < best.loss());
            if (better) {
                best = r;
            }
        }
        double[] b = best.estimate();
        double[] distances = new double[results.size()];
        for (int k = 0; k < distances.length; k++) {
            double[] e = results.get(k).estimate();
            double[] d = new double[e.length];
            for (int i = 0; i < e.length; i++) {
                d[i] = e[i] - b[i];
            }
            distances[k] = Matrices.norm(d);
        }
        return new OptimizerComparison(results, b, distances);
    }
}
