package org.hessianworkbench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.optimizers.IterationRecord;
import org.hessianworkbench.optimizers.OptimizationResult;
import org.hessianworkbench.optimizers.OptimizerOptions;
import org.hessianworkbench.optimizers.StoppingRule;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * How one or more optimisers converged, two panels side by side: the loss above the best loss any of
 * them reached, \(f_k - f_{\mathrm{best}}\), and the gradient norm \(\|\nabla f_k\|\), both against the
 * iteration on logarithmic axes, one series per optimiser. A run that diverges climbs in both. The
 * loss panel is floored at {@link #lossFloor(double)} (the best point itself, and differences below
 * the loss's rounding, sit on the floor); the gradient panel has a horizontal line at the stopping
 * threshold when the run stopped by the gradient norm. Iterations whose value is not finite are left
 * out (a log axis cannot show them).
 */
public final class ConvergencePlot {

    /** Width of one panel in pixels. */
    static final int WIDTH = 720;

    /** Height in pixels. */
    static final int HEIGHT = 680;

    /** Series with more points than this are drawn as lines without markers (markers would blot them out). */
    static final int MARKER_LIMIT = 60;

    /**
     * The floor of \(f - f_{\mathrm{best}}\), relative to \(\max(1, |f_{\mathrm{best}}|)\): a few units
     * of rounding of the loss itself, below which differences are not meaningful.
     */
    static final double RELATIVE_FLOOR = 1e-15;

    private ConvergencePlot() {
    }

    /** The floor of the loss panel for this best loss. */
    static double lossFloor(double best) {
        return RELATIVE_FLOOR * Math.max(1, Math.abs(best));
    }

    /** The smallest finite loss of any iterate of any result (NaN when none is finite). */
    static double bestLoss(List<OptimizationResult> results) {
        double best = Double.NaN;
        for (OptimizationResult r : results) {
            for (IterationRecord t : r.trace()) {
                if (Double.isFinite(t.loss()) && !(t.loss() >= best)) {
                    best = t.loss();
                }
            }
        }
        return best;
    }

    /**
     * The two panels.
     *
     * @param title     what the runs are (the panels' titles begin with it)
     * @param results   the runs (not modified)
     * @param threshold the gradient-norm threshold the runs stopped at, or NaN when they stopped by
     *                  another rule (no line is drawn then)
     */
    static List<XYChart> panels(String title, List<OptimizationResult> results, double threshold) {
        double best = bestLoss(results);
        double floor = lossFloor(best);
        XYChart loss = chart(title + ": loss above the best",
                String.format(Locale.ROOT, "f - f_best (log scale; f_best = %s, floor %s)", Fmt.sig(best, 10), Fmt.sci(floor, 0)));
        XYChart grad = chart(title + ": gradient norm", "gradient norm ||g|| (log scale)");
        double maxIteration = 1;
        for (int i = 0; i < results.size(); i++) {
            OptimizationResult r = results.get(i);
            String name = r.optimizer() + " (" + r.iterations() + " it., " + r.stopReason().label() + ")";
            List<IterationRecord> trace = r.trace();
            List<Double> lx = new ArrayList<>();
            List<Double> ly = new ArrayList<>();
            List<Double> gx = new ArrayList<>();
            List<Double> gy = new ArrayList<>();
            for (IterationRecord t : trace) {
                maxIteration = Math.max(maxIteration, t.iteration());
                if (Double.isFinite(t.loss())) {
                    lx.add((double) t.iteration());
                    ly.add(Math.max(t.loss() - best, floor));
                }
                if (t.gradientNorm() > 0 && Double.isFinite(t.gradientNorm())) {
                    gx.add((double) t.iteration());
                    gy.add(t.gradientNorm());
                }
            }
            add(loss, name, lx, ly, i);
            add(grad, name, gx, gy, i);
        }
        if (Double.isFinite(threshold) && threshold > 0) {
            XYSeries line = grad.addSeries(String.format(Locale.ROOT, "stopping threshold ||g|| <= %s", Fmt.sci(threshold, 1)),
                    new double[] {0, maxIteration}, new double[] {threshold, threshold});
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(Color.GRAY);
            line.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
        }
        for (XYChart c : List.of(loss, grad)) {
            unevenAxisValues(c);
        }
        return List.of(loss, grad);
    }

    /**
     * XChart puts a tick at every x value when the series' x values are equally spaced (iterations
     * 0, 1, 2, ...: 35 crowded ticks, or every 44th of 1000); one hidden point at x = 1/2 makes it
     * choose round steps (1, 2, 5 times a power of ten) at least the spacing hint apart instead.
     */
    private static void unevenAxisValues(XYChart chart) {
        XYSeries first = chart.getSeriesMap().values().stream().findFirst().orElse(null);
        if (first == null || first.getYData().length == 0) {
            return;
        }
        double y = first.getYData()[0];
        XYSeries hidden = chart.addSeries(" ", new double[] {0, 0.5}, new double[] {y, y});
        hidden.setShowInLegend(false);
        hidden.setMarker(SeriesMarkers.NONE);
        hidden.setLineColor(new Color(0, 0, 0, 0));
    }

    private static XYChart chart(String title, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("iteration").yAxisTitle(yTitle).build();
        org.knowm.xchart.style.XYStyler s = chart.getStyler();
        chart.getStyler().setYAxisLogarithmic(true);
        s.setLocale(Locale.ROOT);
        s.setChartBackgroundColor(Color.WHITE);
        // below the plot: a diverging run climbs into the top right, where an inside legend would hide it
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Vertical);
        s.setLegendBackgroundColor(new Color(255, 255, 255, 220));
        s.setSeriesColors(Plots.PALETTE);
        s.setMarkerSize(6);
        s.setXAxisDecimalPattern("#");
        s.setYAxisDecimalPattern("0.##E0");
        // integer ticks, never closer than 70 pixels: readable at 200 and more iterations
        chart.getStyler().setXAxisTickMarkSpacingHint(70);
        chart.getStyler().setXAxisMin(0.0);
        return chart;
    }

    private static void add(XYChart chart, String name, List<Double> x, List<Double> y, int i) {
        if (x.isEmpty()) {
            return;
        }
        XYSeries s = chart.addSeries(name, x, y);
        s.setLineColor(Plots.colour(i));
        s.setMarkerColor(Plots.colour(i));
        s.setMarker(x.size() > MARKER_LIMIT ? SeriesMarkers.NONE : Plots.marker(i));
        s.setLineWidth(2f);
    }

    /**
     * The gradient-norm threshold of these options: {@code gtol} under the gradient-norm rule, NaN under
     * the scale-invariant rule (which has no single threshold on the gradient norm).
     */
    public static double threshold(OptimizerOptions options) {
        return options.rule() == StoppingRule.GRADIENT_NORM ? options.gtol() : Double.NaN;
    }

    /**
     * Writes the two panels side by side as a PNG file (atomically).
     *
     * @param threshold the gradient-norm threshold, or NaN for none (a stop by another rule)
     * @throws BadInputException naming the file when its directory does not exist or cannot be written
     */
    public static void write(Path file, String title, List<OptimizationResult> results, double threshold) {
        Plots.write(file, panels(title, results, threshold), 2);
    }

    /**
     * The two panels side by side as the bytes of a PNG, for a page that shows the plot inline.
     *
     * @param threshold the gradient-norm threshold, or NaN for none (a stop by another rule)
     */
    public static byte[] png(String title, List<OptimizationResult> results, double threshold) {
        try {
            return Plots.png(Plots.images(panels(title, results, threshold)), 2);
        } catch (java.io.IOException e) {
            throw new org.hessianworkbench.derivatives.error.InternalException(e, ReportMessages.PLOT_NOT_DRAWN, title,
                    e.getMessage());
        }
    }
}
