package org.hessianworkbench.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.grading.exercise.ClassGrader.Row;
import org.hessianworkbench.report.Gradebook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A class's gradebook as one page: the summary, then one row per student in a table sorted by a
 * click on any column; the page reads back into the same rows (to regrade one student). Stateless.
 */
public final class GradebookHtml {

    private GradebookHtml() {
    }

    /**
     * The page.
     *
     * @param command the command that made it, for the footer
     */
    public static String render(String exercise, List<Row> rows, String command) {
        HtmlPage page = HtmlPage.titled("Gradebook: " + exercise, command);
        Element s = page.section("Summary");
        for (String line : Gradebook.summary(exercise, rows).split("\n")) {
            HtmlPage.paragraph(s, line);
        }
        Element students = page.section("Students");
        List<List<String>> cells = new ArrayList<>();
        for (Row r : rows) {
            cells.add(List.of(r.student(), r.file(), r.verdict(), r.hint(), r.counterexample(), Long.toString(r.seed()),
                    String.format(Locale.ROOT, "%.2f", r.seconds()), r.message()));
        }
        Element table = page.table(students, Gradebook.COLUMNS, cells, true).addClass("gradebook");
        for (int i = 0; i < rows.size(); i++) {
            Element verdict = table.select("tbody tr").get(i).child(2);
            verdict.addClass(rows.get(i).passed() ? "verdict-ok" : "verdict-bad");
        }
        return page.render();
    }

    /**
     * The rows of a page {@link #render} wrote.
     *
     * @throws IllegalArgumentException when it has no gradebook table with the columns
     */
    public static List<Row> read(String html) {
        Document doc = Jsoup.parse(html);
        Element table = doc.selectFirst("table.gradebook");
        if (table == null || !table.select("thead th").stream().map(Element::text).toList().equals(Gradebook.COLUMNS)) {
            throw new IllegalArgumentException("no table with the columns " + String.join(",", Gradebook.COLUMNS));
        }
        List<Row> rows = new ArrayList<>();
        for (Element tr : table.select("tbody tr")) {
            List<String> c = tr.select("td").stream().map(Element::wholeText).toList();
            if (c.size() != Gradebook.COLUMNS.size()) {
                throw new IllegalArgumentException("a row of " + c.size() + " cells");
            }
            rows.add(new Row(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), Long.parseLong(c.get(5)),
                    Double.parseDouble(c.get(6)), c.get(7)));
        }
        return rows;
    }
}
