package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hessianworkbench.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare-optimizers} and {@code fit}'s trace and plot outputs. */
class CompareOptimizersCommandTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    @Test
    void everyDefaultMethodConvergesOnTheTutorialsDataWithJsonKeysAndAPlot() throws IOException {
        Path png = dir.resolve("compare.png");
        Cli r = Cli.run("compare-optimizers", "--data", TestData.file("newton_bfgs_200.csv").toString(), "--model", "logistic",
                "--formula", "Y ~ X1 + X2 + X3 + X4 + X5 - 1", "--start", "ones", "--format", "json",
                "--plot", png.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode results = r.json().get("results");
        assertEquals(7, results.size());
        for (JsonNode n : results) {
            for (String key : List.of("optimizer", "converged", "iterations", "loss", "gradient_norm", "estimate",
                    "stop_reason", "distance_to_best", "seconds")) {
                assertTrue(n.has(key), key);
            }
            assertTrue(n.get("converged").asBoolean(), n.toString());
            assertEquals("gtol", n.get("stop_reason").asText());
            assertTrue(n.get("distance_to_best").asDouble() < 1e-5, n.toString());
        }
        assertPng(png);
    }

    @Test
    void fitWritesTraceAndConvergencePlot() throws IOException {
        Path csv = dir.resolve("trace.csv");
        Path png = dir.resolve("conv.png");
        Cli r = Cli.run("fit", "--data", TestData.file("newton_bfgs_200.csv").toString(), "--model", "logistic",
                "--formula", "Y ~ X1 + X2 + X3 + X4 + X5 - 1", "--optimizer", "bfgs-b", "--start", "ones",
                "--armijo", "0.4", "--b0", "10", "--trace", csv.toString(), "--plot-convergence", png.toString(),
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("optimizer,iteration,loss,gradient_norm,step_length,slope,line_search_evaluations,elapsed_seconds",
                lines.get(0));
        assertEquals(r.json().get("iterations").asInt() + 2, lines.size());
        assertTrue(lines.get(1).startsWith("bfgs-b,0,"));
        assertPng(png);
    }

    @Test
    void badStartPointsAreRefused() {
        Cli r = Cli.run("fit", "--data", TestData.file("newton_bfgs_200.csv").toString(), "--model", "logistic",
                "--formula", "Y ~ X1 + X2 - 1", "--start", "1,2,3");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--start has 3 values"), r.err());
        Cli unknown = Cli.run("compare-optimizers", "--data", TestData.file("newton_bfgs_200.csv").toString(), "--model", "logistic",
                "--formula", "Y ~ X1 - 1", "--optimizers", "newton,magic");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("magic"), unknown.err());
        Cli linear = Cli.run("fit", "--data", TestData.file("longley.csv").toString(), "--model", "linear",
                "--formula", "TOTEMP ~ GNP", "--trace", dir.resolve("t.csv").toString());
        assertEquals(2, linear.code());
        assertTrue(linear.err().contains("iterative"), linear.err());
        assertTrue(!Files.exists(dir.resolve("t.csv")));
    }

    @Test
    void pureNewtonFromOnesIsReportedAsDivergedWithoutNaN() {
        Cli r = Cli.run("fit", "--data", TestData.file("newton_bfgs_200.csv").toString(), "--model", "logistic",
                "--formula", "Y ~ X1 + X2 + X3 + X4 + X5 - 1", "--optimizer", "newton-pure", "--start", "ones",
                "--format", "json");
        // a fit that did not converge fails its verdict (issue 10): exit 1, with the diagnosis
        assertEquals(1, r.code(), r.err());
        assertEquals("diverged", r.json().get("stop_reason").asText());
        assertTrue(!r.json().get("converged").asBoolean());
        assertEquals("not-converged", r.json().get("diagnoses").get(0).get("code").asText());
        assertTrue(!r.out().contains("NaN"));
    }

    private static void assertPng(Path png) throws IOException {
        byte[] head = new byte[8];
        System.arraycopy(Files.readAllBytes(png), 0, head, 0, 8);
        assertArrayEquals(PNG_SIGNATURE, head);
        assertTrue(Files.size(png) > 10_000);
    }
}
