package org.hessianworkbench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.derivatives.Objective;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.optimizers.IterationRecord;
import org.hessianworkbench.optimizers.OptimizationResult;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The optimisers' paths over the loss, in the plane of two parameters \(a, b\): contour lines
 * ({@link ContourLines}) of the loss on the slice through the best estimate along \(a\) and \(b\) (the
 * other parameters fixed at the estimate), each optimiser's iterates projected on \((a, b)\), the
 * start and each path's end marked. The box covers every path and the estimate, with a margin. The
 * levels are \(f_{\min} + \Delta_k\) with \(\Delta_k\) spaced evenly on a log scale from
 * {@link #LOWEST_LEVEL} of the loss's range over the box up to the range, so that a narrow valley
 * shows its floor as well as its walls; for a quadratic loss the rings are then spaced geometrically
 * around the minimum. The slice is not what the optimisers saw when other parameters moved too: a
 * path may cross contours of the slice where the full loss decreased.
 */
public final class PathPlot {

    private static final BasicStroke SOLID = new BasicStroke(1.2f);

    /** Width in pixels. */
    static final int WIDTH = 900;

    /** Height in pixels. */
    static final int HEIGHT = 800;

    /** Contour levels drawn. */
    static final int LEVELS = 14;

    /** The lowest level above the minimum, as a fraction of the loss's range over the box. */
    static final double LOWEST_LEVEL = 1e-5;

    /** The margin around the paths, as a fraction of the box's side. */
    static final double MARGIN = 0.12;

    /** Loss evaluations on the grid are limited to about this many observation terms in all. */
    static final double GRID_WORK = 2e7;

    /** The grid has at least this many and at most {@link #MAX_GRID} points a side. */
    static final int MIN_GRID = 21;

    /** The finest grid. */
    static final int MAX_GRID = 81;

    private PathPlot() {
    }

    /** Grid points a side for a loss of {@code n} observations: about {@link #GRID_WORK} terms evaluated. */
    public static int gridSize(int n) {
        return (int) Math.max(MIN_GRID, Math.min(MAX_GRID, Math.sqrt(GRID_WORK / Math.max(1, n))));
    }

    /** The loss on the slice, and the levels drawn. */
    record Slice(double[] x, double[] y, double[][] z, double min, double[] levels) {
    }

    /** The box {xmin, xmax, ymin, ymax} around every finite iterate's (a, b) and the centre, with a margin. */
    static double[] box(List<OptimizationResult> results, double[] centre, int a, int b) {
        double x0 = centre[a];
        double x1 = centre[a];
        double y0 = centre[b];
        double y1 = centre[b];
        for (OptimizationResult r : results) {
            for (IterationRecord t : r.trace()) {
                double u = t.coordinate(a);
                double v = t.coordinate(b);
                if (Double.isFinite(u) && Double.isFinite(v)) {
                    x0 = Math.min(x0, u);
                    x1 = Math.max(x1, u);
                    y0 = Math.min(y0, v);
                    y1 = Math.max(y1, v);
                }
            }
        }
        double dx = Math.max(x1 - x0, 1e-3 * Math.max(1, Math.abs(x0)));
        double dy = Math.max(y1 - y0, 1e-3 * Math.max(1, Math.abs(y0)));
        return new double[] {x0 - MARGIN * dx, x1 + MARGIN * dx, y0 - MARGIN * dy, y1 + MARGIN * dy};
    }

    /** The loss on a {@code grid}-by-{@code grid} slice through {@code centre} over the box, and its levels. */
    static Slice slice(Objective f, double[] centre, int a, int b, double[] box, int grid) {
        double[] x = new double[grid];
        double[] y = new double[grid];
        for (int i = 0; i < grid; i++) {
            x[i] = box[0] + (box[1] - box[0]) * i / (grid - 1);
            y[i] = box[2] + (box[3] - box[2]) * i / (grid - 1);
        }
        double[][] z = new double[grid][grid];
        double[] point = centre.clone();
        double min = f.value(centre);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < grid; i++) {
            for (int j = 0; j < grid; j++) {
                point[a] = x[i];
                point[b] = y[j];
                double v = f.value(point);
                z[i][j] = Double.isFinite(v) ? v : Double.NaN;
                if (Double.isFinite(v)) {
                    min = Double.isFinite(min) ? Math.min(min, v) : v;
                    max = Math.max(max, v);
                }
            }
        }
        double range = max - min;
        double[] levels = new double[range > 0 ? LEVELS : 0];
        for (int k = 0; k < levels.length; k++) {
            double e = Math.log10(LOWEST_LEVEL) * (1 - (double) k / (LEVELS - 1));
            levels[k] = min + range * Math.pow(10, e) * (k == LEVELS - 1 ? 0.98 : 1);
        }
        return new Slice(x, y, z, min, levels);
    }

    /**
     * The chart.
     *
     * @param title   what the runs are
     * @param f       the loss (evaluated on the grid)
     * @param results the optimisers' runs from one start (not modified)
     * @param a       the parameter on the x axis
     * @param b       the parameter on the y axis
     * @param grid    grid points a side ({@link #gridSize(int)})
     */
    static XYChart chart(String title, Objective f, List<OptimizationResult> results, int a, int b, int grid) {
        List<String> names = f.parameterNames();
        OptimizationResult best = results.get(0);
        for (OptimizationResult r : results) {
            if (Double.isFinite(r.loss()) && !(r.loss() >= best.loss())) {
                best = r;
            }
        }
        double[] centre = best.estimate();
        double[] box = box(results, centre, a, b);
        Slice s = slice(f, centre, a, b, box, grid);
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title + ": paths on the loss, slice through the estimate along " + names.get(a) + ", " + names.get(b))
                .xAxisTitle(names.get(a)).yAxisTitle(names.get(b)).build();
        XYStyler st = chart.getStyler();
        st.setLocale(Locale.ROOT);
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotGridLinesVisible(false);
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setLegendLayout(Styler.LegendLayout.Vertical);
        st.setXAxisMin(box[0]);
        st.setXAxisMax(box[1]);
        st.setYAxisMin(box[2]);
        st.setYAxisMax(box[3]);
        st.setXAxisDecimalPattern("0.###");
        st.setYAxisDecimalPattern("0.###");
        boolean legendDone = false;
        for (int k = 0; k < s.levels().length; k++) {
            List<ContourLines.Segment> segs = ContourLines.of(s.x(), s.y(), s.z(), s.levels()[k]);
            if (segs.isEmpty()) {
                continue;
            }
            double[] xs = new double[3 * segs.size()];
            double[] ys = new double[3 * segs.size()];
            for (int q = 0; q < segs.size(); q++) {
                ContourLines.Segment g = segs.get(q);
                xs[3 * q] = g.x1();
                ys[3 * q] = g.y1();
                xs[3 * q + 1] = g.x2();
                ys[3 * q + 1] = g.y2();
                // a NaN breaks the line between segments
                xs[3 * q + 2] = Double.NaN;
                ys[3 * q + 2] = Double.NaN;
            }
            boolean first = !legendDone;
            legendDone = true;
            XYSeries c = chart.addSeries(first
                    ? String.format(Locale.ROOT, "loss contours f - f_min = %s ... %s (log-spaced; f_min = %s)",
                            Fmt.sci(s.levels()[k] - s.min(), 0), Fmt.sci(s.levels()[s.levels().length - 1] - s.min(), 0),
                            Fmt.sig(s.min(), 8))
                    : "level " + k, xs, ys);
            c.setShowInLegend(first);
            c.setMarker(SeriesMarkers.NONE);
            int grey = 200 - (int) Math.round(120.0 * (LEVELS - 1 - k) / (LEVELS - 1));
            c.setLineColor(new Color(grey, grey, grey));
            c.setLineStyle(SOLID);
            c.setLineWidth(1.2f);
        }
        for (int i = 0; i < results.size(); i++) {
            OptimizationResult r = results.get(i);
            List<Double> px = new ArrayList<>();
            List<Double> py = new ArrayList<>();
            for (IterationRecord t : r.trace()) {
                if (Double.isFinite(t.coordinate(a)) && Double.isFinite(t.coordinate(b))) {
                    px.add(t.coordinate(a));
                    py.add(t.coordinate(b));
                }
            }
            if (px.isEmpty()) {
                continue;
            }
            XYSeries p = chart.addSeries(r.optimizer() + " (" + r.iterations() + " it., " + r.stopReason().label() + ")", px, py);
            p.setLineColor(Plots.colour(i));
            p.setMarkerColor(Plots.colour(i));
            p.setMarker(px.size() > ConvergencePlot.MARKER_LIMIT ? SeriesMarkers.NONE : Plots.marker(i));
            p.setLineStyle(new BasicStroke(2f));
            XYSeries end = chart.addSeries(r.optimizer() + " end", new double[] {px.get(px.size() - 1)},
                    new double[] {py.get(py.size() - 1)});
            end.setShowInLegend(false);
            end.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            end.setMarker(SeriesMarkers.SQUARE);
            end.setMarkerColor(Plots.colour(i));
        }
        double[] start = results.get(0).trace().get(0).point();
        XYSeries st0 = chart.addSeries("start", new double[] {start[a]}, new double[] {start[b]});
        st0.setMarker(SeriesMarkers.CIRCLE);
        st0.setMarkerColor(Color.BLACK);
        st0.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        XYSeries ends = chart.addSeries("the best estimate (x); each path ends in a square of its colour",
                new double[] {centre[a]}, new double[] {centre[b]});
        ends.setMarker(SeriesMarkers.CROSS);
        ends.setMarkerColor(Color.BLACK);
        ends.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        st.setMarkerSize(8);
        return chart;
    }

    /**
     * Writes the chart as a PNG (atomically).
     *
     * @throws BadInputException naming the file when its directory does not exist or cannot be written
     */
    public static void write(Path file, String title, Objective f, List<OptimizationResult> results, int a, int b,
                             int grid) {
        Plots.write(file, List.of(chart(title, f, results, a, b, grid)), 1);
    }
}
