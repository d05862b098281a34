package org.hessianworkbench.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.symbolic.Fn;
import org.hessianworkbench.symbolic.SpecialFunctions;

/**
 * One definition of the functions: a function of the expression language written in a formula, as a
 * term ({@code f(x)}) or inside {@code I(...)}, gives the column {@link Fn#value(double)} gives, bit
 * for bit, and a value it leaves non-finite is refused as any other.
 */
class FormulaFunctionProperties {

    /** The functions of one argument. */
    private static final List<Fn> UNARY = Arrays.stream(Fn.values()).filter(f -> f.arity() == 1).toList();
    /** The functions of two arguments. */
    private static final List<Fn> BINARY = Arrays.stream(Fn.values()).filter(f -> f.arity() == 2).toList();

    @Provide
    Arbitrary<Fn> unary() {
        return Arbitraries.of(UNARY);
    }

    @Provide
    Arbitrary<Fn> binary() {
        return Arbitraries.of(BINARY);
    }

    /**
     * Finite doubles: mostly where the functions vary (with 15 decimals, so most bits are used), some
     * of any size (random bit patterns), and the points where functions change: zeros, integers (the
     * poles of the gamma functions), the extremes.
     */
    @Provide
    Arbitrary<Double> finite() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.doubles().between(-40, 40).ofScale(15)),
                Tuple.of(2, Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite)),
                Tuple.of(2, Arbitraries.of(0.0, -0.0, 1.0, -1.0, 2.0, -3.0, 0.5, -0.5, 1e-300, Double.MIN_VALUE,
                        -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 710.0, -745.5, 38.5, -38.5)));
    }

    @Property(tries = 1500)
    void aFunctionColumnIsTheFunctionsValueBitForBit(@ForAll("unary") Fn f, @ForAll("finite") double x) {
        DataSet data = DataSet.fromCsvText("f.csv", "y,x\n1," + x + "\n");
        double read = data.numeric("x")[0];
        assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(read), "x = " + x + " read as " + read);
        double want = f.value(x);
        boolean finite = Double.isFinite(want);
        Statistics.label("function").collect(f);
        Statistics.label("value").collect(finite ? "finite" : "not finite");
        Statistics.label("function").coverage(cov -> {
            for (Fn g : UNARY) {
                cov.check(g).count(n -> n > 0);
            }
        });
        Statistics.label("value").coverage(cov -> {
            cov.check("finite").percentage(p -> p > 50);
            cov.check("not finite").count(n -> n > 0);
        });

        String call = f.text() + "(x)";
        Formula formula = Formula.parse("y ~ I(" + call + ") + " + call);
        if (!finite) {
            BadInputException e = assertThrows(BadInputException.class, () -> DesignMatrix.build(formula, data, false));
            assertEquals(DesignMessages.TERM_NOT_FINITE, e.key(), e.getMessage());
            return;
        }
        DesignMatrix m = DesignMatrix.build(formula, data, false);
        assertEquals(List.of("(Intercept)", "I(" + call + ")", call), m.columnNames());
        assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(m.get(0, 1)), "I(" + call + ")");
        assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(m.get(0, 2)), call);
    }

    @Property(tries = 500)
    void aTwoArgumentFunctionIsTheFunctionsValueBitForBit(@ForAll("binary") Fn f, @ForAll("finite") double x,
                                                          @ForAll("finite") double z,
                                                          @ForAll @IntRange(min = 0, max = SpecialFunctions.MAX_POLYGAMMA_ORDER) int n) {
        // polygamma's order is a whole number written as such, as in the expression language
        DataSet data = DataSet.fromCsvText("f.csv", "y,x,z\n1," + x + "," + z + "\n");
        double want = f == Fn.POLYGAMMA ? f.value(n, x) : f.value(x, z);
        boolean finite = Double.isFinite(want);
        Statistics.label("function").collect(f);
        Statistics.label("value").collect(finite ? "finite" : "not finite");
        Statistics.label("function").coverage(cov -> {
            for (Fn g : BINARY) {
                cov.check(g).count(c -> c > 0);
            }
        });
        Statistics.label("value").coverage(cov -> {
            cov.check("finite").percentage(p -> p > 50);
            cov.check("not finite").count(c -> c > 0);
        });

        String call = f == Fn.POLYGAMMA ? "polygamma(" + n + ", x)" : f.text() + "(x, z)";
        Formula formula = Formula.parse("y ~ I(" + call + ")");
        if (!finite) {
            BadInputException e = assertThrows(BadInputException.class, () -> DesignMatrix.build(formula, data, false));
            assertEquals(DesignMessages.TERM_NOT_FINITE, e.key(), e.getMessage());
            return;
        }
        DesignMatrix m = DesignMatrix.build(formula, data, false);
        assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(m.get(0, 1)), "I(" + call + ")");
    }
}
