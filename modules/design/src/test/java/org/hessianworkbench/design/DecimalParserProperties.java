package org.hessianworkbench.design;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** {@link DecimalParser} equals {@link Double#parseDouble} bit for bit, ties and near-ties included. */
class DecimalParserProperties {

    private static void assertSame(String text) {
        double expected = Double.parseDouble(text);
        double actual = DecimalParser.parse(text, 0, text.length());
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                () -> text + ": " + expected + " expected, " + actual + " parsed");
    }

    /** Finite doubles of every magnitude, from their bits. */
    @Provide
    Arbitrary<Double> doubles() {
        Arbitrary<Double> anyBits = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
        Arbitrary<Double> moderate = Arbitraries.doubles().between(-1e6, 1e6);
        Arbitrary<Double> normal = Arbitraries.integers().between(-60, 60)
                .flatMap(k -> Arbitraries.doubles().between(1, 10).map(v -> v * Math.pow(10, k)));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, anyBits), net.jqwik.api.Tuple.of(3, moderate),
                net.jqwik.api.Tuple.of(3, normal));
    }

    @Property(tries = 3000)
    void printedDoublesParseBack(@ForAll("doubles") double v) {
        Statistics.label("digits path").collect(Math.abs(v) >= 1e-22 && Math.abs(v) < 1e22 ? "fast range" : "other");
        Statistics.label("digits path").coverage(c -> c.check("fast range").count(n -> n > 0));
        for (String format : new String[] {"%.17g", "%.16g", "%.15g", "%.6g", "%.3f", "%.19e"}) {
            assertSame(String.format(Locale.ROOT, format, v));
        }
        assertSame(Double.toString(v));
        assertSame(NumberText.format(v));
        assertSame(new BigDecimal(v).toPlainString().length() < 60 ? new BigDecimal(v).toPlainString() : "1");
    }

    /** Decimal strings of 1..21 digits with a point somewhere and an exponent. */
    @Provide
    Arbitrary<String> literals() {
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(21);
        return Combinators.combine(Arbitraries.of("", "-", "+"), digits, Arbitraries.integers().between(0, 21),
                Arbitraries.integers().between(-40, 40), Arbitraries.of(true, false)).as((sign, d, point, e, exp) -> {
                    int at = Math.min(point, d.length());
                    String mantissa = d.substring(0, at) + "." + d.substring(at);
                    if (mantissa.equals(".")) {
                        mantissa = "0";
                    }
                    return sign + mantissa + (exp ? "e" + e : "");
                });
    }

    @Property(tries = 5000)
    void decimalLiteralsParseAsJavaParsesThem(@ForAll("literals") String text) {
        assertSame(text);
    }

    /** Decimal numbers at, just below and just above the midpoint between two neighbouring doubles. */
    @Property(tries = 3000)
    void tiesAndNearTiesRoundAsJavaRoundsThem(@ForAll("doubles") double v) {
        double a = Math.abs(v);
        if (a == 0 || !Double.isFinite(Math.nextUp(a))) {
            return;
        }
        BigDecimal mid = new BigDecimal(a).add(new BigDecimal(Math.nextUp(a))).divide(BigDecimal.valueOf(2));
        for (int digits : new int[] {16, 17, 18, 19, 20}) {
            assertSame(mid.round(new MathContext(digits, RoundingMode.DOWN)).toString());
            assertSame(mid.round(new MathContext(digits, RoundingMode.UP)).toString());
        }
        if (mid.precision() < 60) {
            assertSame(mid.toString());
        }
    }

    @Example
    void knownHardCases() {
        for (String s : new String[] {"9007199254740993", "9007199254740992", "9007199254740994.5", "0.1", "1e22",
            "1e23", "-0", "0.0", "4.9e-324", "2.2250738585072011e-308", "1.7976931348623157e308", "1e309",
            "0.30000000000000004", "123456789012345678", "1234567890123456789", "12345678901234567890",
            "0.63629145338109105", "-0.54451665397236726", "1.0000000000000002", "0.99999999999999989", "5e-1",
            "4503599627370496.5", "4503599627370497.5", "2.5e-10", "1.5E+3", ".5", "5."}) {
            assertSame(s);
        }
    }
}
