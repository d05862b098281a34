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
