package org.hessianworkbench.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.derivatives.error.InternalException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** What the workbench's PNG plots share: a palette, markers, and panels laid out in a grid. */
final class Plots {

    /**
     * The Okabe-Ito palette (Okabe &amp; Ito, <i>Color Universal Design</i>, 2002) without its yellow,
     * which does not show on white: blue, vermillion, bluish green, reddish purple, orange, sky blue,
     * black. Distinguishable under the common colour-vision deficiencies.
     */
    static final Color[] PALETTE = {
        new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x9E, 0x73),
        new Color(0xCC, 0x79, 0xA7), new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9), Color.BLACK};

    /** Markers, in the palette's order, so that series differ in shape as well as colour. */
    static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND,
        SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS, SeriesMarkers.PLUS};

    private Plots() {
    }

    /** The colour of series {@code i}. */
    static Color colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** The marker of series {@code i}. */
    static Marker marker(int i) {
        return MARKERS[i % MARKERS.length];
    }

    /**
     * The panels drawn row by row, {@code columns} to a row, on white: panels of different sizes are
     * placed in cells as large as the largest.
     */
    static BufferedImage grid(List<BufferedImage> panels, int columns) {
        int cellW = 0;
        int cellH = 0;
        for (BufferedImage c : panels) {
            cellW = Math.max(cellW, c.getWidth());
            cellH = Math.max(cellH, c.getHeight());
        }
        int cols = Math.min(columns, panels.size());
        int rows = (panels.size() + cols - 1) / cols;
        BufferedImage image = new BufferedImage(cols * cellW, rows * cellH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int i = 0; i < panels.size(); i++) {
            g.drawImage(panels.get(i), (i % cols) * cellW, (i / cols) * cellH, null);
        }
        g.dispose();
        return image;
    }

    /** The charts drawn as images. */
    static List<BufferedImage> images(List<? extends Chart<?, ?>> charts) {
        return charts.stream().map(c -> (BufferedImage) BitmapEncoder.getBufferedImage(c)).toList();
    }

    /**
     * Writes the panels as one PNG (atomically).
     *
     * @throws BadInputException naming the file when its directory does not exist or cannot be written
     */
    static void write(Path file, List<? extends Chart<?, ?>> panels, int columns) {
        writeImages(file, images(panels), columns);
    }

    /**
     * Writes images as panels of one PNG (atomically).
     *
     * @throws BadInputException naming the file when its directory does not exist or cannot be written
     */
    static void writeImages(Path file, List<BufferedImage> panels, int columns) {
        byte[] bytes;
        try {
            bytes = png(panels, columns);
        } catch (IOException e) {
            throw new InternalException(e, ReportMessages.PLOT_NOT_DRAWN, file, e.getMessage());
        }
        AtomicFiles.write(file, bytes);
    }

    /**
     * The panels as the bytes of one PNG (for a page that shows it inline).
     *
     * @throws IOException when no PNG writer is at hand
     */
    static byte[] png(List<BufferedImage> panels, int columns) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(grid(panels, columns), "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }
}
