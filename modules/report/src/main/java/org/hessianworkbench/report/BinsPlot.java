package org.hessianworkbench.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.derivatives.error.InternalException;
import org.hessianworkbench.report.AtomicFiles;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Actual against predicted by bins of each variable, as quantbullet's
 * {@code plot_predictions_by_bins}: 20 equal-width bins over the variable's range, the mean actual
 * (marker o) and the mean prediction (marker x) in each non-empty bin; one panel per variable.
 */
public final class BinsPlot {

    /** Bins per variable. */
    public static final int BINS = 20;

    private static final int PANEL_WIDTH = 600;
    private static final int PANEL_HEIGHT = 420;

    private BinsPlot() {
    }

    /**
     * Per-bin means.
     *
     * @param centre    bin centres (non-empty bins only)
     * @param actual    mean actual per bin
     * @param predicted mean prediction per bin
     * @param count     observations per bin
     */
    public record Bins(double[] centre, double[] actual, double[] predicted, int[] count) {
    }

    /** The bins of {@code x}. */
    public static Bins bins(double[] x, double[] actual, double[] predicted) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double width = (hi - lo) / BINS;
        double[] sa = new double[BINS];
        double[] sp = new double[BINS];
        int[] n = new int[BINS];
        for (int i = 0; i < x.length; i++) {
            int b = width > 0 ? Math.min(BINS - 1, (int) ((x[i] - lo) / width)) : 0;
            sa[b] += actual[i];
            sp[b] += predicted[i];
            n[b]++;
        }
        List<Integer> used = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            if (n[b] > 0) {
                used.add(b);
            }
        }
        double[] c = new double[used.size()];
        double[] a = new double[used.size()];
        double[] p = new double[used.size()];
        int[] k = new int[used.size()];
        for (int u = 0; u < used.size(); u++) {
            int b = used.get(u);
            c[u] = lo + (b + 0.5) * width;
            a[u] = sa[b] / n[b];
            p[u] = sp[b] / n[b];
            k[u] = n[b];
        }
        return new Bins(c, a, p, k);
    }

    /** One panel. */
    static XYChart panel(String variable, Bins b) {
        XYChart chart = new XYChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT)
                .title("Actual and predicted by bins of " + variable).xAxisTitle(variable).yAxisTitle("mean").build();
        chart.getStyler().setLocale(Locale.ROOT);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setMarkerSize(9);
        chart.getStyler().setXAxisDecimalPattern("0.##");
        XYSeries actual = chart.addSeries("mean actual (o)", b.centre(), b.actual());
        actual.setMarker(SeriesMarkers.CIRCLE);
        XYSeries predicted = chart.addSeries("mean predicted (x)", b.centre(), b.predicted());
        predicted.setMarker(SeriesMarkers.CROSS);
        return chart;
    }

    /**
     * Writes one panel per variable side by side into a PNG (atomically).
     *
     * @throws BadInputException naming the file when its directory does not exist or cannot be written
     */
    public static void write(Path file, List<String> variables, List<double[]> values, double[] actual, double[] predicted) {
        List<XYChart> charts = new ArrayList<>();
        for (int v = 0; v < variables.size(); v++) {
            charts.add(panel(variables.get(v), bins(values.get(v), actual, predicted)));
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BitmapEncoder.saveBitmap(charts, 1, charts.size(), out, BitmapEncoder.BitmapFormat.PNG);
            AtomicFiles.write(file, out.toByteArray());
        } catch (IOException e) {
            throw new InternalException(e, ReportMessages.PLOT_NOT_DRAWN, file, e.getMessage());
        }
    }
}
