package org.hessianworkbench.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.testkit.ScaleExamples;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * The scale-invariant stopping rule: the Newton decrement against closed forms, its independence of
 * the parameters' units, and the Poisson example with an income column, which the rounding
 * floor measured once at the start kept from converging.
 */
class ConvergenceTest {

    /** A symmetric positive definite matrix and a gradient. */
    private static final double[][] A = {{4, 1, 0.5}, {1, 3, -0.2}, {0.5, -0.2, 2}};
    private static final double[] G = {0.3, -1.1, 0.7};

    /**
     * \(g^\top A^{-1} g\) by Cramer's rule on the equilibrated \(DAD\), \(D = \mathrm{diag}(A_{jj}^{-1/2})\)
     * (so that badly scaled parameters cost no digits): an independent route for 3 x 3 matrices.
     */
    private static double quadraticForm(double[][] h, double[] gradient) {
        double[][] a = new double[3][3];
        double[] g = new double[3];
        for (int i = 0; i < 3; i++) {
            g[i] = gradient[i] / Math.sqrt(h[i][i]);
            for (int j = 0; j < 3; j++) {
                a[i][j] = h[i][j] / Math.sqrt(h[i][i] * h[j][j]);
            }
        }
        double det = a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
        double[] x = new double[3];
        for (int k = 0; k < 3; k++) {
            double[][] m = Matrices.copy(a);
            for (int i = 0; i < 3; i++) {
                m[i][k] = g[i];
            }
            x[k] = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                    + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])) / det;
        }
        return Matrices.dot(g, x);
    }

    @Test
    void theDecrementIsTheQuadraticFormOfTheInverseHessian() {
        assertEquals(quadraticForm(A, G), Convergence.newtonDecrement(A, G), Tolerances.FEW_ROUNDINGS * quadraticForm(A, G));
    }

    @Test
    void theDecrementDoesNotDependOnTheUnitsOfTheParameters() {
        double lambda2 = Convergence.newtonDecrement(A, G);
        for (double[] d : List.of(new double[] {1e-8, 1, 1e8}, new double[] {1e12, 1e-12, 3}, new double[] {1e4, 1e4, 1e-4})) {
            // parameters b_j = u_j d_j: H_u = D H D, g_u = D g
            double[][] h = new double[3][3];
            double[] g = new double[3];
            for (int i = 0; i < 3; i++) {
                g[i] = d[i] * G[i];
                for (int j = 0; j < 3; j++) {
                    h[i][j] = d[i] * A[i][j] * d[j];
                }
            }
            assertEquals(lambda2, Convergence.newtonDecrement(h, g), Tolerances.FEW_ROUNDINGS * lambda2);
        }
    }

    @Test
    void aFlatDirectionIsIgnoredAndANegativeOneMeansNoMinimum() {
        // H = [[1, 1], [1, 1]] is flat along (1, -1), eigenvalue 2 along (1, 1)/sqrt(2); g = (1, 1) = sqrt(2) times
        // that eigenvector, so g' H^+ g = (sqrt 2)^2 / 2 = 1
        assertEquals(1, Convergence.newtonDecrement(new double[][] {{1, 1}, {1, 1}}, new double[] {1, 1}),
                Tolerances.FEW_ROUNDINGS);
        assertTrue(Double.isNaN(Convergence.newtonDecrement(new double[][] {{1, 0}, {0, -1}}, new double[] {1, 1})));
    }

    @Test
    void theRelativeGradientDoesNotDependOnTheUnitsOfTheParameters() {
        double[] x = {2, 1e-5, 0.3};
        double[] typ = {1, 2e-5, 0.1};
        double[] g = {1e-3, 40, -0.02};
        double r = Convergence.relativeGradient(g, x, typ, 1234.5);
        double c = 1e4;
        double[] xs = {x[0], x[1] * c, x[2]};
        double[] typs = {typ[0], typ[1] * c, typ[2]};
        double[] gs = {g[0], g[1] / c, g[2]};
        assertEquals(r, Convergence.relativeGradient(gs, xs, typs, 1234.5), Tolerances.FEW_ROUNDINGS * r);
        // and not on the units of the loss
        double[] g2 = {2 * g[0], 2 * g[1], 2 * g[2]};
        assertEquals(r, Convergence.relativeGradient(g2, x, typ, 2 * 1234.5), Tolerances.FEW_ROUNDINGS * r);
    }

    @Test
    void choleskyOfTheEquilibratedMatrixSolvesWhateverTheUnits() {
        double[] d = {1e-12, 1e12, 1};
        double[][] h = new double[3][3];
        double[] g = new double[3];
        for (int i = 0; i < 3; i++) {
            g[i] = d[i] * G[i];
            for (int j = 0; j < 3; j++) {
                h[i][j] = d[i] * A[i][j] * d[j];
            }
        }
        double[] step = NewtonSystem.solve(h, g);
        double[] unscaled = NewtonSystem.solve(A, G);
        assertNotNull(step, "a positive definite matrix with diagonal entries 1e-24 .. 1e24 is positive definite");
        for (int i = 0; i < 3; i++) {
            assertEquals(unscaled[i], step[i] * d[i], Tolerances.FEW_ROUNDINGS * Matrices.norm(unscaled));
        }
    }

    @Test
    void theIncomeExampleConvergesFromZerosInAFewNewtonSteps() {
        // 14 of these 30 data sets stopped at the iteration limit when the loss's rounding floor was
        // measured only at the start (loss 2000 there, about -4.6e5 at the minimum)
        for (int offset = 0; offset < 30; offset++) {
            LinearPredictorObjective f = ExampleData.poisson(ScaleExamples.incomeCsv(offset), List.of("INCOME", "AGE"), null);
            OptimizationResult r = Newton.withDefaults().minimize(f, new double[3], OptimizerOptions.scaleInvariant(1000));
            assertEquals(StopReason.NEWTON_DECREMENT, r.stopReason(), offset + ": " + r.message());
            assertTrue(r.iterations() <= 10, offset + ": " + r.iterations() + " iterations");
            // the decrement recomputed independently at the estimate
            double lambda2 = quadraticForm(f.hessian(r.estimate()), f.gradient(r.estimate()));
            assertTrue(lambda2 / 2 <= Convergence.DECREMENT_TOL * Math.abs(r.loss()) * (1 + Tolerances.REORDERED),
                    offset + ": " + lambda2);
            // the floor was measured again as the loss grew: at least eps * sum |l_i| at the minimum's scale
            assertTrue(r.noiseFloor() >= Math.ulp(1.0) * Math.abs(r.loss()), offset + ": floor " + r.noiseFloor());
            OptimizationResult tr = TrustRegion.withDefaults().minimize(f, new double[3], OptimizerOptions.scaleInvariant(1000));
            assertTrue(tr.converged(), offset + ": " + tr.message());
            assertSameMinimiser(f, r, tr);
        }
    }

    @Test
    void theGradientNormRuleOnTheIncomeExampleConvergesToo() {
        // gtol keeps its meaning; with the floor measured again a tight one is met
        LinearPredictorObjective f = ExampleData.poisson(ScaleExamples.incomeCsv(15), List.of("INCOME", "AGE"), null);
        OptimizationResult r = Newton.withDefaults().minimize(f, new double[3], OptimizerOptions.DEFAULTS.withGtol(1e-3));
        assertEquals(StopReason.GTOL, r.stopReason(), r.message());
        assertTrue(r.gradientNorm() <= 1e-3);
    }

    @Test
    void newtonStopsAtTheSameIterateWhenAColumnChangesItsUnits() {
        String csv = ScaleExamples.incomeCsv(15);
        LinearPredictorObjective dollars = ExampleData.poisson(csv, List.of("INCOME", "AGE"), null);
        for (double c : new double[] {1e-4, 1e4}) {
            LinearPredictorObjective other = ExampleData.poisson(csv, List.of("INCOME", "AGE"), new double[] {c, 1});
            for (Optimizer m : List.of(Newton.withDefaults(), FullStepNewton.withDefaults(), TrustRegion.withDefaults())) {
                if (m instanceof FullStepNewton) {
                    continue; // full steps from zero overflow on this loss whatever the units
                }
                OptimizationResult a = m.minimize(dollars, new double[3], OptimizerOptions.scaleInvariant(1000));
                OptimizationResult b = m.minimize(other, new double[3], OptimizerOptions.scaleInvariant(1000));
                assertEquals(a.converged(), b.converged(), m.name() + " " + c);
                double[] back = b.estimate();
                back[1] *= c;
                assertSameMinimiser(dollars, a, back);
            }
        }
    }

    @Test
    void everyMethodMeetsTheScaleInvariantRuleOnTheExamples() {
        for (LinearPredictorObjective f : List.of(ExampleData.newtonBfgsTutorial(), ExampleData.logisticNotebook())) {
            double[] start = new double[f.dimension()];
            OptimizationResult reference = Newton.withDefaults().minimize(f, start, OptimizerOptions.scaleInvariant(1000));
            assertEquals(StopReason.NEWTON_DECREMENT, reference.stopReason(), reference.message());
            for (String name : Optimizers.NAMES) {
                OptimizationResult r = Optimizers.byName(name).minimize(f, start, OptimizerOptions.scaleInvariant(1000));
                // Hipparchus's CG searches lines by values only (Brent), so it cannot place a step more
                // finely than the loss's rounding allows and may stall just above the relative-gradient
                // tolerance: it then says so (no progress) rather than claim convergence
                boolean valueOnlySearch = name.equals("hipparchus-cg") && r.stopReason() == StopReason.NO_PROGRESS;
                assertTrue(r.converged() || valueOnlySearch, name + ": " + r.message());
                assertArrayEquals(reference.estimate(), r.estimate(), Tolerances.SAME_MINIMISER * Matrices.norm(reference.estimate()),
                        name);
            }
        }
    }

    /** Two estimates within the decrement rule's accuracy of each other, in the norm of the Hessian (standard errors). */
    private static void assertSameMinimiser(LinearPredictorObjective f, OptimizationResult a, OptimizationResult b) {
        assertSameMinimiser(f, a, b.estimate());
    }

    private static void assertSameMinimiser(LinearPredictorObjective f, OptimizationResult a, double[] b) {
        double[] d = a.estimate();
        for (int i = 0; i < d.length; i++) {
            d[i] -= b[i];
        }
        double[] hd = Matrices.multiply(f.hessian(a.estimate()), d);
        double distance = Math.sqrt(Math.abs(Matrices.dot(d, hd)));
        // each estimate is within sqrt(2 tol max(1, |f|)) of the minimiser in this norm
        double accuracy = 2 * Math.sqrt(2 * Convergence.DECREMENT_TOL * Math.max(1, Math.abs(a.loss())));
        assertTrue(distance <= accuracy, "distance " + distance + " > " + accuracy);
    }

    @Test
    void aStepThatCannotBeSeenInTheLossIsConvergenceOnlyWhenTheDecrementIsBelowTheFloor() {
        LinearPredictorObjective f = ExampleData.newtonBfgsTutorial();
        double[] start = new double[f.dimension()];
        Run run = new Run("newton", f, start, OptimizerOptions.scaleInvariant(1000), true);
        assertTrue(run.noiseFloor > 0);
        // the Newton step predicts a decrease below the loss's rounding floor: no computed loss can do better
        run.checkDecrement(run.noiseFloor);
        assertEquals(StopReason.ROUNDING_FLOOR, run.noStep());
        // above the floor a failed search is no progress
        run.checkDecrement(4 * run.noiseFloor);
        assertEquals(StopReason.NO_PROGRESS, run.noStep());
        // the gradient-norm rule knows no decrement
        Run gtol = new Run("newton", f, start, OptimizerOptions.DEFAULTS, true);
        gtol.checkDecrement(0);
        assertEquals(StopReason.NO_PROGRESS, gtol.noStep());
    }
}
