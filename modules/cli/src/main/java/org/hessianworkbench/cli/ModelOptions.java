package org.hessianworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.fitting.ModelRequest;
import org.hessianworkbench.models.expression.LossSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that name a model on data: {@code --data}, {@code --model}, and {@code --formula}
 * (regression models), {@code --response} with {@code --group} (product models), or
 * {@code --response} with {@code --eta} (a custom loss of several linear predictors); for a loss
 * written as expression text its {@link LossOptions} and {@code --mean}.
 */
final class ModelOptions {

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV file (comma, semicolon, tab or whitespace; .gz accepted)")
    Path data;

    @Option(names = "--model", required = true, paramLabel = "MODEL",
            description = "logistic, poisson, linear; probit, cloglog, negative-binomial, gamma, huber (losses written as"
                    + " expressions); custom (--loss); linear-product or linear-product-ce")
    String model;

    @Mixin
    LossOptions lossOptions = new LossOptions();

    @Option(names = "--mean", paramLabel = "EXPR",
            description = "custom model: the mean as a function of eta, e.g. \"Phi(eta)\" (for predictions and Pearson residuals)")
    String mean;

    @Option(names = "--weights", paramLabel = "COLUMN", description = "prior weights: each observation's loss times this column (R's weights=)")
    String weights;

    @Option(names = "--formula", paramLabel = "FORMULA", description = "R formula, e.g. \"admit ~ gre + gpa + rank\" (logistic, poisson, linear)")
    String formula;

    @Option(names = "--response", paramLabel = "COLUMN",
            description = "response column (product models, and custom with --eta)")
    String response;

    @Option(names = "--eta", paramLabel = "NAME=~TERMS", mapFallbackValue = "",
            description = "custom: a linear predictor of several, name=\"~ right-hand side\", e.g. mu=\"~ x1 + x2\""
                    + " --eta ls=\"~ x1\"; repeat for each; --loss is written in their names, parameters are NAME:term")
    LinkedHashMap<String, String> etas;

    @Option(names = "--group", paramLabel = "NAME=TERMS", mapFallbackValue = "",
            description = "a feature group of a product model: name=right-hand side, e.g. x1=\"ramp(x1, 0.5, 1, 1.5)\"; repeat for each group")
    LinkedHashMap<String, String> groups;

    @Option(names = "--clip", defaultValue = "1e-3", paramLabel = "EPS",
            description = "linear-product-ce: predictions are clipped to [eps, 1 - eps] (default ${DEFAULT-VALUE})")
    double clip;

    @Option(names = "--drop-missing", description = "drop rows with a missing value in a column the model uses")
    boolean dropMissing;

    ModelRequest request() {
        if (groups != null) {
            for (var e : groups.entrySet()) {
                if (e.getValue() == null || e.getValue().isBlank()) {
                    throw new BadInputException(CliErrors.GROUP_WITHOUT_RIGHT_HAND_SIDE, e.getKey(), e.getKey());
                }
            }
        }
        if (etas != null) {
            for (var e : etas.entrySet()) {
                if (e.getValue() == null || e.getValue().isBlank()) {
                    throw new BadInputException(CliErrors.ETA_WITHOUT_RIGHT_HAND_SIDE, e.getKey(), e.getKey());
                }
            }
        }
        if (!(clip > 0 && clip < 0.5)) {
            throw new BadInputException(CliErrors.CLIP_OUT_OF_RANGE, clip);
        }
        Map<String, Double> values = lossOptions.parameters();
        String loss = lossOptions.loss;
        ModelKind kind = ModelKind.fromCliName(model);
        if (kind.isExpression() && kind != ModelKind.CUSTOM && loss != null) {
            throw new BadInputException(CliErrors.LOSS_FOR_NAMED_MODEL, kind.cliName(), kind.cliName());
        }
        return new ModelRequest(data, kind, formula, response, groups, clip, dropMissing,
                new LossSpec(loss, lossOptions.link, values, mean), weights, etas);
    }
}
