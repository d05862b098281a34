package org.hessianworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.hessianworkbench.fitting.FitOptions;
import org.hessianworkbench.fitting.FitReport;
import org.hessianworkbench.fitting.IntervalKind;
import org.hessianworkbench.fitting.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile plot is written, decodes to the grid's size, and is drawn in several colours. */
class ProfilePlotTest {

    /** A plot with curves, lines, markers and text has many colours (anti-aliasing adds shades); a blank one has 1. */
    private static final int MANY_COLOURS = 20;

    /** 24 rows of a logistic response that rises with x1 and falls with x2, not separated. */
    private static Path data(Path dir) throws IOException {
        StringBuilder b = new StringBuilder("x1,x2,x3,y\n");
        int[] y = {0, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1};
        for (int i = 0; i < y.length; i++) {
            b.append(i * 0.25).append(',').append((i * 7) % 5).append(',').append((i * 3) % 4).append(',').append(y[i])
                    .append('\n');
        }
        Path f = dir.resolve("d.csv");
        Files.writeString(f, b.toString());
        return f;
    }

    @Test
    void writesAGridOfPanelsInManyColours(@TempDir Path dir) throws IOException {
        FitReport r = Workbench.fit(Workbench.model(Workbench.read(data(dir)), "logistic", "y ~ x1 + x2 + x3"),
                FitOptions.defaults(), IntervalKind.PROFILE);
        Path file = dir.resolve("profile.png");
        ProfilePlot.write(file, "Profile likelihood: y ~ x1 + x2 + x3", r);
        BufferedImage img = ImageIO.read(Files.newInputStream(file));
        int[] size = ProfilePlot.size(4);
        assertEquals(2 * ProfilePlot.PANEL_WIDTH, size[0], "4 panels in 2 columns");
        assertEquals(size[0], img.getWidth());
        assertEquals(size[1], img.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > MANY_COLOURS, () -> colours.size() + " colours");
        // the profile's blue and the critical lines' red are drawn in every panel's region
        assertTrue(colours.contains(0xff1f77b4), "profile colour");
        assertTrue(colours.contains(0xffd62728), "critical colour");
    }

    @Test
    void aFitWithoutProfileIntervalsIsRefused(@TempDir Path dir) throws IOException {
        FitReport r = Workbench.fit(Workbench.model(Workbench.read(data(dir)), "logistic", "y ~ x1"));
        assertThrows(IllegalArgumentException.class, () -> ProfilePlot.write(dir.resolve("p.png"), "t", r));
    }
}
