package org.hessianworkbench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * One heat map of a square matrix, drawn with Java2D: row labels on the left, column labels below,
 * row 1 at the top as a matrix is written, a colour bar on the right whose ticks are labelled with
 * the values the colours stand for. XChart 3.8.8's heat map labels its cells and its colour bar only
 * with the coloured number through a decimal pattern (its custom formatter is read when the chart is
 * built, before it can be set), so a logarithmic colour scale could not be labelled with the values.
 *
 * @param title      the panel's title
 * @param names      the row and column labels
 * @param colour     the value each cell is coloured by, on the scale [{@code min}, {@code max}] (clamped)
 * @param text       each cell's label, or null for none
 * @param outlined   cells drawn with a black frame (e.g. beyond a tolerance), or null
 * @param low        the colour of {@code min}; white is the middle of the scale
 * @param high       the colour of {@code max}
 * @param min        the bottom of the scale
 * @param max        the top of the scale
 * @param ticks      colour-bar tick positions on the scale
 * @param tickLabel  the label of a tick position
 * @param scaleTitle what the colour bar measures
 * @param jump       the colour's depth just above the middle of the scale (0 for a continuous scale): a
 *                   value just beyond a tolerance is then clearly coloured, not nearly white
 */
record HeatMap(String title, List<String> names, double[][] colour, String[][] text, boolean[][] outlined, Color low,
               Color high, double min, double max, List<Double> ticks, DoubleFunction<String> tickLabel,
               String scaleTitle, double jump) {

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font CELL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Color GRID = new Color(0xBB, 0xBB, 0xBB);

    /** The colour of a value: {@code low} at {@code min}, white half-way, {@code high} at {@code max}. */
    Color colourOf(double v) {
        if (Double.isNaN(v)) {
            return Color.GRAY;
        }
        double t = (Math.max(min, Math.min(max, v)) - min) / (max - min);
        Color end = t < 0.5 ? low : high;
        double w = Math.abs(t - 0.5) * 2;
        if (t > 0.5) {
            w = jump + (1 - jump) * w;
        }
        return new Color(mix(255, end.getRed(), w), mix(255, end.getGreen(), w), mix(255, end.getBlue(), w));
    }

    private static int mix(int a, int b, double w) {
        return (int) Math.round(a + (b - a) * w);
    }

    /** The panel as an image of this size. */
    BufferedImage draw(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int p = names.size();
        g.setFont(LABEL);
        FontMetrics lm = g.getFontMetrics();
        int labelW = names.stream().mapToInt(lm::stringWidth).max().orElse(0);
        boolean rotate = labelW > 60 || p > 8;
        int top = 48;
        int left = 16 + labelW + 8;
        int bottom = (rotate ? labelW : lm.getHeight()) + 16;
        int barW = 20;
        int barLabelW = 80;
        int right = 24 + barW + 6 + barLabelW + 40;
        int side = Math.max(1, Math.min(width - left - right, height - top - bottom));
        int cell = Math.max(1, side / Math.max(1, p));
        side = cell * p;

        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        drawWrapped(g, title, 10, 20, width - 20);

        g.setFont(CELL);
        FontMetrics cm = g.getFontMetrics();
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                int x = left + k * cell;
                int y = top + j * cell;
                Color c = colourOf(colour[j][k]);
                g.setColor(c);
                g.fillRect(x, y, cell, cell);
                g.setColor(GRID);
                g.drawRect(x, y, cell, cell);
                if (text != null && text[j][k] != null && cm.stringWidth(text[j][k]) < cell - 4) {
                    double luminance = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
                    g.setColor(luminance < 110 ? Color.WHITE : Color.BLACK);
                    g.drawString(text[j][k], x + (cell - cm.stringWidth(text[j][k])) / 2, y + (cell + cm.getAscent()) / 2 - 2);
                }
            }
        }
        if (outlined != null) {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(Math.min(3f, Math.max(1.5f, cell / 12f))));
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    if (outlined[j][k]) {
                        g.drawRect(left + k * cell + 1, top + j * cell + 1, cell - 2, cell - 2);
                    }
                }
            }
            g.setStroke(new BasicStroke(1f));
        }
        g.setColor(Color.BLACK);
        g.drawRect(left, top, side, side);

        g.setFont(LABEL);
        for (int j = 0; j < p; j++) {
            String n = names.get(j);
            g.drawString(n, left - 6 - lm.stringWidth(n), top + j * cell + (cell + lm.getAscent()) / 2 - 2);
        }
        for (int k = 0; k < p; k++) {
            String n = names.get(k);
            int cx = left + k * cell + cell / 2;
            if (rotate) {
                AffineTransform saved = g.getTransform();
                g.translate(cx + lm.getAscent() / 2.0 - 2, top + side + 6 + lm.stringWidth(n));
                g.rotate(-Math.PI / 2);
                g.drawString(n, 0, 0);
                g.setTransform(saved);
            } else {
                g.drawString(n, cx - lm.stringWidth(n) / 2, top + side + 4 + lm.getAscent());
            }
        }

        int barX = left + side + 24;
        for (int y = 0; y < side; y++) {
            g.setColor(colourOf(max - (max - min) * y / Math.max(1, side - 1)));
            g.fillRect(barX, top + y, barW, 1);
        }
        g.setColor(Color.BLACK);
        g.drawRect(barX, top, barW, side);
        for (double t : ticks) {
            int y = top + (int) Math.round((max - t) / (max - min) * (side - 1));
            g.drawLine(barX + barW, y, barX + barW + 4, y);
            g.drawString(tickLabel.apply(t), barX + barW + 6, y + lm.getAscent() / 2 - 1);
        }
        AffineTransform saved = g.getTransform();
        g.translate(barX + barW + 6 + barLabelW + 14, top + side / 2.0 + lm.stringWidth(scaleTitle) / 2.0);
        g.rotate(-Math.PI / 2);
        g.drawString(scaleTitle, 0, 0);
        g.setTransform(saved);
        g.dispose();
        return image;
    }

    /** Draws text on up to two lines, broken at a space, within {@code maxWidth}. */
    private static void drawWrapped(Graphics2D g, String s, int x, int y, int maxWidth) {
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(s) <= maxWidth) {
            g.drawString(s, x, y);
            return;
        }
        int cut = s.length();
        while (cut > 0 && (s.charAt(cut - 1) != ' ' || fm.stringWidth(s.substring(0, cut - 1)) > maxWidth)) {
            cut--;
        }
        if (cut == 0) {
            g.drawString(s, x, y);
            return;
        }
        g.drawString(s.substring(0, cut - 1), x, y);
        g.drawString(s.substring(cut), x, y + fm.getHeight());
    }
}
