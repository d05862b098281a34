package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product models through the command line, on the data of the logistic-Hessian notebook's product
 * section (the testkit's reference set linear-product-notebook): the notebook's own numbers on its
 * 100,000 rows, the properties that hold at any n (the ridge, the normalisations, cross-entropy, bad input)
 * on its first 5,000.
 */
class ProductCommandTest {

    /** The notebook's numbers: quantbullet's 1/2 SSE from all ones, its first prediction. */
    private static final ReferenceSet NOTEBOOK = ReferenceSet.load("linear-product-notebook");

    private static final String DATA = TestData.file("linear_product_seed42.csv").toString();
    private static final String X1 = "x1=ramp(x1, 0.5, 1, 1.5, 2, 2.5, 3, 3.5)";
    private static final String X2 = "x2=ramp(x2, 4.5, 5, 5.5, 6, 6.5, 7, 7.5)";

    /** Rows of the notebook's data the tests of properties that hold at any n use ({@link #PREFIX}). */
    private static final int PREFIX_ROWS = 5000;

    @TempDir
    static Path shared;

    /** The first {@link #PREFIX_ROWS} rows of the notebook's data (its 100,000 are for its own numbers). */
    private static String PREFIX;

    @TempDir
    Path dir;

    @BeforeAll
    static void prefix() throws IOException {
        Path p = shared.resolve("prefix.csv");
        Files.write(p, Files.readAllLines(Path.of(DATA)).subList(0, PREFIX_ROWS + 1));
        PREFIX = p.toString();
    }

    private static Cli fit(String... more) {
        return fitOn(DATA, more);
    }

    private static Cli fitOn(String data, String... more) {
        String[] base = {"fit", "--data", data, "--model", "linear-product", "--response", "y", "--group", X1,
            "--group", X2, "--format", "json"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return Cli.run(all);
    }

    @Test
    void notebookFitWithIdentifiabilityAndNormalisedStandardErrors() throws IOException {
        Path model = dir.resolve("model.json");
        Path bins = dir.resolve("bins.png");
        Cli r = fit("--save", model.toString(), "--plot-bins", bins.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(NOTEBOOK.number("half-sse"), j.get("loss").asDouble(), Tolerances.PRODUCT_COST);
        assertTrue(j.get("converged").asBoolean());
        JsonNode id = j.get("identifiability");
        assertEquals(1, id.get("null_directions").asInt());
        assertEquals("mean-one", id.get("normalization").asText());
        assertTrue(id.get("smallest_eigenvalues").get(0).asDouble() < 1e-10 * id.get("largest_eigenvalue").asDouble());
        assertEquals(1.0, id.get("directions").get(0).get("cosine").asDouble(), 1e-5);
        JsonNode c = j.get("coefficients");
        assertEquals(18, c.size());
        for (JsonNode k : c) {
            for (String key : List.of("group", "name", "estimate", "std_error")) {
                assertTrue(k.has(key), key);
            }
            assertTrue(k.get("std_error").isNumber() && k.get("std_error").asDouble() > 0, k.toString());
        }
        assertEquals("x1", c.get(0).get("group").asText());
        assertEquals("x2.bias", c.get(9).get("name").asText());
        assertTrue(Files.size(bins) > 10_000);

        // the saved model predicts the training rows; leave-one-group-out products give the prediction
        Path csv = dir.resolve("pred.csv");
        Cli p = Cli.run("predict", "--model-file", model.toString(), "--data", DATA, "--leave-out", "x1,x2",
                "--out", csv.toString());
        assertEquals(0, p.code(), p.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("line,prediction,leave_out_x1,leave_out_x2", lines.get(0));
        assertEquals(100_001, lines.size());
        for (String line : lines.subList(1, 200)) {
            String[] f = line.split(",");
            double full = Double.parseDouble(f[1]);
            assertEquals(full, Double.parseDouble(f[2]) * Double.parseDouble(f[3]), 1e-12 * Math.abs(full), line);
        }
        // the notebook's first prediction (quantbullet stopped a little earlier than we do)
        assertEquals(NOTEBOOK.number("first-prediction"), Double.parseDouble(lines.get(1).split(",")[1]),
                Tolerances.PRODUCT_PREDICTION);
    }

    @Test
    void notebookStandardErrorsAreTheSameFromTwoPointsOfTheRidge() {
        // all ones, as quantbullet starts, and (3 * ones, ones / 3), which predicts the same
        String[] scaled = new String[18];
        for (int j = 0; j < 18; j++) {
            scaled[j] = j < 9 ? "3" : Double.toString(1.0 / 3);
        }
        Cli a = fitOn(PREFIX);
        Cli b = fitOn(PREFIX, "--start", String.join(",", scaled));
        assertEquals(0, b.code(), b.err());
        JsonNode ca = a.json().get("coefficients");
        JsonNode cb = b.json().get("coefficients");
        for (int j = 0; j < 18; j++) {
            double sa = ca.get(j).get("std_error").asDouble();
            assertTrue(Double.isFinite(sa) && sa > 0);
            assertEquals(sa, cb.get(j).get("std_error").asDouble(), 1e-6 * sa, "SE " + j);
            assertEquals(ca.get(j).get("estimate").asDouble(), cb.get(j).get("estimate").asDouble(),
                    1e-6 * Math.max(1, Math.abs(ca.get(j).get("estimate").asDouble())), "estimate " + j);
        }
        // the two fits stopped at different points of the ridge
        double ra = a.json().get("estimate_unnormalized").get(0).asDouble();
        double rb = b.json().get("estimate_unnormalized").get(0).asDouble();
        assertTrue(Math.abs(ra - rb) > 1e-3 * Math.abs(ra), ra + " vs " + rb);
    }

    @Test
    void otherNormalisations() {
        Cli bias = fitOn(PREFIX, "--normalize", "bias-one");
        assertEquals(0, bias.code(), bias.err());
        assertEquals(1.0, bias.json().get("coefficients").get(9).get("estimate").asDouble(), 1e-12);
        assertTrue(bias.json().get("coefficients").get(9).get("std_error").isNull()
                || bias.json().get("coefficients").get(9).get("std_error").asDouble() < 1e-6);
        Cli none = fitOn(PREFIX, "--normalize", "none");
        assertEquals(0, none.code(), none.err());
        assertTrue(none.json().get("coefficients").get(0).get("std_error").isNull());
        assertTrue(none.json().get("hessian").get("explanation").asText().contains("singular"));
        Cli text = Cli.run("fit", "--data", PREFIX, "--model", "linear-product", "--response", "y", "--group", X1,
                "--group", X2, "--normalize", "none");
        assertTrue(text.out().contains("No standard errors"), text.out());
        assertTrue(text.out().contains("scale x1 / x2"), text.out());
        assertFalse(text.out().contains("NaN"));
    }

    @Test
    void crossEntropyOnTheBinaryResponse() {
        Cli r = Cli.run("fit", "--data", PREFIX, "--model", "linear-product-ce", "--response", "y_binary", "--group", X1,
                "--group", X2, "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.json().get("converged").asBoolean());
        assertTrue(Double.isFinite(r.json().get("loss").asDouble()));
        assertEquals("z", r.json().get("statistic").asText());
    }

    @Test
    void everyEngineAgreesOnASmallProductProblem() throws IOException {
        List<String> rows = Files.readAllLines(Path.of(PREFIX)).subList(0, 2001);
        Path small = dir.resolve("small.csv");
        Files.write(small, rows);
        for (String model : List.of("linear-product", "linear-product-ce")) {
            Cli r = Cli.run("check", "--data", small.toString(), "--model", model, "--response",
                    model.equals("linear-product") ? "y" : "y_binary", "--group", X1, "--group", X2, "--format", "json");
            assertEquals(0, r.code(), model + ": " + r.out() + r.err());
            assertEquals("agree", r.json().get("verdict").asText());
        }
    }

    @Test
    void productBadInput() throws IOException {
        Cli noGroup = Cli.run("fit", "--data", PREFIX, "--model", "linear-product", "--response", "y");
        assertEquals(2, noGroup.code());
        assertTrue(noGroup.err().contains("--group"), noGroup.err());
        Cli formula = Cli.run("fit", "--data", PREFIX, "--model", "linear-product", "--formula", "y ~ x1");
        assertEquals(2, formula.code());
        Cli ce = Cli.run("fit", "--data", PREFIX, "--model", "linear-product-ce", "--response", "y", "--group", X1);
        assertEquals(2, ce.code());
        assertTrue(ce.err().contains("0/1"), ce.err());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"something else\"}");
        Cli p = Cli.run("predict", "--model-file", bad.toString(), "--data", PREFIX);
        assertEquals(2, p.code());
        assertTrue(p.err().contains("bad.json"), p.err());
        Cli noBias = Cli.run("fit", "--data", PREFIX, "--model", "linear-product", "--response", "y", "--group", "a=x1 - 1",
                "--group", "b=x2 - 1", "--normalize", "bias-one");
        assertEquals(2, noBias.code());
        assertTrue(noBias.err().contains("bias"), noBias.err());
    }
}
