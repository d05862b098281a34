package org.hessianworkbench.fitting;

import org.hessianworkbench.derivatives.error.Message;

/**
 * The messages of the fitting module: which model on which data, the start point, the optimiser.
 * They speak of the formula, the response column, the feature groups and the start point; the
 * command line names its options instead.
 */
public enum FittingMessages implements Message {

    /** A start point of the wrong length: its values, the model's parameters, their names. */
    START_POINT_LENGTH("the start point has %d values, the model has %d parameters (%s)"),
    /** A start point's value that is not a number: the value's position (1-based), the value. */
    START_POINT_NOT_A_NUMBER("the start point's value %d '%s' is not a number (expected zeros, ones or b1,b2,...)"),
    /** A start point's value that is not finite: the value's position (1-based). */
    START_POINT_NOT_FINITE("the start point's value %d must be finite"),
    /** Least squares asked for a model other than linear. */
    QR_NOT_LINEAR("optimizer 'qr' (least squares) applies to the linear model only"),
    /** A loss, parameter or weights given to a product model: the model. */
    LOSS_OR_WEIGHTS_FOR_PRODUCT_MODEL("the %s model takes neither a loss, link, parameters nor prior weights"),
    /** Firth's penalised likelihood asked for a model other than logistic: the model. */
    FIRTH_NOT_LOGISTIC("Firth's penalised likelihood applies to the logistic model only, not '%s'"),
    /** An optimiser name that is not one, for a regression model: the name given, the known names. */
    UNKNOWN_OPTIMIZER_OR_QR("unknown optimizer '%s' (known: %s), or qr for the linear model"),
    /** A dispersion method that is not one: the name given, the known names. */
    UNKNOWN_DISPERSION("unknown dispersion '%s' (known: %s)"),
    /** The Pearson dispersion asked for a model other than Poisson (or grouped binomial): the model. */
    DISPERSION_NOT_POISSON("the Pearson dispersion (quasi-likelihood) applies to the poisson and negative-binomial"
            + " models and to grouped binomial data (cbind), not to '%s'"),
    /** Huber's scale asked for a model other than Huber's: the model. */
    DISPERSION_HUBER_ONLY("Huber's scale applies to the huber model only, not to '%s'"),
    /** A term to test that the formula does not have: the name given, the formula's terms. */
    UNKNOWN_TERM("unknown term '%s' to test (the formula's terms: %s)"),
    /** A regression model without a formula: the model. */
    FORMULA_MISSING("model '%s' needs a formula \"response ~ terms\""),
    /** A regression model given a response column or feature groups: the product models, the model. */
    PRODUCT_INPUTS_FOR_FORMULA_MODEL("a response column and feature groups are for the product models (%s);"
            + " model '%s' takes a formula"),
    /** A product model given a formula: the model. */
    FORMULA_FOR_PRODUCT_MODEL("model '%s' takes a response column and feature groups, not a formula"),
    /** A product model without its response column or feature groups: the model. */
    PRODUCT_INPUTS_MISSING("model '%s' needs a response column and at least one feature group (a name and a"
            + " right-hand side such as ramp(x1, 1, 2, 3))"),
    /** Several linear predictors given with a formula. */
    PREDICTORS_WITH_FORMULA("several linear predictors take the response column and a right-hand side for each"
            + " predictor, not a formula"),
    /** Several linear predictors given to a model other than custom: the model. */
    PREDICTORS_NOT_CUSTOM("several linear predictors are for the custom model (a loss written in their names), not"
            + " '%s'"),
    /** Several linear predictors without the response column. */
    PREDICTORS_WITHOUT_RESPONSE("a model of several linear predictors needs its response column"),
    /** Several linear predictors with feature groups. */
    PREDICTORS_WITH_GROUPS("feature groups are for the product models, not for a model of several linear predictors"),
    /** A mean given to a model of several linear predictors. */
    MEAN_FOR_PREDICTORS("a mean as a function of eta is for a model of one linear predictor; a model of several has"
            + " none"),
    /** A predictor every column of which is aliased: the predictor. */
    PREDICTOR_ALL_ALIASED("linear predictor '%s': every column of its design is zero on the observations used, so"
            + " none of its coefficients can be estimated"),
    /** An interval kind that is not one: the name given, the known names. */
    UNKNOWN_INTERVALS("unknown intervals '%s' (known: %s)"),
    /** Profile-likelihood intervals asked for a loss that is not a likelihood: the model. */
    PROFILE_NEEDS_LIKELIHOOD("profile-likelihood intervals need a likelihood; the loss of model '%s' is not one"),
    UNKNOWN_STANDARD_ERRORS("unknown standard errors '%s' (known: %s)"),
    SANDWICH_NOT_SUPPORTED("sandwich standard errors are for the linear model and the models of one linear predictor"
            + " fitted by maximum likelihood, not for %s"),
    /** An unknown kind of information: the name given, the known ones. */
    UNKNOWN_INFORMATION("unknown information '%s' (known: %s)"),
    /** The expected information asked of a model without one: the model, why. */
    EXPECTED_INFORMATION_NOT_AVAILABLE("the expected (Fisher) information needs a family with a mean and a variance"
            + " function; %s has none (%s): use the observed information");

    private final String format;

    FittingMessages(String format) {
        this.format = format;
    }

    @Override
    public String format() {
        return format;
    }
}
