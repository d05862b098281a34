package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hessianworkbench.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code predict --se} from the command line: the columns, a version-2 model file written by
 * {@code fit --save}, a version-1 file still predicting without {@code --se} and refused with it, and
 * {@code fit --information expected} refused where there is no expected information. The numbers are
 * R's in {@code PredictionErrorsTest} (fitting).
 */
class PredictSeCommandTest {

    @TempDir
    Path dir;

    @Test
    void columnsVersionsAndRefusals() throws IOException {
        String spector = TestData.file("spector.csv").toString();
        Path model = dir.resolve("probit.json");
        Cli fit = Cli.run("fit", "--data", spector, "--model", "probit", "--formula", "GRADE ~ GPA + TUCE + PSI",
                "--information", "expected", "--save", model.toString());
        assertEquals(0, fit.code(), fit.err());
        assertTrue(fit.out().contains("Information: expected"), fit.out());
        ObjectNode saved = (ObjectNode) org.hessianworkbench.report.Json.mapper().readTree(Files.readString(model));
        assertEquals(2, saved.get("version").asInt());
        assertEquals("expected", saved.get("inference").get("information").asText());

        Path csv = dir.resolve("p.csv");
        Cli p = Cli.run("predict", "--model-file", model.toString(), "--data", spector, "--se", "--out", csv.toString());
        assertEquals(0, p.code(), p.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("line,link,link_se,prediction,prediction_se,ci_low,ci_high", lines.get(0));
        assertEquals(33, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double pred = Double.parseDouble(f[3]);
            assertTrue(Double.parseDouble(f[5]) < pred && pred < Double.parseDouble(f[6]), line);
        }
        Cli plain = Cli.run("predict", "--model-file", model.toString(), "--data", spector);
        assertEquals("line,prediction", plain.out().lines().findFirst().orElseThrow(), "without --se: today's columns");

        // a file of version 1: no inference; predictions still work, --se says how to get one
        saved.put("version", 1);
        saved.remove("inference");
        Path v1 = dir.resolve("v1.json");
        Files.writeString(v1, saved.toString());
        Cli old = Cli.run("predict", "--model-file", v1.toString(), "--data", spector);
        assertEquals(0, old.code(), old.err());
        assertEquals(plain.out(), old.out(), "a version-1 file predicts as before");
        Cli refused = Cli.run("predict", "--model-file", v1.toString(), "--data", spector, "--se");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("fit --save") && refused.err().lines().count() == 1, refused.err());

        Cli huber = Cli.run("fit", "--data", TestData.file("huber_outliers.csv").toString(), "--model", "huber",
                "--param", "delta=1.345", "--formula", "y ~ x", "--information", "expected");
        assertEquals(2, huber.code());
        assertTrue(huber.err().contains("expected (Fisher) information"), huber.err());
    }
}
