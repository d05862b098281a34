package org.hessianworkbench.design;

import org.hessianworkbench.derivatives.error.BadInputException;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A data table read from a CSV file: a Tablesaw {@link Table} (numeric columns as
 * {@link DoubleColumn}, the others as {@link StringColumn}), the values as written for messages,
 * the source name used in messages, and the file line of every row. Instances are immutable: the table
 * is copied when handed out.
 *
 * <p>Values are kept as written (unquoted values without surrounding spaces); the missing-value
 * tokens of {@link NumberText#MISSING_TOKENS} ({@code ""}, {@code NA}, {@code NaN}, {@code N/A},
 * {@code null}, case-sensitive, quoted or not) are stored as Tablesaw's missing string, the empty
 * string. Whether a column is numeric is decided by this class ({@link #kind(String)}), never by
 * Tablesaw's type inference. Column names are case-sensitive.
 *
 * <p>Memory: a numeric column is held as its numbers only (8 bytes a value), a text column as its
 * strings; the text of a numeric value as written is recovered when asked for (messages, factor
 * levels) by tokenizing its record again, from the file's text read again when first needed and then
 * held through a soft reference. A file of a million rows and twenty numeric columns thus holds
 * 160 MB, not the gigabytes of one string per value. The Tablesaw columns are built on demand.
 */
public final class DataSet {

    private static final String GZIP_SUFFIX = ".gz";
    private static final int GZIP_MAGIC_0 = 0x1f;
    private static final int GZIP_MAGIC_1 = 0x8b;
    /** Column names listed in "unknown column" messages before the list is cut short. */
    private static final int NAMES_IN_MESSAGES = 20;

    private final String source;
    private final List<String> columnNames;
    private final Map<String, Integer> index;
    /** The decimal mark of the file's numbers ({@link NumberText#POINT} or {@link NumberText#COMMA}). */
    private final char decimalMark;
    /** Per column: the numbers, NaN where missing or not a number. */
    private final double[][] numbers;
    /** Per column: the values as written ("" where missing) for a text column, else null. */
    private final String[][] texts;
    private final ColumnKind[] kinds;
    private final int[] firstNonNumber;
    private final int[] lines;
    /** The value as written of a cell whose text is not kept. */
    private final CellText recovery;
    /** Tablesaw's columns, built on first use (its class initialiser scans the class path, ~0.8 s). */
    private List<Column<?>> columns;

    /** The text of a cell as written ("" when missing), for cells whose text is not kept. */
    @FunctionalInterface
    interface CellText {
        String text(int row, int column);
    }

    /** The cells while reading: points a view at the value as written, missing tokens included. */
    @FunctionalInterface
    interface Cells {
        void load(int row, int column, CellView view);
    }

    private DataSet(String source, char decimalMark, List<String> columnNames, int rows, Cells cells, int[] lines,
                    CellText recovery) {
        this.source = source;
        this.decimalMark = decimalMark;
        this.columnNames = List.copyOf(columnNames);
        this.lines = lines;
        this.recovery = recovery;
        int p = columnNames.size();
        this.index = new HashMap<>();
        this.numbers = new double[p][];
        this.texts = new String[p][];
        this.kinds = new ColumnKind[p];
        this.firstNonNumber = new int[p];
        for (int j = 0; j < p; j++) {
            index.put(columnNames.get(j), j);
        }
        // columns are independent: parse them in parallel (number parsing is most of the reading time)
        java.util.stream.IntStream.range(0, p).parallel().forEach(j -> classify(j, rows, cells));
    }

    /**
     * Reads a CSV file: comma, semicolon, tab or whitespace delimited (whichever the header line
     * shows), optionally gzip-compressed ({@code .gz} name or gzip content), UTF-8.
     *
     * <p>Quoted fields ({@code "..."}, with {@code ""} for a quote) may hold the delimiter and line
     * breaks; in a whitespace-separated file a field may also be quoted with single quotes
     * ({@code 'GPA'}), as R's {@code read.table} reads them. Blank lines are skipped. When every data
     * row has exactly one field more than the header (R's {@code write.table} with row names) the
     * first field of each row is dropped.
     *
     * <p>Numbers have a decimal point, except in a semicolon-separated file whose numbers are
     * written with decimal commas ({@code 1,5}, as R's {@code write.csv2} and spreadsheets in many
     * European locales write them; {@link #decimalMark()}). A semicolon-separated file whose numbers
     * mix the two marks is refused, naming the first cell that does not fit.
     *
     * @param file the file; its name as given becomes {@link #source()}
     * @return the data set
     * @throws BadInputException when the file is missing, unreadable, empty, has no data rows, has a
     *                           row with the wrong number of fields, repeats a column name or mixes
     *                           decimal commas and points
     */
    public static DataSet read(Path file) {
        String source = file.toString();
        CharSequence text = textOf(source, readBytes(file, source));
        return fromText(source, text, new SoftText(file, source));
    }

    /**
     * Reads CSV text held in memory, with the rules of {@link #read(Path)}.
     *
     * @param source the name used in messages
     * @param text   the CSV text
     * @return the data set
     * @throws BadInputException as for {@link #read(Path)}
     */
    public static DataSet fromCsvText(String source, String text) {
        return fromText(source, text, () -> text);
    }

    private static DataSet fromText(String source, CharSequence text, java.util.function.Supplier<CharSequence> again) {
        CsvText.Parsed parsed = CsvText.parse(source, text);
        List<String> names = parsed.header();
        checkNames(source, names, parsed.headerLine());
        CsvText.Cells cells = parsed.cells();
        CsvText.Delimiter delimiter = parsed.delimiter();
        int[] starts = parsed.starts();
        int shift = parsed.rowNames() ? 1 : 0;
        CellText recovery = (row, column) -> {
            String v = CsvText.recordAt(source, again.get(), delimiter, starts[row])[column + shift];
            return NumberText.isMissing(v) ? "" : v;
        };
        int[] lines = parsed.lines().clone();
        char mark = delimiter == CsvText.Delimiter.SEMICOLON
                ? DecimalMarks.of(source, names, parsed.rows(), cells::get, lines) : NumberText.POINT;
        Cells loader = mark == NumberText.POINT ? cells::load : (row, column, view) -> {
            // a number written with a decimal comma is read as the same number with a point
            String v = cells.get(row, column);
            view.set(v.indexOf(NumberText.COMMA) >= 0 && NumberText.isNumber(v, NumberText.COMMA)
                    ? v.replace(NumberText.COMMA, NumberText.POINT) : v);
        };
        return new DataSet(source, mark, names, parsed.rows(), loader, lines, recovery);
    }

    /**
     * The file's text for recovering values as written: read again when first asked for (a fit of
     * numeric columns never asks, so the text is not held meanwhile), then held through a soft
     * reference, read again if the collector has cleared it.
     */
    private static final class SoftText implements java.util.function.Supplier<CharSequence> {
        private final Path file;
        private final String source;
        private java.lang.ref.SoftReference<CharSequence> text = new java.lang.ref.SoftReference<>(null);

        SoftText(Path file, String source) {
            this.file = file;
            this.source = source;
        }

        @Override
        public synchronized CharSequence get() {
            CharSequence t = text.get();
            if (t == null) {
                t = textOf(source, readBytes(file, source));
                text = new java.lang.ref.SoftReference<>(t);
            }
            return t;
        }
    }

    /**
     * A data set from a Tablesaw table built in memory; row {@code i} is reported as line
     * {@code i + 2}, as if the table had been written to CSV with a header. Numeric columns are
     * turned into text with {@link NumberText#format(double)}, other columns with their string
     * value; missing values stay missing.
     *
     * @param source the name used in messages
     * @param data   the table; it is copied
     * @return the data set
     * @throws BadInputException when the table repeats a column name or has no rows
     */
    public static DataSet of(String source, Table data) {
        List<String> names = data.columnNames();
        checkNames(source, names, 1);
        int n = data.rowCount();
        if (n == 0) {
            throw new BadInputException(DesignMessages.TABLE_WITHOUT_ROWS, source);
        }
        String[][] cols = new String[names.size()][n];
        for (int j = 0; j < names.size(); j++) {
            Column<?> c = data.column(j);
            for (int i = 0; i < n; i++) {
                String v;
                if (c.isMissing(i)) {
                    v = "";
                } else if (c instanceof NumericColumn<?> numeric) {
                    v = NumberText.format(numeric.getDouble(i));
                } else {
                    v = c.getString(i);
                }
                cols[j][i] = NumberText.isMissing(v) ? "" : v;
            }
        }
        int[] lines = new int[n];
        for (int i = 0; i < n; i++) {
            lines[i] = i + 2;
        }
        return new DataSet(source, NumberText.POINT, names, n, (row, column, view) -> view.set(cols[column][row]), lines,
                (row, column) -> cols[column][row]);
    }

    /** The file name as the user gave it (or the name given to an in-memory table). */
    public String source() {
        return source;
    }

    /**
     * The decimal mark of the file's numbers: {@link NumberText#COMMA} for a semicolon-separated
     * file written with decimal commas, else {@link NumberText#POINT}.
     */
    public char decimalMark() {
        return decimalMark;
    }

    /** Number of data rows. */
    public int rows() {
        return lines.length;
    }

    /** The column names in file order. */
    public List<String> columnNames() {
        return columnNames;
    }

    /** True when a column of exactly this name exists. */
    public boolean hasColumn(String column) {
        return index.containsKey(column);
    }

    /**
     * A copy of the Tablesaw table: a {@link DoubleColumn} per numeric column (missing values NaN), a
     * {@link StringColumn} per other column (missing values empty).
     */
    public Table table() {
        Table t = Table.create(source);
        for (Column<?> c : tablesawColumns()) {
            t.addColumns(c.copy());
        }
        return t;
    }

    private synchronized List<Column<?>> tablesawColumns() {
        if (columns == null) {
            List<Column<?>> cols = new java.util.ArrayList<>();
            for (int j = 0; j < columnNames.size(); j++) {
                try {
                    // numeric columns as DoubleColumn (NaN is Tablesaw's missing double): a StringColumn
                    // would dictionary-encode every distinct number
                    cols.add(kinds[j] == ColumnKind.NUMERIC ? DoubleColumn.create(columnNames.get(j), numbers[j])
                            : StringColumn.create(columnNames.get(j), strings(columnNames.get(j))));
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(e, DesignMessages.COLUMN_NOT_STORED, source, columnNames.get(j),
                            e.getMessage());
                }
            }
            columns = List.copyOf(cols);
        }
        return columns;
    }

    /** The 1-based file line of 0-based data row {@code row} (the header is line 1). */
    public int lineOf(int row) {
        return lines[row];
    }

    /** The kind of a column: numeric, text, or numeric with bad values. */
    public ColumnKind kind(String column) {
        return kinds[indexOf(column)];
    }

    /** True when the value in a row of a column is missing. */
    public boolean isMissing(String column, int row) {
        int j = indexOf(column);
        if (kinds[j] == ColumnKind.NUMERIC) {
            return Double.isNaN(numbers[j][row]);
        }
        return value(j, row).isEmpty();
    }

    /** The value as written in the file (without quotes), or {@code ""} when missing. */
    public String value(String column, int row) {
        return value(indexOf(column), row);
    }

    private String value(int j, int row) {
        if (texts[j] != null) {
            return texts[j][row];
        }
        if (kinds[j] == ColumnKind.NUMERIC && Double.isNaN(numbers[j][row])) {
            return "";
        }
        return recovery.text(row, j);
    }

    /** A copy of a column's values as written, {@code ""} where missing. */
    public String[] strings(String column) {
        int j = indexOf(column);
        if (texts[j] != null) {
            return texts[j].clone();
        }
        String[] out = new String[rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = value(j, i);
        }
        return out;
    }

    /** The first row whose non-missing value is not a number, if there is one. */
    public OptionalInt firstNonNumericRow(String column) {
        int r = firstNonNumber[indexOf(column)];
        return r < 0 ? OptionalInt.empty() : OptionalInt.of(r);
    }

    /**
     * A numeric column's values, {@code NaN} where missing.
     *
     * @param column the column name
     * @return a fresh array, one value per row
     * @throws BadInputException naming file, line, column and value when a non-missing value is not
     *                           a number
     */
    public double[] numeric(String column) {
        int j = indexOf(column);
        if (firstNonNumber[j] >= 0) {
            int r = firstNonNumber[j];
            throw new BadInputException(DesignMessages.NOT_A_NUMBER, location(r, column), value(j, r));
        }
        return numbers[j].clone();
    }

    /**
     * A numeric column's values without a copy, for this package's readers, which never modify it.
     *
     * @throws BadInputException as {@link #numeric(String)}
     */
    double[] numbersOf(String column) {
        int j = indexOf(column);
        if (firstNonNumber[j] >= 0) {
            numeric(column);
        }
        return numbers[j];
    }

    /** {@code "<source>: line <L>, column '<column>'"} for messages about one value. */
    public String location(int row, String column) {
        return source + ": line " + lineOf(row) + ", column '" + column + "'";
    }

    /**
     * A short list of the column names for messages: {@code "a, b, c"}, cut after twenty names.
     */
    public String describeColumns() {
        if (columnNames.size() <= NAMES_IN_MESSAGES) {
            return String.join(", ", columnNames);
        }
        return String.join(", ", columnNames.subList(0, NAMES_IN_MESSAGES)) + ", ... ("
                + columnNames.size() + " columns)";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DataSet[%s: %d rows, columns %s]", source, rows(), describeColumns());
    }

    private int indexOf(String column) {
        Integer j = index.get(column);
        if (j == null) {
            throw new BadInputException(DesignMessages.UNKNOWN_COLUMN, source, column, describeColumns());
        }
        return j;
    }

    /**
     * Reads column {@code j}: numbers where the values are numbers; the strings only while no value is
     * a number (a text column), so a numeric column costs its numbers alone.
     */
    private void classify(int j, int rows, Cells cells) {
        double[] x = new double[rows];
        String[] text = null;
        boolean anyNumber = false;
        int bad = -1;
        CellView v = new CellView();
        for (int i = 0; i < rows; i++) {
            cells.load(i, j, v);
            if (v.isMissing()) {
                x[i] = Double.NaN;
                if (text != null) {
                    text[i] = "";
                }
            } else if (v.isNumber()) {
                x[i] = v.number();
                anyNumber = true;
                text = null;
            } else {
                x[i] = Double.NaN;
                if (bad < 0) {
                    bad = i;
                    if (!anyNumber) {
                        // every value so far was missing: the column may be text
                        text = new String[rows];
                        java.util.Arrays.fill(text, 0, i, "");
                    }
                }
                if (text != null) {
                    text[i] = v.string();
                }
            }
        }
        numbers[j] = x;
        firstNonNumber[j] = bad;
        kinds[j] = bad < 0 ? ColumnKind.NUMERIC : anyNumber ? ColumnKind.MIXED : ColumnKind.STRING;
        texts[j] = kinds[j] == ColumnKind.STRING ? text : null;
    }

    private static void checkNames(String source, List<String> names, int headerLine) {
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < names.size(); j++) {
            Integer before = seen.putIfAbsent(names.get(j), j);
            if (before != null) {
                throw new BadInputException(DesignMessages.DUPLICATE_COLUMN, source, headerLine, names.get(j),
                        before + 1, j + 1);
            }
        }
        Map<String, Integer> folded = new HashMap<>();
        for (int j = 0; j < names.size(); j++) {
            Integer before = folded.putIfAbsent(names.get(j).toLowerCase(Locale.ROOT), j);
            if (before != null) {
                throw new BadInputException(DesignMessages.COLUMN_NAMES_DIFFER_IN_CASE, source, headerLine,
                        names.get(before), before + 1, names.get(j), j + 1);
            }
        }
    }

    private static byte[] readBytes(Path file, String source) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(DesignMessages.IS_A_DIRECTORY, source);
        }
        byte[] bytes;
        try {
            bytes = readFully(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(e, DesignMessages.FILE_NOT_FOUND, source);
        } catch (AccessDeniedException e) {
            throw new BadInputException(e, DesignMessages.PERMISSION_DENIED, source);
        } catch (IOException e) {
            throw new BadInputException(e, DesignMessages.FILE_NOT_READ, source, e.toString());
        }
        boolean gzipName = source.toLowerCase(Locale.ROOT).endsWith(GZIP_SUFFIX);
        boolean gzipMagic = bytes.length >= 2 && (bytes[0] & 0xff) == GZIP_MAGIC_0
                && (bytes[1] & 0xff) == GZIP_MAGIC_1;
        if (!gzipName && !gzipMagic) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (ZipException e) {
            throw new BadInputException(e, DesignMessages.NOT_GZIP, source, e.getMessage());
        } catch (EOFException e) {
            throw new BadInputException(e, DesignMessages.GZIP_TRUNCATED, source);
        } catch (IOException e) {
            throw new BadInputException(e, DesignMessages.GZIP_NOT_DECOMPRESSED, source, e.toString());
        }
    }

    /** Largest read at once: the channel copies each read through a native buffer of its size, which it keeps. */
    private static final int READ_CHUNK = 1 << 20;

    /**
     * The file's bytes, read in chunks of {@value #READ_CHUNK} bytes ({@link Files#readAllBytes} reads a
     * large file in one call, through a native buffer as large as the file that the thread then keeps).
     */
    private static byte[] readFully(Path file) throws IOException {
        try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE - 8) {
                throw new IOException("the file has " + size + " bytes, more than 2 GB");
            }
            byte[] out = new byte[(int) size];
            int n = 0;
            while (true) {
                if (n == out.length) {
                    // the size read at the start is reached: done, unless the file has grown since
                    ByteBuffer probe = ByteBuffer.allocate(8192);
                    int r = ch.read(probe);
                    if (r < 0) {
                        return out;
                    }
                    if (out.length >= Integer.MAX_VALUE - 8 - r) {
                        throw new IOException("the file has more than 2 GB");
                    }
                    out = java.util.Arrays.copyOf(out, (int) Math.min(Integer.MAX_VALUE - 8, 2L * out.length + r));
                    System.arraycopy(probe.array(), 0, out, n, r);
                    n += r;
                    continue;
                }
                int r = ch.read(ByteBuffer.wrap(out, n, Math.min(READ_CHUNK, out.length - n)));
                if (r < 0) {
                    return java.util.Arrays.copyOf(out, n);
                }
                n += r;
            }
        }
    }

    /** The text of a file's bytes: the bytes themselves when they are ASCII, else decoded UTF-8. */
    private static CharSequence textOf(String source, byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return decode(source, bytes);
            }
        }
        return new AsciiText(bytes);
    }

    private static String decode(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new BadInputException(DesignMessages.NOT_UTF8, source, line, bytes[offset] & 0xff, offset);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
