package org.hessianworkbench.inference;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.PivotSelectionRule;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;

/**
 * The independent route of the separation tests: the primal programs, with a constraint per row, by
 * Hipparchus's dense-tableau {@link SimplexSolver} (fine for the few hundred rows of a test; the
 * reason {@link ConeProgram} solves the dual instead at large \(n\)).
 */
final class PrimalProgram {

    private PrimalProgram() {
    }

    /** \(\max c^\top d\) subject to \(z_i^\top d \ge 0\), \(|d_j| \le 1\): the optimal value. */
    static double maximise(double[][] z, double[] c) {
        int p = c.length;
        List<LinearConstraint> constraints = new ArrayList<>();
        for (double[] row : z) {
            constraints.add(new LinearConstraint(negated(split(row, 0)), Relationship.LEQ, 0));
        }
        box(constraints, p, 0);
        return solve(split(c, 0), constraints);
    }

    /**
     * \(\max t\) subject to \(z_i^\top d \ge t\) for every row, \(t \le 1\), \(|d_j| \le 1\):
     * positive exactly when some direction predicts every row exactly (complete separation).
     */
    static double margin(double[][] z, int p) {
        List<LinearConstraint> constraints = new ArrayList<>();
        for (double[] row : z) {
            double[] a = split(row, 1);
            a[2 * p] = -1;
            constraints.add(new LinearConstraint(negated(a), Relationship.LEQ, 0));
        }
        box(constraints, p, 1);
        double[] t = new double[2 * p + 1];
        t[2 * p] = 1;
        constraints.add(new LinearConstraint(t, Relationship.LEQ, 1));
        return solve(t, constraints);
    }

    /**
     * Hipparchus's simplex on non-negative variables only: \(d = d^+ - d^-\), \(0 \le d^\pm \le 1\)
     * (its own handling of free variables, one shared shift, fails on these programs), every
     * constraint written \(\le\) with a non-negative right-hand side so that the slack basis is
     * feasible and there is no phase 1 (whose artificial variables made it stall), with Bland's rule.
     */
    private static double solve(double[] objective, List<LinearConstraint> constraints) {
        return new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(objective, 0),
                new LinearConstraintSet(constraints), GoalType.MAXIMIZE, new NonNegativeConstraint(true),
                PivotSelectionRule.BLAND).getValue();
    }

    /** \(-a\). */
    private static double[] negated(double[] a) {
        double[] n = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            n[j] = -a[j];
        }
        return n;
    }

    /** \((a, -a)\) followed by {@code extra} zeros. */
    private static double[] split(double[] a, int extra) {
        int p = a.length;
        double[] s = new double[2 * p + extra];
        for (int j = 0; j < p; j++) {
            s[j] = a[j];
            s[p + j] = -a[j];
        }
        return s;
    }

    private static void box(List<LinearConstraint> constraints, int p, int extra) {
        for (int j = 0; j < 2 * p; j++) {
            double[] e = new double[2 * p + extra];
            e[j] = 1;
            constraints.add(new LinearConstraint(e, Relationship.LEQ, 1));
        }
    }

    /**
     * The rows of the separation cone, scaled as {@link Separation} scales them (columns to largest
     * entry 1, rows to unit length, zero rows dropped): logistic \(\pm x_i\), Poisson \(-x_i\) for zero
     * counts and both signs for positive counts. Only the rows that count (can be predicted exactly)
     * are in {@code counted}.
     */
    static double[][] cone(double[][] x, double[] y, boolean counts, List<double[]> counted) {
        int p = x[0].length;
        double[] scale = new double[p];
        for (double[] r : x) {
            for (int j = 0; j < p; j++) {
                scale[j] = Math.max(scale[j], Math.abs(r[j]));
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!counts) {
                add(rows, counted, x[i], scale, y[i] == 1 ? 1 : -1, true);
            } else if (y[i] == 0) {
                add(rows, counted, x[i], scale, -1, true);
            } else {
                add(rows, counted, x[i], scale, 1, false);
                add(rows, counted, x[i], scale, -1, false);
            }
        }
        return rows.toArray(double[][]::new);
    }

    private static void add(List<double[]> rows, List<double[]> counted, double[] x, double[] scale, double sign,
                            boolean counts) {
        double[] r = new double[x.length];
        double norm = 0;
        for (int j = 0; j < x.length; j++) {
            r[j] = scale[j] > 0 ? sign * x[j] / scale[j] : 0;
            norm = Math.hypot(norm, r[j]);
        }
        if (norm == 0) {
            return;
        }
        for (int j = 0; j < x.length; j++) {
            r[j] /= norm;
        }
        rows.add(r);
        if (counts) {
            counted.add(r);
        }
    }
}
