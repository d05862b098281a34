package org.hessianworkbench.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.symbolic.Fn;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Design matrices from formulas: R's column order, factor coding, transforms, ramps, responses, missing values. */
class DesignMatrixTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static DesignMatrix build(String formula, DataSet data) {
        return DesignMatrix.build(Formula.parse(formula), data, false);
    }

    /** The message of the error building {@code formula} on {@code data} gives, after checking its key. */
    private static String error(String formula, DataSet data, boolean dropMissing, DesignMessages key) {
        BadInputException e = assertThrows(BadInputException.class,
                () -> DesignMatrix.build(Formula.parse(formula), data, dropMissing));
        assertEquals(key, e.key(), e.getMessage());
        return e.getMessage();
    }

    /** Admissions-like data: line numbers are row + 2. */
    private static DataSet admissions() {
        return DataSet.fromCsvText("admit.csv", String.join("\n",
                "admit,gre,gpa,rank,grp,level",
                "No,380,3.61,3,b,low",
                "Yes,660,3.67,3,a,high",
                "Yes,800,4,1,c,mid",
                "Yes,640,3.19,4,a,low",
                "No,520,2.93,4,b,high",
                "Yes,760,3,2,c,mid",
                ""));
    }

    @Test
    void spectorGivesInterceptFirstAndTheData() {
        DataSet d = DataSet.read(TestData.file("spector.csv"));
        DesignMatrix m = build("GRADE ~ GPA + TUCE + PSI", d);
        assertEquals(32, m.rows());
        assertEquals(4, m.columns());
        assertEquals(List.of("(Intercept)", "GPA", "TUCE", "PSI"), m.columnNames());
        assertTrue(m.hasIntercept());
        assertEquals("GRADE", m.responseName());
        assertArrayEquals(d.numeric("GRADE"), m.response(), Tolerances.EXACT);
        assertArrayEquals(d.numeric("TUCE"), m.column(2), Tolerances.EXACT);
        assertEquals(1, m.get(31, 0), Tolerances.EXACT);
        assertEquals(2.66, m.get(0, 1), Tolerances.EXACT);
        assertEquals(List.of(), m.responseLevels());
        assertEquals(0, m.droppedRows());
    }

    @Test
    void longleyAndTheSimulatedFilesBuild() {
        DesignMatrix l = build("TOTEMP ~ GNPDEFL + GNP + UNEMP + ARMED + POP + YEAR",
                DataSet.read(TestData.file("longley.csv")));
        assertEquals(16, l.rows());
        assertEquals(7, l.columns());
        DesignMatrix g = build("y ~ x1 + x2", DataSet.read(TestData.file("logistic_seed42.csv")));
        assertEquals(10_000, g.rows());
        assertEquals(3, g.columns());
        DesignMatrix b = build("Y ~ X1 + X2 + X3 + X4 + X5 - 1", DataSet.read(TestData.file("newton_bfgs_200.csv")));
        assertEquals(List.of("X1", "X2", "X3", "X4", "X5"), b.columnNames());
        assertEquals(200, b.rows());
    }

    @Test
    void factorsUseTreatmentContrastsWithRNames() {
        DesignMatrix m = build("admit ~ gre + grp + C(rank) + level", admissions());
        assertEquals(List.of("(Intercept)", "gre", "grpb", "grpc", "C(rank)2", "C(rank)3", "C(rank)4",
                "levellow", "levelmid"), m.columnNames());
        // row 0: grp b, rank 3, level low
        assertArrayEquals(new double[] {1, 380, 1, 0, 0, 1, 0, 1, 0}, row(m, 0), Tolerances.EXACT);
        // row 2: grp c, rank 1 (reference), level mid
        assertArrayEquals(new double[] {1, 800, 0, 1, 0, 0, 0, 0, 1}, row(m, 2), Tolerances.EXACT);
        assertEquals(Map.of("grp", List.of("a", "b", "c"), "C(rank)", List.of("1", "2", "3", "4"),
                "level", List.of("high", "low", "mid")), m.spec().factorLevels());
    }

    @Test
    void numericLevelsSortAsNumbers() {
        DataSet d = DataSet.fromCsvText("k.csv", "y,k\n1,10\n2,9\n3,2\n4,10\n");
        DesignMatrix m = build("y ~ C(k)", d);
        assertEquals(List.of("(Intercept)", "C(k)9", "C(k)10"), m.columnNames());
    }

    @Test
    void levelsWithDecimalCommasSortAsNumbers() {
        DataSet d = DataSet.fromCsvText("k.csv", "y;k\n1;10,5\n2;9\n3;2,5\n4;10,5\n");
        DesignMatrix m = build("y ~ C(k)", d);
        assertEquals(List.of("(Intercept)", "C(k)9", "C(k)10,5"), m.columnNames());
    }

    @Test
    void withoutInterceptTheFirstFactorGetsEveryLevel() {
        DesignMatrix m = build("admit ~ gre + grp + C(rank) - 1", admissions());
        assertEquals(List.of("gre", "grpa", "grpb", "grpc", "C(rank)2", "C(rank)3", "C(rank)4"), m.columnNames());
        assertFalse(m.hasIntercept());
        assertArrayEquals(new double[] {660, 1, 0, 0, 0, 1, 0}, row(m, 1), Tolerances.EXACT);
    }

    @Test
    void transformsAndArithmetic() {
        DataSet d = DataSet.fromCsvText("t.csv", "y,x,z\n1,1,2\n2,4,-3\n3,0.25,0.5\n");
        DesignMatrix m = build("y ~ log(x) + I(x^2) + sqrt(x) + exp(z) + I(x * z - 1) + I(abs(z))", d);
        assertEquals(List.of("(Intercept)", "log(x)", "I(x^2)", "sqrt(x)", "exp(z)", "I(x * z - 1)", "I(abs(z))"),
                m.columnNames());
        double[] x = {1, 4, 0.25};
        double[] z = {2, -3, 0.5};
        for (int i = 0; i < 3; i++) {
            assertEquals(Math.log(x[i]), m.get(i, 1), Tolerances.EXACT);
            assertEquals(x[i] * x[i], m.get(i, 2), Tolerances.EXACT);
            assertEquals(Math.sqrt(x[i]), m.get(i, 3), Tolerances.EXACT);
            assertEquals(Math.exp(z[i]), m.get(i, 4), Tolerances.EXACT);
            assertEquals(x[i] * z[i] - 1, m.get(i, 5), Tolerances.EXACT);
            assertEquals(Math.abs(z[i]), m.get(i, 6), Tolerances.EXACT);
        }
    }

    @Test
    void rampColumnsAtAndBetweenKnots() {
        DataSet d = DataSet.fromCsvText("r.csv", "y,x\n0,0\n0,1\n0,1.5\n0,2\n0,3\n0,4\n0,5\n");
        DesignMatrix m = build("y ~ ramp(x, 1, 2, 4) - 1", d);
        assertEquals(List.of("x.bias", "x.min(1)", "x.clip(1,2)", "x.clip(2,4)", "x.max(4)"), m.columnNames());
        double[][] expected = {
            {1, 0, 1, 2, 4},   // x = 0, below the first knot
            {1, 1, 1, 2, 4},   // x = 1, at k1
            {1, 1, 1.5, 2, 4}, // x = 1.5, between k1 and k2: clip runs from k1, not from 0
            {1, 1, 2, 2, 4},   // x = 2, at k2
            {1, 1, 2, 3, 4},   // x = 3, between k2 and k3
            {1, 1, 2, 4, 4},   // x = 4, at the last knot
            {1, 1, 2, 4, 5},   // x = 5, above the last knot
        };
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], row(m, i), Tolerances.EXACT, "row " + i);
        }
    }

    @Test
    void rightHandSideAloneForFeatureGroups() {
        DataSet d = DataSet.read(TestData.file("linear_product_seed42.csv"));
        DesignMatrix m = DesignMatrix.buildRhs(Formula.parseRhs("ramp(x1, 0.5, 1)"), d, false, false);
        assertEquals(List.of("x1.bias", "x1.min(0.5)", "x1.clip(0.5,1)", "x1.max(1)"), m.columnNames());
        assertFalse(m.hasResponse());
        assertEquals(100_000, m.rows());
        double x = d.numeric("x1")[0];
        assertArrayEquals(new double[] {1, Math.min(x, 0.5), Math.min(Math.max(x, 0.5), 1), Math.max(x, 1)},
                row(m, 0), Tolerances.EXACT);
        assertThrows(IllegalStateException.class, m::response);
        DesignMatrix withIntercept = DesignMatrix.buildRhs(Formula.parse("y ~ x1 + x2"), d, false, true);
        assertEquals(List.of("(Intercept)", "x1", "x2"), withIntercept.columnNames());
        assertFalse(withIntercept.hasResponse());
    }

    @Test
    void twoLevelTextResponseIsCodedLikeAnRFactor() {
        DesignMatrix m = build("admit ~ gpa", admissions());
        assertEquals(List.of("No", "Yes"), m.responseLevels());
        assertArrayEquals(new double[] {0, 1, 1, 1, 0, 1}, m.response(), Tolerances.EXACT);
    }

    @Test
    void textResponseWithOtherLevelCountsIsRejected() {
        assertEquals("admit.csv: response 'grp' has 3 levels (a, b, c); expected numbers or a two-level factor",
                error("grp ~ gpa", admissions(), false, DesignMessages.RESPONSE_NOT_TWO_LEVELS));
    }

    @Test
    void missingValuesAreReportedOrDropped() throws IOException {
        Path p = write("miss.csv", "y,gpa,unused\n1,3.1,NA\n0,2.5,\n1,3.3,x\n0,NA,y\n1,3.9,z\n0,,w\n");
        DataSet d = DataSet.read(p);
        assertEquals(p + ": line 5, column 'gpa': missing value (incomplete rows are dropped only when asked)",
                error("y ~ gpa", d, false, DesignMessages.MISSING_VALUE));
        DesignMatrix m = DesignMatrix.build(Formula.parse("y ~ gpa"), d, true);
        assertEquals(4, m.rows());
        assertEquals(2, m.droppedRows());
        assertArrayEquals(new int[] {0, 1, 2, 4}, m.sourceRows());
        assertArrayEquals(new double[] {3.1, 2.5, 3.3, 3.9}, m.column(1), Tolerances.EXACT);
        assertArrayEquals(new double[] {1, 0, 1, 1}, m.response(), Tolerances.EXACT);
    }

    @Test
    void missingResponseIsReportedToo() {
        DataSet d = DataSet.fromCsvText("r.csv", "y,x\n1,2\nNA,3\n");
        assertEquals("r.csv: line 3, column 'y': missing value (incomplete rows are dropped only when asked)",
                error("y ~ x", d, false, DesignMessages.MISSING_VALUE));
    }

    @Test
    void droppingMissingRowsAlsoDropsTheirFactorLevels() {
        DataSet d = DataSet.fromCsvText("f.csv", "y,g,x\n1,a,1\n2,b,2\n3,c,NA\n4,a,4\n");
        DesignMatrix m = DesignMatrix.build(Formula.parse("y ~ g + x"), d, true);
        assertEquals(List.of("(Intercept)", "gb", "x"), m.columnNames());
    }

    @Test
    void everyRowDroppedIsAnError() {
        DataSet d = DataSet.fromCsvText("all.csv", "y,x\n1,NA\n2,NA\n");
        assertEquals("all.csv: no complete rows: each of the 2 rows has a missing value in a column used by"
                + " formula 'y ~ x'", error("y ~ x", d, true, DesignMessages.NO_COMPLETE_ROWS));
    }

    @Test
    void unknownColumnListsTheColumns() {
        DataSet d = DataSet.fromCsvText("u.csv", "y,a,b,c\n1,2,3,4\n");
        assertEquals("u.csv: unknown column 'foo' in formula 'y ~ foo' (columns: y, a, b, c)",
                error("y ~ foo", d, false, DesignMessages.UNKNOWN_FORMULA_COLUMN));
        assertEquals("u.csv: unknown column 'z' in formula 'z ~ a' (columns: y, a, b, c)",
                error("z ~ a", d, false, DesignMessages.UNKNOWN_FORMULA_COLUMN));
    }

    @Test
    void badValueInANumericColumnNamesLineAndColumn() throws IOException {
        StringBuilder csv = new StringBuilder("admit,gre\n");
        for (int i = 0; i < 10; i++) {
            csv.append(i % 2).append(',').append(300 + i).append('\n');
        }
        csv.append("1,abc\n");
        Path p = write("gre.csv", csv.toString());
        DataSet d = DataSet.read(p);
        assertEquals(p + ": line 12, column 'gre': expected a number, got 'abc' (write C(gre) to use the column"
                + " as a factor)", error("admit ~ gre", d, false, DesignMessages.NOT_A_NUMBER_USE_FACTOR));
        assertTrue(error("admit ~ log(gre)", d, false, DesignMessages.NOT_A_NUMBER)
                .startsWith(p + ": line 12, column 'gre': expected a number, got 'abc'"));
        DesignMatrix asFactor = build("admit ~ C(gre)", d);
        assertEquals(11, asFactor.columns(), "intercept and 10 of the 11 levels 300..309, abc");
        assertEquals("C(gre)abc", asFactor.columnNames().get(10));
    }

    /**
     * The special functions of the loss language against mpmath at 30 digits (mpmath.ncdf, loggamma,
     * psi(1, .)): SpecialFunctionsTest holds them to 1e-13 relative.
     */
    private static final double SPECIAL_FUNCTION_TOL = 1e-13;

    @Test
    void functionsOfTheLossLanguageWorkInFormulas() {
        DataSet d = DataSet.fromCsvText("s.csv", "y,x,z\n1,0,0.5\n0,1.5,4\n1,-2,10\n0,-10,0.001\n");
        DesignMatrix m = build("y ~ I(Phi(x)) + I(lgamma(z)) + I(trigamma(z + 1.5) - 1) + logPhi(x) + I(min(x, 0))", d);
        assertEquals(List.of("(Intercept)", "I(Phi(x))", "I(lgamma(z))", "I(trigamma(z + 1.5) - 1)", "logPhi(x)",
                "I(min(x, 0))"), m.columnNames());
        double[] x = {0, 1.5, -2, -10};
        double[] z = {0.5, 4, 10, 0.001};
        double[] phi = {0.5, 0.93319279873114193399550595902, 0.0227501319481792072002826371665,
            7.6198530241605260659733432516e-24};
        double[] lgamma = {0.572364942924700087071713675677, 1.79175946922805500081247735838,
            12.8018274800814696112077178746, 6.90717888538385366168368145865};
        for (int i = 0; i < x.length; i++) {
            assertEquals(phi[i], m.get(i, 1), SPECIAL_FUNCTION_TOL * phi[i], "Phi(" + x[i] + ")");
            assertEquals(lgamma[i], m.get(i, 2), SPECIAL_FUNCTION_TOL * lgamma[i], "lgamma(" + z[i] + ")");
            // the same definition as the loss language's, bit for bit
            assertEquals(Fn.PHI.value(x[i]), m.get(i, 1), Tolerances.EXACT);
            assertEquals(Fn.LGAMMA.value(z[i]), m.get(i, 2), Tolerances.EXACT);
            assertEquals(Fn.TRIGAMMA.value(z[i] + 1.5) - 1, m.get(i, 3), Tolerances.EXACT);
            assertEquals(Fn.LOG_PHI.value(x[i]), m.get(i, 4), Tolerances.EXACT);
            assertEquals(Math.min(x[i], 0), m.get(i, 5), Tolerances.EXACT);
        }
        assertEquals(0.644934066848226436472415166646, build("y ~ I(trigamma(2))", d).get(0, 1),
                SPECIAL_FUNCTION_TOL);
        assertEquals("s.csv: line 2, column 'z': term 'I(lgamma(z - 0.5))': lgamma(0) is NaN (z = 0.5)",
                error("y ~ I(lgamma(z - 0.5))", d, false, DesignMessages.TERM_NOT_FINITE));
        assertEquals("s.csv: line 2, column 'z': term 'log1p(-2 * z)': log1p(-1) is -Inf (z = 0.5)",
                error("y ~ log1p(-2 * z)", d, false, DesignMessages.TERM_NOT_FINITE));
    }

    @Test
    void logOfNonPositiveNamesFileLineColumnTermAndValue() {
        DataSet d = DataSet.fromCsvText("l.csv", "y,x\n1,2\n2,-1.5\n");
        assertEquals("l.csv: line 3, column 'x': term 'log(x)': log of non-positive value -1.5 (x = -1.5)",
                error("y ~ log(x)", d, false, DesignMessages.TERM_NOT_FINITE));
        assertEquals("l.csv: line 3, column 'x': term 'sqrt(x)': sqrt of negative value -1.5 (x = -1.5)",
                error("y ~ sqrt(x)", d, false, DesignMessages.TERM_NOT_FINITE));
        assertEquals("l.csv: line 3, column 'x': term 'I(log(x + 1.5))': log of non-positive value 0 (x = -1.5)",
                error("y ~ I(log(x + 1.5))", d, false, DesignMessages.TERM_NOT_FINITE));
    }

    @Test
    void nonFiniteResultsAreRejected() {
        DataSet d = DataSet.fromCsvText("n.csv", "y,a,b,big\n1,1,0,1e400\n");
        assertEquals("n.csv: line 2, columns 'a', 'b': term 'I(a / b)': division by zero (1 / 0) (a = 1, b = 0)",
                error("y ~ I(a / b)", d, false, DesignMessages.TERM_NOT_FINITE));
        assertEquals("n.csv: line 2, column 'a': term 'exp(a * 1000)': exp(1000) is Inf (a = 1)",
                error("y ~ exp(a * 1000)", d, false, DesignMessages.TERM_NOT_FINITE));
        assertEquals("n.csv: line 2, column 'big': term 'big': value of 'big' is not finite (big = 1e400)",
                error("y ~ big", d, false, DesignMessages.TERM_NOT_FINITE));
        assertEquals("n.csv: line 2, column 'big': response value 1e400 is not finite",
                error("big ~ a", d, false, DesignMessages.RESPONSE_NOT_FINITE));
    }

    @Test
    void singleLevelFactorIsRejected() {
        DataSet d = DataSet.fromCsvText("s.csv", "y,g\n1,a\n2,a\n");
        assertEquals("s.csv: factor 'g' has only one level ('a') in the rows used; a factor needs at least two",
                error("y ~ g", d, false, DesignMessages.FACTOR_WITH_ONE_LEVEL));
    }

    @Test
    void specRebuildsTheSameColumnsOnNewData() throws IOException {
        DesignMatrix train = build("admit ~ gpa + grp + C(rank)", admissions());
        DataSet fresh = DataSet.fromCsvText("new.csv", "rank,gpa,grp,admit\n2,3.5,c,No\n1,3.0,a,Yes\n");
        DesignMatrix m = train.spec().apply(fresh, false);
        assertEquals(train.columnNames(), m.columnNames());
        assertArrayEquals(new double[] {1, 3.5, 0, 1, 1, 0, 0}, row(m, 0), Tolerances.EXACT);
        assertArrayEquals(new double[] {1, 3.0, 0, 0, 0, 0, 0}, row(m, 1), Tolerances.EXACT);
        assertArrayEquals(new double[] {0, 1}, m.response(), Tolerances.EXACT);

        DataSet noResponse = DataSet.fromCsvText("x.csv", "gpa,grp,rank\n3.5,b,4\n");
        DesignMatrix p = train.spec().applyPredictors(noResponse, false);
        assertFalse(p.hasResponse());
        assertArrayEquals(new double[] {1, 3.5, 1, 0, 0, 0, 1}, row(p, 0), Tolerances.EXACT);

        Path unseen = write("unseen.csv", "gpa,grp,rank\n3.5,b,4\n3.1,z,2\n");
        BadInputException e = assertThrows(BadInputException.class,
                () -> train.spec().applyPredictors(DataSet.read(unseen), false));
        assertEquals(unseen + ": line 3, column 'grp': level 'z' of term 'grp' was not in the training data"
                + " (levels: a, b, c)", e.getMessage());
        assertEquals(DesignMessages.UNSEEN_LEVEL, e.key());
        BadInputException r = assertThrows(BadInputException.class, () -> train.spec().apply(
                DataSet.fromCsvText("r.csv", "gpa,grp,rank,admit\n3.5,b,4,Maybe\n"), false));
        assertEquals("r.csv: line 2, column 'admit': response level 'Maybe' was not in the training data"
                + " (levels: No, Yes)", r.getMessage());
        assertEquals(DesignMessages.UNSEEN_RESPONSE_LEVEL, r.key());
    }

    @Test
    void accessorsHandOutCopies() {
        DesignMatrix m = build("admit ~ gre + gpa", admissions());
        double[] raw = m.toRowMajor();
        assertEquals(m.rows() * m.columns(), raw.length);
        assertEquals(m.get(1, 2), raw[m.columns() + 2], Tolerances.EXACT);
        raw[0] = 99;
        m.response()[0] = 99;
        m.column(0)[0] = 99;
        m.sourceRows()[0] = 99;
        assertEquals(1, m.get(0, 0), Tolerances.EXACT);
        assertEquals(0, m.response()[0], Tolerances.EXACT);
        assertEquals(0, m.sourceRows()[0]);
        assertThrows(IndexOutOfBoundsException.class, () -> m.get(0, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> m.column(-1));
    }

    @Test
    void duplicateDesignColumnNamesAreRejected() {
        DataSet d = DataSet.fromCsvText("d.csv", "y,f,fb\n1,a,1\n2,b,2\n");
        assertEquals("d.csv: formula 'y ~ f + fb': term 'f' and term 'fb' both give a design column named 'fb';"
                + " design column names must be unique",
                error("y ~ f + fb", d, false, DesignMessages.DUPLICATE_DESIGN_COLUMN));
        assertTrue(error("y ~ ramp(fb, 1) + ramp(fb, 2)", d, false, DesignMessages.DUPLICATE_DESIGN_COLUMN)
                .contains("term 'ramp(fb, 1)' and term 'ramp(fb, 2)' both give a design column named 'fb.bias'"));
    }

    @Test
    void backquotedColumnsKeepTheirBackquotesInNames() {
        DataSet d = DataSet.fromCsvText("b.csv", "y,my col,my f\n1,2,a\n2,3,b\n");
        DesignMatrix m = build("y ~ `my col` + `my f`", d);
        assertEquals(List.of("(Intercept)", "`my col`", "`my f`b"), m.columnNames());
    }

    // ------------------------------------------------------------------ interactions on new data

    @Test
    void interactionsAreRebuiltOnNewDataWithTheTrainingLevels() throws IOException {
        DesignMatrix train = build("admit ~ gpa*grp + C(rank):level", admissions());
        assertEquals(List.of("(Intercept)", "gpa", "grpb", "grpc", "gpa:grpb", "gpa:grpc",
                "C(rank)1:levelhigh", "C(rank)2:levelhigh", "C(rank)3:levelhigh", "C(rank)4:levelhigh",
                "C(rank)1:levellow", "C(rank)2:levellow", "C(rank)3:levellow", "C(rank)4:levellow",
                "C(rank)1:levelmid", "C(rank)2:levelmid", "C(rank)3:levelmid", "C(rank)4:levelmid"),
                train.columnNames());
        assertEquals(List.of("grp", "C(rank)", "level"), List.copyOf(train.spec().factorLevels().keySet()));
        DataSet fresh = DataSet.fromCsvText("new.csv", "gpa,grp,rank,level\n3.5,c,2,mid\n");
        DesignMatrix m = train.spec().applyPredictors(fresh, false);
        double[] want = new double[18];
        want[0] = 1;
        want[1] = 3.5;
        want[3] = 1;
        want[5] = 3.5;
        want[15] = 1;
        assertArrayEquals(want, row(m, 0), Tolerances.EXACT);
        DesignSpec restored = DesignSpec.restore(train.spec().modelFormula().rhs(), train.spec().factorLevels(),
                List.of(), "model.json");
        assertEquals(train.columnNames(), restored.columnNames());
        assertArrayEquals(m.toRowMajor(), restored.applyPredictors(fresh, false).toRowMajor(), Tolerances.EXACT);
        Path unseen = write("unseen.csv", "gpa,grp,rank,level\n3.5,c,2,top\n");
        assertEquals(unseen + ": line 2, column 'level': level 'top' of term 'level' was not in the training data"
                + " (levels: high, low, mid)", assertThrows(BadInputException.class,
                        () -> train.spec().applyPredictors(DataSet.read(unseen), false)).getMessage());
    }

    @Test
    void dotIsExpandedOnTheTrainingDataAndKeptForNewData() {
        DesignMatrix m = build("admit ~ . - grp - level", admissions());
        assertEquals("admit ~ . - grp - level", m.formula().text());
        assertEquals("admit ~ (gre + gpa + rank + grp + level) - grp - level", m.spec().modelFormula().text());
        assertEquals(List.of("(Intercept)", "gre", "gpa", "rank"), m.columnNames());
        assertEquals("admit.csv: unknown column 'x' in formula 'admit ~ gpa + x:.' (columns: admit, gre, gpa, rank,"
                + " grp, level)", error("admit ~ gpa + x:.", admissions(), false, DesignMessages.UNKNOWN_FORMULA_COLUMN));
        BadInputException e = assertThrows(BadInputException.class, () -> DesignSpec.restore(
                Formula.parseRhs(". - grp"), Map.of(), List.of(), "model.json"));
        assertEquals("model.json: formula '. - grp' has a '.', which a saved design cannot expand; save it again",
                e.getMessage());
        assertEquals(DesignMessages.SAVED_FORMULA_WITH_DOT, e.key());
    }

    @Test
    void removedTermsStillTakePartInMissingValues() {
        // as R's model frame: b is read although b is removed
        DataSet d = DataSet.fromCsvText("r.csv", "y,a,b\n1,1,1\n2,2,NA\n3,3,3\n4,5,4\n");
        assertEquals("r.csv: line 3, column 'b': missing value (incomplete rows are dropped only when asked)",
                error("y ~ a + b - b", d, false, DesignMessages.MISSING_VALUE));
        DesignMatrix m = DesignMatrix.build(Formula.parse("y ~ a + b - b"), d, true);
        assertEquals(List.of("(Intercept)", "a"), m.columnNames());
        assertArrayEquals(new int[] {0, 2, 3}, m.sourceRows());
    }

    @Test
    void anInteractionWhoseProductOverflowsIsRejected() {
        DataSet d = DataSet.fromCsvText("o.csv", "y,a,b\n1,1e200,1e200\n2,1,1\n");
        assertEquals("o.csv: line 2, columns 'a', 'b': term 'a:b': the product of its variables, column 'a:b', is Inf"
                + " (a = 1e200, b = 1e200)", error("y ~ a:b", d, false, DesignMessages.TERM_NOT_FINITE));
    }

    // ------------------------------------------------------------------ offsets

    @Test
    void offsetsAddUpAndAreNoColumns() {
        DataSet d = DataSet.fromCsvText("p.csv", "y,x,e,t\n1,0.5,2,1\n3,1.5,4,-1\n");
        DesignMatrix m = build("y ~ x + offset(log(e)) + offset(t / 2)", d);
        assertEquals(List.of("(Intercept)", "x"), m.columnNames());
        assertArrayEquals(new double[] {Math.log(2) + 0.5, Math.log(4) - 0.5}, m.offset(), Tolerances.EXACT);
        m.offset()[0] = 99;
        assertEquals(Math.log(2) + 0.5, m.offset()[0], Tolerances.EXACT);
        assertEquals(null, build("y ~ x", d).offset());
        DesignMatrix predictors = m.spec().applyPredictors(DataSet.fromCsvText("n.csv", "x,e,t\n1,1,0\n"), false);
        assertArrayEquals(new double[] {0}, predictors.offset(), Tolerances.EXACT);
    }

    @Test
    void offsetValuesAreCheckedLikeOtherColumns() throws IOException {
        Path p = write("off.csv", "y,x,e\n1,0.5,2\n2,1,0\n3,2,NA\n4,3,abc\n");
        DataSet d = DataSet.read(p);
        assertEquals(p + ": line 5, column 'e': expected a number, got 'abc'",
                error("y ~ x + offset(log(e))", d, true, DesignMessages.NOT_A_NUMBER));
        DataSet clean = DataSet.fromCsvText("off.csv", "y,x,e\n1,0.5,2\n2,1,0\n3,2,NA\n");
        assertEquals("off.csv: line 3, column 'e': term 'offset(log(e))': log of non-positive value 0 (e = 0)",
                error("y ~ x + offset(log(e))", clean, true, DesignMessages.TERM_NOT_FINITE));
        assertEquals("off.csv: line 4, column 'e': missing value (incomplete rows are dropped only when asked)",
                error("y ~ x + offset(e)", clean, false, DesignMessages.MISSING_VALUE));
        DesignMatrix m = DesignMatrix.build(Formula.parse("y ~ x + offset(e)"), clean, true);
        assertArrayEquals(new int[] {0, 1}, m.sourceRows());
        assertArrayEquals(new double[] {2, 0}, m.offset(), Tolerances.EXACT);
    }

    // ------------------------------------------------------------------ grouped binomial response

    @Test
    void cbindGivesSuccessesAndTrials() {
        DataSet d = DataSet.fromCsvText("b.csv", "dead,n,dose\n1,5,0.5\n4,6,1\n0,3,0\n");
        DesignMatrix m = build("cbind(dead, n - dead) ~ dose", d);
        assertArrayEquals(new double[] {1, 4, 0}, m.response(), Tolerances.EXACT);
        assertArrayEquals(new double[] {5, 6, 3}, m.trials(), Tolerances.EXACT);
        assertEquals("dead", m.responseName());
        assertEquals("cbind(dead, n - dead)", m.responseDescription());
        assertEquals(List.of("(Intercept)", "dose"), m.columnNames());
        m.trials()[0] = 99;
        assertEquals(5, m.trials()[0], Tolerances.EXACT);
        assertEquals(null, build("dead ~ dose", d).trials());
        assertEquals("dead", build("dead ~ dose", d).responseDescription());
        DesignMatrix predictors = m.spec().applyPredictors(DataSet.fromCsvText("x.csv", "dose\n2\n"), false);
        assertFalse(predictors.hasResponse());
        assertEquals(null, predictors.trials());
    }

    @Test
    void countsMustBeFiniteAndNotNegative() throws IOException {
        Path p = write("c.csv", "s,f,x\n1,2,0.5\n3,-1,1\n");
        DataSet d = DataSet.read(p);
        assertEquals(p + ": line 3, column 'f': response 'cbind(s, f)': the failures (f) must be finite and >= 0,"
                + " got -1 (s = 3, f = -1)", error("cbind(s, f) ~ x", d, false, DesignMessages.COUNT_NOT_VALID));
        DataSet e = DataSet.fromCsvText("e.csv", "s,n,x\n1,2,0.5\n3,2,1\n");
        assertEquals("e.csv: line 3, columns 'n', 's': response 'cbind(s, n - s)': the failures (n - s) must be finite"
                + " and >= 0, got -1 (s = 3, n = 2)", error("cbind(s, n - s) ~ x", e, false,
                        DesignMessages.COUNT_NOT_VALID));
        DataSet inf = DataSet.fromCsvText("i.csv", "s,f,x\n1e400,2,0.5\n");
        assertTrue(error("cbind(s, f) ~ x", inf, false, DesignMessages.COUNT_NOT_VALID)
                .contains("the successes (s) must be finite and >= 0, got Inf"));
        DataSet text = DataSet.fromCsvText("t.csv", "s,f,x\n1,two,0.5\n");
        assertEquals("t.csv: line 2, column 'f': expected a number, got 'two'",
                error("cbind(s, f) ~ x", text, false, DesignMessages.NOT_A_NUMBER));
        DataSet missing = DataSet.fromCsvText("m.csv", "s,f,x\n1,NA,0.5\n2,3,1\n");
        assertArrayEquals(new double[] {5}, DesignMatrix.build(Formula.parse("cbind(s, f) ~ x"), missing, true).trials(),
                Tolerances.EXACT);
    }

    // ------------------------------------------------------------------ prior weights

    @Test
    void priorWeightsAreCopiedAndTakePartInMissingValues() {
        DataSet d = DataSet.fromCsvText("w.csv", "y,x,w\n1,0.5,2\n2,1,0\n3,2,NA\n4,3,0.5\n");
        DesignMatrix m = DesignMatrix.build(Formula.parse("y ~ x"), d, true, "w");
        assertArrayEquals(new double[] {2, 0, 0.5}, m.weights(), Tolerances.EXACT);
        assertArrayEquals(new int[] {0, 1, 3}, m.sourceRows());
        m.weights()[0] = 99;
        assertEquals(2, m.weights()[0], Tolerances.EXACT);
        assertEquals(null, DesignMatrix.build(Formula.parse("y ~ x"), d, true).weights());
        assertEquals(java.util.Optional.of("w"), m.spec().weights());
        assertArrayEquals(new double[] {2, 0, 0.5}, m.spec().apply(d, true).weights(), Tolerances.EXACT);
        DesignMatrix predictors = m.spec().applyPredictors(DataSet.fromCsvText("n.csv", "x\n1\n"), false);
        assertEquals(null, predictors.weights());
        BadInputException e = assertThrows(BadInputException.class,
                () -> DesignMatrix.build(Formula.parse("y ~ x"), d, false, "w"));
        assertEquals("w.csv: line 4, column 'w': missing value (incomplete rows are dropped only when asked)",
                e.getMessage());
        // as R: '.' includes the weights column
        assertEquals(List.of("(Intercept)", "x", "w"),
                DesignMatrix.build(Formula.parse("y ~ ."), d, true, "w").columnNames());
    }

    @Test
    void priorWeightsMustBeFiniteAndNotNegative() throws IOException {
        Path p = write("w.csv", "y,x,w\n1,0.5,2\n2,1,-0.5\n");
        DataSet d = DataSet.read(p);
        BadInputException e = assertThrows(BadInputException.class,
                () -> DesignMatrix.build(Formula.parse("y ~ x"), d, false, "w"));
        assertEquals(p + ": line 3, column 'w': prior weight -0.5: weights must be finite and >= 0", e.getMessage());
        assertEquals(DesignMessages.WEIGHT_NOT_VALID, e.key());
        DataSet inf = DataSet.fromCsvText("i.csv", "y,x,w\n1,0.5,1e999\n");
        assertEquals("i.csv: line 2, column 'w': prior weight 1e999: weights must be finite and >= 0",
                assertThrows(BadInputException.class, () -> DesignMatrix.build(Formula.parse("y ~ x"), inf, false, "w"))
                        .getMessage());
        DataSet text = DataSet.fromCsvText("t.csv", "y,x,w\n1,0.5,heavy\n");
        assertEquals("t.csv: line 2, column 'w': expected a number, got 'heavy'", assertThrows(BadInputException.class,
                () -> DesignMatrix.build(Formula.parse("y ~ x"), text, false, "w")).getMessage());
        BadInputException unknown = assertThrows(BadInputException.class,
                () -> DesignMatrix.build(Formula.parse("y ~ x"), text, false, "weight"));
        assertEquals("t.csv: unknown weights column 'weight' (columns: y, x, w)", unknown.getMessage());
        assertEquals(DesignMessages.UNKNOWN_WEIGHTS_COLUMN, unknown.key());
    }

    private static double[] row(DesignMatrix m, int i) {
        double[] r = new double[m.columns()];
        for (int j = 0; j < r.length; j++) {
            r[j] = m.get(i, j);
        }
        return r;
    }
}
