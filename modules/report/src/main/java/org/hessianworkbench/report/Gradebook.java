package org.hessianworkbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.grading.exercise.ClassGrader.Row;

/**
 * A class's gradebook: one row per student ({@code student, file, verdict, hint, counterexample,
 * seed, seconds, message}) written as CSV (RFC 4180 quoting, UTF-8, numbers with a decimal point),
 * JSON or one HTML page (a sortable table), by the file's extension; always atomically (a temporary file, then a move), so a gradebook is
 * never half written. Also reads one back, to update one student's row. Stateless.
 */
public final class Gradebook {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("student", "file", "verdict", "hint", "counterexample", "seed",
            "seconds", "message");

    /** Hints listed in the summary at most. */
    static final int SUMMARY_HINTS = 5;

    /** The formats, by extension. */
    public enum Format {
        /** Comma-separated values with a header row. */
        CSV,
        /** A JSON document: {@code exercise, students: [...]}. */
        JSON,
        /** One page: the summary and a table sorted by a click on a column ({@code .html} or {@code .htm}). */
        HTML
    }

    private Gradebook() {
    }

    /**
     * The format the file's extension names.
     *
     * @throws BadInputException when it is neither {@code .csv}, {@code .json} nor {@code .html}
     */
    public static Format format(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.HTML;
        }
        throw new BadInputException(ReportMessages.GRADEBOOK_FORMAT, out);
    }

    /** Writes the rows to {@code out} atomically, in the format of its extension. */
    public static void write(Path out, String exercise, List<Row> rows) {
        write(out, exercise, rows, "workbench exercise grade " + exercise);
    }

    /** Writes the rows to {@code out} atomically, a page's footer naming {@code command}. */
    public static void write(Path out, String exercise, List<Row> rows, String command) {
        Format f = format(out);
        AtomicFiles.write(out, f == Format.HTML ? org.hessianworkbench.report.html.GradebookHtml.render(exercise, rows,
                command) : text(f, exercise, rows));
    }

    /** The gradebook's text (CSV or JSON). */
    static String text(Format f, String exercise, List<Row> rows) {
        if (f == Format.JSON) {
            ObjectNode o = Json.object();
            o.put("exercise", exercise);
            ArrayNode a = o.putArray("students");
            for (Row r : rows) {
                ObjectNode s = a.addObject();
                s.put("student", r.student());
                s.put("file", r.file());
                s.put("verdict", r.verdict());
                putOrNull(s, "hint", r.hint());
                putOrNull(s, "counterexample", r.counterexample());
                s.put("seed", r.seed());
                s.put("seconds", seconds(r.seconds()));
                s.put("message", r.message());
            }
            return Json.document(o);
        }
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Row r : rows) {
            b.append(String.join(",", csv(r.student()), csv(r.file()), csv(r.verdict()), csv(r.hint()),
                    csv(r.counterexample()), Long.toString(r.seed()), String.format(Locale.ROOT, "%.2f", r.seconds()),
                    csv(r.message()))).append("\r\n");
        }
        return b.toString();
    }

    private static double seconds(double s) {
        return Math.round(s * 100) / 100.0;
    }

    private static void putOrNull(ObjectNode o, String key, String v) {
        if (v == null || v.isEmpty()) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }

    private static String csv(String v) {
        if (v == null || v.isEmpty()) {
            return "";
        }
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /**
     * Reads a gradebook this class wrote.
     *
     * @throws BadInputException when the file is missing or not such a gradebook
     */
    public static List<Row> read(Path in) {
        Format f = format(in);
        if (!Files.isRegularFile(in)) {
            throw new BadInputException(ReportMessages.GRADEBOOK_MISSING, in);
        }
        try {
            String text = Files.readString(in, StandardCharsets.UTF_8);
            return f == Format.JSON ? readJson(text) : f == Format.HTML
                    ? org.hessianworkbench.report.html.GradebookHtml.read(text) : readCsv(text);
        } catch (IOException | RuntimeException ex) {
            if (ex instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException(ex, ReportMessages.GRADEBOOK_NOT_READ, in, String.valueOf(ex.getMessage()));
        }
    }

    private static List<Row> readJson(String text) throws IOException {
        JsonNode o = Json.mapper().readTree(text);
        List<Row> rows = new ArrayList<>();
        for (JsonNode s : o.get("students")) {
            rows.add(new Row(s.get("student").asText(), s.get("file").asText(), s.get("verdict").asText(),
                    s.get("hint").isNull() ? "" : s.get("hint").asText(),
                    s.get("counterexample").isNull() ? "" : s.get("counterexample").asText(), s.get("seed").asLong(),
                    s.get("seconds").asDouble(), s.get("message").asText()));
        }
        return rows;
    }

    private static List<Row> readCsv(String text) {
        List<List<String>> records = parseCsv(text);
        if (records.isEmpty() || !records.get(0).equals(COLUMNS)) {
            throw new IllegalArgumentException("the header is not " + String.join(",", COLUMNS));
        }
        List<Row> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() != COLUMNS.size()) {
                throw new IllegalArgumentException("a row of " + r.size() + " fields");
            }
            rows.add(new Row(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), Long.parseLong(r.get(5)),
                    Double.parseDouble(r.get(6)), r.get(7)));
        }
        return rows;
    }

    /** RFC 4180 records. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                rec.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    rec.add(field.toString());
                    out.add(rec);
                }
                rec = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            rec.add(field.toString());
            out.add(rec);
        }
        return out;
    }

    /**
     * Replaces the row of {@code row}'s student (or adds it), keeping the students in name order.
     */
    public static List<Row> update(List<Row> rows, Row row) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (!r.student().equals(row.student())) {
                out.add(r);
            }
        }
        out.add(row);
        out.sort(Comparator.comparing(Row::student));
        return out;
    }

    /**
     * The summary: how many passed, the verdicts, and the most common hints.
     *
     * @param exercise the exercise
     * @param rows     the gradebook
     */
    public static String summary(String exercise, List<Row> rows) {
        int pass = 0;
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        Map<String, Integer> hints = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.passed()) {
                pass++;
            }
            verdicts.merge(r.verdict(), 1, Integer::sum);
            if (!r.hint().isEmpty()) {
                hints.merge(r.hint(), 1, Integer::sum);
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: %d of %d submissions pass (%.0f%%)\n", exercise, pass, rows.size(),
                rows.isEmpty() ? 0.0 : 100.0 * pass / rows.size()));
        b.append("verdicts: ").append(counts(verdicts, Integer.MAX_VALUE)).append('\n');
        b.append("most common hints: ").append(hints.isEmpty() ? "none" : counts(hints, SUMMARY_HINTS)).append('\n');
        return b.toString();
    }

    private static String counts(Map<String, Integer> m, int limit) {
        List<Map.Entry<String, Integer>> e = new ArrayList<>(m.entrySet());
        e.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> x : e.subList(0, Math.min(limit, e.size()))) {
            parts.add(x.getKey() + " " + x.getValue());
        }
        return String.join(", ", parts);
    }
}
