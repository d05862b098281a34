package org.hessianworkbench.design;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Random tables written as CSV with every delimiter and read back. */
class DataSetProperties {


    /** Cell values: numbers, text with delimiters, quotes, spaces and line breaks, missing tokens. */
    private static final List<String> CELLS = List.of("1", "-2.5", "1e-3", "abc", "a b", "x,y", "p;q", "t\tu",
            "say \"hi\"", "two\nlines", " padded ", "", "NA", "NaN", "N/A", "null", "ü", "0");
    /** Column names, distinct even ignoring case. */
    private static final List<String> NAMES = List.of("x", "Y2", "my col", "a,b", "q\"t", "z.z", "k;1", "w\tv");

    enum Delimiter {
        COMMA(","), SEMICOLON(";"), TAB("\t"), WHITESPACE(" ");

        final String text;

        Delimiter(String text) {
            this.text = text;
        }
    }

    /** A random table and how it is written. */
    record Table(List<String> names, List<List<String>> rows, Delimiter delimiter, boolean crlf) {
        String csv() {
            String eol = crlf ? "\r\n" : "\n";
            StringBuilder b = new StringBuilder();
            b.append(line(names)).append(eol);
            for (List<String> r : rows) {
                b.append(line(r)).append(eol);
            }
            return b.toString();
        }

        private String line(List<String> fields) {
            List<String> out = new ArrayList<>();
            for (String f : fields) {
                out.add(needsQuotes(f) ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
            }
            return String.join(delimiter == Delimiter.WHITESPACE ? "  " : delimiter.text, out);
        }

        private static boolean needsQuotes(String f) {
            return f.isEmpty() || !f.strip().equals(f) || f.chars().anyMatch(c -> ",;\t \"\n\r".indexOf(c) >= 0);
        }
    }

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<List<String>> names = Arbitraries.of(NAMES).list().ofMinSize(1).ofMaxSize(5).uniqueElements();
        return names.flatMap(ns -> Combinators.combine(
                Arbitraries.of(CELLS).list().ofSize(ns.size()).list().ofMinSize(1).ofMaxSize(12),
                Arbitraries.of(Delimiter.class),
                Arbitraries.of(true, false)).as((rows, d, crlf) -> new Table(ns, rows, d, crlf)));
    }

    @Property(tries = 500)
    void writtenTablesReadBackAsWritten(@ForAll("tables") Table t) {
        Statistics.label("delimiter").collect(t.delimiter());
        Statistics.label("columns").collect(t.names().size() == 1 ? "1" : "2+");
        Set<String> cells = new HashSet<>();
        t.rows().forEach(cells::addAll);
        Statistics.label("quoted delimiter").collect(cells.contains("x,y") || cells.contains("p;q"));
        Statistics.label("line break in a field").collect(cells.contains("two\nlines"));
        Statistics.label("delimiter").coverage(c -> {
            for (Delimiter d : Delimiter.values()) {
                c.check(d).count(n -> n > 0);
            }
        });
        Statistics.label("columns").coverage(c -> c.check("1").count(n -> n > 0));
        Statistics.label("quoted delimiter").coverage(c -> c.check(true).count(n -> n > 0));
        Statistics.label("line break in a field").coverage(c -> c.check(true).count(n -> n > 0));

        DataSet d = DataSet.fromCsvText("t.csv", t.csv());
        assertEquals(t.names(), d.columnNames());
        assertEquals(t.rows().size(), d.rows());
        int line = 2;
        for (int i = 0; i < t.rows().size(); i++) {
            assertEquals(line, d.lineOf(i), "line of row " + i);
            for (int j = 0; j < t.names().size(); j++) {
                String written = t.rows().get(i).get(j);
                String expected = NumberText.isMissing(written) ? "" : written;
                assertEquals(expected, d.value(t.names().get(j), i),
                        String.format(Locale.ROOT, "row %d, column %s", i, t.names().get(j)));
            }
            line += 1 + t.rows().get(i).stream().mapToInt(s -> (int) s.chars().filter(c -> c == '\n').count()).sum();
        }
    }
}
