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
 * R's term order (see {@link DesignSpec} for factor coding and interactions, {@link Term.Ramp} for
 * ramps). Beside the matrix: the response ({@link #response()}; the successes of a
 * {@code cbind(s, f)} response, whose trials are {@link #trials()}), the sum of the formula's offsets
 * ({@link #offset()}) and the prior weights ({@link #weights()}). Rows are the data rows kept after
 * dropping incomplete ones; {@link #sourceRows()} maps them back. Nothing checks the number of rows
 * against the number of columns, and constant or collinear columns are allowed; the models diagnose
 * them.
 */
public final class DesignMatrix {

    private final DesignSpec spec;
    private final String source;
    private final int rows;
    private final int columns;
    private final double[] x;
    private final Extras extras;
    private final int droppedRows;
    private final int[] sourceRows;
    private DesignBlock block;

    /**
     * What comes with the matrix, one value per row where an array (each null when absent).
     *
     * @param response            the response (the successes of {@code cbind(s, f)})
     * @param responseName        the response column (the successes' column or text for {@code cbind})
     * @param responseDescription the response as written ({@code y}, {@code cbind(s, f)})
     * @param trials              the trials {@code s + f} of a {@code cbind(s, f)} response
     * @param offset              the sum of the offsets
     * @param weights             the prior weights
     */
    record Extras(double[] response, String responseName, String responseDescription, double[] trials,
                  double[] offset, double[] weights) {
    }

    DesignMatrix(DesignSpec spec, String source, int rows, double[] x, Extras extras, int droppedRows,
                 int[] sourceRows) {
        this.spec = spec;
        this.source = source;
        this.rows = rows;
        this.columns = spec.columnNames().size();
        this.x = x;
        this.extras = extras;
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
        return build(formula, data, dropMissing, null);
    }

    /**
     * Builds the design matrix, the response when the formula has one, and the prior weights (R's
     * {@code weights=}) of a formula on its training data.
     *
     * @param formula       the formula, with or without a response
     * @param data          the data
     * @param dropMissing   drop rows with a missing value in a used column, the weights included (R's
     *                      {@code na.omit}), instead of failing on the first one
     * @param weightsColumn the column of prior weights, finite and {@code >= 0} (zero allowed, as in R),
     *                      or null for none
     * @return the design matrix
     * @throws BadInputException as {@link #build(Formula, DataSet, boolean)}, and for an unknown
     *                           weights column or a weight that is negative or not finite
     */
    public static DesignMatrix build(Formula formula, DataSet data, boolean dropMissing, String weightsColumn) {
        return DesignSpec.learn(formula, data, dropMissing, weightsColumn).apply(data, dropMissing);
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
        return extras.response() != null;
    }

    /**
     * A copy of the response: the numbers, 0/1 for a two-level text response, or the successes of a
     * {@code cbind(s, f)} response.
     *
     * @throws IllegalStateException when there is no response
     */
    public double[] response() {
        requireResponse();
        return extras.response().clone();
    }

    /**
     * The response column's name; for {@code cbind(s, f)}, the successes' column ({@code s}), or the
     * first argument as written when it is an expression. For file locations in messages; see
     * {@link #responseDescription()} for reports.
     *
     * @throws IllegalStateException when there is no response
     */
    public String responseName() {
        requireResponse();
        return extras.responseName();
    }

    /**
     * The response as written in the formula: the column ({@code y}) or {@code cbind(s, f)}, for
     * messages and reports.
     *
     * @throws IllegalStateException when there is no response
     */
    public String responseDescription() {
        requireResponse();
        return extras.responseDescription();
    }

    /**
     * A copy of the trials {@code m = s + f} of a {@code cbind(s, f)} response (the response is then
     * the successes {@code s}), or null for another response or none.
     */
    public double[] trials() {
        return extras.trials() == null ? null : extras.trials().clone();
    }

    /**
     * A copy of the offset of each row, the sum of the formula's {@code offset(...)} terms, or null
     * when the formula has none. It adds to the linear predictor with coefficient 1.
     */
    public double[] offset() {
        return extras.offset() == null ? null : extras.offset().clone();
    }

    /** A copy of the prior weights, or null when none were asked for. */
    public double[] weights() {
        return extras.weights() == null ? null : extras.weights().clone();
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
        if (extras.response() == null) {
            throw new IllegalStateException("the design matrix of '" + spec.formula().text() + "' has no response");
        }
    }
}
