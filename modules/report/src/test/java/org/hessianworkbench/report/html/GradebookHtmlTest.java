package org.hessianworkbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hessianworkbench.grading.exercise.ClassGrader.Row;
import org.hessianworkbench.report.Gradebook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The gradebook page: a sortable table of the rows, verdicts coloured, read back into the same rows. */
class GradebookHtmlTest {

    private static final List<Row> ROWS = List.of(
            new Row("ada", "ada.java", "pass", "", "", 7, 1.25, "agrees with the reference on 200 random cases"),
            new Row("bob", "bob/MyHessian.java", "wrong", "sign", "x = [[1.0, -2.0]], y = [1.0], beta = [0.5, 0.0]", 7,
                    2.5, "1 of 1 entries differ, <b>\"quoted\"</b> & more"));

    @Test
    void theTableHasOneRowPerStudentAndReadsBack() {
        String html = GradebookHtml.render("logistic-hessian", ROWS, "workbench exercise grade logistic-hessian");
        Document doc = Jsoup.parse(html);
        Element table = doc.selectFirst("table.sortable.gradebook");
        assertEquals(Gradebook.COLUMNS, table.select("thead th").eachText());
        assertEquals(2, table.select("tbody tr").size());
        assertEquals(List.of("pass"), table.select("td.verdict-ok").eachText());
        assertEquals(List.of("wrong"), table.select("td.verdict-bad").eachText());
        assertEquals(0, doc.select("b").size(), "a message's markup is text");
        assertEquals("logistic-hessian: 1 of 2 submissions pass (50%)", doc.selectFirst("main p").text());
        assertEquals(ROWS, GradebookHtml.read(html));
        assertThrows(IllegalArgumentException.class, () -> GradebookHtml.read("<!DOCTYPE html><p>no table</p>"));
    }
}
