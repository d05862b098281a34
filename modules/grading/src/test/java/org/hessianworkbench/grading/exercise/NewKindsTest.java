package org.hessianworkbench.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.exercise.api.GaussNewtonSolution;
import org.hessianworkbench.exercise.api.MultinomialHessianSolution;
import org.hessianworkbench.exercise.api.NewtonStepSolution;
import org.junit.jupiter.api.Test;

/**
 * The kinds beyond a gradient or Hessian, in process: a right sample solution agrees with the
 * reference on the cases the exercise draws, and a wrong one is caught with its hint.
 */
class NewKindsTest {

    /** Cases per exercise: each is one in-process call, milliseconds. */
    private static final int CASES = 300;

    /** \(X^\top \operatorname{diag}(w) X\) and \(X^\top d\) for per-row weights, then \(H^{-1} g\) by elimination. */
    static NewtonStepSolution newton(Solutions.RowWeight d1, Solutions.RowWeight d2) {
        return (x, y, beta) -> {
            double[] g = Solutions.gradient(d1).gradient(x, y, beta);
            double[][] h = Solutions.hessian(d2).hessian(x, y, beta);
            int p = g.length;
            for (int k = 0; k < p; k++) {
                int pivot = k;
                for (int i = k + 1; i < p; i++) {
                    if (Math.abs(h[i][k]) > Math.abs(h[pivot][k])) {
                        pivot = i;
                    }
                }
                double[] t = h[k];
                h[k] = h[pivot];
                h[pivot] = t;
                double tg = g[k];
                g[k] = g[pivot];
                g[pivot] = tg;
                for (int i = k + 1; i < p; i++) {
                    double f = h[i][k] / h[k][k];
                    for (int j = k; j < p; j++) {
                        h[i][j] -= f * h[k][j];
                    }
                    g[i] -= f * g[k];
                }
            }
            double[] s = new double[p];
            for (int k = p - 1; k >= 0; k--) {
                double v = g[k];
                for (int j = k + 1; j < p; j++) {
                    v -= h[k][j] * s[j];
                }
                s[k] = v / h[k][k];
            }
            return s;
        };
    }

    private static final NewtonStepSolution LOGISTIC_NEWTON = newton((eta, y) -> Solutions.sigmoid(eta) - y,
            (eta, y) -> Solutions.sigmoid(eta) * (1 - Solutions.sigmoid(eta)));

    private static final NewtonStepSolution POISSON_NEWTON = newton((eta, y) -> Math.exp(eta) - y,
            (eta, y) -> Math.exp(eta));

    private static final GaussNewtonSolution EXP_MEAN_GN = (x, y, b) ->
            Solutions.hessian((eta, yi) -> Math.exp(2 * eta)).hessian(x, y, b);

    /** The judged cases the exercise draws. */
    private static List<ExerciseCase> cases(Exercise e) {
        return Cases.of(e, false).sampleStream().filter(e::judges).limit(CASES).toList();
    }

    @Test
    void rightNewtonStepsPassAndANegatedOneEarnsTheSignHint() {
        for (Exercise e : List.of(Exercise.byName("logistic-newton-step"), Exercise.byName("poisson-newton-step"))) {
            NewtonStepSolution right = e.cliName().startsWith("logistic") ? LOGISTIC_NEWTON : POISSON_NEWTON;
            for (ExerciseCase c : cases(e)) {
                Trial.check(e, right, c);
            }
            NewtonStepSolution negated = (x, y, b) -> {
                double[] s = right.newtonStep(x, y, b);
                for (int j = 0; j < s.length; j++) {
                    s[j] = -s[j];
                }
                return s;
            };
            ExerciseCase c = new ExerciseCase(new double[][] {{1, 0.5}, {1, -1}, {1, 2}}, null, new double[] {1, 0, 1},
                    new double[] {0.5, -0.5});
            Trial.WrongValues w = assertThrows(Trial.WrongValues.class, () -> Trial.check(e, negated, c));
            assertEquals(Hint.SIGN, Hint.classify(e, c, w.expected, w.got));
        }
    }

    @Test
    void aNewtonStepIsNotJudgedWhereTheHessianIsSingular() {
        Exercise e = Exercise.byName("logistic-newton-step");
        ExerciseCase singular = new ExerciseCase(new double[][] {{1, 2}, {0.5, 1}, {-1, -2}}, null,
                new double[] {1, 0, 1}, new double[] {0.5, -0.5});
        assertTrue(!e.judges(singular));
        double[][] oneRow = {{1, 1}};
        assertTrue(!e.judges(new ExerciseCase(oneRow, null, new double[] {1}, new double[] {0, 0})));
    }

    @Test
    void theGaussNewtonMatrixPassesAndTheExactHessianEarnsItsHint() {
        Exercise e = Exercise.byName("exp-mean-gauss-newton");
        for (ExerciseCase c : cases(e)) {
            Trial.check(e, EXP_MEAN_GN, c);
        }
        // the exact Hessian of 1/2 (exp(eta) - y)^2: weight exp(2 eta) + (exp(eta) - y) exp(eta)
        GaussNewtonSolution exact = (x, y, b) -> {
            double[][] h = new double[b.length][b.length];
            for (int i = 0; i < x.length; i++) {
                double eta = 0;
                for (int j = 0; j < b.length; j++) {
                    eta += x[i][j] * b[j];
                }
                double w = Math.exp(2 * eta) + (Math.exp(eta) - y[i]) * Math.exp(eta);
                for (int j = 0; j < b.length; j++) {
                    for (int k = 0; k < b.length; k++) {
                        h[j][k] += w * x[i][j] * x[i][k];
                    }
                }
            }
            return h;
        };
        ExerciseCase c = new ExerciseCase(new double[][] {{1, 0.5}, {-0.5, 1}}, null, new double[] {2, -1},
                new double[] {0.5, 0.25});
        Trial.WrongValues w = assertThrows(Trial.WrongValues.class, () -> Trial.check(e, exact, c));
        assertEquals(Hint.EXACT_HESSIAN, Hint.classify(e, c, w.expected, w.got));
    }

    /** \(\sum_i (\operatorname{diag}\pi_i - \pi_i\pi_i^\top)\otimes x_i x_i^\top\), or without the cross blocks. */
    static MultinomialHessianSolution softmax(boolean crossBlocks) {
        return (x, y, beta) -> {
            int p = x[0].length;
            double[][] h = new double[2 * p][2 * p];
            for (double[] row : x) {
                double e1 = 0;
                double e2 = 0;
                for (int j = 0; j < p; j++) {
                    e1 += row[j] * beta[j];
                    e2 += row[j] * beta[p + j];
                }
                double z = 1 + Math.exp(e1) + Math.exp(e2);
                double[] pi = {Math.exp(e1) / z, Math.exp(e2) / z};
                for (int k = 0; k < 2; k++) {
                    for (int l = 0; l < 2; l++) {
                        if (k != l && !crossBlocks) {
                            continue;
                        }
                        double w = (k == l ? pi[k] : 0) - pi[k] * pi[l];
                        for (int a = 0; a < p; a++) {
                            for (int b = 0; b < p; b++) {
                                h[k * p + a][l * p + b] += w * row[a] * row[b];
                            }
                        }
                    }
                }
            }
            return h;
        };
    }

    @Test
    void theSoftmaxHessianPassesAndOneWithoutItsCrossBlocksIsWrong() {
        Exercise e = Exercise.byName("multinomial-hessian");
        for (ExerciseCase c : cases(e)) {
            Trial.check(e, softmax(true), c);
        }
        ExerciseCase c = new ExerciseCase(new double[][] {{1, 0.5}, {-0.5, 1}}, new double[][] {{1, 0.5}, {-0.5, 1}},
                new double[] {2, 0}, new double[] {0.5, 0.25, -0.5, 1});
        Trial.WrongValues w = assertThrows(Trial.WrongValues.class, () -> Trial.check(e, softmax(false), c));
        assertEquals(8, w.comparison.differing().size());
        assertTrue(!e.judges(new ExerciseCase(new double[][] {{1}}, new double[][] {{2}}, new double[] {1},
                new double[] {0, 0})), "a case whose classes see different designs is not a multinomial case");
    }
}
