package org.hessianworkbench.fitting;

import java.util.ArrayList;
import org.hessianworkbench.models.ModelKind;
import java.util.List;
import java.util.Set;
import org.hessianworkbench.derivatives.FiniteDifferences;
import org.hessianworkbench.derivatives.FirstOrder;
import org.hessianworkbench.derivatives.HessianComparison;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.derivatives.HessianEstimate;
import org.hessianworkbench.derivatives.HessianMethod;
import org.hessianworkbench.derivatives.Objective;

/**
 * Cross-checks every Hessian engine at a point against the AD reference, plus the analytic gradient
 * against the AD gradient. The verdict is "agree" when analytic, fd-central and fd-richardson agree
 * with AD, each on the equilibrated difference \(\max|A-B|_{jk}/\sqrt{|B_{jj}B_{kk}|}\) within its
 * tolerance ({@link HessianMethod#tolerance()}, {@link HessianComparison}), and the gradients agree. An
 * engine's own error estimate never decides it; whether the estimate covers the actual difference is
 * reported beside. fd-nested, the cautionary engine, is reported but does not decide it. A
 * finite-difference engine whose steps cross a kink of a piecewise-smooth loss (a clipped prediction)
 * is reported as not applicable there and does not decide it either.
 */
public final class Checker {

    /**
     * Gradient check tolerance, relative to the largest term scale \(\max_j\sum_i|\partial_j f_i|\): at an
     * optimum the gradient itself is near zero, so it cannot be the scale.
     */
    public static final double GRADIENT_TOLERANCE = 1e-10;

    /** The engines that decide the verdict. */
    private static final Set<HessianMethod> DECIDING =
            Set.of(HessianMethod.ANALYTIC, HessianMethod.FD_CENTRAL, HessianMethod.FD_RICHARDSON);

    /** The engines in report order. */
    public static final List<HessianMethod> ORDER = List.of(HessianMethod.ANALYTIC, HessianMethod.AD,
            HessianMethod.FD_CENTRAL, HessianMethod.FD_RICHARDSON, HessianMethod.FD_NESTED);

    private Checker() {
    }

    /** Checks {@code f} at {@code point}. */
    public static CheckReport check(ModelKind model, Objective f, String pointLabel, double[] point) {
        List<CheckReport.Engine> engines = new ArrayList<>();
        HessianEstimate reference = null;
        for (HessianMethod m : ORDER) {
            long t0 = System.nanoTime();
            HessianEstimate e = m.compute(f, point);
            double seconds = (System.nanoTime() - t0) * 1e-9;
            int kinks = m.takesSteps() ? f.kinksCrossed(point, FiniteDifferences.largestSteps(m, f, point)) : 0;
            engines.add(new CheckReport.Engine(e, seconds, kinks));
            if (m == HessianMethod.AD) {
                reference = e;
            }
        }
        List<HessianComparison> comparisons = new ArrayList<>();
        boolean agree = true;
        for (CheckReport.Engine e : engines) {
            if (e.estimate().method() == HessianMethod.AD) {
                continue;
            }
            HessianComparison c = HessianComparison.of(e.estimate(), reference);
            comparisons.add(c);
            if (DECIDING.contains(e.estimate().method()) && e.applicable()) {
                agree &= c.agree();
            }
        }
        HessianComparison gradient = gradientCheck(f, point);
        agree &= gradient.agree();
        return new CheckReport(model, pointLabel, f.parameterNames(), point, engines, comparisons, gradient,
                HessianDiagnostics.of(reference.hessian()), List.of(), agree);
    }

    /** Analytic against AD gradient, relative to the largest gradient term scale. */
    public static HessianComparison gradientCheck(Objective f, double[] point) {
        double[] analytic = f.gradient(point);
        FirstOrder ad = f.automaticGradient(point);
        double[] scale = f.gradientTermScale(point);
        double top = 0;
        double diff = 0;
        double[] g = ad.gradient();
        for (int j = 0; j < g.length; j++) {
            top = Math.max(top, scale[j]);
            diff = Math.max(diff, Math.abs(analytic[j] - g[j]));
        }
        double rel = top > 0 ? diff / top : (diff == 0 ? 0 : Double.POSITIVE_INFINITY);
        boolean ok = Double.isFinite(diff) && rel <= GRADIENT_TOLERANCE;
        return new HessianComparison("analytic-gradient", "ad-gradient", diff, rel, GRADIENT_TOLERANCE, ok);
    }
}
