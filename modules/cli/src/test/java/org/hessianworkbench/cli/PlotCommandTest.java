package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.testkit.Pngs;
import org.hessianworkbench.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --plot-diff} and {@code compare-optimizers --plot-path}: the files, and bad input refused before any. */
class PlotCommandTest {

    @TempDir
    Path dir;

    private static List<String> tutorial(String... more) {
        List<String> args = new ArrayList<>(List.of("compare-optimizers", "--data", TestData.file("newton_bfgs_200.csv").toString(),
                "--model", "logistic", "--start", "ones", "--optimizers", "newton,bfgs-b"));
        args.addAll(List.of(more));
        return args;
    }

    private static Cli run(List<String> args) {
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void checkDrawsTheHeatMapsOfTheEnginesDifferences() {
        Path png = dir.resolve("diff.png");
        Cli r = Cli.run("check", "--data", TestData.file("newton_bfgs_200.csv").toString(), "--model", "logistic",
                "--formula", "Y ~ X1 + X2 + X3 - 1", "--plot-diff", png.toString());
        assertEquals(0, r.code(), r.err());
        // five panels, three to a row: the ad Hessian and four engines
        Pngs.assertPlot(png, 3 * 620, 2 * 560);
        Path missing = dir.resolve("missing").resolve("diff.png");
        Cli bad = Cli.run("check", "--data", TestData.file("newton_bfgs_200.csv").toString(), "--model", "logistic",
                "--formula", "Y ~ X1 + X2 + X3 - 1", "--plot-diff", missing.toString());
        assertEquals(2, bad.code(), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertFalse(Files.exists(missing));
    }

    @Test
    void compareOptimizersDrawsThePathsOnTheChosenPlane() {
        Path png = dir.resolve("path.png");
        Cli r = run(tutorial("--formula", "Y ~ X1 + X2 + X3 + X4 + X5 - 1", "--path-params", "X2, X4", "--plot-path",
                png.toString()));
        assertEquals(0, r.code(), r.err());
        Pngs.assertPlot(png, 900, 800);
    }

    @Test
    void badPathParametersAreOneLineExitTwoAndNoFile() {
        Path png = dir.resolve("path.png");
        List<List<String>> cases = List.of(
                tutorial("--formula", "Y ~ X1 + X2 - 1", "--path-params", "X1,X9", "--plot-path", png.toString()),
                tutorial("--formula", "Y ~ X1 + X2 - 1", "--path-params", "X1", "--plot-path", png.toString()),
                tutorial("--formula", "Y ~ X1 + X2 - 1", "--path-params", "X1,X1", "--plot-path", png.toString()),
                tutorial("--formula", "Y ~ X1 - 1", "--plot-path", png.toString()));
        List<String> expected = List.of("no parameter 'X9' (its parameters: X1, X2)", "not 'X1'", "not 'X1,X1'",
                "--plot-path draws two parameters");
        for (int i = 0; i < cases.size(); i++) {
            Cli r = run(cases.get(i));
            assertEquals(2, r.code(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(expected.get(i)), r.err());
            assertTrue(r.out().isEmpty(), r.out());
            assertFalse(Files.exists(png));
        }
    }
}
