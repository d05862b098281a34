package org.hessianworkbench.optimizers;

import java.util.Locale;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.Objective;

/**
 * BFGS with the inverse-Hessian update, as scipy's {@code minimize(method="BFGS")}:
 * \[ H_{k+1} = (I - \rho s y^\top) H_k (I - \rho y s^\top) + \rho s s^\top,
 *    \qquad \rho = 1 / y^\top s, \]
 * with a line search satisfying the strong Wolfe conditions (\(c_1 = 10^{-4}\), \(c_2 = 0.9\)).
 * \(H_0 = I\), rescaled by \(y^\top s / y^\top y\) before the first update (Nocedal &amp; Wright
 * (2006), eq. 6.20). The update is skipped, and counted, when the curvature condition
 * \(y^\top s > 10^{-10}\,\|s\|\|y\|\) fails. Reference: Nocedal &amp; Wright (2006), Algorithm 6.1.
 * Instances are immutable.
 */
public final class Bfgs implements Optimizer {

    /** Sufficient-decrease constant of the Wolfe search. */
    public static final double WOLFE_C1 = 1e-4;

    /** Curvature constant of the Wolfe search (Nocedal &amp; Wright's value for quasi-Newton). */
    public static final double WOLFE_C2 = 0.9;

    /** Relative curvature \(y^\top s / (\|s\|\|y\|)\) below which an update is skipped. */
    public static final double CURVATURE_TOLERANCE = 1e-10;

    private Bfgs() {
    }

    /** BFGS with the defaults. */
    public static Bfgs withDefaults() {
        return new Bfgs();
    }

    @Override
    public String name() {
        return "bfgs";
    }

    @Override
    public OptimizationResult minimize(Objective f, double[] start, OptimizerOptions options) {
        Run run = new Run(name(), f, start, options);
        int p = f.dimension();
        double[][] hInv = DirectBfgs.scaledIdentity(p, 1);
        boolean scaled = false;
        while (true) {
            StopReason stop = run.checkStop();
            if (stop != null) {
                return run.finish(stop, run.describe(stop));
            }
            double[] d = Matrices.multiply(hInv, run.g);
            for (int i = 0; i < p; i++) {
                d[i] = -d[i];
            }
            if (!(Matrices.dot(d, run.g) < 0)) {
                // lost positive definiteness to rounding: restart from steepest descent
                hInv = DirectBfgs.scaledIdentity(p, 1);
                scaled = false;
                d = run.g.clone();
                for (int i = 0; i < p; i++) {
                    d[i] = -d[i];
                }
            }
            double slope = Matrices.dot(run.g, d);
            LineSearch.Outcome ls = LineSearch.wolfe(run, d, WOLFE_C1, WOLFE_C2);
            if (!ls.success()) {
                return run.finish(StopReason.NO_PROGRESS, run.describe(StopReason.NO_PROGRESS));
            }
            double[] gNew = ls.gradient();
            double fNew = ls.value();
            double[] s = new double[p];
            double[] y = new double[p];
            for (int i = 0; i < p; i++) {
                s[i] = ls.point()[i] - run.x[i];
                y[i] = gNew[i] - run.g[i];
            }
            double sy = Matrices.dot(s, y);
            if (sy > CURVATURE_TOLERANCE * Matrices.norm(s) * Matrices.norm(y)) {
                if (!scaled) {
                    double gamma = sy / Matrices.dot(y, y);
                    for (int i = 0; i < p; i++) {
                        hInv[i][i] = gamma;
                    }
                    scaled = true;
                }
                hInv = update(hInv, s, y, 1 / sy);
            } else {
                run.skippedUpdates++;
            }
            run.accept(ls.point(), fNew, gNew, ls.step(), slope, ls.evaluations());
        }
    }

    /** \((I - \rho s y^\top) H (I - \rho y s^\top) + \rho s s^\top\), computed without forming the products. */
    static double[][] update(double[][] h, double[] s, double[] y, double rho) {
        int p = s.length;
        double[] hy = Matrices.multiply(h, y);
        double yhy = Matrices.dot(y, hy);
        double[][] r = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                r[i][j] = h[i][j] - rho * (s[i] * hy[j] + hy[i] * s[j])
                        + (rho * rho * yhy + rho) * s[i] * s[j];
            }
        }
        return Matrices.symmetrize(r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "bfgs(c1=%g, c2=%g)", WOLFE_C1, WOLFE_C2);
    }
}
