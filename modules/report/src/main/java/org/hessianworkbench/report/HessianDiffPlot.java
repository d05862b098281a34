package org.hessianworkbench.report;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.derivatives.HessianComparison;
import org.hessianworkbench.derivatives.HessianEstimate;
import org.hessianworkbench.derivatives.HessianMethod;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.fitting.CheckReport;

/**
 * Where the Hessian engines of a check differ from the reference, as heat maps in one PNG
 * ({@link HeatMap}), parameter names on both axes, row 1 at the top as a matrix is written:
 * <ul>
 *   <li>the reference (AD) Hessian on a signed logarithmic scale: the colour's depth is \(\log_{10}|H_{jk}|\)
 *       over the decades the entries span (at most {@link #MAX_DECADES}) below the largest entry, red for positive entries and blue
 *       for negative ones, white for entries (near) zero;</li>
 *   <li>per engine, the equilibrated difference the check's verdict uses,
 *       \(|A-B|_{jk}/\sqrt{d_jd_k}\) ({@link HessianComparison#scaledDiff}), relative to that engine's
 *       tolerance on a logarithmic scale: green within the tolerance, white at it, red beyond it. The
 *       cells and the colour bar are labelled with the scaled difference itself, and cells beyond the
 *       tolerance are framed.</li>
 * </ul>
 * Cells carry their numbers when there are at most {@link #LABELLED_PARAMETERS} parameters.
 */
public final class HessianDiffPlot {

    /** Width of one panel in pixels. */
    static final int WIDTH = 620;

    /** Height of one panel in pixels. */
    static final int HEIGHT = 560;

    /** Panels per row. */
    static final int COLUMNS = 3;

    /**
     * At most this many decades of \(|H_{jk}|\) below the largest entry are told apart by the reference
     * panel (fewer when the entries span fewer: the scale runs from the smallest non-zero entry's decade).
     */
    static final int MAX_DECADES = 12;

    /** Decades either side of the tolerance that the difference panels tell apart. */
    static final int DIFF_DECADES = 8;

    /** Cells carry their values up to this many parameters (beyond, the numbers do not fit). */
    static final int LABELLED_PARAMETERS = 8;

    /** The colour's depth of a difference just beyond the tolerance: beyond it is never nearly white. */
    static final double BEYOND_DEPTH = 0.4;

    /** Okabe-Ito blue, vermillion and bluish green; white in the middle of each scale. */
    private static final Color NEGATIVE = new Color(0x00, 0x72, 0xB2);
    private static final Color POSITIVE = new Color(0xD5, 0x5E, 0x00);
    private static final Color WITHIN = new Color(0x00, 0x9E, 0x73);

    private HessianDiffPlot() {
    }

    /**
     * The signed-log value of an entry: \(\mathrm{sign}(h)\max(0, \log_{10}|h| - \mathrm{top} + D)\), in
     * \([-D, D]\), 0 for entries more than {@code D} decades below {@code top}.
     */
    static double signedLog(double h, double top, int decades) {
        if (h == 0 || !Double.isFinite(h)) {
            return h > 0 ? decades : h < 0 ? -decades : 0;
        }
        return Math.signum(h) * Math.min(decades, Math.max(0, Math.log10(Math.abs(h)) - top + decades));
    }

    /** The entry a signed-log value stands for. */
    static double fromSignedLog(double v, double top, int decades) {
        return v == 0 ? 0 : Math.signum(v) * Math.pow(10, Math.abs(v) + top - decades);
    }

    /** The panel's value of a scaled difference: \(\log_{10}(s/\mathrm{tol})\), clamped to the scale. */
    static double ratioLog(double scaled, double tolerance) {
        if (Double.isNaN(scaled)) {
            return DIFF_DECADES;
        }
        if (scaled == 0) {
            return -DIFF_DECADES;
        }
        return Math.max(-DIFF_DECADES, Math.min(DIFF_DECADES, Math.log10(scaled / tolerance)));
    }

    /** The panels: the reference Hessian, then each engine's scaled difference from it. */
    static List<HeatMap> panels(CheckReport report) {
        List<String> names = report.names();
        int p = names.size();
        HessianEstimate reference = report.engines().stream().map(CheckReport.Engine::estimate)
                .filter(e -> e.method() == HessianMethod.AD).findFirst().orElseThrow();
        double[][] h = reference.hessian();
        double top = Double.NEGATIVE_INFINITY;
        double bottom = Double.POSITIVE_INFINITY;
        for (double[] row : h) {
            for (double v : row) {
                if (v != 0 && Double.isFinite(v)) {
                    top = Math.max(top, Math.ceil(Math.log10(Math.abs(v))));
                    bottom = Math.min(bottom, Math.floor(Math.log10(Math.abs(v))));
                }
            }
        }
        double topDecade = Double.isFinite(top) ? top : 0;
        int decades = Double.isFinite(top) ? (int) Math.max(1, Math.min(MAX_DECADES, top - bottom)) : 1;
        boolean labelled = p <= LABELLED_PARAMETERS;
        List<HeatMap> panels = new ArrayList<>();
        double[][] signed = new double[p][p];
        String[][] hText = new String[p][p];
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                signed[j][k] = signedLog(h[j][k], topDecade, decades);
                hText[j][k] = labelled ? String.format(Locale.ROOT, "%.4g", h[j][k]) : null;
            }
        }
        List<Double> refTicks = new ArrayList<>();
        int step = Math.max(1, (decades + 3) / 4);
        for (int t = -decades; t <= decades; t += step) {
            refTicks.add((double) t);
        }
        panels.add(new HeatMap(report.model().cliName() + " at " + report.pointLabel() + ": the ad Hessian H (reference)",
                names, signed, hText, null, NEGATIVE, POSITIVE, -decades, decades, refTicks,
                v -> v == 0 ? "0" : String.format(Locale.ROOT, "%.0e", fromSignedLog(v, topDecade, decades)),
                "H_jk: red > 0, blue < 0, depth log10|H_jk|", 0));
        List<Double> diffTicks = new ArrayList<>();
        for (int t = -DIFF_DECADES; t <= DIFF_DECADES; t += 2) {
            diffTicks.add((double) t);
        }
        for (CheckReport.Engine e : report.engines()) {
            HessianMethod m = e.estimate().method();
            if (m == HessianMethod.AD) {
                continue;
            }
            HessianComparison c = report.comparisons().stream().filter(x -> x.method().equals(m.cliName()))
                    .findFirst().orElseThrow();
            double tol = c.tolerance();
            double[][] scaled = HessianComparison.scaledDiff(e.estimate().hessian(), h);
            double[][] ratio = new double[p][p];
            String[][] text = new String[p][p];
            boolean[][] beyond = new boolean[p][p];
            int wj = 0;
            int wk = 0;
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    ratio[j][k] = ratioLog(scaled[j][k], tol);
                    text[j][k] = labelled ? (scaled[j][k] == 0 ? "0" : String.format(Locale.ROOT, "%.1e", scaled[j][k])) : null;
                    beyond[j][k] = !(scaled[j][k] <= tol);
                    if (!(scaled[j][k] <= scaled[wj][wk])) {
                        wj = j;
                        wk = k;
                    }
                }
            }
            String verdict = !e.applicable() ? "n/a (its steps cross kinks)" : c.agree() ? "agrees" : "DISAGREES";
            String title = String.format(Locale.ROOT, "%s%s vs ad: max scaled diff %s at (%s, %s); tolerance %s: %s",
                    m.cliName(), m.cautionary() ? " (cautionary)" : "", Fmt.sci(c.maxScaledDiff(), 1),
                    names.get(wj), names.get(wk), Fmt.sci(tol, 0), verdict);
            panels.add(new HeatMap(title, names, ratio, text, beyond, WITHIN, POSITIVE, -DIFF_DECADES, DIFF_DECADES,
                    diffTicks, v -> (v == 0 ? "tol " : "") + String.format(Locale.ROOT, "%.0e", tol * Math.pow(10, v)),
                    "|A-B|_jk / sqrt(d_j d_k): green within tol, red beyond (framed)", BEYOND_DEPTH));
        }
        return panels;
    }

    /** The width of one panel in pixels for {@code p} parameters: room for the cells' numbers or many rows. */
    static int panelWidth(int p) {
        return Math.max(WIDTH, 330 + 34 * p);
    }

    /** The height of one panel in pixels for {@code p} parameters. */
    static int panelHeight(int p) {
        return Math.max(HEIGHT, 270 + 34 * p);
    }

    /**
     * Writes the panels, {@link #COLUMNS} to a row, as one PNG (atomically).
     *
     * @throws BadInputException naming the file when its directory does not exist or cannot be written
     */
    public static void write(Path file, CheckReport report) {
        int p = report.names().size();
        Plots.writeImages(file, panels(report).stream().map(m -> m.draw(panelWidth(p), panelHeight(p))).toList(), COLUMNS);
    }
}
