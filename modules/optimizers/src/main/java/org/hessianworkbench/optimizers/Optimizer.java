package org.hessianworkbench.optimizers;

import org.hessianworkbench.derivatives.Objective;

/** A minimiser of an {@link Objective}. Implementations are immutable and thread-safe. */
public interface Optimizer {

    /** The name used on the command line. */
    String name();

    /**
     * Minimises {@code f} from {@code start}. Numerical failure (divergence, no progress) is a
     * result with its {@link StopReason}, never an exception.
     *
     * @param f     the objective
     * @param start the start point; not modified
     * @param options tolerances and limits
     * @return the result with its trace
     */
    OptimizationResult minimize(Objective f, double[] start, OptimizerOptions options);
}
