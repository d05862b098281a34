package org.hessianworkbench.optimizers;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.hessianworkbench.derivatives.FirstOrder;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.Objective;

/**
 * Limited-memory BFGS: the direction \(-H_k\nabla f\) from the two-loop recursion over the last
 * \(m\) pairs \((s, y)\), with \(H_k^0 = \gamma I\), \(\gamma = s^\top y / y^\top y\) of the newest pair;
 * strong Wolfe line search. A pair failing \(y^\top s > 10^{-10}\|s\|\|y\|\) is not stored (counted as
 * a skipped update). Memory and work \(O(mp)\) per iteration. Reference: Nocedal &amp; Wright (2006),
 * Algorithms 7.4 and 7.5. Instances are immutable.
 */
public final class Lbfgs implements Optimizer {

    private final int memory;

    private Lbfgs(int memory) {
        this.memory = memory;
    }

    /** L-BFGS keeping {@code memory} pairs. */
    public static Lbfgs of(int memory) {
        return new Lbfgs(memory);
    }

    /** L-BFGS keeping the default {@link MethodSettings#DEFAULTS} 10 pairs. */
    public static Lbfgs withDefaults() {
        return new Lbfgs(MethodSettings.DEFAULTS.memory());
    }

    @Override
    public String name() {
        return "lbfgs";
    }

    @Override
    public OptimizationResult minimize(Objective f, double[] start, OptimizerOptions options) {
        Run run = new Run(name(), f, start, options);
        int p = f.dimension();
        Deque<double[][]> pairs = new ArrayDeque<>();
        while (true) {
            StopReason stop = run.checkStop();
            if (stop != null) {
                return run.finish(stop, run.describe(stop));
            }
            double[] d = direction(run.g, pairs);
            if (!(Matrices.dot(d, run.g) < 0)) {
                pairs.clear();
                d = direction(run.g, pairs);
            }
            double slope = Matrices.dot(run.g, d);
            LineSearch.Outcome ls = LineSearch.wolfe(run, d, Bfgs.WOLFE_C1, Bfgs.WOLFE_C2);
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
            if (Matrices.dot(s, y) > Bfgs.CURVATURE_TOLERANCE * Matrices.norm(s) * Matrices.norm(y)) {
                pairs.addLast(new double[][] {s, y});
                if (pairs.size() > memory) {
                    pairs.removeFirst();
                }
            } else {
                run.skippedUpdates++;
            }
            run.accept(ls.point(), fg.value(), fg.gradient(), ls.step(), slope, ls.evaluations());
        }
    }

    /** Two-loop recursion: \(-H g\) (steepest descent when there are no pairs). */
    static double[] direction(double[] g, Deque<double[][]> pairs) {
        int p = g.length;
        double[] q = g.clone();
        int m = pairs.size();
        double[] alpha = new double[m];
        double[] rho = new double[m];
        int k = m - 1;
        for (Iterator<double[][]> it = pairs.descendingIterator(); it.hasNext(); k--) {
            double[][] pair = it.next();
            rho[k] = 1 / Matrices.dot(pair[1], pair[0]);
            alpha[k] = rho[k] * Matrices.dot(pair[0], q);
            for (int i = 0; i < p; i++) {
                q[i] -= alpha[k] * pair[1][i];
            }
        }
        double gamma = 1;
        if (m > 0) {
            double[][] newest = pairs.peekLast();
            gamma = Matrices.dot(newest[0], newest[1]) / Matrices.dot(newest[1], newest[1]);
        }
        for (int i = 0; i < p; i++) {
            q[i] *= gamma;
        }
        k = 0;
        for (double[][] pair : pairs) {
            double beta = rho[k] * Matrices.dot(pair[1], q);
            for (int i = 0; i < p; i++) {
                q[i] += (alpha[k] - beta) * pair[0][i];
            }
            k++;
        }
        for (int i = 0; i < p; i++) {
            q[i] = -q[i];
        }
        return q;
    }
}
