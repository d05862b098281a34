package org.hessianworkbench.design;

import org.hessianworkbench.derivatives.error.BadInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer behind {@link DataSet#read}: splits CSV text into a header and data records,
 * remembering the file line and the text offset at which each record starts. The fields are not
 * materialised: each is a range of the text (its value exactly, quotes and surrounding spaces
 * excluded), or, for a quoted field with doubled quotes inside, a string of its own ({@link Cells}),
 * so reading a large file costs two ints per field instead of a string. {@link #recordAt} tokenizes
 * one record again, to recover the text of a field later. Package-private; instances are used once.
 */
final class CsvText {

    /** The field separators recognised from the header line. */
    enum Delimiter {
        COMMA(',', "','"),
        SEMICOLON(';', "';'"),
        TAB('\t', "tab"),
        WHITESPACE(' ', "whitespace");

        private final char character;
        private final String description;

        Delimiter(char character, String description) {
            this.character = character;
            this.description = description;
        }

        /** How error messages name the delimiter. */
        String description() {
            return description;
        }
    }

    /**
     * The tokenized file.
     *
     * @param delimiter  the delimiter found on the header line
     * @param headerLine the 1-based file line of the header
     * @param header     the column names
     * @param cells      the data records' fields, {@code header.size()} per record (row names dropped)
     * @param lines      the 1-based file line on which each data record starts
     * @param starts     the text offset at which each data record starts ({@link #recordAt})
     * @param rowNames   whether every record had one field more than the header, the first dropped
     */
    record Parsed(Delimiter delimiter, int headerLine, List<String> header, Cells cells, int[] lines, int[] starts,
                  boolean rowNames) {
        /** Number of data records. */
        int rows() {
            return lines.length;
        }
    }

    /**
     * The fields of the data records, by column: field {@code (row, column)} is the text range
     * {@code [start, end)}, or, when {@code start < 0}, the string {@code specials.get(-start - 1)}.
     */
    static final class Cells {
        private final CharSequence text;
        private final int[][] start;
        private final int[][] end;
        private final List<String> specials;

        Cells(CharSequence text, int[][] start, int[][] end, List<String> specials) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.specials = specials;
        }

        /** The value of a field as written (unquoted, without surrounding spaces). */
        String get(int row, int column) {
            int s = start[column][row];
            return s < 0 ? specials.get(-s - 1) : text.subSequence(s, end[column][row]).toString();
        }

        /** Points {@code view} at the value of a field, without making a string of it. */
        void load(int row, int column, CellView view) {
            int s = start[column][row];
            if (s < 0) {
                view.set(specials.get(-s - 1));
            } else {
                view.set(text, s, end[column][row]);
            }
        }
    }

    private static final char QUOTE = '"';

    /** The other quote of a whitespace-separated file (R's {@code read.table} reads both). */
    private static final char SINGLE_QUOTE = '\'';

    private final String source;
    private final CharSequence text;
    private Delimiter delimiter;
    private int pos;
    private int line = 1;
    /** The current record's fields: ranges (or special strings, start < 0), in order. */
    private int fieldCount;
    private int[] fieldStart = new int[16];
    private int[] fieldEnd = new int[16];
    private final List<String> specials = new ArrayList<>();

    private CsvText(String source, CharSequence text) {
        this.source = source;
        this.text = text;
        this.pos = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    }

    /**
     * Tokenizes a whole file.
     *
     * @param source the file name for messages
     * @param text   the file contents
     * @return header, records and their lines; missing-value tokens are kept as written
     * @throws BadInputException for an empty file, a file without data rows, an unclosed quote or
     *                           a record with the wrong number of fields
     */
    static Parsed parse(String source, CharSequence text) {
        return new CsvText(source, text).parse();
    }

    /**
     * The fields of the record that starts at {@code offset} (a value of {@link Parsed#starts()}), as
     * {@link #parse} read them.
     */
    static String[] recordAt(String source, CharSequence text, Delimiter delimiter, int offset) {
        CsvText t = new CsvText(source, text);
        t.delimiter = delimiter;
        t.pos = offset;
        t.readRecord();
        String[] out = new String[t.fieldCount];
        for (int k = 0; k < out.length; k++) {
            out[k] = t.field(k);
        }
        return out;
    }

    private String field(int k) {
        int s = fieldStart[k];
        return s < 0 ? specials.get(-s - 1) : text.subSequence(s, fieldEnd[k]).toString();
    }

    private Parsed parse() {
        skipBlankLines();
        if (pos >= text.length()) {
            throw new BadInputException(DesignMessages.EMPTY_FILE, source);
        }
        int headerLine = line;
        delimiter = detect(physicalLine(pos));
        readRecord();
        List<String> names = new ArrayList<>();
        for (int k = 0; k < fieldCount; k++) {
            names.add(field(k));
        }
        List<String> header = List.copyOf(names);
        specials.clear();
        int expected = header.size();
        int width = expected + 1;
        int[][] starts = new int[width][];
        int[][] ends = new int[width][];
        int[] lines = new int[0];
        int[] offsets = new int[0];
        int rows = 0;
        boolean rowNames = false;
        // the first record that does not fit, reported after the whole text is tokenized (as before:
        // a broken quote anywhere is reported first)
        int badLine = -1;
        int badCount = 0;
        while (true) {
            skipBlankLines();
            if (pos >= text.length()) {
                break;
            }
            int startLine = line;
            int startPos = pos;
            readRecord();
            if (rows == 0) {
                // row names when the first record has one field more than the header (and, checked
                // below, every other record too); room for as many rows as the rest of the text holds
                // at the first record's length, grown if needed
                rowNames = fieldCount == expected + 1;
                long capacity = 16 + (long) ((text.length() - startPos) / Math.max(1.0, pos - startPos) * 1.1);
                int size = (int) Math.min(Integer.MAX_VALUE - 8, capacity);
                lines = new int[size];
                offsets = new int[size];
                for (int c = 0; c < (rowNames ? width : expected); c++) {
                    starts[c] = new int[size];
                    ends[c] = new int[size];
                }
            }
            int wanted = rowNames ? expected + 1 : expected;
            if (badLine < 0 && fieldCount != wanted) {
                // without row names the first record of another length; with them, the first record
                // (it has a field more than the header)
                badLine = rowNames ? lines[0] : startLine;
                badCount = rowNames ? expected + 1 : fieldCount;
            }
            if (badLine >= 0) {
                rows++;
                continue;
            }
            if (rows == lines.length) {
                int grown = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16L, rows + (long) rows / 2));
                lines = java.util.Arrays.copyOf(lines, grown);
                offsets = java.util.Arrays.copyOf(offsets, grown);
                for (int c = 0; c < starts.length; c++) {
                    if (starts[c] != null) {
                        starts[c] = java.util.Arrays.copyOf(starts[c], grown);
                        ends[c] = java.util.Arrays.copyOf(ends[c], grown);
                    }
                }
            }
            lines[rows] = startLine;
            offsets[rows] = startPos;
            for (int k = 0; k < fieldCount; k++) {
                starts[k][rows] = fieldStart[k];
                ends[k][rows] = fieldEnd[k];
            }
            rows++;
        }
        if (rows == 0) {
            throw new BadInputException(DesignMessages.NO_DATA_ROWS, source, headerLine);
        }
        if (badLine >= 0) {
            throw new BadInputException(DesignMessages.WRONG_FIELD_COUNT, source, badLine, badCount,
                    badCount == 1 ? "field" : "fields", expected, delimiter.description());
        }
        int[][] s0 = new int[expected][];
        int[][] e0 = new int[expected][];
        for (int c = 0; c < expected; c++) {
            s0[c] = starts[rowNames ? c + 1 : c];
            e0[c] = ends[rowNames ? c + 1 : c];
        }
        return new Parsed(delimiter, headerLine, header, new Cells(text, s0, e0, specials),
                java.util.Arrays.copyOf(lines, rows), java.util.Arrays.copyOf(offsets, rows), rowNames);
    }

    /**
     * The delimiter that occurs most often outside quotes on the header line (comma on a tie);
     * whitespace when none of comma, semicolon and tab occurs but a space does; a semicolon when
     * the header is one name: a file of one column, whose numbers may have decimal commas (a
     * comma in its rows is no delimiter, and {@code 1,5} is not a row name 1 and a value 5).
     */
    private static Delimiter detect(String header) {
        int[] counts = new int[Delimiter.values().length];
        String s = header.strip();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
            } else if (!quoted) {
                for (Delimiter d : Delimiter.values()) {
                    if (c == d.character) {
                        counts[d.ordinal()]++;
                    }
                }
            }
        }
        Delimiter best = Delimiter.COMMA;
        for (Delimiter d : List.of(Delimiter.SEMICOLON, Delimiter.TAB)) {
            if (counts[d.ordinal()] > counts[best.ordinal()]) {
                best = d;
            }
        }
        if (counts[best.ordinal()] == 0) {
            return counts[Delimiter.WHITESPACE.ordinal()] > 0 ? Delimiter.WHITESPACE : Delimiter.SEMICOLON;
        }
        return best;
    }

    private String physicalLine(int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.subSequence(from, end).toString();
    }

    /** Skips lines holding nothing but spaces and tabs. */
    private void skipBlankLines() {
        while (pos < text.length()) {
            int p = pos;
            while (p < text.length() && isInlineSpace(text.charAt(p))) {
                p++;
            }
            if (p >= text.length()) {
                pos = p;
                return;
            }
            char c = text.charAt(p);
            if (c != '\n' && c != '\r') {
                return;
            }
            pos = p;
            endOfLine();
        }
    }

    private void readRecord() {
        fieldCount = 0;
        if (delimiter == Delimiter.WHITESPACE) {
            readWhitespaceFields();
        } else {
            readDelimitedFields();
        }
        endOfLine();
    }

    private void addRange(int begin, int end) {
        if (fieldCount == fieldStart.length) {
            fieldStart = java.util.Arrays.copyOf(fieldStart, 2 * fieldCount);
            fieldEnd = java.util.Arrays.copyOf(fieldEnd, 2 * fieldCount);
        }
        fieldStart[fieldCount] = begin;
        fieldEnd[fieldCount] = end;
        fieldCount++;
    }

    /** A field quoted with {@code quote}: its content as a range when it holds no doubled quote, else a string of its own. */
    private void addQuoted(char quote) {
        int open = pos;
        String special = readQuoted(quote);
        if (special == null) {
            addRange(open + 1, pos - 1);
        } else {
            specials.add(special);
            addRange(-specials.size(), 0);
        }
    }

    private void readDelimitedFields() {
        char sep = delimiter.character;
        while (true) {
            skipSpaces(sep);
            if (pos < text.length() && text.charAt(pos) == QUOTE) {
                addQuoted(QUOTE);
                skipSpaces(sep);
                if (atEndOfLine()) {
                    return;
                }
                if (text.charAt(pos) != sep) {
                    throw unexpectedAfterQuote(fieldCount);
                }
                pos++;
            } else {
                int begin = pos;
                while (!atEndOfLine() && text.charAt(pos) != sep) {
                    pos++;
                }
                // strip spaces and tabs (not the separator) from both ends
                int b = begin;
                int e = pos;
                while (b < e && isInlineSpace(text.charAt(b)) && text.charAt(b) != sep) {
                    b++;
                }
                while (e > b && isInlineSpace(text.charAt(e - 1)) && text.charAt(e - 1) != sep) {
                    e--;
                }
                addRange(b, e);
                if (atEndOfLine()) {
                    return;
                }
                pos++;
            }
        }
    }

    private void readWhitespaceFields() {
        while (true) {
            while (pos < text.length() && isInlineSpace(text.charAt(pos))) {
                pos++;
            }
            if (atEndOfLine()) {
                return;
            }
            char c = text.charAt(pos);
            if (c == QUOTE || c == SINGLE_QUOTE) {
                addQuoted(c);
                if (!atEndOfLine() && !isInlineSpace(text.charAt(pos))) {
                    throw unexpectedAfterQuote(fieldCount);
                }
            } else {
                int begin = pos;
                while (!atEndOfLine() && !isInlineSpace(text.charAt(pos))) {
                    pos++;
                }
                addRange(begin, pos);
            }
        }
    }

    /**
     * Reads a field quoted with {@code quote}, starting at the opening quote; the quote doubled inside
     * stands for one. Returns null when the field holds no doubled quote (its value is then the text
     * between the quotes), else the value.
     */
    private String readQuoted(char quote) {
        int startLine = line;
        pos++;
        int from = pos;
        while (pos < text.length() && text.charAt(pos) != quote) {
            if (text.charAt(pos) == '\r' || text.charAt(pos) == '\n') {
                endOfLine();
            } else {
                pos++;
            }
        }
        if (pos >= text.length()) {
            throw new BadInputException(DesignMessages.UNCLOSED_QUOTE, source, startLine,
                        quote == QUOTE ? "'\"'" : "\"'\"");
        }
        if (pos + 1 >= text.length() || text.charAt(pos + 1) != quote) {
            pos++;
            return null;
        }
        StringBuilder b = new StringBuilder();
        b.append(text, from, pos);
        while (true) {
            if (pos >= text.length()) {
                throw new BadInputException(DesignMessages.UNCLOSED_QUOTE, source, startLine,
                        quote == QUOTE ? "'\"'" : "\"'\"");
            }
            char c = text.charAt(pos);
            if (c == quote) {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == quote) {
                    b.append(quote);
                    pos += 2;
                    continue;
                }
                pos++;
                return b.toString();
            }
            if (c == '\r' || c == '\n') {
                int before = pos;
                endOfLine();
                b.append(text, before, pos);
            } else {
                b.append(c);
                pos++;
            }
        }
    }

    private BadInputException unexpectedAfterQuote(int field) {
        return new BadInputException(DesignMessages.UNEXPECTED_AFTER_QUOTE, source, line, field,
                String.valueOf(text.charAt(pos)), delimiter.description());
    }

    private boolean atEndOfLine() {
        return pos >= text.length() || text.charAt(pos) == '\n' || text.charAt(pos) == '\r';
    }

    /** Consumes one line break ({@code \n}, {@code \r\n} or {@code \r}) if there is one. */
    private void endOfLine() {
        if (pos >= text.length()) {
            return;
        }
        if (text.charAt(pos) == '\r') {
            pos++;
            if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
            line++;
        } else if (text.charAt(pos) == '\n') {
            pos++;
            line++;
        }
    }

    private void skipSpaces(char sep) {
        while (pos < text.length() && isInlineSpace(text.charAt(pos)) && text.charAt(pos) != sep) {
            pos++;
        }
    }

    private static boolean isInlineSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
