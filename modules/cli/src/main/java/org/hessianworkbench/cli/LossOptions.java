package org.hessianworkbench.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hessianworkbench.derivatives.error.BadInputException;
import picocli.CommandLine.Option;

/**
 * The options that say what a loss written as expression text is: {@code --loss} (a custom model's),
 * {@code --param NAME=VALUE} (its named constants) and {@code --link} (a named model's link). Shared
 * by the commands that fit a model on data ({@link ModelOptions}) and by {@code verify}.
 */
final class LossOptions {

    @Option(names = "--loss", paramLabel = "EXPR",
            description = "custom model: the loss of one observation in eta (the linear predictor), y (the response), m"
                    + " (the trials of a cbind response) and --param names, e.g. \"-(y*log(Phi(eta)) + (1 - y)*log(1 - Phi(eta)))\"")
    String loss;

    @Option(names = "--param", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "a named constant of the loss, e.g. k=1.5 (negative-binomial), delta=1.345 (huber); repeat for each")
    LinkedHashMap<String, String> params;

    @Option(names = "--link", paramLabel = "LINK", description = "the named model's link (gamma: log, the default, or inverse)")
    String link;

    /**
     * The {@code --param} values, in the order given.
     *
     * @throws BadInputException for a parameter without a value or whose value is not a number
     */
    Map<String, Double> parameters() {
        Map<String, Double> values = new LinkedHashMap<>();
        if (params != null) {
            for (var e : params.entrySet()) {
                if (e.getValue() == null || e.getValue().isBlank()) {
                    throw new BadInputException(CliErrors.PARAM_WITHOUT_VALUE, e.getKey(), e.getKey());
                }
                try {
                    values.put(e.getKey().trim(), Double.parseDouble(e.getValue().trim()));
                } catch (NumberFormatException x) {
                    throw new BadInputException(CliErrors.PARAM_NOT_A_NUMBER, e.getKey(), e.getValue());
                }
            }
        }
        return values;
    }
}
