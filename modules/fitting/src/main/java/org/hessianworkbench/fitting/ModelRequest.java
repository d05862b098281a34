package org.hessianworkbench.fitting;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.design.DesignMatrix;
import org.hessianworkbench.design.Formula;
import org.hessianworkbench.derivatives.Observations;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.expression.LossSpec;
import org.hessianworkbench.models.Model;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.ModelMessages;
import org.hessianworkbench.models.expression.NamedModel;
import org.hessianworkbench.models.expression.PredictorsModel;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.models.product.CrossEntropyProductLoss;
import org.hessianworkbench.models.product.ProductLoss;
import org.hessianworkbench.models.product.ProductModel;

/**
 * Which model on which data: a CSV file, a model name, and either an R formula (logistic, poisson,
 * linear) or a response with feature groups (linear-product, linear-product-ce).
 *
 * @param data        the CSV file
 * @param kind        the model
 * @param formula     the formula text (regression models), or null
 * @param response    the response column (product models), or null
 * @param groups      group name to right-hand side, in order (product models), or empty
 * @param clip        the cross-entropy clip eps (linear-product-ce)
 * @param dropMissing drop incomplete rows instead of refusing them
 * @param loss        the loss, link, parameters and mean of an expression model ({@link LossSpec#NONE}
 *                    for the others)
 * @param weights     the column of prior weights (R's {@code weights=}), or null
 * @param predictors  linear predictor name to right-hand side ({@code "~ x1 + x2"}), in order, for a
 *                    custom loss of several linear predictors; else empty
 */
public record ModelRequest(Path data, ModelKind kind, String formula, String response,
                           LinkedHashMap<String, String> groups, double clip, boolean dropMissing, LossSpec loss,
                           String weights, LinkedHashMap<String, String> predictors) {

    /** Defensive copies in. */
    public ModelRequest {
        groups = groups == null ? new LinkedHashMap<>() : new LinkedHashMap<>(groups);
        loss = loss == null ? LossSpec.NONE : loss;
        predictors = predictors == null ? new LinkedHashMap<>() : new LinkedHashMap<>(predictors);
    }

    /** A request of one linear predictor (or a product model). */
    public ModelRequest(Path data, ModelKind kind, String formula, String response, LinkedHashMap<String, String> groups,
                        double clip, boolean dropMissing, LossSpec loss, String weights) {
        this(data, kind, formula, response, groups, clip, dropMissing, loss, weights, null);
    }

    /** A request without an expression loss or weights. */
    public ModelRequest(Path data, ModelKind kind, String formula, String response, LinkedHashMap<String, String> groups,
                        double clip, boolean dropMissing) {
        this(data, kind, formula, response, groups, clip, dropMissing, LossSpec.NONE, null);
    }

    /** The same request with an expression model's loss. */
    public ModelRequest withLoss(LossSpec spec) {
        return new ModelRequest(data, kind, formula, response, groups, clip, dropMissing, spec, weights, predictors);
    }

    /** The same request with prior weights from a column (null for none). */
    public ModelRequest withWeights(String column) {
        return new ModelRequest(data, kind, formula, response, groups, clip, dropMissing, loss, column, predictors);
    }

    /** The same request with several linear predictors (name to right-hand side, in order). */
    public ModelRequest withPredictors(Map<String, String> named) {
        return new ModelRequest(data, kind, formula, response, groups, clip, dropMissing, loss, weights,
                named == null ? null : new LinkedHashMap<>(named));
    }

    /**
     * A custom loss of several linear predictors.
     *
     * @param data       the CSV file
     * @param loss       the loss of one observation in the predictors' names, {@code y} and the parameters
     * @param parameters named constants of the loss
     * @param response   the response column
     * @param predictors name to right-hand side, in order, e.g. {@code mu -> "~ x1 + x2"}
     * @return the request
     */
    public static ModelRequest predictors(Path data, String loss, Map<String, Double> parameters, String response,
                                          Map<String, String> predictors) {
        return new ModelRequest(data, ModelKind.CUSTOM, null, response, null, CrossEntropyProductLoss.DEFAULT_EPS,
                false, new LossSpec(loss, null, parameters, null), null, new LinkedHashMap<>(predictors));
    }

    /** A regression model request. */
    public static ModelRequest regression(Path data, Family family, String formula, boolean dropMissing) {
        return new ModelRequest(data, family.kind(), formula, null, null, CrossEntropyProductLoss.DEFAULT_EPS,
                dropMissing);
    }

    /** A product model request. */
    public static ModelRequest product(Path data, ModelKind model, String response, LinkedHashMap<String, String> groups,
                                       double clip, boolean dropMissing) {
        return new ModelRequest(data, model, null, response, groups, clip, dropMissing);
    }

    /** The groups (a copy). */
    @Override
    public LinkedHashMap<String, String> groups() {
        return new LinkedHashMap<>(groups);
    }

    /** The linear predictors (a copy). */
    @Override
    public LinkedHashMap<String, String> predictors() {
        return new LinkedHashMap<>(predictors);
    }

    /**
     * Whether the request is for a model of several linear predictors: linear predictors are given, or
     * the negative binomial is asked for without its shape k (then log k is estimated as a second
     * predictor).
     */
    public boolean isPredictors() {
        return !predictors.isEmpty() || estimatesShape();
    }

    /** The negative binomial without k (and without predictors): k is estimated. */
    private boolean estimatesShape() {
        return predictors.isEmpty() && kind.namedModel().map(NamedModel::estimatesParameterWhenMissing).orElse(false)
                && !loss.parameters().containsKey(NEGATIVE_BINOMIAL_SHAPE);
    }

    /** The negative binomial's shape parameter. */
    private static final String NEGATIVE_BINOMIAL_SHAPE = "k";

    /** Whether this is a product model. */
    public boolean isProduct() {
        return kind.isProduct();
    }

    /** The model, read and built; bad input throws a one-line {@code BadInputException}. */
    public Model load() {
        return load(DataSet.read(data));
    }

    /**
     * The model on data already read from {@link #data()}: a product model, a model of several linear
     * predictors ({@link #isPredictors()}), or a regression model.
     */
    public Model load(DataSet ds) {
        return isProduct() ? loadProduct(ds) : isPredictors() ? loadPredictors(ds) : loadRegression(ds);
    }

    /** A model of several linear predictors. */
    public PredictorsModel loadPredictors() {
        return loadPredictors(DataSet.read(data));
    }

    /**
     * A model of several linear predictors on data already read: the custom loss in the predictors
     * given, or the negative binomial with k estimated from the formula.
     *
     * @throws BadInputException for predictors with a formula, with feature groups, without the response
     *                           column, or for a model other than custom; a custom model without its
     *                           loss or with a link or mean; or what {@link PredictorsModel} refuses
     */
    public PredictorsModel loadPredictors(DataSet ds) {
        if (kind.isProduct()) {
            throw new IllegalStateException(kind + " is a product model");
        }
        if (estimatesShape()) {
            if (formula == null) {
                throw new BadInputException(FittingMessages.FORMULA_MISSING, kind.toString());
            }
            if (response != null || !groups.isEmpty()) {
                throw new BadInputException(FittingMessages.PRODUCT_INPUTS_FOR_FORMULA_MODEL,
                        ModelKind.names(ModelKind.productModels()), kind.toString());
            }
            loss.requireShapeEstimable(kind);
            return PredictorsModel.negativeBinomial(formula, ds, dropMissing, weights);
        }
        if (predictors.isEmpty()) {
            throw new IllegalStateException("no linear predictors asked for");
        }
        if (kind != ModelKind.CUSTOM) {
            throw new BadInputException(FittingMessages.PREDICTORS_NOT_CUSTOM, kind.toString());
        }
        if (formula != null) {
            throw new BadInputException(FittingMessages.PREDICTORS_WITH_FORMULA);
        }
        if (!groups.isEmpty()) {
            throw new BadInputException(FittingMessages.PREDICTORS_WITH_GROUPS);
        }
        if (response == null) {
            throw new BadInputException(FittingMessages.PREDICTORS_WITHOUT_RESPONSE);
        }
        if (loss.loss() == null) {
            throw new BadInputException(ModelMessages.CUSTOM_WITHOUT_LOSS);
        }
        if (loss.link() != null) {
            throw new BadInputException(ModelMessages.LINK_FOR_CUSTOM);
        }
        if (loss.mean() != null) {
            throw new BadInputException(FittingMessages.MEAN_FOR_PREDICTORS);
        }
        return PredictorsModel.custom(loss.loss(), loss.parameters(), response, predictors, ds, dropMissing, weights);
    }

    /** A regression model. */
    public RegressionModel loadRegression() {
        return loadRegression(DataSet.read(data));
    }

    /** A regression model on data already read. */
    public RegressionModel loadRegression(DataSet ds) {
        if (kind.isProduct()) {
            throw new IllegalStateException(kind + " is a product model");
        }
        if (!predictors.isEmpty()) {
            throw new IllegalStateException("several linear predictors asked for: use loadPredictors");
        }
        if (formula == null) {
            throw new BadInputException(FittingMessages.FORMULA_MISSING, kind.toString());
        }
        if (response != null || !groups.isEmpty()) {
            throw new BadInputException(FittingMessages.PRODUCT_INPUTS_FOR_FORMULA_MODEL,
                    ModelKind.names(ModelKind.productModels()), kind.toString());
        }
        Family family = loss.family(kind);
        DesignMatrix design = DesignMatrix.build(Formula.parse(formula), ds, dropMissing, weights);
        return RegressionModel.of(family, design, ds, observations(design));
    }

    /** The prior weights, trials ({@code cbind}) and offset of a design, as the model takes them. */
    static Observations observations(DesignMatrix design) {
        double[] offset = design.offset();
        return new Observations(design.weights(), design.trials(), offset == null ? null : new double[][] {offset});
    }

    /** A product model. */
    public ProductModel loadProduct() {
        return loadProduct(DataSet.read(data));
    }

    /** A product model on data already read. */
    public ProductModel loadProduct(DataSet ds) {
        if (formula != null) {
            throw new BadInputException(FittingMessages.FORMULA_FOR_PRODUCT_MODEL, kind.toString());
        }
        if (!predictors.isEmpty()) {
            throw new BadInputException(FittingMessages.PREDICTORS_NOT_CUSTOM, kind.toString());
        }
        if (!loss.isNone() || weights != null) {
            throw new BadInputException(FittingMessages.LOSS_OR_WEIGHTS_FOR_PRODUCT_MODEL, kind.toString());
        }
        if (response == null || groups.isEmpty()) {
            throw new BadInputException(FittingMessages.PRODUCT_INPUTS_MISSING, kind.toString());
        }
        ProductLoss loss = kind.productLoss(groups.size(), clip);
        return ProductModel.of(loss, response, groups, ds, dropMissing);
    }
}
