package org.hessianworkbench.report;

import java.util.Locale;
import org.hessianworkbench.optimizers.IterationRecord;
import org.hessianworkbench.optimizers.OptimizationResult;

/** An optimiser's trace as CSV: one row per iteration, numbers in full precision, decimal points. */
public final class TraceCsv {

    /** The header row. */
    public static final String HEADER = "optimizer,iteration,loss,gradient_norm,step_length,slope,line_search_evaluations,elapsed_seconds";

    private TraceCsv() {
    }

    /** The trace of one or more results, as CSV text. */
    public static String of(Iterable<OptimizationResult> results) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (OptimizationResult r : results) {
            for (IterationRecord t : r.trace()) {
                b.append(String.format(Locale.ROOT, "%s,%d,%s,%s,%s,%s,%d,%s%n", r.optimizer(), t.iteration(),
                        num(t.loss()), num(t.gradientNorm()), num(t.stepLength()), num(t.slope()),
                        t.lineSearchEvaluations(), num(t.elapsedSeconds())));
            }
        }
        return b.toString();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }
}
