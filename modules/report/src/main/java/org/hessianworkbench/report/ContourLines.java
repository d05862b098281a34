package org.hessianworkbench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Level sets of a function sampled on a rectangular grid, by marching squares (Lorensen &amp; Cline's
 * marching cubes in two dimensions; W. E. Lorensen, H. E. Cline, <i>SIGGRAPH '87</i>,
 * doi:10.1145/37402.37422): in each cell of four samples the level crosses the edges whose ends lie on
 * either side of it, at the point linear interpolation along the edge puts it, and one or two segments
 * join those crossings. A saddle cell (opposite corners on the same side) is resolved by the mean of
 * its corners, the bilinear interpolant's value at the centre. Cells with a sample that is not a
 * finite number are skipped.
 */
public final class ContourLines {

    private ContourLines() {
    }

    /**
     * One piece of a level set: a straight segment from one cell edge to another.
     *
     * @param x1 first end's x
     * @param y1 first end's y
     * @param x2 second end's x
     * @param y2 second end's y
     */
    public record Segment(double x1, double y1, double x2, double y2) {
    }

    /**
     * The segments of \(\{(x, y) : z(x, y) = \mathrm{level}\}\).
     *
     * @param x     grid abscissae, increasing (not modified)
     * @param y     grid ordinates, increasing (not modified)
     * @param z     samples, {@code z[i][j]} at {@code (x[i], y[j])} (not modified)
     * @param level the level
     * @return the segments, in no particular order
     * @throws IllegalArgumentException when the shapes do not match
     */
    public static List<Segment> of(double[] x, double[] y, double[][] z, double level) {
        if (z.length != x.length) {
            throw new IllegalArgumentException("z has " + z.length + " rows for " + x.length + " abscissae");
        }
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i + 1 < x.length; i++) {
            if (z[i].length != y.length || z[i + 1].length != y.length) {
                throw new IllegalArgumentException("a row of z does not have " + y.length + " values");
            }
            for (int j = 0; j + 1 < y.length; j++) {
                cell(x[i], x[i + 1], y[j], y[j + 1], z[i][j], z[i + 1][j], z[i + 1][j + 1], z[i][j + 1], level, out);
            }
        }
        return out;
    }

    /**
     * One cell with corners 0 = (x0, y0), 1 = (x1, y0), 2 = (x1, y1), 3 = (x0, y1), counter-clockwise;
     * edges 0 = 0-1 (bottom), 1 = 1-2 (right), 2 = 2-3 (top), 3 = 3-0 (left).
     */
    private static void cell(double x0, double x1, double y0, double y1, double z0, double z1, double z2, double z3,
                             double level, List<Segment> out) {
        if (!(Double.isFinite(z0) && Double.isFinite(z1) && Double.isFinite(z2) && Double.isFinite(z3))) {
            return;
        }
        int index = (z0 >= level ? 1 : 0) | (z1 >= level ? 2 : 0) | (z2 >= level ? 4 : 0) | (z3 >= level ? 8 : 0);
        double[][] edge = {
            {x0 + (x1 - x0) * t(z0, z1, level), y0},
            {x1, y0 + (y1 - y0) * t(z1, z2, level)},
            {x0 + (x1 - x0) * t(z3, z2, level), y1},
            {x0, y0 + (y1 - y0) * t(z0, z3, level)}};
        switch (index) {
            case 0, 15 -> {
                // all on one side: no crossing
            }
            case 1, 14 -> add(out, edge[3], edge[0]);
            case 2, 13 -> add(out, edge[0], edge[1]);
            case 3, 12 -> add(out, edge[3], edge[1]);
            case 4, 11 -> add(out, edge[1], edge[2]);
            case 6, 9 -> add(out, edge[0], edge[2]);
            case 7, 8 -> add(out, edge[2], edge[3]);
            case 5, 10 -> {
                // a saddle: corners 0 and 2 on one side, 1 and 3 on the other; the centre decides
                boolean centreAbove = (z0 + z1 + z2 + z3) / 4 >= level;
                boolean zeroAbove = index == 5;
                if (centreAbove == zeroAbove) {
                    // the centre joins corners 0 and 2: the lines cut off corners 1 and 3
                    add(out, edge[0], edge[1]);
                    add(out, edge[2], edge[3]);
                } else {
                    // the centre joins corners 1 and 3: the lines cut off corners 0 and 2
                    add(out, edge[3], edge[0]);
                    add(out, edge[1], edge[2]);
                }
            }
            default -> throw new IllegalStateException("case " + index);
        }
    }

    /** Where along an edge from a to b the level lies, by linear interpolation (the middle when a = b). */
    private static double t(double a, double b, double level) {
        return a == b ? 0.5 : Math.max(0, Math.min(1, (level - a) / (b - a)));
    }

    private static void add(List<Segment> out, double[] p, double[] q) {
        out.add(new Segment(p[0], p[1], q[0], q[1]));
    }
}
