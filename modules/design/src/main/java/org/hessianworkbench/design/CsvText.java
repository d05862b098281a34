package org.hessianworkbench.design;

import org.hessianworkbench.derivatives.error.BadInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer behind {@link DataSet#read}: splits CSV text into a header and data records,
 * remembering the file line on which each record starts. Package-private; instances are used once.
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
     * @param rows       the data records, each with exactly {@code header.size()} fields
     * @param lines      the 1-based file line on which each data record starts
     */
    record Parsed(Delimiter delimiter, int headerLine, List<String> header, List<String[]> rows, int[] lines) {
    }

    private static final char QUOTE = '"';

    /** The other quote of a whitespace-separated file (R's {@code read.table} reads both). */
    private static final char SINGLE_QUOTE = '\'';

    private final String source;
    private final String text;
    private Delimiter delimiter;
    private int pos;
    private int line = 1;

    private CsvText(String source, String text) {
        this.source = source;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
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
    static Parsed parse(String source, String text) {
        return new CsvText(source, text).parse();
    }

    private Parsed parse() {
        skipBlankLines();
        if (pos >= text.length()) {
            throw new BadInputException(DesignMessages.EMPTY_FILE, source);
        }
        int headerLine = line;
        delimiter = detect(physicalLine(pos));
        List<String> header = List.of(readRecord().fields);
        List<Record> records = new ArrayList<>();
        while (true) {
            skipBlankLines();
            if (pos >= text.length()) {
                break;
            }
            records.add(readRecord());
        }
        if (records.isEmpty()) {
            throw new BadInputException(DesignMessages.NO_DATA_ROWS, source, headerLine);
        }
        int expected = header.size();
        boolean rowNames = records.stream().allMatch(r -> r.fields.length == expected + 1);
        List<String[]> rows = new ArrayList<>(records.size());
        int[] lines = new int[records.size()];
        for (int i = 0; i < records.size(); i++) {
            Record r = records.get(i);
            if (rowNames) {
                String[] f = new String[expected];
                System.arraycopy(r.fields, 1, f, 0, expected);
                rows.add(f);
            } else if (r.fields.length != expected) {
                throw new BadInputException(DesignMessages.WRONG_FIELD_COUNT, source, r.line, r.fields.length,
                        r.fields.length == 1 ? "field" : "fields", expected, delimiter.description());
            } else {
                rows.add(r.fields);
            }
            lines[i] = r.line;
        }
        return new Parsed(delimiter, headerLine, header, rows, lines);
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
        return text.substring(from, end);
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

    private record Record(int line, String[] fields) {
    }

    private Record readRecord() {
        int start = line;
        List<String> fields = new ArrayList<>();
        if (delimiter == Delimiter.WHITESPACE) {
            readWhitespaceFields(fields);
        } else {
            readDelimitedFields(fields);
        }
        endOfLine();
        return new Record(start, fields.toArray(new String[0]));
    }

    private void readDelimitedFields(List<String> fields) {
        char sep = delimiter.character;
        while (true) {
            skipSpaces(sep);
            if (pos < text.length() && text.charAt(pos) == QUOTE) {
                fields.add(readQuoted(QUOTE));
                skipSpaces(sep);
                if (atEndOfLine()) {
                    return;
                }
                if (text.charAt(pos) != sep) {
                    throw unexpectedAfterQuote(fields.size());
                }
                pos++;
            } else {
                int begin = pos;
                while (!atEndOfLine() && text.charAt(pos) != sep) {
                    pos++;
                }
                fields.add(strip(text.substring(begin, pos), sep));
                if (atEndOfLine()) {
                    return;
                }
                pos++;
            }
        }
    }

    private void readWhitespaceFields(List<String> fields) {
        while (true) {
            while (pos < text.length() && isInlineSpace(text.charAt(pos))) {
                pos++;
            }
            if (atEndOfLine()) {
                return;
            }
            char c = text.charAt(pos);
            if (c == QUOTE || c == SINGLE_QUOTE) {
                fields.add(readQuoted(c));
                if (!atEndOfLine() && !isInlineSpace(text.charAt(pos))) {
                    throw unexpectedAfterQuote(fields.size());
                }
            } else {
                int begin = pos;
                while (!atEndOfLine() && !isInlineSpace(text.charAt(pos))) {
                    pos++;
                }
                fields.add(text.substring(begin, pos));
            }
        }
    }

    /**
     * Reads a field quoted with {@code quote}, starting at the opening quote; the quote doubled
     * inside stands for one.
     */
    private String readQuoted(char quote) {
        int startLine = line;
        pos++;
        StringBuilder b = new StringBuilder();
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

    private static String strip(String s, char sep) {
        int b = 0;
        int e = s.length();
        while (b < e && isInlineSpace(s.charAt(b)) && s.charAt(b) != sep) {
            b++;
        }
        while (e > b && isInlineSpace(s.charAt(e - 1)) && s.charAt(e - 1) != sep) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isInlineSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
