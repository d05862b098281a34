package org.hessianworkbench.testkit;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Checks on the PNG files the workbench draws: that a plot was written whole and shows something. A
 * failed check throws {@link AssertionError} (the test frameworks report it as a failure).
 */
public final class Pngs {

    /**
     * A plot shows at least this many distinct colours: white, black text, grey grid and at least a
     * few colours of data (a blank or single-colour image has one or two).
     */
    public static final int MIN_COLOURS = 6;

    /** At least this fraction of a plot's pixels are not white (titles, axes, data). */
    public static final double MIN_INK = 0.02;

    private Pngs() {
    }

    /**
     * Asserts that {@code file} decodes as a PNG of the given size with several distinct colours and
     * some ink, and that no temporary file of an unfinished write is left beside it.
     *
     * @return the decoded image
     */
    public static BufferedImage assertPlot(Path file, int width, int height) {
        BufferedImage image = decode(file);
        check(image.getWidth() == width && image.getHeight() == height,
                file + ": " + image.getWidth() + " x " + image.getHeight() + " pixels, expected " + width + " x " + height);
        check(colours(image) >= MIN_COLOURS, file + ": only " + colours(image) + " colours");
        check(ink(image) >= MIN_INK, file + ": blank (" + ink(image) + " of the pixels not white)");
        assertNoTemporaryFiles(file.toAbsolutePath().getParent());
        return image;
    }

    /** The PNG decoded (fails when it is not one). */
    public static BufferedImage decode(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            check(bytes.length > 8 && bytes[0] == (byte) 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G',
                    file + ": not a PNG");
            BufferedImage image = ImageIO.read(file.toFile());
            check(image != null, file + ": does not decode");
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }

    /** Distinct RGB colours in the image. */
    public static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    /** The fraction of pixels that are not white. */
    public static double ink(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
            }
        }
        return (double) n / ((long) image.getWidth() * image.getHeight());
    }

    /** Whether the image has a pixel of this RGB colour (give or take {@code slack} per channel). */
    public static boolean hasColour(BufferedImage image, int rgb, int slack) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) <= slack
                        && Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) <= slack
                        && Math.abs((p & 0xFF) - (rgb & 0xFF)) <= slack) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Asserts that the directory holds no temporary file of an atomic write ({@code .NAME.HEX.tmp}). */
    public static void assertNoTemporaryFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> tmp = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            check(tmp.isEmpty(), "temporary files left: " + tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
