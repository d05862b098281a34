package org.hessianworkbench.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.Rosenbrock;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/** Newton and BFGS on Rosenbrock and on the data of the two examples (the logistic-Hessian notebook, the Newton/BFGS tutorial). */
class OptimizerTest {


    private static final List<Optimizer> METHODS = List.of(Newton.withDefaults(), Bfgs.withDefaults(), Lbfgs.of(10),
            TrustRegion.withDefaults());

    /** Every method with a globalisation strategy (all but newton-pure). */
    private static final List<Optimizer> ALL = Optimizers.NAMES.stream().filter(n -> !n.equals("newton-pure"))
            .map(Optimizers::byName).toList();

    /**
     * Methods that judge steps by the gradient near the minimum and so reach tolerances far below the
     * loss's rounding noise; gradient descent and Hipparchus's CG (value-based Brent search) stall at
     * a gradient norm near \(\sqrt{2L\sigma_f}\).
     */
    private static final List<Optimizer> PRECISE = List.of(Newton.withDefaults(), Bfgs.withDefaults(), Lbfgs.of(10),
            TrustRegion.withDefaults(), DirectBfgs.of(10, 1e-4, 0.5));


    @Test
    void rosenbrockFromTheClassicStart() {
        for (Optimizer m : METHODS) {
            OptimizationResult r = m.minimize(new Rosenbrock(), new double[] {-1.2, 1},
                    OptimizerOptions.DEFAULTS.withGtol(1e-10));
            assertTrue(r.converged(), m.name() + ": " + r.message());
            assertArrayEquals(new double[] {1, 1}, r.estimate(), Tolerances.ROSENBROCK_MINIMISER, m.name());
            assertTraceConsistent(r);
        }
    }

    @Test
    void notebookLogisticMleReappears() {
        LinearPredictorObjective f = ExampleData.logisticNotebook();
        // the converged MLE to the eight decimals recorded for the notebook (Newton to convergence)
        double[] mle = ReferenceSet.load("logistic-hessian-notebook").numbers("mle");
        for (Optimizer m : PRECISE) {
            OptimizationResult r = m.minimize(f, new double[2], OptimizerOptions.DEFAULTS.withGtol(1e-9));
            assertTrue(r.converged(), m.name() + ": " + r.message());
            assertArrayEquals(mle, r.estimate(), Tolerances.EIGHT_DECIMALS, m.name());
            assertTraceConsistent(r);
        }
    }

    @Test
    void newtonNeedsFewIterationsAndCountsItsWork() {
        OptimizationResult r = Newton.withDefaults().minimize(ExampleData.logisticNotebook(), new double[2], OptimizerOptions.DEFAULTS);
        assertTrue(r.iterations() <= 8, "Newton on a logistic loss converges quadratically: " + r.iterations());
        assertEquals(r.iterations(), r.hessianEvaluations());
        assertEquals(0, r.hessianModifications());
        assertEquals(r.iterations() + 1, r.trace().size());
    }

    @Test
    void tutorialWithItsArmijoConstantFromOnes() {
        LinearPredictorObjective f = ExampleData.newtonBfgsTutorial();
        OptimizationResult newton = Newton.of(0.4, 0.5).minimize(f, new double[] {1, 1, 1, 1, 1}, OptimizerOptions.DEFAULTS);
        OptimizationResult bfgs = Bfgs.withDefaults().minimize(f, new double[] {1, 1, 1, 1, 1}, OptimizerOptions.DEFAULTS);
        assertTrue(newton.converged(), newton.message());
        assertTrue(bfgs.converged(), bfgs.message());
        assertArrayEquals(newton.estimate(), bfgs.estimate(), 1e-5);
        OptimizationResult tutorialForm = DirectBfgs.of(10, 0.4, 0.5).minimize(f, new double[] {1, 1, 1, 1, 1},
                OptimizerOptions.DEFAULTS);
        assertTrue(tutorialForm.converged(), tutorialForm.message());
        assertArrayEquals(newton.estimate(), tutorialForm.estimate(), 1e-5);
        assertArmijoHolds(newton, 0.4);
        assertArmijoHolds(tutorialForm, 0.4);
    }

    @Test
    void pureNewtonFromOnesDivergesWithAReasonAndNoNaN() {
        OptimizationResult r = FullStepNewton.withDefaults().minimize(ExampleData.newtonBfgsTutorial(), new double[] {1, 1, 1, 1, 1},
                OptimizerOptions.DEFAULTS);
        assertEquals(StopReason.DIVERGED, r.stopReason(), r.message());
        assertTrue(r.message().contains("singular") || r.message().contains("overflow"), r.message());
        for (double b : r.estimate()) {
            assertTrue(Double.isFinite(b));
        }
        assertTrue(Double.isFinite(r.loss()));
        // the loss went up: full steps overshoot
        assertTrue(r.trace().get(1).loss() > r.trace().get(0).loss());
    }

    @Test
    void pureNewtonConvergesFromZero() {
        OptimizationResult r = FullStepNewton.withDefaults().minimize(ExampleData.newtonBfgsTutorial(), new double[5], OptimizerOptions.DEFAULTS);
        assertTrue(r.converged(), r.message());
    }

    @Test
    void everyMethodReachesTheSameMinimiserAtTheDefaultTolerance() {
        for (LinearPredictorObjective f : List.of(ExampleData.newtonBfgsTutorial(), ExampleData.logisticNotebook())) {
            double[] start = new double[f.dimension()];
            double[] reference = Newton.withDefaults().minimize(f, start, OptimizerOptions.DEFAULTS.withGtol(1e-10)).estimate();
            double scale = org.hessianworkbench.derivatives.Matrices.norm(reference);
            for (Optimizer m : ALL) {
                OptimizationResult r = m.minimize(f, start, OptimizerOptions.DEFAULTS);
                assertTrue(r.converged(), m.name() + ": " + r.message());
                assertArrayEquals(reference, r.estimate(), Tolerances.SAME_MINIMISER * scale, m.name());
                if (!m.name().equals("hipparchus-cg")) {
                    assertTraceConsistent(r);
                }
            }
        }
    }

    static void assertArmijoHolds(OptimizationResult r, double c) {
        List<IterationRecord> t = r.trace();
        for (int i = 1; i < t.size(); i++) {
            IterationRecord k = t.get(i);
            assertTrue(k.loss() <= t.get(i - 1).loss() + c * k.stepLength() * k.slope() + 2 * r.noiseFloor(),
                    r.optimizer() + " iteration " + i + " violates Armijo");
        }
    }

    static void assertTraceConsistent(OptimizationResult r) {
        List<IterationRecord> t = r.trace();
        for (int i = 1; i < t.size(); i++) {
            assertTrue(t.get(i).loss() <= t.get(i - 1).loss() + r.noiseFloor(), "loss increased at iteration " + i);
            assertEquals(i, t.get(i).iteration());
        }
        assertEquals(r.gradientNorm(), t.get(t.size() - 1).gradientNorm(), 0);
        assertEquals(r.loss(), t.get(t.size() - 1).loss(), 0);
    }
}
