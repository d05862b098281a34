package org.hessianworkbench.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Design matrices against R's {@code model.matrix}: for every formula of {@code formula-refs.txt}
 * (interactions of every kind, powers, removal, nesting, {@code .}, offsets, {@code cbind}, with and
 * without intercept), the column names and their order exactly, and every entry, the offset and the
 * binomial counts to rounding. The reference values were made by {@code make_formula_refs.R} beside
 * them (its header says how to run it); this test never runs R.
 */
class FormulaReferenceTest {

    /** Where the data, the script and the reference values are on the class path. */
    private static final String FOLDER = "org/hessianworkbench/design/formulas/";

    /**
     * Entries agree to rounding, relative to R's value: an entry is a product of at most three
     * values, each a column or one libm call ({@code log}, {@code exp}, {@code sqrt}, a power), whose
     * results in Java and in R's C library differ by at most an ulp or two; 1e-15 is about 4.5 ulps.
     */
    private static final double ROUNDING = 1e-15;

    /** One formula and what R made of it. */
    record Reference(String formula, List<String> names, List<double[]> rows, double[] offset, double[] successes,
                     double[] failures) {
        @Override
        public String toString() {
            return formula;
        }
    }

    private static String resource(String name) {
        try (InputStream in = FormulaReferenceTest.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            assertNotNull(in, FOLDER + name + " is not on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataSet data() {
        return DataSet.fromCsvText("formula-data.csv", resource("formula-data.csv"));
    }

    static Stream<Reference> references() {
        List<Reference> out = new ArrayList<>();
        String formula = null;
        List<String> names = null;
        List<double[]> rows = null;
        double[][] extras = new double[3][];
        for (String line : resource("formula-refs.txt").split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            double[] values = f[0].equals("case") || f[0].equals("names") ? null
                    : Arrays.stream(f, 1, f.length).mapToDouble(Double::parseDouble).toArray();
            switch (f[0]) {
                case "case" -> {
                    if (formula != null) {
                        out.add(new Reference(formula, names, rows, extras[0], extras[1], extras[2]));
                    }
                    formula = f[1];
                    rows = new ArrayList<>();
                    extras = new double[3][];
                }
                case "names" -> names = List.of(f).subList(1, f.length);
                case "row" -> rows.add(values);
                case "offset" -> extras[0] = values;
                case "successes" -> extras[1] = values;
                case "failures" -> extras[2] = values;
                default -> throw new AssertionError("unknown line in formula-refs.txt: " + line);
            }
        }
        out.add(new Reference(formula, names, rows, extras[0], extras[1], extras[2]));
        return out.stream();
    }

    @Test
    void everyCaseIsRead() {
        List<Reference> all = references().toList();
        assertTrue(all.size() >= 45, "cases read: " + all.size());
        for (Reference r : all) {
            assertEquals(30, r.rows().size(), r.formula());
            for (double[] row : r.rows()) {
                assertEquals(r.names().size(), row.length, r.formula());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void designMatrixIsRModelMatrix(Reference r) {
        DesignMatrix m = DesignMatrix.build(Formula.parse(r.formula()), data(), false);
        assertEquals(r.names(), m.columnNames(), r.formula());
        assertEquals(r.rows().size(), m.rows());
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.columns(); j++) {
                double want = r.rows().get(i)[j];
                assertEquals(want, m.get(i, j), ROUNDING * Math.abs(want),
                        r.formula() + ": row " + (i + 1) + ", column " + r.names().get(j));
            }
        }
        if (r.offset() == null) {
            assertNull(m.offset(), r.formula());
        } else {
            double[] offset = m.offset();
            for (int i = 0; i < offset.length; i++) {
                assertEquals(r.offset()[i], offset[i], ROUNDING * Math.abs(r.offset()[i]), r.formula() + ": offset, row " + (i + 1));
            }
        }
        if (r.successes() == null) {
            assertNull(m.trials(), r.formula());
        } else {
            double[] trials = new double[r.successes().length];
            for (int i = 0; i < trials.length; i++) {
                trials[i] = r.successes()[i] + r.failures()[i];
            }
            assertArrayEquals(r.successes(), m.response(), 0, r.formula());
            assertArrayEquals(trials, m.trials(), 0, r.formula());
            assertEquals(Formula.parse(r.formula()).response().orElseThrow(), m.responseDescription());
        }
    }
}
