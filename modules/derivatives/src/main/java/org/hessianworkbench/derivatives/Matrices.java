package org.hessianworkbench.derivatives;

/** Small dense-matrix helpers on {@code double[][]}; arguments are not modified unless stated. */
public final class Matrices {

    private Matrices() {
    }

    /** A deep copy. */
    public static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** \(\max_{ij}|a_{ij}|\); NaN if any entry is NaN. */
    public static double maxAbs(double[][] a) {
        double m = 0;
        for (double[] row : a) {
            for (double v : row) {
                if (Double.isNaN(v)) {
                    return Double.NaN;
                }
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }

    /** \(\max_{ij}|a_{ij}-b_{ij}|\); NaN if any difference is NaN. */
    public static double maxAbsDiff(double[][] a, double[][] b) {
        requireSameShape(a, b);
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                double d = Math.abs(a[i][j] - b[i][j]);
                if (Double.isNaN(d)) {
                    return Double.NaN;
                }
                m = Math.max(m, d);
            }
        }
        return m;
    }

    /** \((A + A^\top)/2\), a fresh matrix. */
    public static double[][] symmetrize(double[][] a) {
        int n = a.length;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = 0.5 * (a[i][j] + a[j][i]);
            }
        }
        return s;
    }

    /** \(\max_{ij}|a_{ij}-a_{ji}|\). */
    public static double maxAsymmetry(double[][] a) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                m = Math.max(m, Math.abs(a[i][j] - a[j][i]));
            }
        }
        return m;
    }

    /** True when every entry is finite. */
    public static boolean allFinite(double[][] a) {
        for (double[] row : a) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when every entry is finite. */
    public static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** Euclidean norm. */
    public static double norm(double[] v) {
        double scale = 0;
        for (double x : v) {
            scale = Math.max(scale, Math.abs(x));
        }
        if (scale == 0 || !Double.isFinite(scale)) {
            return scale;
        }
        double s = 0;
        for (double x : v) {
            double r = x / scale;
            s += r * r;
        }
        return scale * Math.sqrt(s);
    }

    /** Dot product. */
    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** \(A v\). */
    public static double[] multiply(double[][] a, double[] v) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = dot(a[i], v);
        }
        return r;
    }

    private static void requireSameShape(double[][] a, double[][] b) {
        if (a.length != b.length || (a.length > 0 && a[0].length != b[0].length)) {
            throw new IllegalArgumentException("matrices of different shapes: " + a.length + "x"
                    + (a.length > 0 ? a[0].length : 0) + " and " + b.length + "x" + (b.length > 0 ? b[0].length : 0));
        }
    }
}
