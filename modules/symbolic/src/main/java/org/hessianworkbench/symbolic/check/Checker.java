package org.hessianworkbench.symbolic.check;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.eval.Evaluator;
import org.hessianworkbench.symbolic.steps.Step;
import org.hipparchus.dfp.Dfp;

/**
 * Checks steps and results numerically at the reproducible random points of {@link Points}: two
 * expressions agree when \(|a - b| \le\) {@value #REL_TOL} \(\max(1, |a|, |b|)\) at every point where
 * both are finite (points where either is not are skipped and the next candidate is used). Values
 * are computed in double precision; where they disagree, both sides are computed again in
 * {@value org.hessianworkbench.symbolic.eval.Evaluator#PRECISE_DIGITS}-digit arithmetic, so that
 * rounding in an ill-conditioned expression (such as \(1 - \sigma(20)\)) is not taken for a wrong
 * step. A derivative is compared with automatic differentiation of the tree it was derived from.
 * Immutable.
 */
public final class Checker {

    /**
     * Relative tolerance of a check. Both sides are evaluated in double precision from trees of a
     * few dozen operations, so rounding differences are about 1e-15 relative; a wrong step differs by
     * O(1) relative at almost every point. 1e-9 leaves six orders of magnitude on both sides.
     */
    public static final double REL_TOL = 1e-9;

    private final Points points;
    private final int wanted;

    /**
     * A checker over {@code symbols} (every symbol the checked expressions may contain).
     *
     * @param wanted how many points each check compares, at least 1
     */
    public Checker(Collection<String> symbols, Domain domain, int wanted, long seed) {
        if (wanted < 1) {
            throw new IllegalArgumentException("at least one point, not " + wanted);
        }
        this.points = Points.of(symbols, domain, wanted, seed);
        this.wanted = wanted;
    }

    /** The number of points each check compares. */
    public int wanted() {
        return wanted;
    }

    /** Whether the whole expression before and after a step have the same value. */
    public StepCheck step(Step s) {
        return equal(s.before(), s.after());
    }

    /** Whether two expressions have the same value. */
    public StepCheck equal(Expr a, Expr b) {
        return compare(p -> relDiff(a, b, p));
    }

    /** Whether {@code symbolic} equals \(\partial f/\partial x_i\) by automatic differentiation ({@code Gradient}). */
    public StepCheck gradient(Expr f, List<String> wrt, int i, Expr symbolic) {
        int[] orders = new int[wrt.size()];
        orders[i]++;
        return compare(p -> relDiff(Evaluator.value(symbolic, p), Evaluator.gradient(f, wrt, p)[i],
                () -> Evaluator.precise(symbolic, p), () -> Evaluator.preciseDerivative(f, wrt, p, orders)));
    }

    /** Whether {@code symbolic} equals \(\partial^2 f/\partial x_i\partial x_j\) by automatic differentiation ({@code DerivativeStructure}). */
    public StepCheck hessian(Expr f, List<String> wrt, int i, int j, Expr symbolic) {
        int[] orders = new int[wrt.size()];
        orders[i]++;
        orders[j]++;
        return compare(p -> relDiff(Evaluator.value(symbolic, p),
                Evaluator.derivatives(f, wrt, p, 2).getPartialDerivative(orders),
                () -> Evaluator.precise(symbolic, p), () -> Evaluator.preciseDerivative(f, wrt, p, orders)));
    }

    private StepCheck compare(ToDoubleFunction<Map<String, Double>> relDiffAt) {
        int used = 0;
        double worst = 0;
        for (Map<String, Double> p : points.candidates()) {
            double r = relDiffAt.applyAsDouble(p);
            if (Double.isNaN(r)) {
                continue;
            }
            worst = Math.max(worst, r);
            if (++used == wanted) {
                break;
            }
        }
        StepCheck.Status status = used == 0 ? StepCheck.Status.UNCHECKED
                : worst <= REL_TOL ? StepCheck.Status.PASSED : StepCheck.Status.FAILED;
        return new StepCheck(status, used, worst);
    }

    /**
     * The relative difference of two expressions at a point: in double precision, and again in
     * precise arithmetic when that exceeds the tolerance; NaN when either side is not finite.
     */
    public static double relDiff(Expr a, Expr b, Map<String, Double> p) {
        return relDiff(Evaluator.value(a, p), Evaluator.value(b, p), () -> Evaluator.precise(a, p),
                () -> Evaluator.precise(b, p));
    }

    /**
     * The relative difference of two values, or of their precise versions when the double values
     * disagree beyond the tolerance; NaN when either is not finite.
     */
    public static double relDiff(double a, double b, Supplier<Dfp> preciseA, Supplier<Dfp> preciseB) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return Double.NaN;
        }
        double r = relDiff(a, b);
        if (r <= REL_TOL) {
            return r;
        }
        Dfp x = preciseA.get();
        Dfp y = preciseB.get();
        if (!x.isFinite() || !y.isFinite()) {
            return Double.NaN;
        }
        Dfp scale = x.abs();
        if (y.abs().greaterThan(scale)) {
            scale = y.abs();
        }
        if (scale.lessThan(x.getOne())) {
            scale = x.getOne();
        }
        return x.subtract(y).abs().divide(scale).toDouble();
    }

    /** \(|a - b| / \max(1, |a|, |b|)\). */
    public static double relDiff(double a, double b) {
        return Math.abs(a - b) / Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
