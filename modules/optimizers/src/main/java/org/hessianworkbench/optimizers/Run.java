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
     * Changes of the loss smaller than this many times its rounding noise are noise. Near a minimum
     * the decrease a good step makes falls below it, and the line searches then judge steps by the
     * gradient instead (the approximate Wolfe conditions of Hager &amp; Zhang, SIAM J. Optim. 16(1), 2005).
     */
    static final double NOISE_FACTOR = 10;

    /**
     * The noise is measured again when the loss's magnitude has grown past this many times the scale
     * it was measured at: the noise of a sum grows with its terms, and a floor measured at the start
     * (a Poisson loss of 2000 at zero) is far below the noise at the minimum (-4.9e5 there).
     */
    static final double REMEASURE_GROWTH = 2;

    /**
     * Rounding floor of loss differences at the current iterate: {@link #NOISE_FACTOR} times the
     * larger of the measured noise ({@link NoiseEstimate}) and \(\epsilon\sum_i|f_i|\), measured at
     * the start and again when the loss has grown ({@link #REMEASURE_GROWTH}) or a line search fails.
     */
    double noiseFloor;

    /** \(\max(|f|, \sum_i|f_i|)\) where the noise was last measured. */
    private double measuredScale;

    /** Whether the method uses the Newton decrement under the scale-invariant rule. */
    private final boolean newtonType;

    /** The loss before the last accepted step (NaN before the first). */
    private double previousLoss = Double.NaN;

    /** The last squared Newton decrement computed (NaN if none). */
    private double decrement = Double.NaN;

    /** The last relative change of the loss and relative gradient computed (NaN if none). */
    private double relativeChange = Double.NaN;
    private double relativeGradient = Double.NaN;

    double[] x;
    double fx;
    double[] g;
    int iteration;

    Run(String name, Objective f, double[] start, OptimizerOptions options) {
        this(name, f, start, options, false);
    }

    /**
     * @param newtonType whether the method computes the Hessian at every iterate, so that the
     *                   scale-invariant rule tests the Newton decrement ({@link #checkDecrement})
     */
    Run(String name, Objective f, double[] start, OptimizerOptions options, boolean newtonType) {
        if (start.length != f.dimension()) {
            throw new IllegalArgumentException("start point has " + start.length + " values for "
                    + f.dimension() + " parameters");
        }
        this.name = name;
        this.f = f;
        this.options = options;
        this.newtonType = newtonType;
        this.x = start.clone();
        FirstOrder fg = valueAndGradient(x);
        this.fx = fg.value();
        this.g = fg.gradient();
        if (Double.isFinite(fx)) {
            measureNoise();
        }
        record(0, 0, 0);
    }

    /** Measures the rounding noise at the current iterate; returns whether the floor grew. */
    private boolean measureNoise() {
        double noise = NoiseEstimate.of(f, x);
        functionEvaluations += NoiseEstimate.EVALUATIONS;
        double terms = f.valueTermScale(x);
        functionEvaluations++;
        if (Double.isFinite(terms)) {
            noise = Math.max(noise, Math.ulp(1.0) * terms);
        }
        double old = noiseFloor;
        noiseFloor = NOISE_FACTOR * noise;
        measuredScale = Math.max(Math.abs(fx), Double.isFinite(terms) ? terms : 0);
        return noiseFloor > old;
    }

    /**
     * Measures the noise again at the current iterate (a line search found no step; the floor may
     * be stale). Returns whether it grew, so that the search is worth repeating.
     */
    boolean remeasureNoise() {
        return Double.isFinite(fx) && measureNoise();
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

    /**
     * The stop reason before an iteration, or null to go on: divergence; the gradient-norm rule; for
     * methods without the Newton decrement, the scale-invariant rule's relative change and relative
     * gradient; the iteration limit (for Newton-type methods under the scale-invariant rule the limit
     * is tested by {@link #checkDecrement}, after the decrement, so that a converged last iterate counts).
     */
    StopReason checkStop() {
        if (!Double.isFinite(fx) || !Matrices.allFinite(g)) {
            return StopReason.DIVERGED;
        }
        if (!options.scaleInvariantRule()) {
            if (gradientNorm() <= options.gtol()) {
                return StopReason.GTOL;
            }
        } else if (newtonType) {
            return null;
        } else if (relativeConverged()) {
            return StopReason.RELATIVE_CHANGE;
        }
        if (iteration >= options.maxIterations()) {
            return StopReason.MAX_ITERATIONS;
        }
        return null;
    }

    /**
     * Newton-type methods, with the Hessian at the current iterate: the scale-invariant rule's test of
     * the squared Newton decrement {@code lambda2} ({@link Convergence#newtonDecrement}), then the
     * iteration limit. Null to go on; always null under the gradient-norm rule.
     */
    StopReason checkDecrement(double lambda2) {
        if (!(newtonType && options.scaleInvariantRule())) {
            return null;
        }
        decrement = lambda2;
        if (Double.isFinite(lambda2) && Convergence.decrementSmall(lambda2, fx)) {
            return StopReason.NEWTON_DECREMENT;
        }
        if (iteration >= options.maxIterations()) {
            return StopReason.MAX_ITERATIONS;
        }
        return null;
    }

    /**
     * Why a Newton-type method stops when no step decreases the loss: converged to rounding when the
     * decrease the Newton step predicts, \(\lambda^2/2\), is below the loss's rounding floor at the
     * iterate (scale-invariant rule only), else no progress.
     */
    StopReason noStep() {
        if (newtonType && options.scaleInvariantRule() && Double.isFinite(decrement) && decrement / 2 <= noiseFloor) {
            return StopReason.ROUNDING_FLOOR;
        }
        return StopReason.NO_PROGRESS;
    }

    private boolean relativeConverged() {
        double[] typical = options.typicalScale();
        relativeGradient = Convergence.relativeGradient(g, x, typical, fx);
        if (Double.isNaN(previousLoss)) {
            return relativeGradient == 0;
        }
        relativeChange = Convergence.relativeChange(fx, previousLoss);
        if (!(relativeChange <= Convergence.RELATIVE_CHANGE_TOL)) {
            return false;
        }
        if (relativeGradient <= Convergence.RELATIVE_GRADIENT_TOL) {
            return true;
        }
        // below the tolerance only if the gradient's rounding at this iterate says it cannot be lower
        double[] terms = f.gradientTermScale(x);
        gradientEvaluations++;
        return relativeGradient <= Convergence.relativeGradientFloor(terms, x, typical, fx);
    }

    /** Accepts a new iterate and records it; {@code slope} is the old gradient times the direction. */
    void accept(double[] xNew, double fNew, double[] gNew, double step, double slope, int lineSearchEvaluations) {
        previousLoss = fx;
        decrement = Double.NaN;
        x = xNew.clone();
        fx = fNew;
        g = gNew.clone();
        iteration++;
        record(step, slope, lineSearchEvaluations);
        if (Double.isFinite(fx) && Math.abs(fx) > REMEASURE_GROWTH * measuredScale) {
            measureNoise();
        }
    }

    private void record(double step, double slope, int evaluations) {
        double seconds = (System.nanoTime() - started) * 1e-9;
        IterationRecord r = new IterationRecord(iteration, fx, gradientNorm(), step, slope, evaluations, seconds, x);
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
                gradientEvaluations, hessianEvaluations, hessianModifications, skippedUpdates, seconds, noiseFloor,
                decrement);
    }

    /** The standard message for a stop reason. */
    String describe(StopReason reason) {
        return switch (reason) {
            case GTOL -> String.format(Locale.ROOT, "gradient norm %.3e <= gtol %.1e after %d iterations",
                    gradientNorm(), options.gtol(), iteration);
            case NEWTON_DECREMENT -> String.format(Locale.ROOT,
                    "Newton decrement lambda^2/2 = %.3e <= %.0e * max(1, |f|) after %d iterations (gradient norm %.3e)",
                    decrement / 2, Convergence.DECREMENT_TOL, iteration, gradientNorm());
            case RELATIVE_CHANGE -> String.format(Locale.ROOT,
                    "relative change of the loss %.3e <= %.0e and relative gradient %.3e after %d iterations "
                            + "(gradient norm %.3e)", relativeChange, Convergence.RELATIVE_CHANGE_TOL,
                    relativeGradient, iteration, gradientNorm());
            case ROUNDING_FLOOR -> String.format(Locale.ROOT, "no step decreases the loss and the Newton decrement "
                            + "lambda^2/2 = %.3e is below the loss's rounding floor %.3e after %d iterations (gradient norm %.3e)",
                    decrement / 2, noiseFloor, iteration, gradientNorm());
            case MAX_ITERATIONS -> String.format(Locale.ROOT, "iteration limit %d reached with gradient norm %.3e%s",
                    options.maxIterations(), gradientNorm(), unmet());
            case NO_PROGRESS -> String.format(Locale.ROOT,
                    "no step along the search direction decreases the loss (gradient norm %.3e%s)", gradientNorm(),
                    unmet());
            case DIVERGED -> "the loss or gradient became non-finite";
        };
    }

    /** What the scale-invariant rule still lacked, for the messages of a run that did not converge. */
    private String unmet() {
        if (!options.scaleInvariantRule()) {
            return "";
        }
        if (newtonType) {
            return Double.isFinite(decrement) ? String.format(Locale.ROOT,
                    "; Newton decrement lambda^2/2 = %.3e, needs <= %.3e", decrement / 2,
                    Convergence.DECREMENT_TOL * Math.max(1, Math.abs(fx))) : "; the Hessian is not positive semi-definite";
        }
        if (Double.isNaN(relativeGradient)) {
            relativeGradient = Convergence.relativeGradient(g, x, options.typicalScale(), fx);
        }
        return String.format(Locale.ROOT, "; relative gradient %.3e, needs <= %.0e", relativeGradient,
                Convergence.RELATIVE_GRADIENT_TOL);
    }
}
