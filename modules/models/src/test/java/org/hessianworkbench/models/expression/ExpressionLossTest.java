package org.hessianworkbench.models.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.models.LogisticLoss;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/** Losses written as expressions: compiled symbolic derivatives against AD and against hand-written losses. */
class ExpressionLossTest {

    /**
     * The compiled derivatives and AD evaluate different formulas for the same derivative (e.g.
     * \(\sigma(\eta)(1-\sigma(\eta))\) against the second-order Taylor coefficient of \(\log(1+e^\eta)\)):
     * a few roundings of numbers of the size of the terms, more where a formula cancels (the
     * complementary log-log's second derivative loses three digits near \(\eta = 2\), measured 1e-13).
     */
    private static final double FORMULA_TOL = 1e-12;

    private static final ExpressionLoss LOGISTIC = ExpressionLoss.parse("log(1 + exp(eta)) - y*eta");
    private static final ExpressionLoss PROBIT = ExpressionLoss.parse("-(y*log(Phi(eta)) + (1 - y)*log(1 - Phi(eta)))");

    private static void close(double expected, double actual, double scale, String what) {
        assertTrue(Math.abs(expected - actual) <= FORMULA_TOL * Math.max(scale, Math.abs(expected)),
                () -> what + ": expected " + expected + ", got " + actual);
    }

    @Property(tries = 300)
    void aLogisticWrittenAsAnExpressionIsTheHandWrittenLogistic(@ForAll @DoubleRange(min = -30, max = 30) double eta,
                                                               @ForAll("binary") double y) {
        Statistics.label("tail").collect(Math.abs(eta) > 10);
        double[] d1 = new double[1];
        double[] d2 = new double[1];
        double[] e1 = new double[1];
        double[] e2 = new double[1];
        double v = LOGISTIC.derivatives(new double[] {eta}, y, d1, d2);
        double w = LogisticLoss.INSTANCE.derivatives(new double[] {eta}, y, e1, e2);
        close(w, v, 1, "value");
        close(e1[0], d1[0], 1, "first derivative");
        close(e2[0], d2[0], 0, "second derivative");
    }

    @Provide
    Arbitrary<Double> binary() {
        return Arbitraries.of(0.0, 1.0);
    }

    /**
     * On \([-8, 2]\): beyond 2 the complementary log-log's symbolic second derivative, a sum of terms
     * of \(e^{-e^\eta}\) that nearly cancel, loses a digit per 0.2 (AD's Taylor arithmetic does not);
     * those rows' fitted probabilities are above 0.9994 and their curvature is below 1e-3 of a
     * row's at \(\eta = 0\).
     */
    @Property(tries = 300)
    void compiledDerivativesEqualAutomaticDifferentiation(@ForAll("losses") ExpressionLoss loss,
                                                          @ForAll @DoubleRange(min = -8, max = 2) double eta,
                                                          @ForAll("binary") double y) {
        Statistics.label("loss").collect(loss.text());
        double[] d1 = new double[1];
        double[] d2 = new double[1];
        double v = loss.derivatives(new double[] {eta}, y, d1, d2);
        DerivativeStructure ad = loss.value(new DerivativeStructure[] {new DSFactory(1, 2).variable(0, eta)}, y);
        close(ad.getValue(), v, 1, loss.text() + " value at " + eta);
        close(ad.getPartialDerivative(1), d1[0], 1, loss.text() + " first derivative at " + eta);
        close(ad.getPartialDerivative(2), d2[0], Math.abs(d1[0]), loss.text() + " second derivative at " + eta);
    }

    @Provide
    Arbitrary<ExpressionLoss> losses() {
        return Arbitraries.of(LOGISTIC, PROBIT,
                ExpressionLoss.parse("-(y*log(1 - exp(-exp(eta))) - (1 - y)*exp(eta))"),
                ExpressionLoss.parse("exp(eta) - y*eta"),
                ExpressionLoss.parse("y/exp(eta) + eta"),
                ExpressionLoss.parse("0.5*(y - eta)^2 + lgamma(1 + eta^2) + softplus(eta)*erf(eta/3)"));
    }

    /**
     * The complementary log-log's Hessian for a success far in the upper tail, \(y = m = 1\): a sum
     * \(e^\eta[A/B + m - y + C]\) whose data terms \(m - y\) cancel exactly only when added first (the
     * compiler's order); added after \(A/B\) it lost \(A/B\) and had the wrong sign at \(\eta = 4\).
     * Relative to AD's value: the formulas still differ by roundings of their terms.
     */
    @Test
    void theCloglogHessianKeepsItsDigitsInTheUpperTail() {
        ExpressionLoss cloglog = ExpressionLoss.parse(NamedModel.CLOGLOG.defaultLink().loss());
        double[] d1 = new double[1];
        double[] d2 = new double[1];
        for (double eta = 2; eta <= 6; eta += 0.25) {
            cloglog.derivatives(new double[] {eta}, 1, 1, d1, d2);
            DerivativeStructure ad = cloglog.value(new DerivativeStructure[] {new DSFactory(1, 2).variable(0, eta)}, 1, 1);
            double want = ad.getPartialDerivative(2);
            assertTrue(want > 0, "convex at " + eta);
            assertEquals(want, d2[0], 1e-10 * want, "second derivative at " + eta);
            assertEquals(ad.getPartialDerivative(1), d1[0], 1e-10 * Math.abs(ad.getPartialDerivative(1)), "first at " + eta);
        }
    }

    @Test
    void theProbitIsFiniteAndAccurateFarInTheTail() {
        double[] d1 = new double[1];
        double[] d2 = new double[1];
        double v = PROBIT.derivatives(new double[] {-40}, 1, d1, d2);
        assertEquals(804.6084420137538, v, 1e-15 * 805);
        assertEquals(-40.024968847207264, d1[0], 1e-13 * 40);
        assertEquals(0.99937733162140861, d2[0], 1e-12);
        assertEquals("logPhi(eta)", org.hessianworkbench.symbolic.print.Printer.text(
                ExpressionLoss.parse("log(Phi(eta))").definition()));
    }

    @Test
    void severalPredictorsHaveCrossDerivatives() {
        ExpressionLoss het = ExpressionLoss.parse("0.5*((y - mu)/exp(ls))^2 + ls", List.of("mu", "ls"), Map.of());
        double[] d1 = new double[2];
        double[] d2 = new double[4];
        double mu = 0.3;
        double ls = -0.2;
        double y = 1.1;
        het.derivatives(new double[] {mu, ls}, y, d1, d2);
        double s2 = Math.exp(-2 * ls);
        assertEquals(-(y - mu) * s2, d1[0], 1e-15);
        assertEquals(-(y - mu) * (y - mu) * s2 + 1, d1[1], 1e-15);
        assertEquals(s2, d2[0], 1e-15);
        assertEquals(2 * (y - mu) * s2, d2[1], 1e-15);
        assertEquals(d2[1], d2[2]);
        assertEquals(2 * (y - mu) * (y - mu) * s2, d2[3], 1e-15);
    }

    @Test
    void parametersAreConstants() {
        ExpressionLoss huber = ExpressionLoss.parse("0.5*min(abs(y - eta), d)^2 + d*max(abs(y - eta) - d, 0)",
                List.of("eta"), Map.of("d", 1.345));
        double[] d1 = new double[1];
        double[] d2 = new double[1];
        assertEquals(0.5 * 0.25, huber.derivatives(new double[] {0.5}, 0, d1, d2), 1e-15);
        assertEquals(0.5, d1[0], 1e-15);
        assertEquals(1, d2[0]);
        assertEquals(1.345 * (3 - 1.345) + 0.5 * 1.345 * 1.345, huber.derivatives(new double[] {3}, 0, d1, d2), 1e-14);
        assertEquals(1.345, d1[0], 1e-15);
        assertEquals(0, d2[0]);
        huber.derivatives(new double[] {0}, 0, d1, d2);
        assertEquals(0, d1[0], 0, "the gradient at a zero residual");
        assertEquals(1, d2[0], "the curvature at a zero residual is the quadratic part's (the right derivative)");
        assertTrue(huber.hasKinks());
        assertNotEquals(huber.piece(new double[] {0.5}, 0), huber.piece(new double[] {3}, 0));
    }

    @Test
    void badLossesAreNamed() {
        BadInputException unknown = assertThrows(BadInputException.class,
                () -> ExpressionLoss.parse("(y - eta)^2/k"));
        assertEquals("loss '(y - eta)^2/k': unknown symbol(s) 'k' (the loss may use the linear predictor(s) eta, "
                + "the response y, the trials m and the parameters (none given))", unknown.getMessage());
        assertThrows(BadInputException.class, () -> ExpressionLoss.parse("y^2"));
        assertThrows(BadInputException.class, () -> ExpressionLoss.parse("(y - eta)^2", List.of("y"), Map.of()));
        assertThrows(BadInputException.class, () -> ExpressionLoss.parse("(y - eta)^2*k", List.of("eta"),
                Map.of("k", Double.NaN)));
        assertThrows(BadInputException.class, () -> ExpressionLoss.parse("(y - eta)^", List.of("eta"), Map.of()));
    }
}
