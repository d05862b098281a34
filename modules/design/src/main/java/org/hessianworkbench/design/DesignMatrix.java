package org.hessianworkbench.design;

import java.util.List;
import java.util.Locale;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;

/**
 * A model matrix built from a formula and a data set, with the response when the formula has one.
 * Instances are immutable: arrays are copied when handed out.
 *
 * <p>Columns come in R's order: {@code (Intercept)} first when present, then each term's columns in
 * formula order (see {@link DesignSpec} for factor coding and {@link Term.Ramp} for ramps). Rows are
 * the data rows kept after dropping incomplete ones; {@link #sourceRows()} maps them back. Nothing
 * checks the number of rows against the number of columns, and constant or collinear columns are
 * allowed; the models diagnose them.
 */
public final class DesignMatrix {

    private final DesignSpec spec;
    private final String source;
    private final int rows;
    private final int columns;
    private final double[] x;
    private final double[] response;
    private final String responseName;
    private final int droppedRows;
    private final int[] sourceRows;
    private DesignBlock block;

    DesignMatrix(DesignSpec spec, String source, int rows, double[] x, double[] response, String responseName,
                 int droppedRows, int[] sourceRows) {
        this.spec = spec;
        this.source = source;
        this.rows = rows;
        this.columns = spec.columnNames().size();
        this.x = x;
        this.response = response;
        this.responseName = responseName;
        this.droppedRows = droppedRows;
        this.sourceRows = sourceRows;
    }

    /**
     * Builds the design matrix (and response, when the formula has one) of a formula on its
     * training data.
     *
     * @param formula     the formula, with or without a response
     * @param data        the data
     * @param dropMissing drop rows with a missing value in a used column (R's {@code na.omit})
     *                    instead of failing on the first one
     * @return the design matrix
     * @throws BadInputException for unknown columns, bad, missing or non-finite values, a factor with
     *                           fewer than two levels, or a text response without two levels
     */
    public static DesignMatrix build(Formula formula, DataSet data, boolean dropMissing) {
        return DesignSpec.learn(formula, data, dropMissing).apply(data, dropMissing);
    }

    /**
     * Builds the columns of a right-hand side alone, e.g. a feature group {@code ramp(x1, 0.5, 1)}
     * of a product model: {@code intercept} decides whether {@code (Intercept)} is added, whatever
     * the text says ({@link Formula#withIntercept(boolean)}); a response, if any, is ignored.
     *
     * @param rhs         the right-hand side ({@link Formula#parseRhs(String)})
     * @param data        the data
     * @param dropMissing as in {@link #build(Formula, DataSet, boolean)}
     * @param intercept   whether the first column is {@code (Intercept)}
     * @return the design matrix, without response
     * @throws BadInputException as {@link #build(Formula, DataSet, boolean)}
     */
    public static DesignMatrix buildRhs(Formula rhs, DataSet data, boolean dropMissing, boolean intercept) {
        return build(rhs.rhs().withIntercept(intercept), data, dropMissing);
    }

    /** What was learnt from the training data, to build the same columns on new data. */
    public DesignSpec spec() {
        return spec;
    }

    /** The formula. */
    public Formula formula() {
        return spec.formula();
    }

    /** The data set's source name. */
    public String source() {
        return source;
    }

    /** Number of rows (observations kept). */
    public int rows() {
        return rows;
    }

    /** Number of columns. */
    public int columns() {
        return columns;
    }

    /** The column names, R-style ({@code (Intercept)}, {@code x}, {@code rank2}, {@code log(x)}). */
    public List<String> columnNames() {
        return spec.columnNames();
    }

    /** True when the first column is {@code (Intercept)}. */
    public boolean hasIntercept() {
        return spec.hasIntercept();
    }

    /** True when a response was built. */
    public boolean hasResponse() {
        return response != null;
    }

    /**
     * A copy of the response: the numbers, or 0/1 for a two-level text response.
     *
     * @throws IllegalStateException when there is no response
     */
    public double[] response() {
        requireResponse();
        return response.clone();
    }

    /**
     * The response column's name.
     *
     * @throws IllegalStateException when there is no response
     */
    public String responseName() {
        requireResponse();
        return responseName;
    }

    /** The levels coded 0 and 1 for a two-level text response; empty for a numeric response. */
    public List<String> responseLevels() {
        return hasResponse() ? spec.responseLevels() : List.of();
    }

    /** Entry {@code (row, col)}, both 0-based. */
    public double get(int row, int col) {
        if (row < 0 || row >= rows || col < 0 || col >= columns) {
            throw new IndexOutOfBoundsException(String.format(Locale.ROOT,
                    "entry (%d, %d) of a %d x %d design matrix", row, col, rows, columns));
        }
        return x[row * columns + col];
    }

    /**
     * The matrix as one design block of the derivatives module (named "", the columns' names), for the
     * models' objectives. It shares this matrix's values rather than copying them (a large design is
     * hundreds of megabytes): both are immutable.
     *
     * @throws IllegalArgumentException when the matrix has no columns
     */
    public synchronized DesignBlock block() {
        if (block == null) {
            block = DesignBlock.adopt("", columnNames(), x);
        }
        return block;
    }

    /** A fresh row-major copy: entry {@code (i, j)} at {@code i * columns() + j}. */
    public double[] toRowMajor() {
        return x.clone();
    }

    /** A copy of column {@code j}. */
    public double[] column(int j) {
        if (j < 0 || j >= columns) {
            throw new IndexOutOfBoundsException("column " + j + " of a design matrix with " + columns + " columns");
        }
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = x[i * columns + j];
        }
        return out;
    }

    /** How many data rows were dropped for missing values. */
    public int droppedRows() {
        return droppedRows;
    }

    /** The 0-based data-set row of each design row (for messages: {@link DataSet#lineOf(int)}). */
    public int[] sourceRows() {
        return sourceRows.clone();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DesignMatrix[%s on %s: %d x %d, columns %s]",
                spec.formula().text(), source, rows, columns, String.join(", ", columnNames()));
    }

    private void requireResponse() {
        if (response == null) {
            throw new IllegalStateException("the design matrix of '" + spec.formula().text() + "' has no response");
        }
    }
}
