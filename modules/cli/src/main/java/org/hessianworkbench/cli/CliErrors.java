package org.hessianworkbench.cli;

import org.hessianworkbench.derivatives.error.Message;

/**
 * The command line's own errors: option values it checks itself and options that do not go
 * together. Unlike the libraries' messages these name the flags; the libraries' messages that are
 * about a flag's value are translated by {@link CliMessages}.
 */
enum CliErrors implements Message {

    /** {@code fit --test} for a product model or one of several linear predictors: the model. */
    TEST_FOR_ONE_PREDICTOR("--test is for models of one linear predictor given by a formula, not %s"),
    /** {@code fit --ci profile|both} or {@code --plot-profile} for a model that is not a formula model: the model. */
    PROFILE_FOR_ONE_PREDICTOR("--ci profile, --ci both and --plot-profile are for models of one linear predictor given by"
            + " a formula, not %s"),
    /** {@code fit --plot-profile} with Wald intervals only. */
    PLOT_PROFILE_WITHOUT_PROFILE("--plot-profile draws the profile-likelihood intervals: add --ci profile or --ci both"),
    /** {@code fit --level} outside (0, 1): the level. */
    LEVEL_OUT_OF_RANGE("--level must be between 0 and 1, not %s"),
    /** {@code fit --z} not a positive number: the value. */
    Z_NOT_POSITIVE("--z must be a positive number, not %s"),
    /** {@code fit --trace} or {@code --plot-convergence} with least squares. */
    TRACE_WITHOUT_ITERATIONS("--trace and --plot-convergence need an iterative optimizer; least squares (qr) has no"
            + " iterations (try --optimizer newton)"),
    /** {@code compare-optimizers --plot-path} for a model of one parameter: the model, the count, the names. */
    PATH_NEEDS_TWO_PARAMETERS("--plot-path draws two parameters; %s has %d (%s)"),
    /** {@code --path-params} that is not two different names: the value. */
    PATH_PARAMS_NOT_TWO("--path-params takes two different parameter names separated by a comma (a,b), not '%s'"),
    /** {@code --path-params} naming no parameter: the name, the parameters. */
    PATH_PARAMS_UNKNOWN("--path-params: the model has no parameter '%s' (its parameters: %s)"),
    /** {@code --group NAME} without a right-hand side: the name, the name again. */
    GROUP_WITHOUT_RIGHT_HAND_SIDE("--group %s needs a right-hand side: --group %s=\"terms\""),
    /** {@code --eta NAME} without a right-hand side: the name, the name again. */
    ETA_WITHOUT_RIGHT_HAND_SIDE("--eta %s needs a right-hand side: --eta %s=\"~ x1 + x2\""),
    /** {@code --save} or {@code --plot-bins} for a model of several linear predictors: the option. */
    SEVERAL_PREDICTORS_NOT_SAVED("%s is for models of one linear predictor and the product models; a model of several"
            + " linear predictors (--eta, or negative-binomial with k estimated) has no model file or mean yet"),
    /** {@code --loss} given with a named model: the model, the model. */
    LOSS_FOR_NAMED_MODEL("--loss is for --model custom: the %s model's loss is its own (see derive --model %s)"),
    /** {@code --param NAME=VALUE} whose value is not a number: the name, the value. */
    PARAM_NOT_A_NUMBER("--param %s=%s: expected a number"),
    /** {@code --param NAME} without a value: the name, the name again. */
    PARAM_WITHOUT_VALUE("--param %s needs a value: --param %s=2.5"),
    /** {@code --clip} outside (0, 0.5): the clip. */
    CLIP_OUT_OF_RANGE("--clip must be in (0, 0.5), not %s"),
    /** {@code predict --leave-out} for a regression model: the model file, the model. */
    /** {@code predict --se} on a model file without inference: the file. */
    PREDICT_SE_WITHOUT_INFERENCE("--se needs the covariance of the coefficients, which %s does not hold (a model file"
            + " of version 1, or one not written by 'fit --save'): refit the model with 'fit --save' to write"
            + " one of version 2"),
    LEAVE_OUT_WITHOUT_GROUPS("--leave-out needs a product model; %s holds a %s model"),
    /** {@code --tries} below 1: the number. */
    TRIES_TOO_FEW("--tries must be at least 1, not %d"),
    /** {@code verify --loss} without the custom model among {@code --models}. */
    LOSS_WITHOUT_CUSTOM("--loss is the custom model's loss: add custom to --models (the other models' losses are"
            + " their own)"),
    /** {@code verify --responses} without the custom model among {@code --models}. */
    RESPONSES_WITHOUT_CUSTOM("--responses is for the custom model: add custom to --models (the other models'"
            + " responses are their family's)"),
    /** {@code verify --param} or {@code --link} with product models only: the models. */
    LOSS_OPTIONS_FOR_PRODUCT_MODELS("--param and --link are for the named expression models and custom; %s take"
            + " neither"),
    /** {@code verify --responses} of no known kind: the value. */
    RESPONSES_UNKNOWN("--responses must be binary, counts, positive or real, not '%s'"),
    /** {@code exercise check --timeout} below 1: the seconds. */
    TIMEOUT_TOO_SHORT("--timeout must be at least 1 second, not %d"),
    /** {@code exercise grade --jobs} below 1: the value. */
    JOBS_TOO_FEW("--jobs must be at least 1, not %d"),
    /** {@code exercise grade --out} inside the submissions folder: the gradebook, the folder. */
    GRADEBOOK_IN_SUBMISSIONS("--out %s is inside --submissions %s: write the gradebook elsewhere, the folder holds "
            + "the students' files"),
    /** {@code demo}'s data directory missing: the directory. */
    DATA_DIRECTORY_MISSING("data directory %s not found (use --data-dir)"),
    /** {@code demo --out} without {@code --format html}: the page is the only thing --out takes. */
    DEMO_OUT_WITHOUT_HTML("--out takes the demo's page: add --format html (the plots go to --out-dir)"),
    /** {@code demo}'s output directory not created: the directory, the I/O message. */
    OUTPUT_DIRECTORY_NOT_CREATED("cannot create the output directory %s (%s)"),

    // ------------------------------------------------------------------ derive

    /** {@code derive} without an expression or a built-in: the built-in derivations. */
    NOTHING_TO_DERIVE("nothing to derive: give --expr \"...\" --wrt VAR, or a built-in derivation (%s)"),
    /** {@code --expr} without {@code --wrt}. */
    WRT_MISSING("--expr needs --wrt VAR[,VAR...]: the variables to differentiate with respect to"),
    /** A {@code --wrt} variable that is not a symbol name: the variable. */
    WRT_NOT_A_SYMBOL("--wrt: '%s' is not a symbol name"),
    /** A {@code --wrt} variable given twice: the variable. */
    WRT_TWICE("--wrt: '%s' is given twice"),
    /** {@code --order} other than 1 and 2: the order. */
    ORDER_OUT_OF_RANGE("--order must be 1 or 2, not %d"),
    /** {@code --points} out of range: the maximum, the number. */
    POINTS_OUT_OF_RANGE("--points must be between 1 and %d, not %d"),
    /** {@code --answer} with several variables: the variables. */
    ANSWER_WITH_SEVERAL_VARIABLES("--answer for the --wrt variables %s is a vector or matrix, e.g. %s"),
    /** A {@code --domain} that does not read: the library's text. */
    DOMAIN_NOT_READ("--domain: %s"),
    /** An {@code --answer} that does not parse: the parser's text. */
    ANSWER_NOT_READ("--answer: %s"),
    /** A built-in derivation that is not one: the name given, the known ones. */
    UNKNOWN_DERIVATION("unknown derivation '%s' (known: %s)"),
    TWO_DERIVATIONS("two derivations named: '%s' and --model %s; give one"),
    LINK_WITHOUT_MODEL("--link chooses the link of --model; give --model too"),
    /** A built-in derivation with options of {@code --expr}: the derivation, the options. */
    BUILTIN_WITH_EXPRESSION_OPTIONS("the built-in derivation '%s' takes only --format, not %s (use --expr for your"
            + " own expression)");

    private final String format;

    CliErrors(String format) {
        this.format = format;
    }

    @Override
    public String format() {
        return format;
    }
}
