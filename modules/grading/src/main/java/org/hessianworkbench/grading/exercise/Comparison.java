package org.hessianworkbench.grading.exercise;

import java.util.ArrayList;
import java.util.List;

/**
 * A solution's answer against the reference, entry by entry: entry \((j,k)\) differs when
 * \(|G_{jk} - E_{jk}| > \mathrm{tol}\cdot\max(\max_{jk}|E_{jk}|, \mathrm{floor})\) with
 * tol = {@value #REL_TOL} and floor = {@value #SCALE_FLOOR}. Immutable.
 *
 * @param differing the differing entries, {@code {row, column}} 0-based as in the student's arrays
 *                  (a gradient's entries as {@code {0, j}}), in row-major order
 */
public record Comparison(List<int[]> differing) {

    /**
     * Relative tolerance. A correct formula evaluated in another order or form than the reference
     * (say \(\sigma\) as {@code 1/(1+exp(-eta))} instead of the stable form) differs by rounding only:
     * the cases have \(|\eta| \le 12\) and at most 6 rows, so a few ulps of the largest entry, at worst
     * about 1e-11 relative. Real mistakes are off by a factor or a term, far above 1e-8.
     */
    public static final double REL_TOL = 1e-8;

    /**
     * Smallest scale the tolerance is taken relative to, so that an all-zero reference does not demand
     * an exact 0 from a solution that rounds differently.
     */
    public static final double SCALE_FLOOR = 1e-6;

    /** A comparison; the list is copied. */
    public Comparison {
        differing = List.copyOf(differing);
    }

    /** Compares {@code got} with {@code expected}; both have the same shape and finite entries. */
    public static Comparison of(double[][] expected, double[][] got) {
        double allowed = REL_TOL * Math.max(maxAbs(expected), SCALE_FLOOR);
        List<int[]> differ = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                if (!(Math.abs(got[i][j] - expected[i][j]) <= allowed)) {
                    differ.add(new int[] {i, j});
                }
            }
        }
        return new Comparison(differ);
    }

    /** Whether every entry agrees. */
    public boolean agree() {
        return differing.isEmpty();
    }

    /** Whether {@code got} agrees with {@code expected} (same shape assumed). */
    static boolean agree(double[][] expected, double[][] got) {
        return of(expected, got).agree();
    }

    /** \(\max_{jk}|m_{jk}|\). */
    static double maxAbs(double[][] m) {
        double a = 0;
        for (double[] row : m) {
            for (double v : row) {
                a = Math.max(a, Math.abs(v));
            }
        }
        return a;
    }
}
