package org.hessianworkbench.design;

import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.derivatives.error.Message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.zip.GZIPOutputStream;
import org.hessianworkbench.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Reading CSV files into {@link DataSet}: delimiters, quoting, compression, typing and errors. */
class DataSetTest {


    /** The repository's data directory, seen from the module directory Maven runs tests in. */

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static void assertThreeRows(DataSet d) {
        assertEquals(List.of("x", "y", "g"), d.columnNames());
        assertEquals(3, d.rows());
        assertArrayEquals(new double[] {1.5, -2, 3e-3}, d.numeric("x"), 0);
        assertArrayEquals(new double[] {4, 5, 6}, d.numeric("y"), 0);
        assertEquals(ColumnKind.STRING, d.kind("g"));
        assertEquals("b c", d.value("g", 1));
    }

    @Test
    void readsCommaSeparated() throws IOException {
        assertThreeRows(DataSet.read(write("c.csv", "x,y,g\n1.5,4,a\n-2,5,\"b c\"\n3e-3,6,d\n")));
    }

    @Test
    void readsSemicolonSeparated() throws IOException {
        assertThreeRows(DataSet.read(write("s.csv", "x;y;g\n1.5;4;a\n-2;5;b c\n3e-3;6;d\n")));
    }

    @Test
    void readsTabSeparated() throws IOException {
        assertThreeRows(DataSet.read(write("t.tsv", "x\ty\tg\n1.5\t4\ta\n-2\t5\tb c\n3e-3\t6\td\n")));
    }

    @Test
    void readsWhitespaceSeparatedAsRWriteTable() throws IOException {
        DataSet d = DataSet.read(write("w.txt", "\"x\" \"y\"   \"g\"\n1.5  4 \"a\"\n-2\t5 \"b c\"\n  3e-3 6 d  \n"));
        assertThreeRows(d);
    }

    @Test
    void readsWhitespaceSeparatedWithSingleQuotedNamesAsRReadTable() throws IOException {
        DataSet d = DataSet.read(write("spector.txt", "'OBS' 'GPA' 'TUCE' 'PSI' 'GRADE'\n1 2.66 20 0 0\n2 2.89 22 0 0\n"
                + "3 3.28 24 0 0\n"));
        assertEquals(List.of("OBS", "GPA", "TUCE", "PSI", "GRADE"), d.columnNames());
        assertArrayEquals(new double[] {2.66, 2.89, 3.28}, d.numeric("GPA"), 0);
        assertEquals(ColumnKind.NUMERIC, d.kind("GRADE"));
    }

    @Test
    void singleAndDoubleQuotesMixInAWhitespaceSeparatedFile() throws IOException {
        assertThreeRows(DataSet.read(write("q.txt", "'x' \"y\" 'g'\n1.5 4 'a'\n-2 5 \"b c\"\n3e-3 6 'd'\n")));
        DataSet d = DataSet.read(write("q2.txt", "name 'other name' n\nO'Brien 'it''s' 1\n\"say \"\"hi\"\"\" 'a \"b\"' 2\n"));
        assertEquals(List.of("name", "other name", "n"), d.columnNames());
        assertEquals("O'Brien", d.value("name", 0), "a quote inside a field is part of it");
        assertEquals("it's", d.value("other name", 0));
        assertEquals("say \"hi\"", d.value("name", 1));
        assertEquals("a \"b\"", d.value("other name", 1));
    }

    @Test
    void singleQuotesAreTextInADelimitedFileAsInRReadCsv() throws IOException {
        DataSet d = DataSet.read(write("sq.csv", "'x','y'\n1,'a'\n"));
        assertEquals(List.of("'x'", "'y'"), d.columnNames());
        assertEquals("'a'", d.value("'y'", 0));
    }

    @Test
    void anUnclosedSingleQuoteNamesItsLine() throws IOException {
        Path p = write("open.txt", "x y\n1 2\n'open 3\n");
        BadInputException e = assertThrows(BadInputException.class, () -> DataSet.read(p));
        assertEquals(p + ": line 3: a quoted field is never closed (missing \"'\")", e.getMessage());
        assertEquals(DesignMessages.UNCLOSED_QUOTE, e.key());
    }

    @Test
    void readsSemicolonSeparatedWithDecimalCommasAsRReadCsv2() throws IOException {
        DataSet d = DataSet.read(write("c2.csv", "x;y;g\n1,5;4;a\n-2;5;b c\n3e-3;6;d\n"));
        assertThreeRows(d);
        assertEquals(NumberText.COMMA, d.decimalMark());
        // every form R's read.csv2 reads: no digits before or after the comma, exponents, quotes
        DataSet forms = DataSet.read(write("forms.csv", "a;b;c;d\n,5;1,;-1,5e-3;\"2,5\"\n+2,0E2;-,25;7;NA\n"));
        assertArrayEquals(new double[] {0.5, 200}, forms.numeric("a"), 0);
        assertArrayEquals(new double[] {1, -0.25}, forms.numeric("b"), 0);
        assertArrayEquals(new double[] {-1.5e-3, 7}, forms.numeric("c"), 0);
        assertEquals(2.5, forms.numeric("d")[0]);
        assertTrue(forms.isMissing("d", 1));
    }

    @Test
    void aSemicolonSeparatedFileWithPointsOrOnlyIntegersKeepsThePoint() throws IOException {
        assertEquals(NumberText.POINT, DataSet.read(write("p.csv", "x;y\n1.5;2\n")).decimalMark());
        DataSet integers = DataSet.read(write("i.csv", "x;y;g\n1;2;a,b\n3;4;c\n"));
        assertEquals(NumberText.POINT, integers.decimalMark());
        assertEquals("a,b", integers.value("g", 0), "a comma in text is no decimal comma");
        assertEquals(NumberText.POINT, DataSet.read(write("c.csv", "x,y\n\"1,5\",2\n")).decimalMark(),
                "only a semicolon-separated file has decimal commas (R's read.csv reads \"1,5\" as text)");
    }

    @Test
    void aFileOfOneColumnMayHaveDecimalCommas() throws IOException {
        // a header of one name: the commas of the rows are decimal commas, not a row name and a value
        DataSet d = DataSet.read(write("one.csv", "y\n0,5\n1,5\n2,25\n"));
        assertEquals(List.of("y"), d.columnNames());
        assertArrayEquals(new double[] {0.5, 1.5, 2.25}, d.numeric("y"), 0);
        assertArrayEquals(new double[] {0.5, 1.5}, DataSet.read(write("one-point.csv", "y\n0.5\n1.5\n")).numeric("y"),
                0);
    }

    @Test
    void aFileWithBothDecimalMarksNamesTheFirstCellThatDoesNotFit() throws IOException {
        Path p = write("mix.csv", "id;x;y\na;1,5;2,25\nb;2,5;3.5\nc;0,5;1,75\n");
        BadInputException e = assertThrows(BadInputException.class, () -> DataSet.read(p));
        assertEquals(DesignMessages.MIXED_DECIMAL_MARKS, e.key());
        assertEquals(p + ": line 3, column 'y': expected a number with a decimal comma, as on line 2 (column 'x':"
                + " '1,5'), got '3.5' (the numbers of a semicolon-separated file have one decimal mark, and no"
                + " thousands separators)", e.getMessage());
        // the mark most numbers have is the file's: here the point, and the comma does not fit
        Path points = write("points.csv", "x;y\n1.5;2.5\n2.5;3,5\n");
        BadInputException e2 = assertThrows(BadInputException.class, () -> DataSet.read(points));
        assertTrue(e2.getMessage().startsWith(points + ": line 3, column 'y': expected a number with a decimal point,"
                + " as on line 2 (column 'x': '1.5'), got '3,5'"), e2.getMessage());
    }

    @Test
    void aThousandsSeparatorIsNotReadAsRDoesNot() throws IOException {
        // 1.000 beside decimal commas is a thousand written with a separator: refused, not read as 1
        Path p = write("k.csv", "x;y\n1,5;1.000\n2,5;2\n3,5;3\n");
        BadInputException e = assertThrows(BadInputException.class, () -> DataSet.read(p));
        assertTrue(e.getMessage().startsWith(p + ": line 2, column 'y': expected a number with a decimal comma"),
                e.getMessage());
        // 1.234,5 is no number with either mark: the column is text, reported where it is used as a number
        DataSet d = DataSet.read(write("k2.csv", "x;y\n1.234,5;1,5\n2;2,5\n"));
        assertEquals(ColumnKind.MIXED, d.kind("x"));
        BadInputException notANumber = assertThrows(BadInputException.class, () -> d.numeric("x"));
        assertEquals(DesignMessages.NOT_A_NUMBER, notANumber.key());
        assertTrue(notANumber.getMessage().contains("line 2, column 'x': expected a number, got '1.234,5'"),
                notANumber.getMessage());
    }

    @Test
    void dropsRowNamesWhenEveryRowHasOneFieldMoreThanTheHeader() throws IOException {
        DataSet d = DataSet.read(write("rn.txt", "\"x\" \"y\" \"g\"\n\"1\" 1.5 4 \"a\"\n\"2\" -2 5 \"b c\"\n\"3\" 3e-3 6 d\n"));
        assertThreeRows(d);
    }

    @Test
    void readsGzipCompressedCsv() throws IOException {
        Path p = dir.resolve("c.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write("x,y,g\n1.5,4,a\n-2,5,b c\n3e-3,6,d\n".getBytes(StandardCharsets.UTF_8));
        }
        DataSet d = DataSet.read(p);
        assertThreeRows(d);
        assertEquals(p.toString(), d.source());
    }

    @Test
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws IOException {
        DataSet d = DataSet.read(write("q.csv", "name,v\n\"a,b\",1\n\"say \"\"hi\"\"\",2\n\"two\nlines\",3\nlast,4\n"));
        assertEquals("a,b", d.value("name", 0));
        assertEquals("say \"hi\"", d.value("name", 1));
        assertEquals("two\nlines", d.value("name", 2));
        assertEquals(4, d.lineOf(2));
        assertEquals(6, d.lineOf(3));
    }

    @Test
    void lineNumbersCountTheHeaderAndSkippedBlankLines() throws IOException {
        DataSet d = DataSet.read(write("b.csv", "\nx,y\r\n1,2\r\n\r\n3,4\r\n"));
        assertEquals(2, d.rows());
        assertEquals(3, d.lineOf(0));
        assertEquals(5, d.lineOf(1));
    }

    @Test
    void missingTokensAreMissingAndDoNotSpoilNumericColumns() throws IOException {
        DataSet d = DataSet.read(write("m.csv", "x,g\n1,a\nNA,NA\nNaN,\n,N/A\nnull,b\n\"\",c\n"));
        assertEquals(ColumnKind.NUMERIC, d.kind("x"));
        assertEquals(ColumnKind.STRING, d.kind("g"));
        double[] x = d.numeric("x");
        assertEquals(1, x[0]);
        for (int i = 1; i < 6; i++) {
            assertTrue(Double.isNaN(x[i]));
            assertTrue(d.isMissing("x", i));
        }
        assertTrue(d.isMissing("g", 1));
        assertTrue(d.isMissing("g", 2));
        assertTrue(d.isMissing("g", 3));
        assertFalse(d.isMissing("g", 4));
        assertEquals(5, d.table().column("x").countMissing());
    }

    @Test
    void tablesawHoldsNumbersAsDoublesAndTextAsStrings() throws IOException {
        DataSet d = DataSet.read(write("t.csv", "x,g\n1,a\n2,b\n"));
        Table t = d.table();
        assertEquals(ColumnType.DOUBLE, t.column("x").type());
        assertEquals(ColumnType.STRING, t.column("g").type());
        assertEquals(2, t.rowCount());
        t.doubleColumn("x").set(0, 99.0);
        t.stringColumn("g").set(0, "changed");
        assertEquals("1", d.value("x", 0), "the table handed out is a copy");
        assertEquals(1.0, d.numeric("x")[0], 0);
        assertEquals("a", d.value("g", 0));
    }

    @Test
    void mixedColumnIsNumericWithABadValue() throws IOException {
        Path p = write("mixed.csv", "gre,gpa\n1,2\n2,3\nabc,4\n");
        DataSet d = DataSet.read(p);
        assertEquals(ColumnKind.MIXED, d.kind("gre"));
        assertTrue(d.kind("gre").hasText());
        assertEquals(OptionalInt.of(2), d.firstNonNumericRow("gre"));
        BadInputException e = assertThrows(BadInputException.class, () -> d.numeric("gre"));
        assertEquals(p + ": line 4, column 'gre': expected a number, got 'abc'", e.getMessage());
        assertEquals(DesignMessages.NOT_A_NUMBER, e.key());
    }

    @Test
    void numbersAreDecimalLiteralsOnly() throws IOException {
        DataSet d = DataSet.read(write("n.csv", "a,b,c,d\n1d,0x10,Inf,+.5e1\n"));
        assertEquals(ColumnKind.STRING, d.kind("a"));
        assertEquals(ColumnKind.STRING, d.kind("b"));
        assertEquals(ColumnKind.STRING, d.kind("c"));
        assertEquals(ColumnKind.NUMERIC, d.kind("d"));
        assertEquals(5, d.numeric("d")[0]);
    }

    @Test
    void readsLongleyWithQuotedHeaders() {
        DataSet d = DataSet.read(TestData.file("longley.csv"));
        assertEquals(List.of("Obs", "TOTEMP", "GNPDEFL", "GNP", "UNEMP", "ARMED", "POP", "YEAR"), d.columnNames());
        assertEquals(16, d.rows());
        assertEquals(60323, d.numeric("TOTEMP")[0]);
        assertEquals(ColumnKind.NUMERIC, d.kind("GNPDEFL"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"spector.csv", "logistic_seed42.csv", "linear_product_seed42.csv",
        "newton_bfgs_200.csv", "longley.csv"})
    void readsEveryRepositoryDataFileWithNumericColumns(String name) {
        DataSet d = DataSet.read(TestData.file(name));
        assertTrue(d.rows() > 0);
        for (String c : d.columnNames()) {
            assertEquals(ColumnKind.NUMERIC, d.kind(c), name + " column " + c);
        }
    }

    @Test
    void spectorHas32RowsAndFiveColumns() {
        DataSet d = DataSet.read(TestData.file("spector.csv"));
        assertEquals(32, d.rows());
        assertEquals(List.of("OBS", "GPA", "TUCE", "PSI", "GRADE"), d.columnNames());
        assertEquals(2.66, d.numeric("GPA")[0]);
        assertEquals(33, d.lineOf(31));
    }

    @Test
    void missingFileIsNamed() {
        Path p = dir.resolve("nope.csv");
        BadInputException e = assertThrows(BadInputException.class, () -> DataSet.read(p));
        assertEquals(p + ": file not found", e.getMessage());
        assertEquals(DesignMessages.FILE_NOT_FOUND, e.key());
    }

    @Test
    void directoryIsRejected() {
        BadInputException e = assertThrows(BadInputException.class, () -> DataSet.read(dir));
        assertTrue(e.getMessage().startsWith(dir + ": is a directory"), e.getMessage());
        assertEquals(DesignMessages.IS_A_DIRECTORY, e.key());
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        Path p = write("empty.csv", "  \n\n");
        BadInputException e = assertThrows(BadInputException.class, () -> DataSet.read(p));
        assertEquals(p + ": the file is empty (expected a header line)", e.getMessage());
        assertEquals(DesignMessages.EMPTY_FILE, e.key());
    }

    @Test
    void headerOnlyIsRejected() throws IOException {
        Path p = write("header.csv", "x,y\n\n");
        BadInputException e = assertThrows(BadInputException.class, () -> DataSet.read(p));
        assertEquals(p + ": no data rows after the header on line 1", e.getMessage());
        assertEquals(DesignMessages.NO_DATA_ROWS, e.key());
    }

    @Test
    void rowWithTooManyFieldsNamesLineAndDelimiter() throws IOException {
        Path p = write("bad.csv", "a,b,c\n1,2,3\n1,2,3\n1,2,3\n1,2,3\n1,2,3\n1,2,3,4\n");
        BadInputException e = assertThrows(BadInputException.class, () -> DataSet.read(p));
        assertEquals(p + ": line 7 has 4 fields, expected 3 (delimiter ',')", e.getMessage());
        assertEquals(DesignMessages.WRONG_FIELD_COUNT, e.key());
    }

    @Test
    void rowWithTooFewFieldsNamesLineAndDelimiter() throws IOException {
        Path p = write("few.tsv", "a\tb\tc\n1\t2\t3\n1\t2\n");
        BadInputException e = assertThrows(BadInputException.class, () -> DataSet.read(p));
        assertEquals(p + ": line 3 has 2 fields, expected 3 (delimiter tab)", e.getMessage());
        assertEquals(DesignMessages.WRONG_FIELD_COUNT, e.key());
    }

    @Test
    void duplicateColumnNamesAreRejected() throws IOException {
        Path p = write("dup.csv", "x,y,z,y\n1,2,3,4\n");
        BadInputException e = assertThrows(BadInputException.class, () -> DataSet.read(p));
        assertEquals(p + ": line 1: duplicate column name 'y' (columns 2 and 4)", e.getMessage());
        assertEquals(DesignMessages.DUPLICATE_COLUMN, e.key());
    }

    @Test
    void namesDifferingOnlyInCaseAreRejectedBecauseTablesawFoldsCase() throws IOException {
        Path p = write("case.csv", "x,X\n1,2\n");
        BadInputException e = assertThrows(BadInputException.class, () -> DataSet.read(p));
        assertTrue(e.getMessage().startsWith(p + ": line 1: column names 'x' (column 1) and 'X' (column 2)"),
                e.getMessage());
        assertEquals(DesignMessages.COLUMN_NAMES_DIFFER_IN_CASE, e.key());
    }

    @Test
    void unclosedQuoteNamesItsLine() throws IOException {
        Path p = write("quote.csv", "x,y\n1,2\n\"open,3\n4,5\n");
        BadInputException e = assertThrows(BadInputException.class, () -> DataSet.read(p));
        assertTrue(e.getMessage().startsWith(p + ": line 3: a quoted field is never closed"), e.getMessage());
        assertEquals(DesignMessages.UNCLOSED_QUOTE, e.key());
    }

    @Test
    void textAfterAClosingQuoteIsRejected() throws IOException {
        Path p = write("after.csv", "x,y\n\"a\"b,2\n");
        BadInputException e = assertThrows(BadInputException.class, () -> DataSet.read(p));
        assertTrue(e.getMessage().startsWith(p + ": line 2, field 1: unexpected 'b' after a closing quote"),
                e.getMessage());
        assertEquals(DesignMessages.UNEXPECTED_AFTER_QUOTE, e.key());
    }

    @Test
    void invalidUtf8NamesItsLine() throws IOException {
        Path p = dir.resolve("latin1.csv");
        Files.write(p, new byte[] {'x', '\n', '1', '\n', (byte) 0xE9, '\n'});
        BadInputException e = assertThrows(BadInputException.class, () -> DataSet.read(p));
        assertTrue(e.getMessage().startsWith(p + ": line 3: not UTF-8 text (byte 0xE9"), e.getMessage());
        assertEquals(DesignMessages.NOT_UTF8, e.key());
    }

    @Test
    void brokenGzipIsRejected() throws IOException {
        Path p = write("broken.csv.gz", "x,y\n1,2\n");
        BadInputException e = assertThrows(BadInputException.class, () -> DataSet.read(p));
        assertTrue(e.getMessage().startsWith(p + ": not valid gzip data"), e.getMessage());
        assertEquals(DesignMessages.NOT_GZIP, e.key());
    }

    @Test
    void unknownColumnListsTheColumns() throws IOException {
        Path p = write("u.csv", "a,b\n1,2\n");
        DataSet d = DataSet.read(p);
        BadInputException e = assertThrows(BadInputException.class, () -> d.numeric("c"));
        assertEquals(p + ": unknown column 'c' (columns: a, b)", e.getMessage());
        assertEquals(DesignMessages.UNKNOWN_COLUMN, e.key());
    }

    @Test
    void inMemoryTablesBecomeTextWithShortNumbers() {
        Table t = Table.create("mem", DoubleColumn.create("x", 1.0, 2.5, Double.NaN),
                StringColumn.create("g", "a", "NA", "c"));
        DataSet d = DataSet.of("mem", t);
        assertEquals(List.of("1", "2.5", ""), List.of(d.strings("x")));
        assertTrue(d.isMissing("g", 1));
        assertEquals(ColumnKind.NUMERIC, d.kind("x"));
        assertEquals(4, d.lineOf(2));
    }

    @Test
    void badInputMessagesAreOneLine() {
        BadInputException e = new BadInputException(Text.AS_GIVEN, "first\nsecond\r\n third");
        assertEquals("first second third", e.getMessage());
        assertEquals("bad input", new BadInputException(Text.AS_GIVEN, " \n ").getMessage());
    }

    /** A message that is the value as given, to show what becomes of line breaks and blanks. */
    private enum Text implements Message {
        /** The text: any value. */
        AS_GIVEN;

        @Override
        public String format() {
            return "%s";
        }
    }

    @Test
    void numericValuesAsWrittenAreRecoveredFromTheFile() throws IOException {
        // numeric columns keep their numbers only; the text as written is read again from the file
        DataSet d = DataSet.read(write("w.csv", "id x g\n\"r1\" 1.50 a\n\"r2\" 1e-3 \"b \"\"q\"\"\"\n\"r3\" NA c\n"));
        assertEquals(List.of("id", "x", "g"), d.columnNames());
        assertEquals(ColumnKind.NUMERIC, d.kind("x"));
        assertEquals("1.50", d.value("x", 0));
        assertEquals("1e-3", d.value("x", 1));
        assertEquals("", d.value("x", 2));
        assertTrue(d.isMissing("x", 2));
        assertEquals("b \"q\"", d.value("g", 1));
        assertArrayEquals(new String[] {"1.50", "1e-3", ""}, d.strings("x"));
        assertArrayEquals(new double[] {1.5, 1e-3, Double.NaN}, d.numeric("x"), 0);
    }

    @Test
    void aMixedColumnNamesItsFirstBadValueAsWritten() throws IOException {
        DataSet d = DataSet.read(write("m.csv", "y,x\n1,2.0\n2,oops\n3,4\n"));
        assertEquals(ColumnKind.MIXED, d.kind("x"));
        assertEquals("oops", d.value("x", 1));
        assertEquals("2.0", d.value("x", 0));
        BadInputException e = assertThrows(BadInputException.class, () -> d.numeric("x"));
        assertTrue(e.getMessage().contains("oops"), e.getMessage());
    }
}
