package org.hessianworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.derivatives.HessianComparison;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.derivatives.HessianEstimate;
import org.hessianworkbench.derivatives.HessianMethod;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.fitting.CheckReport;
import org.hessianworkbench.fitting.Checker;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.testkit.Pngs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heat maps of a check: where an engine differs, on the verdict's scale, drawn into one PNG. */
class HessianDiffPlotTest {

    @TempDir
    Path dir;

    /** AD's Hessian of a 3-parameter problem, positive definite, with one negative entry. */
    private static final double[][] H = {{1200, -366, 1e-3}, {-366, 640, 0.1}, {1e-3, 0.1, 5e-4}};

    /** A check whose fd-nested engine is off in the (3, 3) entry only, by 10% of its curvature. */
    static CheckReport report() {
        List<CheckReport.Engine> engines = new ArrayList<>();
        List<HessianComparison> comparisons = new ArrayList<>();
        HessianEstimate ad = new HessianEstimate(HessianMethod.AD, H, null, 0, 1);
        for (HessianMethod m : Checker.ORDER) {
            double[][] a = new double[3][];
            for (int j = 0; j < 3; j++) {
                a[j] = H[j].clone();
            }
            if (m == HessianMethod.FD_NESTED) {
                a[2][2] *= 1.1;
            } else if (m != HessianMethod.AD) {
                a[0][0] += 1e-9;
            }
            HessianEstimate e = m == HessianMethod.AD ? ad : new HessianEstimate(m, a, null, 0, 1);
            engines.add(new CheckReport.Engine(e, 0.001, 0));
            if (m != HessianMethod.AD) {
                comparisons.add(HessianComparison.of(e, ad));
            }
        }
        return new CheckReport(ModelKind.LOGISTIC, "estimate", List.of("a", "b", "c"), new double[3], engines, comparisons,
                new HessianComparison("g", "g", 0, 0, 1, true), HessianDiagnostics.of(H), List.of(), true);
    }

    @Test
    void theSignedLogScaleKeepsTheSignAndTheDecade() {
        // four decades below 1e4: 1e4 is the top of the scale, -1e3 one decade below the bottom's negative end
        assertEquals(4, HessianDiffPlot.signedLog(1e4, 4, 4), 1e-12);
        assertEquals(-3, HessianDiffPlot.signedLog(-1e3, 4, 4), 1e-12);
        assertEquals(0, HessianDiffPlot.signedLog(1e-9, 4, 4), 0);
        assertEquals(-366, HessianDiffPlot.fromSignedLog(HessianDiffPlot.signedLog(-366, 4, 4), 4, 4), 1e-9);
        // the difference panels: log10 of the scaled difference over the tolerance, clamped, 0 at the floor
        assertEquals(1, HessianDiffPlot.ratioLog(1e-2, 1e-3), 1e-12);
        assertEquals(-HessianDiffPlot.DIFF_DECADES, HessianDiffPlot.ratioLog(0, 1e-3), 0);
        assertEquals(HessianDiffPlot.DIFF_DECADES, HessianDiffPlot.ratioLog(1e30, 1e-3), 0);
    }

    @Test
    void theOffEntryIsFramedAndLabelledWhereItLives() {
        List<HeatMap> panels = HessianDiffPlot.panels(report());
        assertEquals(5, panels.size(), "the reference and four engines");
        HeatMap nested = panels.get(4);
        assertTrue(nested.title().startsWith("fd-nested (cautionary) vs ad: max scaled diff 1e-01 at (c, c)"), nested.title());
        assertTrue(nested.title().endsWith("DISAGREES"), nested.title());
        assertTrue(nested.outlined()[2][2]);
        assertFalse(nested.outlined()[0][0]);
        assertEquals("1.0e-01", nested.text()[2][2]);
        // the reference shows the negative entry in blue, the positive ones in red
        HeatMap ref = panels.get(0);
        Color negative = ref.colourOf(ref.colour()[0][1]);
        Color positive = ref.colourOf(ref.colour()[0][0]);
        assertTrue(negative.getBlue() > negative.getRed(), negative.toString());
        assertTrue(positive.getRed() > positive.getBlue(), positive.toString());
    }

    @Test
    void theHeatMapsAreOnePngOfFivePanels() {
        Path png = dir.resolve("diff.png");
        HessianDiffPlot.write(png, report());
        BufferedImage image = Pngs.assertPlot(png, HessianDiffPlot.COLUMNS * HessianDiffPlot.panelWidth(3),
                2 * HessianDiffPlot.panelHeight(3));
        HeatMap ref = HessianDiffPlot.panels(report()).get(0);
        assertTrue(Pngs.hasColour(image, ref.colourOf(ref.colour()[0][1]).getRGB(), 0), "the negative entry's blue");
        assertTrue(Pngs.hasColour(image, 0x009E73, 3), "the deepest green of the colour bars' bottom");
        assertTrue(Pngs.hasColour(image, 0xD55E00, 3), "the deepest red of the colour bars' top");
    }

    @Test
    void aMissingDirectoryIsBadInputAndWritesNothing() {
        Path png = dir.resolve("missing").resolve("diff.png");
        assertThrows(BadInputException.class, () -> HessianDiffPlot.write(png, report()));
        assertFalse(Files.exists(png));
        Pngs.assertNoTemporaryFiles(dir);
    }
}
