package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hessianworkbench.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spector and Mazzeo's data written as R's {@code write.table} with single quotes and as
 * {@code write.csv2} (semicolons, decimal commas) fit exactly as the comma-separated original.
 */
class CsvDialectsTest {

    private static final String FORMULA = "GRADE ~ GPA + TUCE + PSI";

    @TempDir
    Path dir;

    private static JsonNode fit(Path data) {
        Cli r = Cli.run("fit", "--data", data.toString(), "--model", "logistic", "--formula", FORMULA, "--format",
                "json");
        assertEquals(0, r.code(), r.err());
        return r.json().get("coefficients");
    }

    /** The original's lines, each field rewritten. */
    private Path rewrite(String name, String delimiter, boolean quoteHeader, boolean decimalComma) throws IOException {
        List<String> lines = TestData.lines("spector.csv");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] fields = lines.get(i).split(",");
            for (int j = 0; j < fields.length; j++) {
                String f = fields[j].replace("\"", "");
                fields[j] = i == 0 && quoteHeader ? "'" + f + "'" : decimalComma ? f.replace('.', ',') : f;
            }
            b.append(String.join(delimiter, fields)).append('\n');
        }
        return Files.writeString(dir.resolve(name), b.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void everyDialectFitsAsTheOriginal() throws IOException {
        JsonNode original = fit(TestData.file("spector.csv"));
        Path quoted = rewrite("spector.txt", " ", true, false);
        assertTrue(Files.readString(quoted).startsWith("'OBS' 'GPA' 'TUCE' 'PSI' 'GRADE'\n1 2.66 20 0 0\n"),
                "the header of the issue");
        assertEquals(original, fit(quoted));
        Path csv2 = rewrite("spector-csv2.csv", ";", false, true);
        assertTrue(Files.readString(csv2).startsWith("OBS;GPA;TUCE;PSI;GRADE\n1;2,66;20;0;0\n"));
        assertEquals(original, fit(csv2));
    }
}
