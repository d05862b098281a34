package org.hessianworkbench.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.testkit.NumberTables;

/**
 * Tables of numbers ({@link NumberTables}) written as R writes them, read back: with decimal points
 * in a comma-separated file ({@code write.csv}) and with decimal commas in a semicolon-separated
 * file ({@code write.csv2}), the same numbers come back; a semicolon-separated file in which a few
 * numbers have the other mark is refused, naming the first of them.
 */
class DecimalMarkProperties {

    /** A value as R's {@code write.csv} writes it: the shortest text, {@code NA} where missing. */
    private static String withPoint(double v) {
        return Double.isNaN(v) ? "NA" : NumberText.format(v);
    }

    /** A value as R's {@code write.csv2} writes it: a decimal comma. */
    private static String withComma(double v) {
        return withPoint(v).replace('.', ',');
    }

    /** The table's text: header {@code c1..cp}, one line per row, the cells written by {@code cell}. */
    private static String csv(double[][] t, String delimiter, java.util.function.DoubleFunction<String> cell) {
        StringBuilder b = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (int j = 0; j < t.length; j++) {
            names.add("c" + (j + 1));
        }
        b.append(String.join(delimiter, names)).append('\n');
        for (int i = 0; i < t[0].length; i++) {
            List<String> row = new ArrayList<>();
            for (double[] column : t) {
                row.add(cell.apply(column[i]));
            }
            b.append(String.join(delimiter, row)).append('\n');
        }
        return b.toString();
    }

    private static boolean hasFraction(double[][] t) {
        for (double[] column : t) {
            for (double v : column) {
                if (withPoint(v).indexOf('.') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every value read is the value written (missing where NaN), bit for bit. */
    private static void assertSameNumbers(double[][] t, DataSet d) {
        for (int j = 0; j < t.length; j++) {
            String name = "c" + (j + 1);
            double[] read = d.numeric(name);
            for (int i = 0; i < t[j].length; i++) {
                if (Double.isNaN(t[j][i])) {
                    assertEquals(true, d.isMissing(name, i), name + " row " + i);
                } else {
                    assertEquals(t[j][i], read[i], String.format(Locale.ROOT, "%s row %d: wrote %s", name, i,
                            d.value(name, i)));
                }
            }
        }
    }

    @Property(tries = 300)
    void theSameNumbersComeBackWithEitherDecimalMark(@ForAll("tables") double[][] t) {
        boolean fraction = hasFraction(t);
        Statistics.label("a number with a decimal mark").collect(fraction);
        Statistics.label("exponent").collect(csv(t, ",", DecimalMarkProperties::withPoint).contains("e"));
        Statistics.label("missing").collect(csv(t, ",", DecimalMarkProperties::withPoint).contains("NA"));
        Statistics.label("a number with a decimal mark").coverage(c -> {
            c.check(true).percentage(p -> p > 50);
            c.check(false).count(n -> n > 0);
        });
        Statistics.label("exponent").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("missing").coverage(c -> c.check(true).count(n -> n > 0));

        DataSet points = DataSet.fromCsvText("points.csv", csv(t, ",", DecimalMarkProperties::withPoint));
        assertEquals(NumberText.POINT, points.decimalMark());
        assertSameNumbers(t, points);

        DataSet commas = DataSet.fromCsvText("commas.csv", csv(t, ";", DecimalMarkProperties::withComma));
        assertEquals(fraction ? NumberText.COMMA : NumberText.POINT, commas.decimalMark());
        assertSameNumbers(t, commas);

        DataSet semicolonPoints = DataSet.fromCsvText("semicolon-points.csv",
                csv(t, ";", DecimalMarkProperties::withPoint));
        assertEquals(NumberText.POINT, semicolonPoints.decimalMark());
        assertSameNumbers(t, semicolonPoints);
    }

    /** A table and the cells (row-major indices among those with a decimal mark) written with a point. */
    record Mixed(double[][] table, List<Integer> pointed) {
    }

    @Provide
    Arbitrary<double[][]> tables() {
        return NumberTables.tables();
    }

    @Provide
    Arbitrary<Mixed> mixed() {
        return NumberTables.tables().flatMap(t -> {
            int fractions = fractionCells(t).size();
            int most = (fractions - 1) / 2;
            if (most < 1) {
                return Arbitraries.just(new Mixed(t, List.of()));
            }
            return Arbitraries.integers().between(0, fractions - 1).set().ofMinSize(1).ofMaxSize(most)
                    .map(s -> new Mixed(t, s.stream().sorted().toList()));
        });
    }

    /** The cells with a decimal mark, in file order (row-major), as {row, column}. */
    private static List<int[]> fractionCells(double[][] t) {
        List<int[]> cells = new ArrayList<>();
        for (int i = 0; i < t[0].length; i++) {
            for (int j = 0; j < t.length; j++) {
                if (withPoint(t[j][i]).indexOf('.') >= 0) {
                    cells.add(new int[] {i, j});
                }
            }
        }
        return cells;
    }

    @Property(tries = 300)
    void aFewNumbersWithTheOtherMarkAreRefusedAtTheFirst(@ForAll("mixed") Mixed m) {
        Assume.that(!m.pointed().isEmpty());
        double[][] t = m.table();
        List<int[]> cells = fractionCells(t);
        Statistics.label("cells with the other mark").collect(m.pointed().size() == 1 ? "1" : "2+");
        Statistics.label("cells with the other mark").coverage(c -> {
            c.check("1").count(n -> n > 0);
            c.check("2+").count(n -> n > 0);
        });
        String[][] text = new String[t.length][t[0].length];
        for (int j = 0; j < t.length; j++) {
            for (int i = 0; i < t[j].length; i++) {
                text[j][i] = withComma(t[j][i]);
            }
        }
        for (int k : m.pointed()) {
            int[] c = cells.get(k);
            text[c[1]][c[0]] = withPoint(t[c[1]][c[0]]);
        }
        StringBuilder b = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (int j = 0; j < t.length; j++) {
            names.add("c" + (j + 1));
        }
        b.append(String.join(";", names)).append('\n');
        for (int i = 0; i < t[0].length; i++) {
            List<String> row = new ArrayList<>();
            for (String[] column : text) {
                row.add(column[i]);
            }
            b.append(String.join(";", row)).append('\n');
        }
        BadInputException e = assertThrows(BadInputException.class, () -> DataSet.fromCsvText("m.csv", b.toString()));
        assertEquals(DesignMessages.MIXED_DECIMAL_MARKS, e.key());
        int[] first = cells.get(m.pointed().get(0));
        assertEquals("m.csv: line " + (first[0] + 2) + ", column 'c" + (first[1] + 1) + "'", e.values().get(0));
        assertEquals("comma", e.values().get(1));
        assertEquals(withPoint(t[first[1]][first[0]]), e.values().get(5));
    }
}
