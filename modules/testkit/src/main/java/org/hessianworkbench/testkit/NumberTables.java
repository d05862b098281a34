package org.hessianworkbench.testkit;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Tables of numbers for the properties of the CSV reader: what a data file holds, as jqwik values
 * (so a counterexample shrinks towards fewer columns, fewer rows and small integers). A table is
 * {@code columns[j][i]}, 1..{@value #MAX_COLUMNS} columns of 1..{@value #MAX_ROWS} rows; a value is
 * an integer (about a third), a decimal with up to four places, a number of any magnitude (a
 * mantissa with up to six places times \(10^{k}\), \(|k| \le 300\), written with an exponent), or
 * missing ({@code NaN}, rarely). Never {@code -0.0}, which a file does not tell from 0.
 */
public final class NumberTables {

    /** Most columns of a table. */
    public static final int MAX_COLUMNS = 6;

    /** Most rows of a table. */
    public static final int MAX_ROWS = 30;

    private NumberTables() {
    }

    /** One value of a table: an integer, a short decimal, a number of any magnitude, or missing (NaN). */
    public static Arbitrary<Double> values() {
        Arbitrary<Double> integers = Arbitraries.integers().between(-100_000, 100_000).map(Integer::doubleValue);
        Arbitrary<Double> decimals = Arbitraries.bigDecimals().between(BigDecimal.valueOf(-10_000),
                BigDecimal.valueOf(10_000)).ofScale(4).map(BigDecimal::doubleValue);
        Arbitrary<Double> magnitudes = Combinators.combine(
                Arbitraries.bigDecimals().between(BigDecimal.ONE, BigDecimal.TEN).ofScale(6),
                Arbitraries.integers().between(-300, 300), Arbitraries.of(1, -1))
                .as((m, k, sign) -> sign * Double.parseDouble(m.toPlainString() + "e" + k));
        Arbitrary<Double> missing = Arbitraries.just(Double.NaN);
        return Arbitraries.frequencyOf(
                Tuple.of(6, integers),
                Tuple.of(8, decimals),
                Tuple.of(4, magnitudes),
                Tuple.of(1, missing)).map(v -> v == 0 ? 0.0 : v);
    }

    /** A table: {@code columns[j][i]}, every column of the same length. */
    public static Arbitrary<double[][]> tables() {
        Arbitrary<Integer> rows = Arbitraries.integers().between(1, MAX_ROWS);
        Arbitrary<Integer> columns = Arbitraries.integers().between(1, MAX_COLUMNS);
        return Combinators.combine(rows, columns).flatAs((n, p) -> values().list().ofSize(n).list().ofSize(p)
                .map(NumberTables::toArray));
    }

    private static double[][] toArray(List<List<Double>> columns) {
        double[][] t = new double[columns.size()][];
        for (int j = 0; j < t.length; j++) {
            t[j] = columns.get(j).stream().mapToDouble(Double::doubleValue).toArray();
        }
        return t;
    }
}
