package org.hessianworkbench.derivatives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * The steps in the scale of the problem: typical scales from the design's columns (per block), the
 * step rule \(\max(|\beta_j|, \mathrm{typ}_j)\), and the same differences whatever the units of a column.
 */
class FiniteDifferenceStepsTest {

    /** x1 in dollars (rms 5e4), x2 in thousandths (rms 1e-3), x3 all zero. */
    private static final double[][] X = {{3e4, 1e-3, 0}, {4e4, -1e-3, 0}, {5e4, 1e-3, 0}, {7e4, -1e-3, 0}};

    private static final double[] Y = {0, 1, 2, 7};

    private static LinearPredictorObjective objective(double[][] x) {
        return LinearPredictorObjective.of(List.of(DesignBlock.of("", List.of("x1", "x2", "x3"), x)), Y, TestLosses.POISSON);
    }

    @Test
    void typicalScalesAreOneOverEachColumnsRootMeanSquare() {
        double rms1 = Math.sqrt((9e8 + 16e8 + 25e8 + 49e8) / 4);
        assertArrayEquals(new double[] {1 / rms1, 1e3, 1}, objective(X).typicalScale(), 1e-15 * 1e3);
        assertEquals(1 / rms1, objective(X).typicalScale()[0], Tolerances.FEW_ROUNDINGS / rms1);
        // a column far beyond the square root of the largest double still has its rms
        DesignBlock huge = DesignBlock.of("", List.of("h"), new double[][] {{3e200}, {4e200}});
        assertEquals(Math.sqrt(12.5) * 1e200, huge.rms(0), Tolerances.FEW_ROUNDINGS * 1e201);
    }

    @Test
    void aProductModelHasATypicalScalePerGroupColumn() {
        DesignBlock g1 = DesignBlock.of("g1", List.of("b1", "x"), new double[][] {{1, 2}, {1, -2}});
        DesignBlock g2 = DesignBlock.of("g2", List.of("b2", "z"), new double[][] {{1, 300}, {1, 400}});
        LinearPredictorObjective f = LinearPredictorObjective.of(List.of(g1, g2), new double[] {1, 2}, TestLosses.PRODUCT_SQUARED);
        assertArrayEquals(new double[] {1, 0.5, 1, 1 / Math.sqrt(125_000)}, f.typicalScale(), Tolerances.FEW_ROUNDINGS);
    }

    @Test
    void stepsFollowTheLargerOfTheParameterAndItsTypicalSize() {
        LinearPredictorObjective f = objective(X);
        double[] typ = f.typicalScale();
        double[] b = {2e-5, 0.3, 0};
        double[] size = {Math.max(2e-5, typ[0]), Math.max(0.3, typ[1]), 1};
        double cbrt = Math.cbrt(Math.ulp(1.0));
        double[] central = FiniteDifferences.largestSteps(HessianMethod.FD_CENTRAL, f, b);
        double[] richardson = FiniteDifferences.largestSteps(HessianMethod.FD_RICHARDSON, f, b);
        for (int j = 0; j < 3; j++) {
            assertEquals(2 * cbrt * size[j], central[j], Tolerances.FEW_ROUNDINGS * central[j]);
            assertEquals(0.1 * size[j], richardson[j], Tolerances.FEW_ROUNDINGS * richardson[j]);
        }
        assertArrayEquals(new double[] {2e-6, 2e-6, 2e-6}, FiniteDifferences.largestSteps(HessianMethod.FD_NESTED, f, b),
                Tolerances.EXACT, "fd-nested keeps the notebook's fixed step");
        // the generic default: typical size 1, Dennis and Schnabel's default
        assertArrayEquals(new double[] {1, 1}, new Rosenbrock().typicalScale(), Tolerances.EXACT);
    }

    @Test
    void aColumnInOtherUnitsGivesTheSameDifferencesInThoseUnits() {
        // x1 in units of 10,000 dollars: beta_1 and typ_1 are 1e4 times larger, so is the step, and every
        // entry of the Hessian row changes by the factor 1e4 and nothing else (to rounding)
        double[][] x10k = new double[X.length][];
        for (int i = 0; i < X.length; i++) {
            x10k[i] = X[i].clone();
            x10k[i][0] /= 1e4;
        }
        double[] b = {2e-5, 0.3, 0};
        double[] b10k = {2e-1, 0.3, 0};
        for (HessianMethod m : List.of(HessianMethod.FD_CENTRAL, HessianMethod.FD_RICHARDSON)) {
            double[][] h = m.compute(objective(X), b).hessian();
            double[][] h10k = m.compute(objective(x10k), b10k).hessian();
            double[][] ad = objective(X).automaticHessian(b).hessian();
            double[][] ad10k = objective(x10k).automaticHessian(b10k).hessian();
            double before = HessianComparison.maxScaledDiff(h, ad);
            double after = HessianComparison.maxScaledDiff(h10k, ad10k);
            assertTrue(after <= 10 * Math.max(before, 1e-12) && before <= 10 * Math.max(after, 1e-12), m + ": " + before + " vs " + after);
            assertEquals(h[0][1], h10k[0][1] * 1e4, 1e-9 * Math.abs(h[0][1]), m + ": the (x1, x2) entry in other units");
        }
    }

    @Test
    void theFixedRuleOfUnitTypicalSizeIsFooledByTheUnits() {
        // the rule this replaces, eps^(1/3) max(1, |beta|): a dollars column with a coefficient of 1e-5 moves
        // its predictor by 6e-6 * 5e4 = 0.3 per step
        double[] b = {2e-5, 0.3, 0};
        LinearPredictorObjective f = objective(X);
        double fixed = HessianComparison.maxScaledDiff(FiniteDifferences.central(new UnitTypicalScale(f), b, false).hessian(),
                f.automaticHessian(b).hessian());
        double scaled = HessianComparison.maxScaledDiff(FiniteDifferences.central(f, b, false).hessian(),
                f.automaticHessian(b).hessian());
        assertTrue(fixed > 1e-3, "fixed rule " + fixed);
        assertTrue(scaled < 1e-8, "typical-size rule " + scaled);
    }

    @Test
    void theKinkCheckIsAskedAboutTheStepsTheEnginesTake() {
        LinearPredictorObjective f = objective(X);
        double[] b = {2e-5, 0.3, 0};
        for (HessianMethod m : List.of(HessianMethod.FD_CENTRAL, HessianMethod.FD_RICHARDSON, HessianMethod.FD_NESTED)) {
            Recording r = new Recording(f, b);
            m.compute(r, b);
            double[] largest = FiniteDifferences.largestSteps(m, f, b);
            for (int j = 0; j < b.length; j++) {
                // beta + h is rounded to a double: off by ulp(beta) / h <= eps^(2/3), 4e-11 of the step
                assertTrue(r.moved[j] <= largest[j] * (1 + 1e-10), m + " moved parameter " + j + " by " + r.moved[j]
                        + ", beyond the " + largest[j] + " the kink check is asked about");
                assertTrue(r.moved[j] >= largest[j] * (1 - 1e-6), m + ": the kink check asks about steps it never takes");
            }
        }
    }

    /** An objective that records how far from {@code beta} any evaluation moved each parameter. */
    private static final class Recording implements Objective {
        private final Objective f;
        private final double[] beta;
        final double[] moved;

        Recording(Objective f, double[] beta) {
            this.f = f;
            this.beta = beta.clone();
            this.moved = new double[beta.length];
        }

        private void record(double[] x) {
            for (int j = 0; j < x.length; j++) {
                moved[j] = Math.max(moved[j], Math.abs(x[j] - beta[j]));
            }
        }

        @Override
        public int dimension() {
            return f.dimension();
        }

        @Override
        public double value(double[] x) {
            record(x);
            return f.value(x);
        }

        @Override
        public double[] gradient(double[] x) {
            record(x);
            return f.gradient(x);
        }

        @Override
        public double[][] hessian(double[] x) {
            return f.hessian(x);
        }

        @Override
        public FirstOrder automaticGradient(double[] x) {
            return f.automaticGradient(x);
        }

        @Override
        public SecondOrder automaticHessian(double[] x) {
            return f.automaticHessian(x);
        }

        @Override
        public double[] typicalScale() {
            return f.typicalScale();
        }

        @Override
        public double[] gradientTermScale(double[] x) {
            return f.gradientTermScale(x);
        }

        @Override
        public double valueTermScale(double[] x) {
            return f.valueTermScale(x);
        }
    }
}
