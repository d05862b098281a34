package org.hessianworkbench.optimizers;

import org.hessianworkbench.derivatives.FirstOrder;
import org.hessianworkbench.derivatives.Matrices;

/**
 * Line searches along a descent direction \(d\) from \(x\): backtracking to the Armijo condition
 * \(f(x + t d) \le f(x) + c\,t\,\nabla f^\top d\), and a search for the strong Wolfe conditions
 * (Nocedal &amp; Wright, <i>Numerical Optimization</i>, 2nd ed., Algorithms 3.5 and 3.6). A
 * non-finite trial value counts as "too long" and the step is shortened.
 */
final class LineSearch {

    /** Smallest multiplier tried before the search gives up. */
    static final double MIN_STEP = 1e-20;

    /** Largest number of trial points per search. */
    static final int MAX_TRIALS = 100;

    /** Largest multiplier the Wolfe search extrapolates to. */
    static final double MAX_STEP = 1e10;

    /**
     * The outcome of a search.
     *
     * @param success     whether an acceptable step was found
     * @param step        the multiplier \(t\)
     * @param point       \(x + t d\)
     * @param value       \(f(x + t d)\)
     * @param gradient    \(\nabla f(x + t d)\) (null when the search failed)
     * @param evaluations loss evaluations made
     */
    record Outcome(boolean success, double step, double[] point, double value, double[] gradient, int evaluations) {
        Outcome withEvaluations(int total) {
            return new Outcome(success, step, point, value, gradient, total);
        }
    }

    private LineSearch() {
    }

    static double[] along(double[] x, double t, double[] d) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = x[i] + t * d[i];
        }
        return r;
    }

    /**
     * Backtracking from {@code t0}, multiplying by {@code shrink} until Armijo's condition holds with
     * constant {@code c}. Each trial evaluates the value and the gradient (one pass over the data for
     * the workbench's models), so that near the minimum, where the decrease a step makes is below the
     * loss's rounding noise \(\epsilon_f\) (\(c\,t\,|\nabla f^\top d| \le \epsilon_f\)), the step can be judged by
     * the gradient: the approximate Armijo condition \(f(x + td) \le f(x) + \epsilon_f\) and
     * \(\nabla f(x + td)^\top d \le (1 - 2c)|\nabla f(x)^\top d|\)
     * (Hager &amp; Zhang, SIAM J. Optim. 16(1), 2005), exact for quadratics. When no step is found the
     * loss's rounding floor is measured again at the current iterate and, if it grew, the search is
     * repeated once.
     */
    static Outcome armijo(Run run, double[] d, double c, double shrink, double t0) {
        Outcome o = armijoOnce(run, d, c, shrink, t0);
        if (!o.success() && run.remeasureNoise()) {
            Outcome again = armijoOnce(run, d, c, shrink, t0);
            return again.withEvaluations(o.evaluations() + again.evaluations());
        }
        return o;
    }

    private static Outcome armijoOnce(Run run, double[] d, double c, double shrink, double t0) {
        double slope = Matrices.dot(run.g, d);
        if (!(slope < 0)) {
            return new Outcome(false, 0, run.x, run.fx, null, 0);
        }
        double t = t0;
        int evaluations = 0;
        while (t >= MIN_STEP && evaluations < MAX_TRIALS) {
            double[] xt = along(run.x, t, d);
            FirstOrder fg = run.valueAndGradient(xt);
            double ft = fg.value();
            evaluations++;
            if (Double.isFinite(ft)) {
                boolean armijo = ft <= run.fx + c * t * slope;
                boolean approximate = -c * t * slope <= run.noiseFloor && ft <= run.fx + run.noiseFloor
                        && Matrices.allFinite(fg.gradient())
                        && Matrices.dot(fg.gradient(), d) <= (1 - 2 * c) * -slope;
                if (armijo || approximate) {
                    return new Outcome(true, t, xt, ft, fg.gradient(), evaluations);
                }
            }
            t *= shrink;
        }
        return new Outcome(false, 0, run.x, run.fx, null, evaluations);
    }

    /**
     * A step satisfying the strong Wolfe conditions with constants {@code c1 < c2}, trying 1 first.
     * When none is found the loss's rounding floor is measured again at the current iterate and, if it
     * grew, the search is repeated (the approximate conditions may now accept a step).
     */
    static Outcome wolfe(Run run, double[] d, double c1, double c2) {
        Outcome o = wolfeOnce(run, d, c1, c2);
        if (!o.success() && run.remeasureNoise()) {
            Outcome again = wolfeOnce(run, d, c1, c2);
            return again.withEvaluations(o.evaluations() + again.evaluations());
        }
        return o;
    }

    private static Outcome wolfeOnce(Run run, double[] d, double c1, double c2) {
        double phi0 = run.fx;
        double dphi0 = Matrices.dot(run.g, d);
        if (!(dphi0 < 0)) {
            return new Outcome(false, 0, run.x, run.fx, null, 0);
        }
        double aPrev = 0;
        double phiPrev = phi0;
        double dphiPrev = dphi0;
        double a = 1;
        Trial best = null;
        int evaluations = 0;
        for (int i = 1; evaluations < MAX_TRIALS; i++) {
            Trial t = Trial.at(run, d, a);
            evaluations++;
            if (!Double.isFinite(t.phi)) {
                a = aPrev + (a - aPrev) / 4;
                if (a - aPrev < MIN_STEP) {
                    break;
                }
                continue;
            }
            if (t.approximateWolfe(phi0, dphi0, c1, c2, run.noiseFloor)) {
                return t.outcome(evaluations);
            }
            if (t.phi > phi0 + c1 * a * dphi0 || (i > 1 && t.phi >= phiPrev)) {
                return zoom(run, d, c1, c2, phi0, dphi0, new Trial(aPrev, phiPrev, dphiPrev, null, null),
                        t, evaluations, best);
            }
            best = t;
            if (Math.abs(t.dphi) <= -c2 * dphi0) {
                return t.outcome(evaluations);
            }
            if (t.dphi >= 0) {
                return zoom(run, d, c1, c2, phi0, dphi0, t, new Trial(aPrev, phiPrev, dphiPrev, null, null),
                        evaluations, best);
            }
            aPrev = a;
            phiPrev = t.phi;
            dphiPrev = t.dphi;
            a = Math.min(2 * a, MAX_STEP);
        }
        return best != null ? best.outcome(evaluations) : new Outcome(false, 0, run.x, run.fx, null, evaluations);
    }

    /** Algorithm 3.6: shrink the bracket [lo, hi] (lo satisfies sufficient decrease) to a Wolfe step. */
    private static Outcome zoom(Run run, double[] d, double c1, double c2, double phi0, double dphi0,
                                Trial lo, Trial hi, int evaluations, Trial best) {
        while (evaluations < MAX_TRIALS) {
            double width = hi.a - lo.a;
            if (Math.abs(width) < MIN_STEP * Math.max(1, Math.abs(lo.a))) {
                break;
            }
            double a = interpolate(lo, hi);
            Trial t = Trial.at(run, d, a);
            evaluations++;
            if (t.approximateWolfe(phi0, dphi0, c1, c2, run.noiseFloor)) {
                return t.outcome(evaluations);
            }
            if (!Double.isFinite(t.phi) || t.phi > phi0 + c1 * a * dphi0 || t.phi >= lo.phi) {
                hi = t;
            } else {
                if (Math.abs(t.dphi) <= -c2 * dphi0) {
                    return t.outcome(evaluations);
                }
                if (t.dphi * (hi.a - lo.a) >= 0) {
                    hi = lo;
                }
                lo = t;
                best = t;
            }
        }
        // no Wolfe step: fall back to the best point with sufficient decrease, if any
        return best != null && best.a > 0 ? best.outcome(evaluations)
                : new Outcome(false, 0, run.x, run.fx, null, evaluations);
    }

    /** Minimiser of the quadratic through lo (value, slope) and hi (value), kept inside the bracket. */
    private static double interpolate(Trial lo, Trial hi) {
        double w = hi.a - lo.a;
        double denom = 2 * (hi.phi - lo.phi - lo.dphi * w);
        double a = Double.isFinite(hi.phi) && denom > 0 ? lo.a - lo.dphi * w * w / denom : Double.NaN;
        double left = Math.min(lo.a, hi.a) + 0.1 * Math.abs(w);
        double right = Math.max(lo.a, hi.a) - 0.1 * Math.abs(w);
        if (!(a >= left && a <= right)) {
            a = lo.a + w / 2;
        }
        return a;
    }

    /** A trial point of the Wolfe search. */
    private record Trial(double a, double phi, double dphi, double[] point, double[] gradient) {
        static Trial at(Run run, double[] d, double a) {
            double[] p = along(run.x, a, d);
            FirstOrder fg = run.valueAndGradient(p);
            double[] g = fg.gradient();
            return new Trial(a, fg.value(), Matrices.allFinite(g) ? Matrices.dot(g, d) : Double.NaN, p, g);
        }

        /**
         * Hager and Zhang's approximate Wolfe conditions, for steps whose decrease is below the
         * loss's rounding: \(\phi(a) \le \phi(0) + \epsilon_f\) and
         * \((2c_1 - 1)\phi'(0) \ge \phi'(a) \ge c_2\phi'(0)\).
         */
        boolean approximateWolfe(double phi0, double dphi0, double c1, double c2, double noise) {
            return Double.isFinite(phi) && Double.isFinite(dphi) && -a * dphi0 <= noise && phi <= phi0 + noise
                    && dphi <= (2 * c1 - 1) * dphi0 && dphi >= c2 * dphi0;
        }

        Outcome outcome(int evaluations) {
            return new Outcome(true, a, point, phi, gradient, evaluations);
        }
    }
}
