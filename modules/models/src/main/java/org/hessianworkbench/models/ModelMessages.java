package org.hessianworkbench.models;

import org.hessianworkbench.derivatives.error.Message;

/**
 * The messages of the models module: model names, responses, product models and their
 * normalisation, model files. A "location" value is {@code <file>: line <L>, column '<c>'}.
 */
public enum ModelMessages implements Message {

    // ------------------------------------------------------------------ models

    /** A model name that is not one: the name given, the known names. */
    UNKNOWN_MODEL("unknown model '%s' (known: %s)"),
    /** A logistic response other than 0 and 1: the location, the model, the value. */
    RESPONSE_NOT_BINARY("%s: the %s model needs a 0/1 response, got %s"),
    /** A Poisson response that is not a count: the location, the model, the value. */
    RESPONSE_NOT_A_COUNT("%s: the %s model needs a non-negative integer response, got %s"),
    /** A linear response that is not finite: the location, the model, the value. */
    RESPONSE_NOT_FINITE("%s: the %s model needs a finite response, got %s"),
    /** A gamma response that is not positive: the location, the model, the value. */
    RESPONSE_NOT_POSITIVE("%s: the %s model needs a positive response, got %s"),
    /** A loss, link, parameter or mean given to a built-in model: the model. */
    LOSS_FOR_BUILT_IN("the %s model's loss is built in: a loss, link, parameter or mean is for the named expression"
            + " models and custom"),
    /** A custom model without its loss. */
    CUSTOM_WITHOUT_LOSS("the custom model needs its loss: the loss of one observation in eta and y"),
    /** A link given to a custom model. */
    LINK_FOR_CUSTOM("a custom model has no named links: write the mean as a function of eta instead"),
    /** A loss or mean given to a named model: the model. */
    LOSS_FOR_NAMED("the %s model's loss and mean are its own: write them for the custom model instead"),
    /** Predictions asked of a model without a mean: the model. */
    /** Standard errors of predictions from a model file without a covariance: the file, why. */
    PREDICT_WITHOUT_COVARIANCE("%s: the model file holds no covariance of the coefficients (%s), so its predictions"
            + " have no standard errors"),
    /** A model file's covariance of the wrong size: the file, its rows, the coefficients. */
    MODEL_FILE_COVARIANCE_SIZE("%s: the covariance has %d rows for %d coefficients"),
    PREDICT_WITHOUT_MEAN("the %s model has no mean to predict with (a custom loss needs its mean given when it is fitted)"),
    /** A parameter the model does not have: the name, the model, its parameters. */
    UNKNOWN_PARAMETER("parameter '%s': the %s model has no such parameter (its parameters: %s)"),
    /** A parameter the model needs and was not given: the model, the parameter, what it is. */
    PARAMETER_REQUIRED("the %s model needs the parameter %s (%s)"),
    /** No more observations than parameters: the source, the observations, the parameters. */
    TOO_FEW_OBSERVATIONS("%s: %d observations for %d parameters: the model needs more observations than parameters"),
    /**
     * No more observations of nonzero weight than parameters: the source, the observations of nonzero
     * weight, the parameters.
     */
    TOO_FEW_WEIGHTED_OBSERVATIONS("%s: %d observations of nonzero weight for %d parameters: the model needs more"
            + " observations than parameters"),
    /** Numbers of trials for a model other than logistic: the model. */
    TRIALS_NOT_BINOMIAL("numbers of trials (a cbind(successes, failures) response) are for a binomial model (logistic,"
            + " probit, cloglog or a custom loss in m), not '%s'"),
    /**
     * Successes outside [0, trials]: the location, the model, the trials, the successes.
     */
    RESPONSE_NOT_SUCCESSES("%s: the %s model with trials needs successes between 0 and the number of trials %s, got %s"),

    // ------------------------------------------------------------------ several linear predictors

    /** A model of several linear predictors without any. */
    NO_PREDICTORS("a model of several linear predictors needs at least one: a name and a right-hand side such as"
            + " '~ x1 + x2'"),
    /** A linear predictor the loss does not use: the predictor, the loss. */
    PREDICTOR_NOT_IN_LOSS("linear predictor '%s' does not appear in the loss '%s': write the loss in every predictor's"
            + " name, or leave the predictor out"),
    /** A predictor whose right-hand side has no columns: the predictor, the right-hand side. */
    PREDICTOR_WITHOUT_COLUMNS("linear predictor '%s': the right-hand side '%s' gives no columns (no terms and no"
            + " intercept); write it as '~ x1 + x2', or '~ 1' for an intercept alone"),
    /** A predictor's right-hand side with a response: the predictor, the text. */
    PREDICTOR_WITH_RESPONSE("linear predictor '%s': '%s' has a left-hand side; a predictor is a right-hand side alone,"
            + " such as '~ x1 + x2' (the response is given once, for the model)"),

    // ------------------------------------------------------------------ product models

    /** A product model without feature groups. */
    NO_GROUPS("a product model needs at least one feature group"),
    /** A response column the data lacks: the source, the column, the data's columns. */
    UNKNOWN_RESPONSE_COLUMN("%s: unknown response column '%s' (columns: %s)"),
    /** A cross-entropy response other than 0 and 1: the location, the value. */
    CROSS_ENTROPY_RESPONSE("%s: the cross-entropy product model needs a 0/1 response, got %s"),
    /** A clip outside (0, 0.5): the clip. */
    CLIP_OUT_OF_RANGE("clip eps must be in (0, 0.5), not %s"),
    /** A group name that is not one: the name, the groups. */
    UNKNOWN_GROUP("unknown group '%s' (groups: %s)"),
    /** A normalisation name that is not one: the name, the known names. */
    UNKNOWN_NORMALIZATION("unknown normalization '%s' (known: %s)"),
    /** Bias-one normalisation of a group without a constant column: the group. */
    NO_BIAS_COLUMN("group '%s' has no bias (constant 1) column: use the mean-one normalisation"),
    /** Mean-one normalisation of a group whose mean prediction is 0: the group, the normalisation, the mean. */
    MEAN_PREDICTION_ZERO("cannot normalise group '%s' with %s: its mean prediction is %s"),
    /** Bias-one normalisation of a group whose bias is 0: the group, the normalisation, the bias. */
    BIAS_ZERO("cannot normalise group '%s' with %s: its bias is %s"),

    // ------------------------------------------------------------------ model files

    /** No model file: the file. */
    MODEL_FILE_NOT_FOUND("%s: model file not found"),
    /** A model file that is not JSON: the file, the parser's first line. */
    MODEL_FILE_NOT_JSON("%s: not a readable JSON model file (%s)"),
    /** Another format: the file, the format expected. */
    MODEL_FILE_WRONG_FORMAT("%s: not a %s file (missing or wrong \"format\")"),
    /** Another version: the file, the version found (JSON), the version expected. */
    MODEL_FILE_WRONG_VERSION("%s: model file version %s, expected %d"),
    /** A field missing or not text: the file, the field. */
    MODEL_FILE_FIELD_MISSING("%s: missing \"%s\" in the model file"),
    /** A coefficient that is not a number: the file, the coefficient (1-based), the part. */
    MODEL_FILE_COEFFICIENT_NOT_A_NUMBER("%s: coefficient %d of part '%s' is not a number"),
    /** Coefficients and columns that do not match: the file, the part, the coefficients, the columns. */
    MODEL_FILE_COEFFICIENT_COUNT("%s: part '%s' has %d coefficients for %d columns"),
    /** A model file without parts: the file. */
    MODEL_FILE_WITHOUT_PARTS("%s: the model file has no parts"),
    /** A model file of an unknown model: the file, the model's name, the known names. */
    MODEL_FILE_UNKNOWN_MODEL("%s: unknown model '%s' (known: %s)"),
    /** A model that cannot be turned into JSON (a bug): the serialiser's message. */
    MODEL_NOT_WRITTEN("the model cannot be written as JSON (%s)"),

    // ------------------------------------------------------------------ predictions

    /**
     * New data whose design differs from the saved one: the model file, the part's formula, the data
     * file, the columns built, the model's columns.
     */
    SAVED_DESIGN_DIFFERS("%s: the design of '%s' on %s gives columns %s, the model has %s"),
    /** Groups that drop different incomplete rows: the data file. */
    GROUPS_DROP_DIFFERENT_ROWS("%s: the feature groups drop different incomplete rows; give complete data or drop"
            + " incomplete rows only in columns every group uses");

    private final String format;

    ModelMessages(String format) {
        this.format = format;
    }

    @Override
    public String format() {
        return format;
    }
}
