package org.hessianworkbench.grading.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hessianworkbench.derivatives.FirstOrder;
import org.hessianworkbench.derivatives.Objective;
import org.hessianworkbench.derivatives.Rosenbrock;
import org.hessianworkbench.derivatives.SecondOrder;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/** The Taylor test tells a right Hessian (slope 3) from a wrong one (2) and a wrong gradient (1). */
class TaylorTestTest {

    private static final double[] POINT = {-1.2, 1};

    @Test
    void rightDerivativesGiveSlopeThree() {
        TaylorTest.Result r = TaylorTest.run(new Rosenbrock(), POINT, 1);
        assertTrue(r.conclusive());
        assertEquals(3, r.slope(), Tolerances.TAYLOR_SLOPE);
    }

    @Test
    void wrongHessianGivesSlopeTwo() {
        TaylorTest.Result r = TaylorTest.run(new Broken(1.01, 0), POINT, 1);
        assertEquals(2, r.slope(), Tolerances.TAYLOR_SLOPE);
        assertTrue(r.slope() < VerifyProperties.SLOPE_LOW);
    }

    @Test
    void wrongGradientGivesSlopeOne() {
        TaylorTest.Result r = TaylorTest.run(new Broken(1, 1e-3), POINT, 1);
        assertEquals(1, r.slope(), Tolerances.TAYLOR_SLOPE);
    }

    @Test
    void quadraticLossesHaveNoRemainder() {
        Objective quadratic = new org.hessianworkbench.derivatives.GenericObjective() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public <T extends org.hipparchus.CalculusFieldElement<T>> T value(T[] b) {
                return b[0].square().add(b[1].square().multiply(3)).add(b[0].multiply(b[1]));
            }

            @Override
            public double[] gradient(double[] b) {
                return new double[] {2 * b[0] + b[1], 6 * b[1] + b[0]};
            }

            @Override
            public double[][] hessian(double[] b) {
                return new double[][] {{2, 1}, {1, 6}};
            }
        };
        assertTrue(TaylorTest.run(quadratic, POINT, 1).quadratic());
    }

    /**
     * \(-\epsilon[\log b + \log(2 - b)]\) at \(b = 0.8\): the curvature is small, so the directions'
     * longest steps leave the domain \((0, 2)\); the steps inside it still read slope 3.
     */
    @Test
    void stepsOutsideTheDomainAreNotUsed() {
        double eps = 1e-4;
        Objective barrier = new org.hessianworkbench.derivatives.GenericObjective() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public <T extends org.hipparchus.CalculusFieldElement<T>> T value(T[] b) {
                return b[0].log().add(b[0].negate().add(2).log()).multiply(-eps);
            }

            @Override
            public double[] gradient(double[] b) {
                return new double[] {-eps * (1 / b[0] - 1 / (2 - b[0]))};
            }

            @Override
            public double[][] hessian(double[] b) {
                return new double[][] {{eps * (1 / (b[0] * b[0]) + 1 / ((2 - b[0]) * (2 - b[0])))}};
            }
        };
        TaylorTest.Result r = TaylorTest.run(barrier, new double[] {0.8}, 1);
        assertTrue(Double.isNaN(r.remainders()[0]), java.util.Arrays.toString(r.remainders()));
        assertTrue(r.conclusive(), java.util.Arrays.toString(r.remainders()));
        assertEquals(3, r.slope(), Tolerances.TAYLOR_SLOPE);
    }

    /** Rosenbrock with its Hessian scaled and its gradient shifted: the kind of mistake the test exists for. */
    private static final class Broken implements Objective {
        private final Rosenbrock f = new Rosenbrock();
        private final double hessianFactor;
        private final double gradientShift;

        Broken(double hessianFactor, double gradientShift) {
            this.hessianFactor = hessianFactor;
            this.gradientShift = gradientShift;
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] b) {
            return f.value(b);
        }

        @Override
        public double[] gradient(double[] b) {
            double[] g = f.gradient(b);
            g[0] += gradientShift;
            return g;
        }

        @Override
        public double[][] hessian(double[] b) {
            double[][] h = f.hessian(b);
            for (double[] row : h) {
                for (int j = 0; j < row.length; j++) {
                    row[j] *= hessianFactor;
                }
            }
            return h;
        }

        @Override
        public FirstOrder automaticGradient(double[] b) {
            return f.automaticGradient(b);
        }

        @Override
        public SecondOrder automaticHessian(double[] b) {
            return f.automaticHessian(b);
        }
    }

    @Test
    void directionsAreScaledByCurvature() {
        assertEquals(5, TaylorTest.DIRECTIONS);
        assertTrue(List.of(TaylorTest.run(new Rosenbrock(), new double[] {1, 1}, 7)).get(0).conclusive());
    }
}
