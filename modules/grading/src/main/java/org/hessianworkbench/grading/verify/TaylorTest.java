package org.hessianworkbench.grading.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.Objective;
import org.hessianworkbench.derivatives.SecondOrder;

/**
 * The step-free check of a gradient and Hessian: along a direction \(d\),
 * \(r(h) = |f(x + hd) - f(x) - h\,g^\top d - \tfrac{h^2}{2} d^\top H d|\) is \(O(h^3)\) when \(g\) and \(H\)
 * are right, \(O(h^2)\) when only \(g\) is, \(O(h)\) otherwise. The slope of \(\log r\) against
 * \(\log h\) is taken over the two smallest halvings whose remainders are well above rounding
 * (both the rounding of its four terms and the floor measured at the tiniest steps), when the two
 * agree; when no step's remainder is, the loss is quadratic along \(d\) and the
 * test passes. The direction is random and scaled by the curvature, \(d_i \propto u_i/\sqrt{|H_{ii}|}\),
 * so that the steps mean the same thing whatever the parameters' units.
 */
final class TaylorTest {

    /** Steps \(2^{-k}\), \(k = 0..\){@value}. */
    static final int STEPS = 24;

    /**
     * Remainders within this factor of the rounding of their terms are not used: the smallest steps
     * kept still carry a correct leading digit of the remainder.
     */
    static final double NOISE_MARGIN = 10;

    /**
     * Remainders within this factor of the measured floor are not used. The floor is the largest
     * remainder among the {@value #TAIL} smallest steps, where the true remainder (below \(10^{-18}\)
     * relative) is pure rounding; it catches rounding the term-size estimate misses (cancellation
     * inside the loss, e.g. a residual of a near-perfect fit).
     */
    static final double TAIL_MARGIN = 100;

    /** Steps forming the measured floor. */
    static final int TAIL = 6;

    /**
     * The last two local slopes (of the three smallest steps above the noise) must agree within this
     * for the slope to count: then the lowest-order term dominates. Otherwise the remainder is still
     * changing regime at the rounding floor (a cancellation between the cubic and quartic terms, when
     * the third derivative along the direction is tiny) and this direction is inconclusive.
     */
    static final double SETTLED = 0.5;

    /**
     * The outcome.
     *
     * @param slope      fitted log-log slope (NaN when inconclusive)
     * @param quadratic  the remainder is at rounding for every step: the loss is quadratic
     * @param conclusive enough remainders above rounding to fit
     * @param steps      the steps used
     * @param remainders their remainders
     */
    record Result(double slope, boolean quadratic, boolean conclusive, double[] steps, double[] remainders) {
    }

    private TaylorTest() {
    }

    /**
     * Directions tried; the decision uses the median slope, so a direction whose third derivative
     * happens to be tiny (its remainder dips where cubic and quartic terms cancel, right at the
     * rounding floor) cannot decide alone.
     */
    static final int DIRECTIONS = 5;

    /** The test along {@value #DIRECTIONS} random directions: the median slope and its evidence. */
    static Result run(Objective f, double[] x, long seed) {
        Random r = new Random(seed ^ 0x5DEECE66DL);
        SecondOrder s = f.secondOrder(x);
        List<Result> results = new ArrayList<>();
        for (int k = 0; k < DIRECTIONS; k++) {
            results.add(along(f, x, s, r));
        }
        if (results.stream().allMatch(Result::quadratic)) {
            return results.get(0);
        }
        List<Result> conclusive = results.stream().filter(t -> t.conclusive() && !t.quadratic())
                .sorted(java.util.Comparator.comparingDouble(Result::slope)).toList();
        if (conclusive.size() < (DIRECTIONS + 1) / 2) {
            return new Result(Double.NaN, false, false, results.get(0).steps(), results.get(0).remainders());
        }
        return conclusive.get(conclusive.size() / 2);
    }

    private static Result along(Objective f, double[] x, SecondOrder s, Random r) {
        double[][] h = s.hessian();
        int p = x.length;
        double[] d = new double[p];
        for (int i = 0; i < p; i++) {
            double c = Math.abs(h[i][i]);
            d[i] = r.nextGaussian() / (c > 0 ? Math.sqrt(c) : 1);
        }
        double gd = Matrices.dot(s.gradient(), d);
        double dhd = Matrices.dot(d, Matrices.multiply(h, d));
        double base = Math.max(f.valueTermScale(x), Math.abs(s.value()));
        double[] steps = new double[STEPS + 1];
        double[] rem = new double[STEPS + 1];
        double[] noise = new double[STEPS + 1];
        int above = 0;
        for (int k = 0; k <= STEPS; k++) {
            double step = Math.scalb(1.0, -k);
            double[] y = x.clone();
            for (int i = 0; i < p; i++) {
                y[i] += step * d[i];
            }
            steps[k] = step;
            double fy = f.value(y);
            rem[k] = Math.abs(fy - s.value() - step * gd - 0.5 * step * step * dhd);
            // the rounding of the four terms of the remainder, each about eps times its size
            noise[k] = NOISE_MARGIN * 2 * Math.ulp(1.0)
                    * (Math.max(Math.abs(fy), base) + base + Math.abs(step * gd) + Math.abs(0.5 * step * step * dhd));
            if (rem[k] > noise[k]) {
                above++;
            }
        }
        double floor = 0;
        for (int k = STEPS - TAIL + 1; k <= STEPS; k++) {
            floor = Math.max(floor, rem[k]);
        }
        above = 0;
        for (int k = 0; k <= STEPS; k++) {
            noise[k] = Math.max(noise[k], TAIL_MARGIN * floor);
            if (rem[k] > noise[k]) {
                above++;
            }
        }
        if (above == 0) {
            return new Result(Double.NaN, true, true, steps, rem);
        }
        // the smallest steps before the remainder first sinks to the rounding floor: the asymptotic regime
        int stop = 1;
        while (stop <= STEPS && rem[stop] > noise[stop]) {
            stop++;
        }
        if (stop < 3) {
            return new Result(Double.NaN, false, false, steps, rem);
        }
        // local slopes of the last two halvings; settled when they agree, else the remainder is still
        // changing regime (a cancellation between cubic and quartic terms) and the test cannot tell
        double s1 = Math.log(rem[stop - 3] / rem[stop - 2]) / Math.log(2);
        double s2 = Math.log(rem[stop - 2] / rem[stop - 1]) / Math.log(2);
        boolean settled = Math.abs(s1 - s2) <= SETTLED;
        return new Result(0.5 * (s1 + s2), false, settled, steps, rem);
    }
}
