package org.hessianworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.optimizers.IterationRecord;
import org.hessianworkbench.optimizers.OptimizationResult;
import org.hessianworkbench.optimizers.OptimizerOptions;
import org.hessianworkbench.optimizers.StopReason;
import org.hessianworkbench.testkit.Pngs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** The convergence plot: two panels, the threshold line, a floor, long runs, palette, atomic file. */
class ConvergencePlotTest {

    @TempDir
    Path dir;

    /** A run whose loss falls geometrically towards {@code best} (or climbs when {@code factor > 1}). */
    static OptimizationResult run(String name, int iterations, double best, double factor, StopReason stop) {
        List<IterationRecord> trace = new ArrayList<>();
        double gap = 100;
        for (int k = 0; k <= iterations; k++) {
            trace.add(new IterationRecord(k, best + gap, Math.sqrt(gap), k == 0 ? 0 : 1, -gap, 1, 1e-3 * k,
                    new double[] {k, -k}));
            gap *= factor;
        }
        IterationRecord last = trace.get(trace.size() - 1);
        return new OptimizationResult(name, last.point(), last.loss(), new double[] {last.gradientNorm(), 0}, iterations,
                stop, "", trace, iterations, iterations, 0, 0, 0, 0.01, 0, Double.NaN);
    }

    @Test
    void twoPanelsWithTheLossAboveTheBestFlooredAndTheThresholdLine() {
        OptimizationResult fast = run("newton", 6, 80, 1e-3, StopReason.GTOL);
        OptimizationResult slow = run("gradient-descent", 40, 80, 0.5, StopReason.GTOL);
        List<XYChart> panels = ConvergencePlot.panels("t", List.of(fast, slow), OptimizerOptions.DEFAULT_GTOL);
        assertEquals(2, panels.size());
        XYSeries loss = panels.get(0).getSeriesMap().get("newton (6 it., gtol)");
        double floor = ConvergencePlot.lossFloor(80);
        // the best loss of all runs is newton's last: it sits on the floor, never at 0 on a log axis
        assertEquals(floor, loss.getYData()[6], 0);
        assertEquals(100, loss.getYData()[0], 1e-9);
        assertTrue(panels.get(1).getSeriesMap().keySet().stream().anyMatch(k -> k.startsWith("stopping threshold")),
                panels.get(1).getSeriesMap().keySet().toString());
        // the scale-invariant rule has no gradient-norm threshold: no line
        List<XYChart> noLine = ConvergencePlot.panels("t", List.of(fast), ConvergencePlot.threshold(OptimizerOptions.scaleInvariant(10)));
        assertFalse(noLine.get(1).getSeriesMap().keySet().stream().anyMatch(k -> k.startsWith("stopping")));
        assertEquals(OptimizerOptions.DEFAULT_GTOL, ConvergencePlot.threshold(OptimizerOptions.DEFAULTS), 0);
    }

    @Test
    void aLongRunAndADivergingOneAreWrittenAsOnePngInTheFixedPalette() {
        Path png = dir.resolve("conv.png");
        List<OptimizationResult> runs = List.of(run("gradient-descent", 300, 10, 0.9, StopReason.MAX_ITERATIONS),
                run("newton-pure", 3, 10, 50, StopReason.DIVERGED));
        ConvergencePlot.write(png, "Convergence", runs, 1e-5);
        BufferedImage image = Pngs.assertPlot(png, 2 * ConvergencePlot.WIDTH, ConvergencePlot.HEIGHT);
        // the first two Okabe-Ito colours, blue and vermillion, are drawn; yellow is not in the palette
        assertTrue(Pngs.hasColour(image, 0x0072B2, 0));
        assertTrue(Pngs.hasColour(image, 0xD55E00, 0));
        for (java.awt.Color c : Plots.PALETTE) {
            assertFalse(c.getRed() > 200 && c.getGreen() > 200 && c.getBlue() < 100, "yellow in the palette: " + c);
        }
    }

    @Test
    void aMissingDirectoryIsBadInputAndWritesNothing() {
        Path png = dir.resolve("no-such-dir").resolve("conv.png");
        assertThrows(BadInputException.class, () -> ConvergencePlot.write(png, "t",
                List.of(run("newton", 3, 1, 0.1, StopReason.GTOL)), 1e-5));
        assertFalse(Files.exists(png));
        Pngs.assertNoTemporaryFiles(dir);
    }
}
