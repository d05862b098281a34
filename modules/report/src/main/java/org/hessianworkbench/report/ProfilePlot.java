package org.hessianworkbench.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.hessianworkbench.derivatives.error.InternalException;
import org.hessianworkbench.fitting.FitReport;
import org.hessianworkbench.fitting.ProfileIntervals;
import org.hessianworkbench.inference.Coefficient;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The profiles of a fit's coefficients, one panel each in a grid: the signed root of the profile
 * deviance \(r(b)\) at the points computed, the Wald line \((b - \hat b)/\mathrm{SE}\), horizontal
 * lines at \(\pm c\) and the profile interval's ends. Where the profile bends away from the Wald line
 * the two intervals differ.
 */
public final class ProfilePlot {

    /** Width of one panel in pixels. */
    static final int PANEL_WIDTH = 480;

    /** Height of one panel in pixels. */
    static final int PANEL_HEIGHT = 360;

    /** Height of the title strip above the panels. */
    static final int TITLE_HEIGHT = 36;

    private static final Color PROFILE = new Color(0x1f, 0x77, 0xb4);
    private static final Color WALD = new Color(0x7f, 0x7f, 0x7f);
    private static final Color CRITICAL = new Color(0xd6, 0x27, 0x28);
    private static final Color END = Color.BLACK;

    private ProfilePlot() {
    }

    /** Columns of the grid for {@code n} panels: about square. */
    static int columns(int n) {
        return Math.max(1, (int) Math.ceil(Math.sqrt(n)));
    }

    /** The size of the image for {@code n} panels: width, height. */
    static int[] size(int n) {
        int cols = columns(n);
        int rows = (n + cols - 1) / cols;
        return new int[] {cols * PANEL_WIDTH, TITLE_HEIGHT + rows * PANEL_HEIGHT};
    }

    /** One coefficient's panel. */
    static XYChart panel(Coefficient c, ProfileIntervals.Profile p, double critical) {
        XYChart chart = new XYChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT).title(c.name())
                .xAxisTitle("value of " + c.name()).yAxisTitle("signed root r").build();
        var styler = chart.getStyler();
        styler.setLocale(Locale.ROOT);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.InsideNW);
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        styler.setMarkerSize(5);
        List<double[]> pts = p.points();
        double lo;
        double hi;
        if (pts.isEmpty()) {
            // nothing was profiled (no estimate, or an aliased column): the critical lines alone, said so
            chart.setTitle(c.name() + (c.withheld() ? ": no profile (the estimate does not exist)" : ": no profile"));
            chart.setXAxisTitle("");
            styler.setXAxisTicksVisible(false);
            styler.setYAxisMin(-1.5 * critical);
            styler.setYAxisMax(1.5 * critical);
            styler.setYAxisDecimalPattern("0.0#");
            lo = -1;
            hi = 1;
        } else {
            lo = pts.get(0)[0];
            hi = pts.get(pts.size() - 1)[0];
            XYSeries s = chart.addSeries("profile r(b)", pts.stream().mapToDouble(x -> x[0]).toArray(),
                    pts.stream().mapToDouble(x -> x[1]).toArray());
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setLineColor(PROFILE);
            s.setMarkerColor(PROFILE);
            if (c.stdError() > 0 && Double.isFinite(c.stdError())) {
                XYSeries w = chart.addSeries("Wald (b - estimate)/SE", new double[] {lo, hi},
                        new double[] {(lo - c.estimate()) / c.stdError(), (hi - c.estimate()) / c.stdError()});
                w.setMarker(SeriesMarkers.NONE);
                w.setLineColor(WALD);
                w.setLineStyle(SeriesLines.DASH_DASH);
            }
        }
        XYSeries up = chart.addSeries(String.format(Locale.ROOT, "+/- critical %.4g", critical), new double[] {lo, hi},
                new double[] {critical, critical});
        XYSeries down = chart.addSeries("-critical", new double[] {lo, hi}, new double[] {-critical, -critical});
        for (XYSeries s : List.of(up, down)) {
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(CRITICAL);
            s.setLineStyle(SeriesLines.DOT_DOT);
        }
        down.setShowInLegend(false);
        List<double[]> ends = new ArrayList<>();
        if (Double.isFinite(p.lower())) {
            ends.add(new double[] {p.lower(), -critical});
        }
        if (Double.isFinite(p.upper())) {
            ends.add(new double[] {p.upper(), critical});
        }
        if (!ends.isEmpty()) {
            XYSeries e = chart.addSeries("profile interval ends", ends.stream().mapToDouble(x -> x[0]).toArray(),
                    ends.stream().mapToDouble(x -> x[1]).toArray());
            e.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            e.setMarker(SeriesMarkers.DIAMOND);
            e.setMarkerColor(END);
        }
        return chart;
    }

    /** The grid of panels as an image, under {@code title}. */
    static BufferedImage image(String title, FitReport r) {
        List<ProfileIntervals.Profile> profiles = r.profile().profiles();
        int n = profiles.size();
        int[] size = size(n);
        int cols = columns(n);
        BufferedImage img = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size[0], size[1]);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.drawString(title, 10, TITLE_HEIGHT - 12);
            for (int j = 0; j < n; j++) {
                Graphics2D panel = (Graphics2D) g.create((j % cols) * PANEL_WIDTH, TITLE_HEIGHT + (j / cols) * PANEL_HEIGHT,
                        PANEL_WIDTH, PANEL_HEIGHT);
                try {
                    panel(r.coefficients().get(j), profiles.get(j), r.critical()).paint(panel, PANEL_WIDTH, PANEL_HEIGHT);
                } finally {
                    panel.dispose();
                }
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * Writes the panels of {@code r}'s profiles as a PNG file (atomically).
     *
     * @throws IllegalArgumentException when {@code r} has no profile intervals
     */
    public static void write(Path file, String title, FitReport r) {
        if (r.profile() == null) {
            throw new IllegalArgumentException("the fit has no profile intervals");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(title, r), "png", out);
        } catch (IOException e) {
            throw new InternalException(e, ReportMessages.PLOT_NOT_DRAWN, file, e.getMessage());
        }
        AtomicFiles.write(file, out.toByteArray());
    }
}
