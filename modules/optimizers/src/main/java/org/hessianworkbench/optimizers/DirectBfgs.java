package org.hessianworkbench.optimizers;

import org.hessianworkbench.derivatives.FirstOrder;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.Objective;

/**
 * The direct-update BFGS of the Newton/BFGS tutorial: the Hessian approximation \(B\) itself is updated,
 * \[ B_{k+1} = B_k + \frac{y y^\top}{y^\top s} - \frac{B s s^\top B}{s^\top B s}, \]
 * from \(B_0 = b_0 I\) (the tutorial's \(b_0 = 10\)); the direction solves \(B p = -\nabla f\) by Cholesky
 * (never an explicit inverse); backtracking to Armijo's condition (the tutorial: \(c = 0.4\), shrink 0.5).
 * The update is skipped, and counted, unless \(y^\top s > 10^{-10}\|s\|\|y\|\), which keeps \(B\)
 * positive definite. Reference: Nocedal &amp; Wright (2006), eq. 6.19. Instances are immutable.
 */
public final class DirectBfgs implements Optimizer {

    private final double b0;
    private final double armijo;
    private final double shrink;

    private DirectBfgs(double b0, double armijo, double shrink) {
        this.b0 = b0;
        this.armijo = armijo;
        this.shrink = shrink;
    }

    /** BFGS on \(B\) from \(b_0 I\), with Armijo constant {@code armijo} and backtracking factor {@code shrink}. */
    public static DirectBfgs of(double b0, double armijo, double shrink) {
        return new DirectBfgs(b0, armijo, shrink);
    }

    /** With the defaults of {@link MethodSettings#DEFAULTS}: \(B_0 = 10 I\), c = 1e-4, shrink 0.5. */
    public static DirectBfgs withDefaults() {
        MethodSettings s = MethodSettings.DEFAULTS;
        return new DirectBfgs(s.b0(), s.armijo(), s.shrink());
    }

    @Override
    public String name() {
        return "bfgs-b";
    }

    @Override
    public OptimizationResult minimize(Objective f, double[] start, OptimizerOptions options) {
        Run run = new Run(name(), f, start, options);
        int p = f.dimension();
        double[][] b = scaledIdentity(p, b0);
        while (true) {
            StopReason stop = run.checkStop();
            if (stop != null) {
                return run.finish(stop, run.describe(stop));
            }
            double[] d = NewtonSystem.solve(b, run.g);
            if (d == null) {
                // rounding destroyed positive definiteness: restart from B0
                run.hessianModifications++;
                b = scaledIdentity(p, b0);
                d = NewtonSystem.solve(b, run.g);
            }
            double slope = Matrices.dot(run.g, d);
            LineSearch.Outcome ls = LineSearch.armijo(run, d, armijo, shrink, 1);
            if (!ls.success()) {
                return run.finish(StopReason.NO_PROGRESS, run.describe(StopReason.NO_PROGRESS));
            }
            FirstOrder fg = new FirstOrder(ls.value(), ls.gradient());
            double[] s = new double[p];
            double[] y = new double[p];
            for (int i = 0; i < p; i++) {
                s[i] = ls.point()[i] - run.x[i];
                y[i] = fg.gradient()[i] - run.g[i];
            }
            double sy = Matrices.dot(s, y);
            if (sy > Bfgs.CURVATURE_TOLERANCE * Matrices.norm(s) * Matrices.norm(y)) {
                b = update(b, s, y, sy);
            } else {
                run.skippedUpdates++;
            }
            run.accept(ls.point(), fg.value(), fg.gradient(), ls.step(), slope, ls.evaluations());
        }
    }

    /** \(B + yy^\top/(y^\top s) - Bss^\top B/(s^\top B s)\), symmetrised. */
    static double[][] update(double[][] b, double[] s, double[] y, double sy) {
        int p = s.length;
        double[] bs = Matrices.multiply(b, s);
        double sbs = Matrices.dot(s, bs);
        double[][] r = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                r[i][j] = b[i][j] + y[i] * y[j] / sy - bs[i] * bs[j] / sbs;
            }
        }
        return Matrices.symmetrize(r);
    }

    static double[][] scaledIdentity(int p, double scale) {
        double[][] m = new double[p][p];
        for (int i = 0; i < p; i++) {
            m[i][i] = scale;
        }
        return m;
    }
}
