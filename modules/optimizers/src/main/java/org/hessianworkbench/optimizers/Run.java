package org.hessianworkbench.optimizers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.hessianworkbench.derivatives.FirstOrder;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.NoiseEstimate;
import org.hessianworkbench.derivatives.SecondOrder;
import org.hessianworkbench.derivatives.Objective;

/**
 * The bookkeeping of one optimiser run: counts evaluations, keeps the current point and the trace,
 * logs each iteration at DEBUG, and builds the result. Not thread-safe; one per run.
 */
final class Run {

    private static final Logger LOG = LogManager.getLogger(Run.class);

    private final String name;
    private final Objective f;
    private final OptimizerOptions options;
    private final long started = System.nanoTime();
    private final List<IterationRecord> trace = new ArrayList<>();
    int functionEvaluations;
    int gradientEvaluations;
    int hessianEvaluations;
    int hessianModifications;
    int skippedUpdates;

    /**
     * Changes of the loss smaller than this many times its measured rounding noise
     * ({@link NoiseEstimate}, at the start point) are noise. Near a minimum the decrease a good step
     * makes falls below it, and the line searches then judge steps by the gradient instead (the
     * approximate Wolfe conditions of Hager &amp; Zhang, SIAM J. Optim. 16(1), 2005).
     */
    static final double NOISE_FACTOR = 10;

    /** Rounding floor of loss differences for this run. */
    final double noiseFloor;

    double[] x;
    double fx;
    double[] g;
    int iteration;

    Run(String name, Objective f, double[] start, OptimizerOptions options) {
        if (start.length != f.dimension()) {
            throw new IllegalArgumentException("start point has " + start.length + " values for "
                    + f.dimension() + " parameters");
        }
        this.name = name;
        this.f = f;
        this.options = options;
        this.x = start.clone();
        FirstOrder fg = valueAndGradient(x);
        this.fx = fg.value();
        this.g = fg.gradient();
        double noise = 0;
        if (Double.isFinite(fx)) {
            noise = NoiseEstimate.of(f, x);
            functionEvaluations += NoiseEstimate.EVALUATIONS;
        }
        this.noiseFloor = NOISE_FACTOR * noise;
        record(0, 0, 0);
    }

    double value(double[] point) {
        functionEvaluations++;
        return f.value(point);
    }

    FirstOrder valueAndGradient(double[] point) {
        functionEvaluations++;
        gradientEvaluations++;
        return f.valueAndGradient(point);
    }

    SecondOrder secondOrder(double[] point) {
        functionEvaluations++;
        gradientEvaluations++;
        hessianEvaluations++;
        return f.secondOrder(point);
    }

    double[][] hessian(double[] point) {
        hessianEvaluations++;
        return f.hessian(point);
    }

    double gradientNorm() {
        return Matrices.norm(g);
    }

    /** The stop reason before an iteration, or null to go on. */
    StopReason checkStop() {
        if (!Double.isFinite(fx) || !Matrices.allFinite(g)) {
            return StopReason.DIVERGED;
        }
        if (gradientNorm() <= options.gtol()) {
            return StopReason.GTOL;
        }
        if (iteration >= options.maxIterations()) {
            return StopReason.MAX_ITERATIONS;
        }
        return null;
    }

    /** Accepts a new iterate and records it; {@code slope} is the old gradient times the direction. */
    void accept(double[] xNew, double fNew, double[] gNew, double step, double slope, int lineSearchEvaluations) {
        x = xNew.clone();
        fx = fNew;
        g = gNew.clone();
        iteration++;
        record(step, slope, lineSearchEvaluations);
    }

    private void record(double step, double slope, int evaluations) {
        double seconds = (System.nanoTime() - started) * 1e-9;
        IterationRecord r = new IterationRecord(iteration, fx, gradientNorm(), step, slope, evaluations, seconds);
        trace.add(r);
        if (LOG.isDebugEnabled()) {
            LOG.debug(String.format(Locale.ROOT, "%s iteration %d: loss %.10g, |g| %.3e, step %.3g, line-search evaluations %d",
                    name, iteration, fx, r.gradientNorm(), step, evaluations));
        }
    }

    OptimizationResult finish(StopReason reason, String message) {
        double seconds = (System.nanoTime() - started) * 1e-9;
        LOG.debug("{} stopped after {} iterations: {} ({})", name, iteration, reason, message);
        return new OptimizationResult(name, x, fx, g, iteration, reason, message, trace, functionEvaluations,
                gradientEvaluations, hessianEvaluations, hessianModifications, skippedUpdates, seconds, noiseFloor);
    }

    /** The standard message for a stop reason. */
    String describe(StopReason reason) {
        return switch (reason) {
            case GTOL -> String.format(Locale.ROOT, "gradient norm %.3e <= gtol %.1e after %d iterations",
                    gradientNorm(), options.gtol(), iteration);
            case MAX_ITERATIONS -> String.format(Locale.ROOT, "iteration limit %d reached with gradient norm %.3e",
                    options.maxIterations(), gradientNorm());
            case NO_PROGRESS -> String.format(Locale.ROOT,
                    "no step along the search direction decreases the loss (gradient norm %.3e)", gradientNorm());
            case DIVERGED -> "the loss or gradient became non-finite";
        };
    }
}
