package org.hessianworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.grading.exercise.ClassGrader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gradebook: written and read back in each format, one row updated, the summary. */
class GradebookTest {

    private static final List<Row> ROWS = List.of(
            new Row("ada", "ada.java", "pass", "", "", 7, 1.25, "agrees with the reference on 200 random cases"),
            new Row("bob", "bob/MyHessian.java", "wrong", "sign", "x = [[1.0, -2.0]], y = [1.0], beta = [0.5, 0.0]", 7,
                    2.5, "1 of 1 entries differ, \"quoted\""),
            new Row("cy", "cy.java", "wrong", "sign", "x = [[1.0]], y = [0.0], beta = [0.0]", 7, 0.5, "line one"));

    @Test
    void everyFormatReadsBackWhatWasWritten(@TempDir Path dir) throws Exception {
        for (String name : List.of("grades.csv", "grades.json", "grades.html")) {
            Path out = dir.resolve(name);
            Gradebook.write(out, "logistic-hessian", ROWS);
            assertEquals(ROWS, Gradebook.read(out), name);
        }
        assertTrue(Files.readString(dir.resolve("grades.csv")).startsWith(
                "student,file,verdict,hint,counterexample,seed,seconds,message\r\nada,ada.java,pass,,,7,1.25,"));
    }

    @Test
    void oneStudentsRowIsReplacedInNameOrder() {
        Row again = new Row("bob", "bob/MyHessian.java", "pass", "", "", 7, 1.0, "ok");
        List<Row> updated = Gradebook.update(ROWS, again);
        assertEquals(List.of(ROWS.get(0), again, ROWS.get(2)), updated);
        Row late = new Row("ab", "ab.java", "timeout", "", "", 7, 5.0, "late");
        assertEquals("ab", Gradebook.update(ROWS, late).get(0).student());
    }

    @Test
    void theSummaryGivesThePassRateAndTheCommonHints() {
        assertEquals("""
                logistic-hessian: 1 of 3 submissions pass (33%)
                verdicts: wrong 2, pass 1
                most common hints: sign 2
                """, Gradebook.summary("logistic-hessian", ROWS));
    }

    @Test
    void onlyCsvJsonAndHtmlAreGradebooks(@TempDir Path dir) {
        BadInputException e = assertThrows(BadInputException.class, () -> Gradebook.format(dir.resolve("grades.txt")));
        assertEquals(ReportMessages.GRADEBOOK_FORMAT, e.key());
        assertEquals(ReportMessages.GRADEBOOK_MISSING,
                assertThrows(BadInputException.class, () -> Gradebook.read(dir.resolve("none.csv"))).key());
    }
}
