package org.hessianworkbench.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.derivatives.error.InternalException;
import org.hessianworkbench.optimizers.IterationRecord;
import org.hessianworkbench.optimizers.OptimizationResult;
import org.hessianworkbench.report.AtomicFiles;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The gradient norm against the iteration, on a logarithmic axis, one series per optimiser, as the
 * Newton/BFGS tutorial plots it. Iterations whose gradient norm is exactly 0 or not finite are left out (a
 * log axis cannot show them).
 */
public final class ConvergencePlot {

    /** Width in pixels. */
    static final int WIDTH = 900;

    /** Height in pixels. */
    static final int HEIGHT = 600;

    private ConvergencePlot() {
    }

    /** The chart for these results. */
    public static XYChart chart(String title, List<OptimizationResult> results) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("iteration").yAxisTitle("gradient norm ||g|| (log scale)").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLocale(Locale.ROOT);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setMarkerSize(6);
        chart.getStyler().setXAxisDecimalPattern("#");
        for (OptimizationResult r : results) {
            double[][] xy = points(r.trace());
            if (xy[0].length == 0) {
                continue;
            }
            XYSeries s = chart.addSeries(r.optimizer() + " (" + r.iterations() + " it., " + r.stopReason().label() + ")",
                    xy[0], xy[1]);
            s.setMarker(SeriesMarkers.CIRCLE);
        }
        return chart;
    }

    /**
     * Writes the chart as a PNG file (atomically).
     *
     * @throws BadInputException naming the file when its directory does not exist or cannot be written
     */
    public static void write(Path file, String title, List<OptimizationResult> results) {
        try {
            AtomicFiles.write(file, BitmapEncoder.getBitmapBytes(chart(title, results), BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new InternalException(e, ReportMessages.PLOT_NOT_DRAWN, file, e.getMessage());
        }
    }

    private static double[][] points(List<IterationRecord> trace) {
        return new double[][] {
            trace.stream().filter(t -> t.gradientNorm() > 0 && Double.isFinite(t.gradientNorm()))
                    .mapToDouble(IterationRecord::iteration).toArray(),
            trace.stream().filter(t -> t.gradientNorm() > 0 && Double.isFinite(t.gradientNorm()))
                    .mapToDouble(IterationRecord::gradientNorm).toArray()};
    }
}
