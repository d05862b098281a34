package org.hessianworkbench.models;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.models.expression.NamedModel;
import org.hessianworkbench.models.product.CrossEntropyProductLoss;
import org.hessianworkbench.models.product.ProductLoss;
import org.hessianworkbench.models.product.SquaredErrorProductLoss;

/**
 * The kinds of model the workbench fits, each with its name (as on the command line, in JSON and in
 * model files), its structure and what it can do. The one place a model's name is spelled.
 */
public enum ModelKind {

    /** Binary response, logit link, one linear predictor from an R formula. */
    LOGISTIC("logistic", Structure.BUILT_IN),
    /** Count response, log link, one linear predictor from an R formula. */
    POISSON("poisson", Structure.BUILT_IN),
    /** Gaussian response, identity link, least squares; one linear predictor from an R formula. */
    LINEAR("linear", Structure.BUILT_IN),
    /** Binary or binomial response, probit link: a line of expression text ({@link NamedModel#PROBIT}). */
    PROBIT("probit", Structure.EXPRESSION),
    /** Binary or binomial response, complementary log-log link ({@link NamedModel#CLOGLOG}). */
    CLOGLOG("cloglog", Structure.EXPRESSION),
    /** Counts, log link, NB2 variance with a fixed shape k ({@link NamedModel#NEGATIVE_BINOMIAL}). */
    NEGATIVE_BINOMIAL("negative-binomial", Structure.EXPRESSION),
    /** Positive response, log or inverse link, Pearson dispersion ({@link NamedModel#GAMMA}). */
    GAMMA("gamma", Structure.EXPRESSION),
    /** Huber's loss of the residual, threshold delta ({@link NamedModel#HUBER}). */
    HUBER("huber", Structure.EXPRESSION),
    /** The user's loss, written as an expression in eta, y, m and named parameters. */
    CUSTOM("custom", Structure.EXPRESSION),
    /** quantbullet's linear product model with squared error: the product of feature groups. */
    LINEAR_PRODUCT("linear-product", Structure.PRODUCT),
    /** The linear product model with the cross-entropy of the clipped product (binary response). */
    LINEAR_PRODUCT_CE("linear-product-ce", Structure.PRODUCT);

    /** How a kind of model is made. */
    public enum Structure {
        /** A family written in Java, one linear predictor from an R formula. */
        BUILT_IN,
        /** A loss written as expression text, one linear predictor from an R formula. */
        EXPRESSION,
        /** A product of feature groups (a response and groups instead of a formula). */
        PRODUCT
    }

    private final String cliName;
    private final Structure structure;

    ModelKind(String cliName, Structure structure) {
        this.cliName = cliName;
        this.structure = structure;
    }

    /** The name, e.g. {@code linear-product}. */
    public String cliName() {
        return cliName;
    }

    /** How the model is made. */
    public Structure structure() {
        return structure;
    }

    /**
     * The regression family of a built-in formula model.
     *
     * @throws IllegalStateException for an expression or product model (their families take text and
     *                               parameters: {@link Family#named}, {@link Family#custom})
     */
    public Family family() {
        return switch (this) {
            case LOGISTIC -> Family.LOGISTIC;
            case POISSON -> Family.POISSON;
            case LINEAR -> Family.LINEAR;
            default -> throw new IllegalStateException(cliName + " has no built-in family");
        };
    }

    /** The named model of an expression kind other than custom, if this is one. */
    public Optional<NamedModel> namedModel() {
        return structure == Structure.EXPRESSION ? NamedModel.find(cliName) : Optional.empty();
    }

    /** Whether the model is a product of feature groups (a response and groups instead of a formula). */
    public boolean isProduct() {
        return structure == Structure.PRODUCT;
    }

    /** Whether the model's loss is expression text (a named model or a custom loss). */
    public boolean isExpression() {
        return structure == Structure.EXPRESSION;
    }

    /** Whether the loss is convex in the coefficients (the regression families; not the products). */
    public boolean convex() {
        return !isProduct() && this != CUSTOM;
    }

    /**
     * Whether the model estimates a dispersion \(\sigma^2\) from the residuals (squared error), so
     * that its tests are t tests with the residual degrees of freedom.
     */
    public boolean estimatesDispersion() {
        return this == LINEAR || this == LINEAR_PRODUCT;
    }

    /** Whether the estimate has a closed form by least squares (QR of the design). */
    public boolean leastSquares() {
        return this == LINEAR;
    }

    /** Whether the loss is only piecewise smooth (the clipped cross-entropy has kinks). */
    public boolean hasKinks() {
        return this == LINEAR_PRODUCT_CE || this == HUBER;
    }

    /** Whether the response must be 0 or 1. */
    public boolean binaryResponse() {
        return this == LOGISTIC || this == LINEAR_PRODUCT_CE;
    }

    /**
     * The loss of a product model over {@code groups} feature groups.
     *
     * @param groups the number of groups
     * @param clip   the cross-entropy's clip eps (ignored for squared error)
     * @throws IllegalStateException for a formula model
     */
    public ProductLoss productLoss(int groups, double clip) {
        return switch (this) {
            case LINEAR_PRODUCT -> new SquaredErrorProductLoss(groups);
            case LINEAR_PRODUCT_CE -> new CrossEntropyProductLoss(groups, clip);
            default -> throw new IllegalStateException(cliName + " is not a product model");
        };
    }

    /** The formula models, in order. */
    public static List<ModelKind> formulaModels() {
        return Arrays.stream(values()).filter(k -> !k.isProduct()).toList();
    }

    /** The product models, in order. */
    public static List<ModelKind> productModels() {
        return Arrays.stream(values()).filter(ModelKind::isProduct).toList();
    }

    /** The names of {@code kinds}, comma-separated. */
    public static String names(List<ModelKind> kinds) {
        return kinds.stream().map(ModelKind::cliName).collect(Collectors.joining(", "));
    }

    /**
     * The kind with this name (case and surrounding blanks ignored).
     *
     * @throws BadInputException naming the known models when there is none
     */
    public static ModelKind fromCliName(String name) {
        return find(name).orElseThrow(() -> new BadInputException(ModelMessages.UNKNOWN_MODEL, name, names()));
    }

    /** The kind with this name (case and surrounding blanks ignored), if there is one. */
    public static Optional<ModelKind> find(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.cliName.equals(n)).findFirst();
    }

    /** The names of all the models, comma-separated. */
    public static String names() {
        return names(List.of(values()));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
