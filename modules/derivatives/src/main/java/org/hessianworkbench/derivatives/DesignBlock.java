package org.hessianworkbench.derivatives;

import java.util.List;

/**
 * One design block \(X_k\) (rows = observations) whose product with its own parameter block gives
 * the linear predictor \(\eta_k = X_k\beta_k\). Instances are immutable; the data array is copied in
 * and never handed out.
 */
public final class DesignBlock {

    private final String name;
    private final List<String> columnNames;
    private final int rows;
    private final int columns;
    private final double[] data;

    private DesignBlock(String name, List<String> columnNames, int rows, double[] data) {
        this.name = name;
        this.columnNames = List.copyOf(columnNames);
        this.columns = columnNames.size();
        this.rows = rows;
        this.data = data;
    }

    /**
     * A block from row-major data.
     *
     * @param name        the block's name (a feature group, or "" for a single-block model)
     * @param columnNames one name per column
     * @param rowMajor    {@code rows * columns} values, row-major; copied
     * @return the block
     * @throws IllegalArgumentException when the data length is not a multiple of the column count
     */
    public static DesignBlock of(String name, List<String> columnNames, double[] rowMajor) {
        int p = columnNames.size();
        if (p == 0 || rowMajor.length % p != 0) {
            throw new IllegalArgumentException("design block '" + name + "': " + rowMajor.length
                    + " values do not fill rows of " + p + " columns");
        }
        return new DesignBlock(name, columnNames, rowMajor.length / p, rowMajor.clone());
    }

    /**
     * A block that takes over a row-major array instead of copying it (for large designs, where a copy
     * costs as much memory as the data).
     *
     * @param name        the block's name
     * @param columnNames one name per column
     * @param rowMajor    {@code rows * columns} values, row-major; taken over: the caller must not
     *                    modify it afterwards (it may keep it, to read)
     * @return the block
     * @throws IllegalArgumentException when the data length is not a multiple of the column count
     */
    public static DesignBlock adopt(String name, List<String> columnNames, double[] rowMajor) {
        int p = columnNames.size();
        if (p == 0 || rowMajor.length % p != 0) {
            throw new IllegalArgumentException("design block '" + name + "': " + rowMajor.length
                    + " values do not fill rows of " + p + " columns");
        }
        return new DesignBlock(name, columnNames, rowMajor.length / p, rowMajor);
    }

    /**
     * The block of some of the columns, in the order given.
     *
     * @param keep column indices
     * @return a new block with those columns and their names
     */
    public DesignBlock select(int[] keep) {
        int q = keep.length;
        double[] d = new double[rows * q];
        String[] names = new String[q];
        for (int k = 0; k < q; k++) {
            names[k] = columnNames.get(keep[k]);
        }
        for (int i = 0; i < rows; i++) {
            int base = i * columns;
            for (int k = 0; k < q; k++) {
                d[i * q + k] = data[base + keep[k]];
            }
        }
        return new DesignBlock(name, List.of(names), rows, d);
    }

    /** A block from a row array {@code x[i][j]}. */
    public static DesignBlock of(String name, List<String> columnNames, double[][] x) {
        int p = columnNames.size();
        double[] d = new double[x.length * p];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != p) {
                throw new IllegalArgumentException("design block '" + name + "': row " + i + " has "
                        + x[i].length + " values, expected " + p);
            }
            System.arraycopy(x[i], 0, d, i * p, p);
        }
        return new DesignBlock(name, columnNames, x.length, d);
    }

    /** The block's name. */
    public String name() {
        return name;
    }

    /** Column names. */
    public List<String> columnNames() {
        return columnNames;
    }

    /** Number of observations. */
    public int rows() {
        return rows;
    }

    /** Number of columns (parameters of this block). */
    public int columns() {
        return columns;
    }

    /** Entry \(x_{ij}\). */
    public double get(int i, int j) {
        return data[i * columns + j];
    }

    /**
     * The root mean square of column {@code j}, \(\sqrt{\tfrac1n\sum_i x_{ij}^2}\), computed without
     * overflow or underflow (the squares are taken relative to the column's largest entry); 0 for an
     * all-zero column.
     */
    public double rms(int j) {
        return rmsOf(j);
    }

    /**
     * The typical size of the coefficient of column {@code j}, \(1/\mathrm{rms}(x_j)\) (Dennis &amp;
     * Schnabel's typical x): a coefficient of that size moves the linear predictor by about 1; 1 for a
     * column that is all zero (or not finite).
     */
    public double typicalScale(int j) {
        double rms = rmsOf(j);
        double typ = 1 / rms;
        return rms > 0 && Double.isFinite(typ) && typ > 0 ? typ : 1;
    }

    private double rmsOf(int j) {
        double top = 0;
        for (int i = 0; i < rows; i++) {
            top = Math.max(top, Math.abs(data[i * columns + j]));
        }
        if (!(top > 0) || Double.isInfinite(top)) {
            return top;
        }
        double s = 0;
        for (int i = 0; i < rows; i++) {
            double v = data[i * columns + j] / top;
            s += v * v;
        }
        return top * Math.sqrt(s / rows);
    }

    /** \(x_i^\top\beta\) with \(\beta\) read from {@code beta[offset..offset+columns)}. */
    double dot(int i, double[] beta, int offset) {
        int base = i * columns;
        double s = 0;
        for (int j = 0; j < columns; j++) {
            s += data[base + j] * beta[offset + j];
        }
        return s;
    }

    /** Row start in the internal array (for the engines in this package). */
    int rowStart(int i) {
        return i * columns;
    }

    /** The internal array (for the engines in this package; never modified). */
    double[] raw() {
        return data;
    }
}
