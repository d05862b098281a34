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
 * test passes. The direction is random and scaled by the curvature, \(d_i \propto u_i/\sqrt{|H_{ii}|}\)
 * (at most {@value #MAX_TYPICAL} typical sizes of the parameter), so that the steps mean the same thing
 * whatever the parameters' units. Steps are used only from
 * the largest one below which every step stays in the loss's domain and in the point's smooth piece
 * (a gamma loss with the inverse link is undefined for \(\eta \le 0\); Huber's loss is quadratic
 * between its kinks).
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
     * relative) is pure rounding, leaving out those where it still falls steadily ({@link #FALLING});
     * it catches rounding the term-size estimate misses (cancellation inside the loss, e.g. a residual
     * of a near-perfect fit).
     */
    static final double TAIL_MARGIN = 100;

    /**
     * A direction's entry is at most this many typical sizes of its parameter
     * ({@link Objective#typicalScale()}: for a design, the step that moves the linear predictor by about
     * 1): where the curvature is tiny (a cloglog row far in its tail, \(\ell'' \approx e^{\eta - e^\eta}\))
     * the curvature's scale would move the linear predictor so far that no step of the test reaches the
     * range where the Taylor series describes the loss.
     */
    static final double MAX_TYPICAL = 10;

    /** Steps forming the measured floor. */
    static final int TAIL = 6;

    /**
     * The floor is measured from the first of the {@value #TAIL} smallest steps after which the remainder
     * no longer falls by this factor or more at a halving: rounding does not fall steadily, an \(h^2\) or
     * \(h^3\) term falls by 4 or 8.
     */
    static final double FALLING = 3;

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

    /**
     * Which smooth piece of a piecewise-smooth loss each term is in at a point (equal arrays: the same
     * piece); {@link #SMOOTH} for a smooth loss.
     */
    @FunctionalInterface
    interface Pieces {

        /** A smooth loss: one piece everywhere. */
        Pieces SMOOTH = beta -> null;

        /** The pieces at {@code beta} (not modified), or null for a smooth loss. */
        int[] at(double[] beta);
    }

    /** The test along {@value #DIRECTIONS} random directions, for a smooth loss. */
    static Result run(Objective f, double[] x, long seed) {
        return run(f, x, seed, Pieces.SMOOTH);
    }

    /**
     * The test along {@value #DIRECTIONS} random directions: the median slope and its evidence. Along
     * each direction only the steps from the largest one whose point, and every smaller step's, is
     * in the loss's domain (a finite value) and in the point's smooth piece are used: a step across a
     * kink or out of the domain says nothing of the derivatives at the point.
     */
    static Result run(Objective f, double[] x, long seed, Pieces pieces) {
        Random r = new Random(seed ^ 0x5DEECE66DL);
        SecondOrder s = f.secondOrder(x);
        int[] here = pieces.at(x);
        double[] typical = f.typicalScale();
        List<Result> results = new ArrayList<>();
        for (int k = 0; k < DIRECTIONS; k++) {
            results.add(along(f, x, s, typical, r, pieces, here));
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

    private static Result along(Objective f, double[] x, SecondOrder s, double[] typical, Random r, Pieces pieces,
                                int[] here) {
        double[][] h = s.hessian();
        int p = x.length;
        double[] d = new double[p];
        for (int i = 0; i < p; i++) {
            double c = Math.abs(h[i][i]);
            d[i] = r.nextGaussian() * Math.min(c > 0 ? 1 / Math.sqrt(c) : 1, MAX_TYPICAL * typical[i]);
        }
        double gd = Matrices.dot(s.gradient(), d);
        double dhd = Matrices.dot(d, Matrices.multiply(h, d));
        double base = Math.max(f.valueTermScale(x), Math.abs(s.value()));
        double[] steps = new double[STEPS + 1];
        double[] rem = new double[STEPS + 1];
        double[] noise = new double[STEPS + 1];
        // the first step used: every step from it down stays in the domain and in the point's piece
        int first = 0;
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
            if (!Double.isFinite(rem[k]) || here != null && !java.util.Arrays.equals(here, pieces.at(y))) {
                first = k + 1;
            }
        }
        if (first > STEPS - TAIL - 2) {
            // too few steps left inside the piece for a slope or a floor
            return new Result(Double.NaN, false, false, steps, rem);
        }
        // the tail's first steps are still the remainder itself, not rounding, while it falls steadily: a loss
        // whose third derivative is large in the units of its curvature (a cloglog row far in its tail) has its
        // cubic term above rounding down to tiny steps
        int rounding = STEPS - TAIL + 1;
        while (rounding < STEPS && rem[rounding] >= FALLING * rem[rounding + 1]) {
            rounding++;
        }
        double floor = 0;
        for (int k = rounding; k <= STEPS; k++) {
            floor = Math.max(floor, rem[k]);
        }
        int above = 0;
        for (int k = first; k <= STEPS; k++) {
            noise[k] = Math.max(noise[k], TAIL_MARGIN * floor);
            if (rem[k] > noise[k]) {
                above++;
            }
        }
        if (above == 0) {
            return new Result(Double.NaN, true, true, steps, rem);
        }
        // the smallest steps before the remainder first sinks to the rounding floor: the asymptotic regime
        int stop = first + 1;
        while (stop <= STEPS && rem[stop] > noise[stop]) {
            stop++;
        }
        if (stop < first + 3) {
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
