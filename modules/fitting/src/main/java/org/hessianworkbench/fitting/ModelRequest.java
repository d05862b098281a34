package org.hessianworkbench.fitting;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.design.DesignMatrix;
import org.hessianworkbench.design.Formula;
import org.hessianworkbench.derivatives.Observations;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.expression.LossSpec;
import org.hessianworkbench.models.Model;
import org.hessianworkbench.models.ModelKind;
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
 */
public record ModelRequest(Path data, ModelKind kind, String formula, String response,
                           LinkedHashMap<String, String> groups, double clip, boolean dropMissing, LossSpec loss,
                           String weights) {

    /** Defensive copy in. */
    public ModelRequest {
        groups = groups == null ? new LinkedHashMap<>() : new LinkedHashMap<>(groups);
        loss = loss == null ? LossSpec.NONE : loss;
    }

    /** A request without an expression loss or weights. */
    public ModelRequest(Path data, ModelKind kind, String formula, String response, LinkedHashMap<String, String> groups,
                        double clip, boolean dropMissing) {
        this(data, kind, formula, response, groups, clip, dropMissing, LossSpec.NONE, null);
    }

    /** The same request with an expression model's loss. */
    public ModelRequest withLoss(LossSpec spec) {
        return new ModelRequest(data, kind, formula, response, groups, clip, dropMissing, spec, weights);
    }

    /** The same request with prior weights from a column (null for none). */
    public ModelRequest withWeights(String column) {
        return new ModelRequest(data, kind, formula, response, groups, clip, dropMissing, loss, column);
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

    /** Whether this is a product model. */
    public boolean isProduct() {
        return kind.isProduct();
    }

    /** The model, read and built; bad input throws a one-line {@code BadInputException}. */
    public Model load() {
        return load(DataSet.read(data));
    }

    /** The model on data already read from {@link #data()}. */
    public Model load(DataSet ds) {
        return isProduct() ? loadProduct(ds) : loadRegression(ds);
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
