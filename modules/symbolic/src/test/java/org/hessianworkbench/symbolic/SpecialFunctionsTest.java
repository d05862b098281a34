package org.hessianworkbench.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.util.Binary64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The special functions and their first two derivatives (by the Taylor route of automatic
 * differentiation) against mpmath at 60 digits ({@code special-functions.csv}, made by
 * {@code make_special_refs.py} beside it).
 */
class SpecialFunctionsTest {

    /**
     * Values: Cody's approximations and the polygamma series are accurate to a few units in the last
     * place (the normal tail's exponent split keeps \(e^{-x^2/2}\) to a few ulps even at \(x = 40\));
     * Hipparchus's erfc, used as it is, loses up to 1e-13 where erfc is below 1e-40.
     */
    private static final double VALUE_TOL = 1e-13;

    /**
     * Where digamma crosses zero (near 1.4616) its relative error is unbounded: digamma (and the first
     * derivative of lgamma) is judged relative to at least the size of the terms it sums, about 1.
     */
    private static final double DIGAMMA_SCALE = 1;

    /**
     * Derivatives are closed forms in the value's accuracy, except where \(x + \lambda(x)\) cancels: the
     * second derivative of \(\log\Phi\) is \(-\lambda(x + \lambda)\), computed without cancellation in the
     * far tail (\(x < -\sqrt{32}\)) and losing up to two digits between. 1e-12.
     */
    private static final double DERIVATIVE_TOL = 1e-12;

    /**
     * The second derivative of the inverse Mills ratio (the third of \(\log\Phi\)) is
     * \(-\lambda'(x + \lambda) - \lambda(1 + \lambda')\), and \(1 + \lambda' \approx 1/x^2\) cancels as
     * \(x \to -\infty\): Cody's tail correction, accurate relative to \(1/\sqrt{2\pi}\), leaves about
     * \(\epsilon x^4\) (1e-8 at \(x = -60\)). Only third derivatives of a loss written with
     * {@code logPhi} (never its Hessian) see this.
     */
    private static final double MILLS_SECOND_DERIVATIVE_TOL = 1e-7;

    /** One row of the reference file. */
    record Ref(String function, double x, double value, double d1, double d2) {
        @Override
        public String toString() {
            return function + "(" + x + ")";
        }
    }

    static List<Ref> refs() throws IOException {
        try (InputStream in = SpecialFunctionsTest.class.getResourceAsStream("special-functions.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Ref> out = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].trim().split(",");
                out.add(new Ref(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4])));
            }
            return out;
        }
    }

    private static DerivativeStructure apply(String function, DerivativeStructure x) {
        return switch (function) {
            case "polygamma2" -> Fn.POLYGAMMA.apply(x.getField().getZero().add(2), x);
            case "polygamma3" -> Fn.POLYGAMMA.apply(x.getField().getZero().add(3), x);
            default -> Fn.byName(function).orElseThrow().apply(x);
        };
    }

    private static double value(String function, double x) {
        return switch (function) {
            case "polygamma2" -> Fn.POLYGAMMA.value(2, x);
            case "polygamma3" -> Fn.POLYGAMMA.value(3, x);
            default -> Fn.byName(function).orElseThrow().value(x);
        };
    }

    /** Relative error where the reference is a normal double; below, the result must be at most tiny too. */
    private static void close(double expected, double actual, double tol, String what) {
        close(expected, actual, tol, 0, what);
    }

    private static void close(double expected, double actual, double tol, double scale, String what) {
        if (Math.abs(expected) < Double.MIN_NORMAL) {
            assertTrue(Math.abs(actual) < 1e3 * Double.MIN_NORMAL, () -> what + ": expected about " + expected
                    + ", got " + actual);
            return;
        }
        double rel = Math.abs(actual - expected) / Math.max(Math.abs(expected), scale);
        assertTrue(rel <= tol, () -> what + ": expected " + expected + ", got " + actual + " (relative error " + rel + ")");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refs")
    void valuesAndAutomaticDerivativesMatchMpmath(Ref r) {
        double scale = "digamma".equals(r.function()) ? DIGAMMA_SCALE : 0;
        close(r.value(), value(r.function(), r.x()), VALUE_TOL, scale, r + " in double precision");
        DerivativeStructure d = apply(r.function(), new DSFactory(1, 2).variable(0, r.x()));
        close(r.value(), d.getValue(), VALUE_TOL, scale, r + " over DerivativeStructure");
        close(r.d1(), d.getPartialDerivative(1), DERIVATIVE_TOL, "lgamma".equals(r.function()) ? DIGAMMA_SCALE : 0,
                r + "'");
        close(r.d2(), d.getPartialDerivative(2), "invmills".equals(r.function()) ? MILLS_SECOND_DERIVATIVE_TOL
                : DERIVATIVE_TOL, r + "''");
    }

    @Test
    void logPhiIsFiniteAndAccurateFarInTheTail() {
        assertEquals(-804.6084420137538, SpecialFunctions.logNormCdf(-40), 1e-15 * 805);
        assertEquals(Double.NEGATIVE_INFINITY, SpecialFunctions.logNormCdf(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, SpecialFunctions.logNormCdf(1e300));
        assertEquals(0.0, SpecialFunctions.normCdf(-40));
        assertEquals(1.0, SpecialFunctions.normCdf(40));
    }

    @Test
    void everyFieldGivesTheSameValue() {
        DfpField dfp = new DfpField(40);
        for (Fn f : Fn.values()) {
            if (f.arity() != 1) {
                continue;
            }
            double x = f == Fn.LOG || f == Fn.SQRT || f == Fn.LGAMMA || f == Fn.DIGAMMA || f == Fn.TRIGAMMA ? 1.7 : -0.3;
            double v = f.value(x);
            assertEquals(v, f.apply(new Binary64(x)).getReal(), Math.ulp(v) * 4, f.text() + " over Binary64");
            assertEquals(v, f.apply(Gradient.variable(1, 0, x)).getValue(), Math.ulp(v) * 4, f.text() + " over Gradient");
            Dfp precise = f.apply(dfp.newDfp(x));
            assertEquals(v, precise.toDouble(), Math.abs(v) * 1e-14 + 1e-300, f.text() + " over Dfp");
        }
    }

    @Test
    void nestedDerivativeStructuresGetEveryOrder() {
        // d^3/dx^3 logPhi at -2 through an order-1 structure of an order-2 structure: the orders add up
        DSFactory inner = new DSFactory(1, 2);
        org.hipparchus.analysis.differentiation.FDSFactory<DerivativeStructure> outer =
                new org.hipparchus.analysis.differentiation.FDSFactory<>(inner.getDerivativeField(), 1, 1);
        var x = outer.variable(0, inner.variable(0, -2.0));
        var y = Fn.LOG_PHI.apply(x);
        DerivativeStructure third = y.getPartialDerivative(1);
        DerivativeStructure direct = Fn.LOG_PHI.apply(new DSFactory(1, 3).variable(0, -2.0));
        assertEquals(direct.getPartialDerivative(3), third.getPartialDerivative(2), 1e-14);
        assertEquals(direct.getPartialDerivative(1), third.getValue(), 1e-14);
    }

    @Test
    void polygammaHasItsDomain() {
        assertTrue(Double.isNaN(SpecialFunctions.polygamma(2, -1.5)));
        assertTrue(Double.isNaN(SpecialFunctions.polygamma(SpecialFunctions.MAX_POLYGAMMA_ORDER + 1, 2)));
        assertTrue(Double.isNaN(Fn.POLYGAMMA.value(1.5, 2)));
        assertTrue(Double.isNaN(SpecialFunctions.logGamma(0)));
    }
}
