package org.hessianworkbench.models.expression;

import org.hessianworkbench.derivatives.error.Message;

/** The messages of losses and models written as expressions. */
public enum ExpressionMessages implements Message {

    /** A symbol the loss cannot know: the loss, the symbols, the predictors, the parameters. */
    LOSS_UNKNOWN_SYMBOLS("loss '%s': unknown symbol(s) %s (the loss may use the linear predictor(s) %s, the response y, "
            + "the trials m and the parameters %s)"),
    /** A loss in which no linear predictor appears: the loss, the predictors. */
    LOSS_WITHOUT_PREDICTOR("loss '%s': it does not depend on the linear predictor(s) %s"),
    /** A linear predictor named like a reserved symbol or a function: the name. */
    PREDICTOR_NAME("'%s' cannot name a linear predictor: it must be an identifier other than y, m, a parameter or a "
            + "function name"),
    /** A parameter named like a reserved symbol or a function: the name. */
    PARAMETER_NAME("'%s' cannot name a parameter: it must be an identifier other than y, m, a linear predictor or a "
            + "function name"),
    /** A parameter value that is not a finite number: the name, the value. */
    PARAMETER_NOT_FINITE("parameter %s: expected a finite number, got '%s'"),
    /** A mean expression with symbols other than eta and parameters: the expression, the symbols. */
    MEAN_UNKNOWN_SYMBOLS("mean '%s': unknown symbol(s) %s (the mean is a function of the linear predictor %s and the "
            + "parameters)"),
    /** A link the model lacks: the model, the link, the model's links. */
    UNKNOWN_LINK("the %s model has no link '%s' (links: %s)"),
    /** A loss that is not finite: the loss, the location, the response, the predictor values, what is not finite. */
    LOSS_NOT_FINITE("loss '%s' at %s (y = %s, %s): its %s is not finite there; start from a point where it is");

    private final String template;

    ExpressionMessages(String template) {
        this.template = template;
    }

    @Override
    public String format() {
        return template;
    }
}
