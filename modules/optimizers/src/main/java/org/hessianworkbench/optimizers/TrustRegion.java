package org.hessianworkbench.optimizers;

import org.hessianworkbench.derivatives.FirstOrder;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.Objective;
import org.hessianworkbench.derivatives.SecondOrder;

/**
 * Trust-region Newton with the exact Hessian and the Steihaug conjugate-gradient subproblem: CG on
 * \(H p = -\nabla f\) from \(p = 0\), stopped at the boundary \(\|p\| = \Delta\), at a direction of
 * negative curvature (followed to the boundary), or when the residual is below
 * \(\min(0.5, \sqrt{\|\nabla f\|})\|\nabla f\|\) (superlinear convergence). A step is accepted when the
 * ratio \(\rho\) of actual to predicted decrease exceeds 1e-4; \(\Delta\) shrinks to \(\|p\|/4\) when
 * \(\rho < 1/4\) and doubles when \(\rho > 3/4\) at the boundary; it starts at the length of the Cauchy step. It needs no positive-definite Hessian:
 * the method of choice for non-convex losses. The trust region is scaled by
 * \(D = \mathrm{diag}(\sqrt{|H_{ii}|})\) (kept at its largest so far), so badly scaled parameters do
 * not force tiny steps; the step length reported is \(\|Dp\|\). Rejected trials are counted in the
 * next accepted iteration's evaluations. Reference: Nocedal &amp; Wright (2006), Algorithms 4.1 and 7.2.
 * Instances are immutable.
 */
public final class TrustRegion implements Optimizer {

    private TrustRegion() {
    }

    /** The trust region (it has no settings). */
    public static TrustRegion withDefaults() {
        return new TrustRegion();
    }


    /** Largest radius. */
    static final double MAX_RADIUS = 1e10;

    /** Smallest \(\rho\) for acceptance. */
    static final double ACCEPT = 1e-4;

    @Override
    public String name() {
        return "trust-region";
    }

    @Override
    public OptimizationResult minimize(Objective f, double[] start, OptimizerOptions options) {
        Run run = new Run(name(), f, start, options, true);
        double radius = Double.NaN;
        double lambda2 = Double.NaN;
        boolean decrementKnown = false;
        int trials = 0;
        double[][] h = null;
        double[] scale = null;
        while (true) {
            StopReason stop = run.checkStop();
            if (stop != null) {
                return run.finish(stop, run.describe(stop));
            }
            if (h == null) {
                h = run.hessian(run.x);
            }
            if (!Matrices.allFinite(h)) {
                return run.finish(StopReason.DIVERGED, "the Hessian became non-finite");
            }
            if (!decrementKnown && options.scaleInvariantRule()) {
                // once per iterate: rejected trials keep the point and its Hessian
                lambda2 = Convergence.newtonDecrement(h, run.g);
                decrementKnown = true;
            }
            stop = run.checkDecrement(lambda2);
            if (stop != null) {
                return run.finish(stop, run.describe(stop));
            }
            if (scale == null) {
                scale = new double[h.length];
            }
            for (int i = 0; i < h.length; i++) {
                // Moré's scaling: never shrinks, so the trust region's shape settles
                scale[i] = Math.max(scale[i], Math.sqrt(Math.abs(h[i][i])));
                if (!(scale[i] > 0)) {
                    scale[i] = 1;
                }
            }
            if (Double.isNaN(radius)) {
                radius = cauchyLength(h, run.g, scale);
            }
            double[] step = scaledSteihaug(h, run.g, radius, scale);
            double norm = scaledNorm(step, scale);
            double[] hp = Matrices.multiply(h, step);
            double slope = Matrices.dot(run.g, step);
            double predicted = -(slope + 0.5 * Matrices.dot(step, hp));
            double[] next = LineSearch.along(run.x, 1, step);
            double fNext = run.value(next);
            trials++;
            double rho = Double.isFinite(fNext) && predicted > 0 ? (run.fx - fNext) / predicted : Double.NEGATIVE_INFINITY;
            if (rho < 0.25) {
                radius = 0.25 * norm;
            } else if (rho > 0.75 && norm >= 0.99 * radius) {
                radius = Math.min(2 * radius, MAX_RADIUS);
            }
            FirstOrder atNext = null;
            if (!(rho > ACCEPT) && predicted > 0 && predicted <= run.noiseFloor && fNext <= run.fx + run.noiseFloor) {
                // the decrease is below the loss's rounding: judge the step by the gradient instead
                atNext = run.valueAndGradient(next);
                if (Matrices.norm(atNext.gradient()) < run.gradientNorm()) {
                    rho = 1;
                }
            }
            if (rho > ACCEPT) {
                // value, gradient and the next Hessian in one pass over the data
                SecondOrder at = run.secondOrder(next);
                run.accept(next, at.value(), at.gradient(), norm, slope, trials);
                trials = 0;
                h = at.hessian();
                decrementKnown = false;
            } else if (radius < 1e-15 * Math.max(1, scaledNorm(run.x, scale)) || !(predicted > 0)) {
                if (run.remeasureNoise()) {
                    // the floor was stale: start again from the Cauchy step with the new floor
                    radius = cauchyLength(h, run.g, scale);
                    continue;
                }
                StopReason why = run.noStep();
                return run.finish(why, run.describe(why));
            }
        }
    }

    /**
     * Steihaug-CG in the scaled variables \(z = D p\): the trust region is the ellipsoid
     * \(\|Dp\| \le \Delta\), which makes the method invariant to the units of the parameters
     * (Moré, "Recent developments in algorithms and software for trust region methods", 1983).
     */
    static double[] scaledSteihaug(double[][] h, double[] g, double radius, double[] d) {
        int p = g.length;
        double[][] hs = new double[p][p];
        double[] gs = new double[p];
        for (int i = 0; i < p; i++) {
            gs[i] = g[i] / d[i];
            for (int j = 0; j < p; j++) {
                hs[i][j] = h[i][j] / (d[i] * d[j]);
            }
        }
        double[] z = steihaug(hs, gs, radius);
        for (int i = 0; i < p; i++) {
            z[i] /= d[i];
        }
        return z;
    }

    /**
     * The initial radius: the scaled length of the Cauchy step, \(\|\tilde g\|^3 / |\tilde g^\top\tilde H\tilde g|\)
     * in the scaled variables (the minimiser of the model along the steepest-descent direction), 1
     * when that is not finite.
     */
    static double cauchyLength(double[][] h, double[] g, double[] d) {
        int p = g.length;
        double[] gs = new double[p];
        for (int i = 0; i < p; i++) {
            gs[i] = g[i] / d[i];
        }
        double ghg = 0;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                ghg += gs[i] * h[i][j] / (d[i] * d[j]) * gs[j];
            }
        }
        double gg = Matrices.norm(gs);
        double length = gg * gg * gg / Math.abs(ghg);
        return Double.isFinite(length) && length > 0 ? length : 1;
    }

    /** \(\|D v\|\). */
    static double scaledNorm(double[] v, double[] d) {
        double[] w = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            w[i] = d[i] * v[i];
        }
        return Matrices.norm(w);
    }

    /** Steihaug-CG approximate minimiser of \(g^\top p + \tfrac12 p^\top H p\) within \(\|p\| \le \Delta\). */
    static double[] steihaug(double[][] h, double[] g, double radius) {
        int p = g.length;
        double[] z = new double[p];
        double[] r = g.clone();
        double[] d = new double[p];
        for (int i = 0; i < p; i++) {
            d[i] = -r[i];
        }
        double gNorm = Matrices.norm(g);
        double tol = Math.min(0.5, Math.sqrt(gNorm)) * gNorm;
        double rr = Matrices.dot(r, r);
        for (int j = 0; j < 2 * p + 10; j++) {
            double[] hd = Matrices.multiply(h, d);
            double dhd = Matrices.dot(d, hd);
            if (dhd <= 0) {
                return toBoundary(z, d, radius);
            }
            double alpha = rr / dhd;
            double[] zNext = LineSearch.along(z, alpha, d);
            if (Matrices.norm(zNext) >= radius) {
                return toBoundary(z, d, radius);
            }
            for (int i = 0; i < p; i++) {
                r[i] += alpha * hd[i];
            }
            double rrNext = Matrices.dot(r, r);
            z = zNext;
            if (Math.sqrt(rrNext) < tol) {
                return z;
            }
            double beta = rrNext / rr;
            for (int i = 0; i < p; i++) {
                d[i] = -r[i] + beta * d[i];
            }
            rr = rrNext;
        }
        return z;
    }

    /** \(z + \tau d\) with \(\tau \ge 0\) and \(\|z + \tau d\| = \Delta\). */
    private static double[] toBoundary(double[] z, double[] d, double radius) {
        double a = Matrices.dot(d, d);
        double b = 2 * Matrices.dot(z, d);
        double c = Matrices.dot(z, z) - radius * radius;
        double disc = Math.sqrt(Math.max(0, b * b - 4 * a * c));
        // the positive root, computed without cancellation
        double tau = b >= 0 ? (-2 * c) / (b + disc) : (-b + disc) / (2 * a);
        return LineSearch.along(z, tau, d);
    }
}
