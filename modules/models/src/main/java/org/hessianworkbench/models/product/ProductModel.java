package org.hessianworkbench.models.product;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.design.DesignMatrix;
import org.hessianworkbench.design.DesignSpec;
import org.hessianworkbench.design.Formula;
import org.hessianworkbench.design.Term;
import org.hessianworkbench.models.Model;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.ModelMessages;

/**
 * A linear product model on data: \(\hat y_i = \prod_g x_{ig}^\top\beta_g\), one design block per
 * feature group, with its loss, predictions, leave-one-group-out predictions, default start and
 * normalisations. Instances are immutable.
 *
 * <p>Each group is a right-hand side of a formula. It gets an intercept column (R's rule) unless it
 * says {@code - 1} or contains a {@code ramp()} term, whose first column is already the bias.
 */
public final class ProductModel implements Model {

    /**
     * One feature group.
     *
     * @param name    the group's name (as given on the command line)
     * @param formula its right-hand side
     * @param columns its design columns
     * @param bias    index of its constant-one column, or -1
     * @param spec    its design, to build the same columns on new data
     */
    public record Group(String name, String formula, List<String> columns, int bias, DesignSpec spec) {
    }

    private final String source;
    private final ProductLoss loss;
    private final String responseName;
    private final List<Group> groups;
    private final List<DesignBlock> blocks;
    private final double[] y;
    private final int[] offsets;
    private final int p;
    private final LinearPredictorObjective objective;
    private final double[][] columnMeans;
    private final int[] rows;

    private ProductModel(String source, ProductLoss loss, String responseName, List<Group> groups, List<DesignBlock> blocks,
                         double[] y, int[] rows) {
        this.source = source;
        this.rows = rows;
        this.loss = loss;
        this.responseName = responseName;
        this.groups = List.copyOf(groups);
        this.blocks = List.copyOf(blocks);
        this.y = y;
        this.offsets = new int[blocks.size()];
        int off = 0;
        List<String> names = new ArrayList<>();
        this.columnMeans = new double[blocks.size()][];
        for (int g = 0; g < blocks.size(); g++) {
            offsets[g] = off;
            off += blocks.get(g).columns();
            for (String c : groups.get(g).columns()) {
                names.add(groups.get(g).name() + ":" + c);
            }
            DesignBlock b = blocks.get(g);
            columnMeans[g] = new double[b.columns()];
            for (int i = 0; i < b.rows(); i++) {
                for (int j = 0; j < b.columns(); j++) {
                    columnMeans[g][j] += b.get(i, j);
                }
            }
            for (int j = 0; j < b.columns(); j++) {
                columnMeans[g][j] /= b.rows();
            }
        }
        this.p = off;
        this.objective = LinearPredictorObjective.of(blocks, y, loss, names);
    }

    /**
     * Builds the model.
     *
     * @param loss        the loss ({@link SquaredErrorProductLoss} or {@link CrossEntropyProductLoss}) over
     *                    {@code groups.size()} predictors
     * @param response    the response column
     * @param groups      group name to right-hand side, in order
     * @param data        the data
     * @param dropMissing drop rows incomplete in any used column
     * @return the model
     * @throws BadInputException for bad columns or values, a response unsuited to the loss, or too
     *                           few observations
     */
    public static ProductModel of(ProductLoss loss, String response, LinkedHashMap<String, String> groups,
                                  DataSet data, boolean dropMissing) {
        if (groups.isEmpty()) {
            throw new BadInputException(ModelMessages.NO_GROUPS);
        }
        if (loss.predictors() != groups.size()) {
            throw new IllegalArgumentException(loss.predictors() + " predictors for " + groups.size() + " groups");
        }
        if (!data.hasColumn(response)) {
            throw new BadInputException(ModelMessages.UNKNOWN_RESPONSE_COLUMN, data.source(), response,
                    data.describeColumns());
        }
        DesignMatrix responseDesign = DesignMatrix.build(Formula.parse("`" + response + "` ~ 1"), data, dropMissing);
        List<DesignMatrix> designs = new ArrayList<>();
        List<Group> described = new ArrayList<>();
        for (Map.Entry<String, String> e : groups.entrySet()) {
            Formula rhs = Formula.parseRhs(e.getValue());
            boolean ramp = rhs.terms().stream().anyMatch(t -> t instanceof Term.Ramp);
            DesignMatrix d = DesignMatrix.buildRhs(rhs, data, dropMissing, rhs.hasIntercept() && !ramp);
            designs.add(d);
            described.add(new Group(e.getKey(), e.getValue(), d.columnNames(), constantOneColumn(d), d.spec()));
        }
        // rows complete in the response and every group
        Map<Integer, Integer> count = new HashMap<>();
        List<int[]> sources = new ArrayList<>();
        sources.add(responseDesign.sourceRows());
        for (DesignMatrix d : designs) {
            sources.add(d.sourceRows());
        }
        for (int[] s : sources) {
            for (int r : s) {
                count.merge(r, 1, Integer::sum);
            }
        }
        int[] kept = count.entrySet().stream().filter(en -> en.getValue() == sources.size())
                .mapToInt(Map.Entry::getKey).sorted().toArray();
        double[] y = select(responseDesign.response(), responseDesign.sourceRows(), kept);
        List<DesignBlock> blocks = new ArrayList<>();
        for (int g = 0; g < designs.size(); g++) {
            DesignMatrix d = designs.get(g);
            blocks.add(DesignBlock.of(described.get(g).name(), d.columnNames(), selectRows(d, kept)));
        }
        if (loss instanceof CrossEntropyProductLoss) {
            for (int i = 0; i < y.length; i++) {
                if (!(y[i] == 0 || y[i] == 1)) {
                    throw new BadInputException(ModelMessages.CROSS_ENTROPY_RESPONSE, data.location(kept[i], response),
                            y[i]);
                }
            }
        }
        int params = blocks.stream().mapToInt(DesignBlock::columns).sum();
        if (y.length <= params) {
            throw new BadInputException(ModelMessages.TOO_FEW_OBSERVATIONS, data.source(), y.length, params);
        }
        return new ProductModel(data.source(), loss, response, described, blocks, y, kept);
    }

    private static int constantOneColumn(DesignMatrix d) {
        for (int j = 0; j < d.columns(); j++) {
            double[] c = d.column(j);
            if (Arrays.stream(c).allMatch(v -> v == 1)) {
                return j;
            }
        }
        return -1;
    }

    private static double[] select(double[] values, int[] sourceRows, int[] kept) {
        Map<Integer, Integer> at = new HashMap<>();
        for (int i = 0; i < sourceRows.length; i++) {
            at.put(sourceRows[i], i);
        }
        double[] r = new double[kept.length];
        for (int i = 0; i < kept.length; i++) {
            r[i] = values[at.get(kept[i])];
        }
        return r;
    }

    private static double[][] selectRows(DesignMatrix d, int[] kept) {
        int[] source = d.sourceRows();
        if (source.length == kept.length) {
            double[][] x = new double[kept.length][d.columns()];
            for (int i = 0; i < kept.length; i++) {
                for (int j = 0; j < d.columns(); j++) {
                    x[i][j] = d.get(i, j);
                }
            }
            return x;
        }
        Map<Integer, Integer> at = new HashMap<>();
        for (int i = 0; i < source.length; i++) {
            at.put(source[i], i);
        }
        double[][] x = new double[kept.length][d.columns()];
        for (int i = 0; i < kept.length; i++) {
            int row = at.get(kept[i]);
            for (int j = 0; j < d.columns(); j++) {
                x[i][j] = d.get(row, j);
            }
        }
        return x;
    }

    /** The loss. */
    public ProductLoss loss() {
        return loss;
    }

    /** The model's command-line name. */
    @Override
    public String source() {
        return source;
    }

    /** The response and the groups, e.g. {@code y ~ x1[ramp(x1, 1, 2)] * x2[ramp(x2, 3, 4)]}. */
    @Override
    public String description() {
        StringBuilder b = new StringBuilder(responseName).append(" ~ ");
        for (int g = 0; g < groups.size(); g++) {
            b.append(g == 0 ? "" : " * ").append(groups.get(g).name()).append('[').append(groups.get(g).formula()).append(']');
        }
        return b.toString();
    }

    /** E.g. {@code linear-product y ~ x1[ramp(x1, 1, 2)] * x2[ramp(x2, 3, 4)] on data.csv (100 observations, 6 parameters)}. */
    @Override
    public String toString() {
        return kind() + " " + description() + " on " + source() + " (" + n() + " observations, " + p() + " parameters)";
    }

    @Override
    public ModelKind kind() {
        return loss.kind();
    }

    /** The response column. */
    public String responseName() {
        return responseName;
    }

    /** The groups. */
    public List<Group> groups() {
        return groups;
    }

    /** The objective (sum of the loss over observations). */
    @Override
    public LinearPredictorObjective objective() {
        return objective;
    }

    /** The same objective with the Gauss-Newton curvature. */
    public LinearPredictorObjective gaussNewtonObjective() {
        return LinearPredictorObjective.of(blocks, y, loss.gaussNewton(), objective.parameterNames());
    }

    /** Observations. */
    @Override
    public int n() {
        return y.length;
    }

    /** Parameters, all groups. */
    @Override
    public int p() {
        return p;
    }

    /** Offset of group {@code g}'s parameters. */
    public int offset(int g) {
        return offsets[g];
    }

    /** The response (a copy). */
    public double[] response() {
        return y.clone();
    }

    /** Group {@code g}'s predictions \(X_g\beta_g\). */
    public double[] groupPrediction(double[] beta, int g) {
        return objective.linearPredictors(beta)[g];
    }

    /** Predictions \(\prod_g X_g\beta_g\). */
    public double[] predict(double[] beta) {
        return leaveOut(beta, -1);
    }

    /** Leave-one-group-out predictions: the product of every group but {@code g} (all groups when g = -1). */
    public double[] leaveOut(double[] beta, int g) {
        double[][] eta = objective.linearPredictors(beta);
        double[] r = new double[n()];
        Arrays.fill(r, 1);
        for (int h = 0; h < eta.length; h++) {
            if (h == g) {
                continue;
            }
            for (int i = 0; i < r.length; i++) {
                r[i] *= eta[h][i];
            }
        }
        return r;
    }

    /** Index of the group with this name. */
    public int groupIndex(String name) {
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).name().equals(name)) {
                return g;
            }
        }
        throw new BadInputException(ModelMessages.UNKNOWN_GROUP, name,
                String.join(", ", groups.stream().map(Group::name).toList()));
    }

    /** \(\sum_i(\hat y_i - y_i)^2\). */
    public double sse(double[] beta) {
        double[] yhat = predict(beta);
        double s = 0;
        for (int i = 0; i < yhat.length; i++) {
            s += (yhat[i] - y[i]) * (yhat[i] - y[i]);
        }
        return s;
    }

    /**
     * quantbullet's start: all ones for the squared error; for the cross-entropy, each group's mean
     * prediction equal to \(\bar y^{1/G}\) (its bias coefficient set to that and the rest to 0, or all its
     * coefficients scaled when it has no bias column).
     */
    @Override
    public double[] defaultStart() {
        double[] start = new double[p];
        Arrays.fill(start, 1);
        if (loss instanceof SquaredErrorProductLoss) {
            return start;
        }
        double target = Math.pow(Arrays.stream(y).average().orElse(0.5), 1.0 / groups.size());
        for (int g = 0; g < groups.size(); g++) {
            int bias = groups.get(g).bias();
            int cols = blocks.get(g).columns();
            if (bias >= 0) {
                Arrays.fill(start, offsets[g], offsets[g] + cols, 0);
                start[offsets[g] + bias] = target;
            } else {
                double mean = 0;
                for (int j = 0; j < cols; j++) {
                    mean += columnMeans[g][j];
                }
                for (int j = 0; j < cols; j++) {
                    start[offsets[g] + j] = mean != 0 ? target / mean : target;
                }
            }
        }
        return start;
    }

    /**
     * The scale directions at \(\beta\): for each group \(g \ge 2\), the tangent of
     * \(c \mapsto (c\beta_1, \beta_g/c)\) at \(c = 1\), i.e. \(\beta_1\) in group 1's block and \(-\beta_g\) in
     * group \(g\)'s (unit length). The loss is constant along each.
     */
    public List<double[]> scaleDirections(double[] beta) {
        List<double[]> dirs = new ArrayList<>();
        for (int g = 1; g < groups.size(); g++) {
            double[] v = new double[p];
            for (int j = 0; j < blocks.get(0).columns(); j++) {
                v[offsets[0] + j] = beta[offsets[0] + j];
            }
            for (int j = 0; j < blocks.get(g).columns(); j++) {
                v[offsets[g] + j] = -beta[offsets[g] + j];
            }
            double norm = Math.sqrt(Arrays.stream(v).map(x -> x * x).sum());
            for (int j = 0; j < p; j++) {
                v[j] /= norm;
            }
            dirs.add(v);
        }
        return dirs;
    }

    /**
     * A point of the ridge with the scale fixed, and the linear constraints \(A\beta = 1\) that fix it
     * (one row per group \(g \ge 2\)).
     *
     * @param beta        the normalised point
     * @param constraints the constraint rows
     */
    public record Normalized(double[] beta, double[][] constraints) {
    }

    /**
     * Moves \(\beta\) along the ridge to the normalised point: group \(g \ge 2\) divided by its mean
     * prediction ({@code mean-one}) or its bias coefficient ({@code bias-one}), group 1 multiplied by
     * the same factors, so the predictions do not change.
     *
     * @throws BadInputException when a group has no bias column ({@code bias-one}) or the divisor is 0
     */
    public Normalized normalize(double[] beta, Normalization how) {
        if (how == Normalization.NONE) {
            throw new IllegalArgumentException("no normalisation asked");
        }
        double[] b = beta.clone();
        double[][] a = new double[groups.size() - 1][p];
        for (int g = 1; g < groups.size(); g++) {
            int cols = blocks.get(g).columns();
            double divisor;
            if (how == Normalization.MEAN_ONE) {
                divisor = 0;
                for (int j = 0; j < cols; j++) {
                    divisor += columnMeans[g][j] * beta[offsets[g] + j];
                    a[g - 1][offsets[g] + j] = columnMeans[g][j];
                }
            } else {
                int bias = groups.get(g).bias();
                if (bias < 0) {
                    throw new BadInputException(ModelMessages.NO_BIAS_COLUMN, groups.get(g).name());
                }
                divisor = beta[offsets[g] + bias];
                a[g - 1][offsets[g] + bias] = 1;
            }
            if (!(Math.abs(divisor) > 0) || !Double.isFinite(divisor)) {
                throw new BadInputException(how == Normalization.MEAN_ONE ? ModelMessages.MEAN_PREDICTION_ZERO
                        : ModelMessages.BIAS_ZERO, groups.get(g).name(), how.cliName(), divisor);
            }
            for (int j = 0; j < cols; j++) {
                b[offsets[g] + j] /= divisor;
            }
            for (int j = 0; j < blocks.get(0).columns(); j++) {
                b[offsets[0] + j] *= divisor;
            }
        }
        return new Normalized(b, a);
    }

    /** The data rows used (0-based rows of the data set), one per observation. */
    public int[] sourceRows() {
        return rows.clone();
    }

    /** The data columns the groups read, in order of first use. */
    public List<String> variables() {
        java.util.LinkedHashSet<String> vars = new java.util.LinkedHashSet<>();
        for (Group g : groups) {
            vars.addAll(Formula.parseRhs(g.formula()).columns());
        }
        return List.copyOf(vars);
    }

    /** The design blocks. */
    public List<DesignBlock> blocks() {
        return blocks;
    }
}
