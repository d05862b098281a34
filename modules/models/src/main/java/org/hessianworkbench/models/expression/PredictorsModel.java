package org.hessianworkbench.models.expression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.Observations;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.design.DesignMatrix;
import org.hessianworkbench.design.Formula;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.Model;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.ModelMessages;
import org.hessianworkbench.models.NumberFormat;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.symbolic.parse.Parser;

/**
 * A model of several linear predictors on data: the loss of one observation written as an
 * expression in \(K\) named linear predictors, each with its own design from a right-hand side on the
 * same rows, and the objective
 * \[ f(\beta) = \sum_i w_i\,\ell(\eta_{i1},\dots,\eta_{iK}; y_i), \qquad
 *    \eta_{ik} = x_{ik}^\top\beta_k + o_{ik}, \]
 * a {@link LinearPredictorObjective} over the \(K\) design blocks, so that every Hessian engine works
 * on it and its Hessian has the cross blocks \(X_k^\top\operatorname{diag}(\ell_{kl})X_l\). E.g. the
 * heteroscedastic Gaussian {@code 0.5*((y - mu)/exp(ls))^2 + ls} with {@code mu ~ x1 + x2} and
 * {@code ls ~ x1} (the mean and the log standard deviation each linear in the covariates).
 *
 * <p>The parameters are named {@code NAME:term}: the predictor's name, a colon, the column of its
 * design ({@code mu:(Intercept)}, {@code mu:x1}, {@code ls:x1}; {@code mu:x1:x2} is predictor
 * {@code mu}'s interaction {@code x1:x2}: the first segment is always the predictor). Each right-hand
 * side follows R's rules ({@link Formula}): an intercept unless {@code - 1}, and its own
 * {@code offset()}. The rows are those complete in the response, the prior weights and every
 * predictor's columns (as the product models' groups): a missing value fails unless incomplete rows
 * are dropped.
 *
 * <p>Two kinds: {@link #custom} (the user's loss, any finite response) and
 * {@link #negativeBinomial} (the negative binomial with its shape \(k\) estimated: the formula's
 * linear predictor {@code eta} and \(\log k\) as a second predictor {@code logk} with an intercept
 * alone, \(k = e^{\mathrm{logk}}\) in the loss, as {@code MASS::glm.nb} estimates it). Instances are
 * immutable.
 */
public final class PredictorsModel implements Model {

    /** The name of the linear predictor from a formula, in the negative binomial with k estimated. */
    public static final String ETA = ExpressionLoss.ETA;

    /**
     * One linear predictor.
     *
     * @param name    its name, as in the loss
     * @param rhs     its right-hand side as given (without the {@code ~})
     * @param columns the columns of its design (those kept, in a model with aliased columns left out)
     * @param offset  whether its right-hand side has an {@code offset()}
     */
    public record Predictor(String name, String rhs, List<String> columns, boolean offset) {
        /** Defensive copy in. */
        public Predictor {
            columns = List.copyOf(columns);
        }
    }

    private final ModelKind kind;
    private final ExpressionLoss loss;
    private final String source;
    private final String description;
    private final String responseName;
    private final List<Predictor> predictors;
    private final List<DesignBlock> blocks;
    private final double[] y;
    private final Observations observations;
    private final int[] rows;
    private final int droppedRows;
    private final LinearPredictorObjective objective;
    private final DataSet data;
    /** The negative binomial's design of eta (all its columns), else null. */
    private final DesignMatrix etaDesign;

    private PredictorsModel(ModelKind kind, ExpressionLoss loss, String description, String responseName,
                            List<Predictor> predictors, List<DesignBlock> blocks, double[] y, Observations observations,
                            int[] rows, DataSet data, DesignMatrix etaDesign) {
        this.kind = kind;
        this.loss = loss;
        this.source = data.source();
        this.description = description;
        this.responseName = responseName;
        this.predictors = List.copyOf(predictors);
        this.blocks = List.copyOf(blocks);
        this.y = y;
        this.observations = observations;
        this.rows = rows;
        this.droppedRows = data.rows() - rows.length;
        this.data = data;
        this.etaDesign = etaDesign;
        List<String> names = new ArrayList<>();
        for (Predictor p : predictors) {
            for (String c : p.columns()) {
                names.add(p.name() + ":" + c);
            }
        }
        this.objective = LinearPredictorObjective.of(blocks, y, loss, names, observations);
    }

    /**
     * A model of the user's loss in several linear predictors.
     *
     * @param lossText    the loss of one observation in the predictors' names, {@code y} and the parameters
     * @param parameters  named constants of the loss
     * @param response    the response column
     * @param predictors  name to right-hand side ({@code "~ x1 + x2"}, the {@code ~} optional), in order
     * @param data        the data
     * @param dropMissing drop rows incomplete in a used column instead of failing
     * @param weights     the column of prior weights, or null
     * @return the model
     * @throws BadInputException for no predictors, a predictor name that is not valid, repeated, or
     *                           absent from the loss, a right-hand side with a response or without
     *                           columns, a loss that does not parse or has unknown symbols, an unknown
     *                           response column, a response that is not finite, bad weights, or too
     *                           few observations
     */
    public static PredictorsModel custom(String lossText, Map<String, Double> parameters, String response,
                                         Map<String, String> predictors, DataSet data, boolean dropMissing,
                                         String weights) {
        if (predictors.isEmpty()) {
            throw new BadInputException(ModelMessages.NO_PREDICTORS);
        }
        List<String> names = List.copyOf(predictors.keySet());
        ExpressionLoss loss = ExpressionLoss.parse(lossText, names, parameters);
        java.util.Set<String> used = Parser.parse(lossText).symbols();
        for (String name : names) {
            if (!used.contains(name)) {
                throw new BadInputException(ModelMessages.PREDICTOR_NOT_IN_LOSS, name, lossText);
            }
        }
        if (!data.hasColumn(response)) {
            throw new BadInputException(ModelMessages.UNKNOWN_RESPONSE_COLUMN, data.source(), response,
                    data.describeColumns());
        }
        DesignMatrix responseDesign = DesignMatrix.build(Formula.parse("`" + response + "` ~ 1"), data, dropMissing,
                weights);
        List<DesignMatrix> designs = new ArrayList<>();
        List<String> rhsTexts = new ArrayList<>();
        for (Map.Entry<String, String> e : predictors.entrySet()) {
            String rhs = rightHandSide(e.getKey(), e.getValue());
            Formula f = Formula.parseRhs(rhs);
            DesignMatrix d = DesignMatrix.buildRhs(f, data, dropMissing, f.hasIntercept());
            if (d.columns() == 0) {
                throw new BadInputException(ModelMessages.PREDICTOR_WITHOUT_COLUMNS, e.getKey(), rhs);
            }
            designs.add(d);
            rhsTexts.add(rhs);
        }
        int[] kept = commonRows(responseDesign, designs);
        double[] y = select(responseDesign.response(), responseDesign.sourceRows(), kept);
        double[] w = responseDesign.weights() == null ? null
                : select(responseDesign.weights(), responseDesign.sourceRows(), kept);
        List<Predictor> described = new ArrayList<>();
        List<DesignBlock> blocks = new ArrayList<>();
        double[][] offsets = new double[designs.size()][];
        for (int k = 0; k < designs.size(); k++) {
            DesignMatrix d = designs.get(k);
            blocks.add(DesignBlock.of(names.get(k), d.columnNames(), selectRows(d, kept)));
            offsets[k] = d.offset() == null ? null : select(d.offset(), d.sourceRows(), kept);
            described.add(new Predictor(names.get(k), rhsTexts.get(k), d.columnNames(), d.offset() != null));
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new BadInputException(ModelMessages.RESPONSE_NOT_FINITE, data.location(kept[i], response),
                        ModelKind.CUSTOM.cliName(), NumberFormat.plain(y[i]));
            }
        }
        StringBuilder description = new StringBuilder(response);
        for (Predictor p : described) {
            description.append("; ").append(p.name()).append(" ~ ").append(p.rhs());
        }
        Observations obs = new Observations(w, null, offsets);
        requireEnoughObservations(data, y.length, obs, blocks);
        return new PredictorsModel(ModelKind.CUSTOM, loss, description.toString(), response, described, blocks, y, obs,
                kept, data, null);
    }

    /**
     * The negative binomial (NB2, log link) with its shape estimated: the formula's linear predictor
     * {@code eta} and {@code logk ~ 1}, the named model's loss with {@code k} written as
     * {@code exp(logk)} ({@link #negativeBinomialLoss()}). The formula's offsets and the prior weights
     * are taken as for the model with k fixed.
     *
     * @param formula     the formula, {@code count ~ terms}
     * @param data        the data
     * @param dropMissing drop incomplete rows instead of failing
     * @param weights     the column of prior weights, or null
     * @return the model, of kind {@link ModelKind#NEGATIVE_BINOMIAL}
     * @throws BadInputException for a bad formula, a {@code cbind} response, a response that is not a
     *                           count, bad weights, or too few observations
     */
    public static PredictorsModel negativeBinomial(String formula, DataSet data, boolean dropMissing, String weights) {
        DesignMatrix design = DesignMatrix.build(Formula.parse(formula), data, dropMissing, weights);
        if (design.trials() != null) {
            throw new BadInputException(ModelMessages.TRIALS_NOT_BINOMIAL, ModelKind.NEGATIVE_BINOMIAL.cliName());
        }
        double[] y = design.response();
        int[] rows = design.sourceRows();
        Family counts = Family.POISSON;
        for (int i = 0; i < y.length; i++) {
            if (counts.responseProblem(y[i]) != null) {
                throw new BadInputException(ModelMessages.RESPONSE_NOT_A_COUNT,
                        data.location(rows[i], design.responseName()), ModelKind.NEGATIVE_BINOMIAL.cliName(),
                        NumberFormat.plain(y[i]));
            }
        }
        double[] ones = new double[y.length];
        java.util.Arrays.fill(ones, 1);
        List<DesignBlock> blocks = List.of(DesignBlock.adopt(ETA, design.columnNames(), design.toRowMajor()),
                DesignBlock.of(NamedModel.LOG_K, List.of(INTERCEPT), ones));
        ExpressionLoss loss = ExpressionLoss.parse(negativeBinomialLoss(), List.of(ETA, NamedModel.LOG_K), Map.of());
        String rhs = Formula.parse(formula).rhs().text().strip();
        List<Predictor> described = List.of(new Predictor(ETA, rhs, design.columnNames(), design.offset() != null),
                new Predictor(NamedModel.LOG_K, "1", List.of(INTERCEPT), false));
        Observations obs = new Observations(design.weights(), null,
                design.offset() == null ? null : new double[][] {design.offset(), null});
        requireEnoughObservations(data, y.length, obs, blocks);
        return new PredictorsModel(ModelKind.NEGATIVE_BINOMIAL, loss, formula.strip() + "; " + NamedModel.LOG_K + " ~ 1",
                design.responseName(), described, blocks, y, obs, rows, data, design);
    }

    /** R's name of the intercept column. */
    private static final String INTERCEPT = "(Intercept)";

    /** A symbol {@code k} standing alone (not part of a longer name, not a function's name). */
    private static final Pattern K = Pattern.compile("(?<![A-Za-z0-9_.])k(?![A-Za-z0-9_.]|\\s*\\()");

    /** {@code log(k)}, which is {@code logk} itself. */
    private static final Pattern LOG_OF_K = Pattern.compile("(?<![A-Za-z0-9_.])log\\(\\s*k\\s*\\)");

    /**
     * The negative binomial's loss with \(k = e^{\mathrm{logk}}\): the named model's text with every
     * {@code log(k)} written {@code logk} and every other {@code k} {@code exp(logk)}, in {@code eta},
     * {@code logk} and {@code y}.
     */
    public static String negativeBinomialLoss() {
        String text = NamedModel.NEGATIVE_BINOMIAL.defaultLink().loss();
        text = LOG_OF_K.matcher(text).replaceAll(Matcher.quoteReplacement(NamedModel.LOG_K));
        return K.matcher(text).replaceAll(Matcher.quoteReplacement("exp(" + NamedModel.LOG_K + ")"));
    }

    /** The right-hand side of a predictor: the text after a leading {@code ~}, which is optional. */
    static String rightHandSide(String name, String text) {
        String t = text == null ? "" : text.strip();
        int tilde = t.indexOf('~');
        if (tilde > 0) {
            throw new BadInputException(ModelMessages.PREDICTOR_WITH_RESPONSE, name, t);
        }
        String rhs = tilde == 0 ? t.substring(1).strip() : t;
        if (rhs.isEmpty()) {
            throw new BadInputException(ModelMessages.PREDICTOR_WITHOUT_COLUMNS, name, t);
        }
        return rhs;
    }

    private static void requireEnoughObservations(DataSet data, int n, Observations obs, List<DesignBlock> blocks) {
        int p = blocks.stream().mapToInt(DesignBlock::columns).sum();
        if (n <= p) {
            throw new BadInputException(ModelMessages.TOO_FEW_OBSERVATIONS, data.source(), n, p);
        }
        int used = obs.used(n);
        if (used <= p) {
            throw new BadInputException(ModelMessages.TOO_FEW_WEIGHTED_OBSERVATIONS, data.source(), used, p);
        }
    }

    /** The data rows complete in the response design and every predictor's, ascending. */
    private static int[] commonRows(DesignMatrix response, List<DesignMatrix> designs) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int r : response.sourceRows()) {
            count.merge(r, 1, Integer::sum);
        }
        for (DesignMatrix d : designs) {
            for (int r : d.sourceRows()) {
                count.merge(r, 1, Integer::sum);
            }
        }
        int all = designs.size() + 1;
        return count.entrySet().stream().filter(e -> e.getValue() == all).mapToInt(Map.Entry::getKey).sorted()
                .toArray();
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

    private static double[] selectRows(DesignMatrix d, int[] kept) {
        int[] source = d.sourceRows();
        Map<Integer, Integer> at = new HashMap<>();
        for (int i = 0; i < source.length; i++) {
            at.put(source[i], i);
        }
        int p = d.columns();
        double[] x = new double[kept.length * p];
        for (int i = 0; i < kept.length; i++) {
            int row = at.get(kept[i]);
            for (int j = 0; j < p; j++) {
                x[i * p + j] = d.get(row, j);
            }
        }
        return x;
    }

    /**
     * The same model with only some columns of each predictor's design: the reduced model of designs
     * with aliased columns.
     *
     * @param keep for each predictor, the indices of its columns to keep, ascending, at least one
     * @return the reduced model
     */
    public PredictorsModel withColumns(int[][] keep) {
        if (keep.length != blocks.size()) {
            throw new IllegalArgumentException(keep.length + " column selections for " + blocks.size() + " predictors");
        }
        List<DesignBlock> reduced = new ArrayList<>();
        List<Predictor> described = new ArrayList<>();
        for (int k = 0; k < keep.length; k++) {
            DesignBlock b = blocks.get(k).select(keep[k]);
            reduced.add(b);
            Predictor p = predictors.get(k);
            described.add(new Predictor(p.name(), p.rhs(), b.columnNames(), p.offset()));
        }
        return new PredictorsModel(kind, loss, description, responseName, described, reduced, y, observations, rows,
                data, etaDesign);
    }

    @Override
    public ModelKind kind() {
        return kind;
    }

    @Override
    public String source() {
        return source;
    }

    /**
     * The response and each predictor's right-hand side, e.g. {@code y; mu ~ x1 + x2; ls ~ x1}; for the
     * negative binomial with k estimated the formula and {@code logk ~ 1}.
     */
    @Override
    public String description() {
        return description;
    }

    /** E.g. {@code custom y; mu ~ x1; ls ~ 1 on data.csv (200 observations, 3 parameters)}. */
    @Override
    public String toString() {
        return kind + " " + description + " on " + source + " (" + n() + " observations, " + p() + " parameters)";
    }

    /** The loss of one observation. */
    public ExpressionLoss loss() {
        return loss;
    }

    /** The linear predictors, in order. */
    public List<Predictor> predictors() {
        return predictors;
    }

    /** The design blocks, one per predictor, in order. */
    public List<DesignBlock> blocks() {
        return blocks;
    }

    /** The response column. */
    public String responseName() {
        return responseName;
    }

    /** The prior weights and offsets ({@link Observations#NONE} when there are none). */
    public Observations observations() {
        return observations;
    }

    @Override
    public LinearPredictorObjective objective() {
        return objective;
    }

    @Override
    public int n() {
        return y.length;
    }

    @Override
    public int p() {
        return objective.dimension();
    }

    /** Observations of nonzero weight: {@link #n()} without weights. */
    public int observationsUsed() {
        return observations.used(n());
    }

    /** Data rows dropped for missing values. */
    public int droppedRows() {
        return droppedRows;
    }

    /** The data rows used (0-based rows of the data set), one per observation. */
    public int[] sourceRows() {
        return rows.clone();
    }

    /** The response (a copy). */
    public double[] response() {
        return y.clone();
    }

    /** Zeros. */
    @Override
    public double[] defaultStart() {
        return new double[p()];
    }

    /** Whether the loss is a negative log-likelihood (the negative binomial), so that AIC is defined. */
    public boolean isLikelihood() {
        return kind == ModelKind.NEGATIVE_BINOMIAL;
    }

    /**
     * The design of predictor {@code k} as the least-squares rank sees it: the rows of nonzero weight,
     * each times \(\sqrt{w_i}\) (the block itself without weights). Its rank decides the aliased columns.
     */
    public DesignBlock weightedBlock(int k) {
        DesignBlock block = blocks.get(k);
        if (!observations.hasWeights()) {
            return block;
        }
        int p = block.columns();
        double[] x = new double[observationsUsed() * p];
        int r = 0;
        for (int i = 0; i < n(); i++) {
            double w = observations.weight(i);
            if (w == 0) {
                continue;
            }
            double s = Math.sqrt(w);
            for (int j = 0; j < p; j++) {
                x[r * p + j] = s * block.get(i, j);
            }
            r++;
        }
        return DesignBlock.adopt(block.name(), block.columnNames(), x);
    }

    /**
     * The negative binomial with \(k\) held at a value on the same data and columns of {@code eta}:
     * R's {@code glm} with {@code MASS::negative.binomial(k)}, whose deviance and null deviance
     * {@code glm.nb} reports at its estimate of k.
     *
     * @throws IllegalStateException for a model other than the negative binomial with k estimated
     */
    public RegressionModel withShape(double k) {
        if (etaDesign == null) {
            throw new IllegalStateException(this + " is not the negative binomial with k estimated");
        }
        double[] offset = etaDesign.offset();
        RegressionModel full = RegressionModel.of(Family.named(NamedModel.NEGATIVE_BINOMIAL, null, Map.of("k", k)),
                etaDesign, data, new Observations(etaDesign.weights(), null, offset == null ? null : new double[][] {offset}));
        if (blocks.get(0).columns() == etaDesign.columns()) {
            return full;
        }
        List<String> all = etaDesign.columnNames();
        int[] keep = blocks.get(0).columnNames().stream().mapToInt(all::indexOf).toArray();
        return full.withColumns(keep);
    }

    /**
     * Checks that the loss and its first and second derivatives are finite at every observation at
     * {@code beta} (the start of a fit, the point of a check).
     *
     * @throws BadInputException naming the loss, the first row where it is not, its response and
     *                           linear predictors, and what is not finite
     */
    public void requireFiniteLoss(double[] beta) {
        double[][] eta = objective.linearPredictors(beta);
        int k = eta.length;
        double[] e = new double[k];
        double[] d1 = new double[k];
        double[] d2 = new double[k * k];
        for (int i = 0; i < n(); i++) {
            if (observations.weight(i) == 0) {
                continue;
            }
            for (int j = 0; j < k; j++) {
                e[j] = eta[j][i];
            }
            double v = loss.derivatives(e, y[i], 1, d1, d2);
            String what = !Double.isFinite(v) ? "value" : !allFinite(d1) ? "first derivative"
                    : !allFinite(d2) ? "second derivative" : null;
            if (what != null) {
                List<String> at = new ArrayList<>();
                for (int j = 0; j < k; j++) {
                    at.add(predictors.get(j).name() + " = " + NumberFormat.plain(e[j]));
                }
                throw new BadInputException(ExpressionMessages.LOSS_NOT_FINITE, loss.text(),
                        data.location(rows[i], responseName), NumberFormat.plain(y[i]), String.join(", ", at), what);
            }
        }
    }

    private static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    /** The predictors' names to right-hand sides, in order (a copy). */
    public LinkedHashMap<String, String> rightHandSides() {
        LinkedHashMap<String, String> m = new LinkedHashMap<>();
        for (Predictor p : predictors) {
            m.put(p.name(), p.rhs());
        }
        return m;
    }
}
