package org.hessianworkbench.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hessianworkbench.derivatives.error.Message;
import org.hessianworkbench.derivatives.error.WorkbenchException;
import org.hessianworkbench.design.DesignMessages;
import org.hessianworkbench.fitting.FittingMessages;
import org.hessianworkbench.models.ModelMessages;
import org.hessianworkbench.optimizers.OptimizerMessages;

/**
 * The library's messages as the command line says them. The libraries speak of values, columns and
 * parameters ("the start point has 3 values"); where a message is about a value that came from a
 * flag, the command line names the flag instead ("--start has 3 values"). The only place where
 * library message keys meet flag names.
 */
final class CliMessages {

    /** The commands that read a model on data ({@link ModelOptions}). */
    private static final Set<String> MODEL_COMMANDS = Set.of("fit", "check", "compare-optimizers");

    /** The command that takes a loss's options ({@link LossOptions}) for several models at once. */
    private static final Set<String> VERIFY = Set.of("verify");

    /** The commands with {@code --param}. */
    private static final Set<String> PARAM_COMMANDS = Set.of("fit", "check", "compare-optimizers", "verify");

    /** The commands with {@code --drop-missing}. */
    private static final Set<String> DROP_MISSING_COMMANDS = Set.of("fit", "check", "compare-optimizers", "predict");

    /** The commands with {@code --max-iterations}. */
    private static final Set<String> OPTIMIZER_COMMANDS = Set.of("fit", "compare-optimizers");

    /** The option that gives a start point, by command. */
    private static final Map<String, String> START_POINT_OPTIONS = Map.of("fit", "--start",
            "compare-optimizers", "--start", "check", "--at");

    /** The start-point messages with the option's name first. */
    private static final Map<Message, String> START_POINT = Map.of(
            FittingMessages.START_POINT_LENGTH, "%s has %d values, the model has %d parameters (%s)",
            FittingMessages.START_POINT_NOT_A_NUMBER,
            "%s: value %d '%s' is not a number (expected zeros, ones or b1,b2,...)",
            FittingMessages.START_POINT_NOT_FINITE, "%s: value %d must be finite");

    /** A message as said on the command line, by the commands that have the flag it names. */
    private record Said(Set<String> commands, String format) {
    }

    /**
     * The other messages about a flag's value, with the library's values in the same order; a message
     * worded differently by different commands has one wording for each.
     */
    private static final Map<Message, List<Said>> SAID = Map.ofEntries(
            Map.entry(DesignMessages.MISSING_VALUE, List.of(new Said(DROP_MISSING_COMMANDS,
                    "%s: missing value (use --drop-missing to drop incomplete rows)"))),
            Map.entry(ModelMessages.GROUPS_DROP_DIFFERENT_ROWS, List.of(new Said(Set.of("predict"),
                    "%s: the feature groups drop different incomplete rows; give complete data or use --drop-missing"
                            + " on columns every group uses"))),
            Map.entry(ModelMessages.NO_GROUPS, List.of(new Said(MODEL_COMMANDS,
                    "a product model needs at least one --group NAME=\"right-hand side\""))),
            Map.entry(ModelMessages.NO_BIAS_COLUMN, List.of(new Said(Set.of("fit"),
                    "group '%s' has no bias (constant 1) column: use --normalize mean-one"))),
            Map.entry(FittingMessages.FORMULA_MISSING, List.of(new Said(MODEL_COMMANDS,
                    "model '%s' needs --formula \"response ~ terms\""))),
            Map.entry(FittingMessages.PRODUCT_INPUTS_FOR_FORMULA_MODEL, List.of(new Said(MODEL_COMMANDS,
                    "--response and --group are for the product models (%s); model '%s' takes --formula"))),
            Map.entry(FittingMessages.FORMULA_FOR_PRODUCT_MODEL, List.of(new Said(MODEL_COMMANDS,
                    "model '%s' takes --response and --group NAME=\"terms\", not --formula"))),
            Map.entry(FittingMessages.PRODUCT_INPUTS_MISSING, List.of(new Said(MODEL_COMMANDS,
                    "model '%s' needs --response COLUMN and at least one --group NAME=\"right-hand side\""
                            + " (e.g. --group x1=\"ramp(x1, 1, 2, 3)\")"))),
            Map.entry(OptimizerMessages.MAX_ITERATIONS_NEGATIVE, List.of(new Said(OPTIMIZER_COMMANDS,
                    "max-iterations must be >= 0, not %d"))),
            Map.entry(ModelMessages.CUSTOM_WITHOUT_LOSS, List.of(new Said(MODEL_COMMANDS,
                    "--model custom needs --loss \"EXPR\": the loss of one observation in eta and y"), new Said(VERIFY,
                    "--models custom needs --loss \"EXPR\": the loss of one observation in eta and y"))),
            Map.entry(ModelMessages.LOSS_FOR_BUILT_IN, List.of(new Said(MODEL_COMMANDS,
                    "the %s model's loss is built in: --loss, --link, --param and --mean are for the named expression"
                            + " models and custom"), new Said(VERIFY,
                    "the %s model's loss is built in: --link and --param are for the named expression models,"
                            + " --loss for custom"))),
            Map.entry(ModelMessages.LINK_FOR_CUSTOM, List.of(new Said(MODEL_COMMANDS,
                    "--link is for the named models: give a custom loss its mean with --mean \"EXPR\""), new Said(VERIFY,
                    "--link is for the named models (gamma: log or inverse): a custom loss has no named links"))),
            Map.entry(ModelMessages.LOSS_FOR_NAMED, List.of(new Said(MODEL_COMMANDS,
                    "the %s model's loss and mean are its own: --loss and --mean are for --model custom"))),
            Map.entry(ModelMessages.PARAMETER_REQUIRED, List.of(new Said(PARAM_COMMANDS,
                    "the %s model needs --param %s=VALUE (%s)"))),
            Map.entry(ModelMessages.UNKNOWN_PARAMETER, List.of(new Said(PARAM_COMMANDS,
                    "--param %s: the %s model has no such parameter (its parameters: %s)"))),
            Map.entry(FittingMessages.LOSS_OR_WEIGHTS_FOR_PRODUCT_MODEL, List.of(new Said(MODEL_COMMANDS,
                    "the %s model takes none of --loss, --link, --param, --mean, --weights"))),
            Map.entry(FittingMessages.PREDICTORS_WITH_FORMULA, List.of(new Said(MODEL_COMMANDS,
                    "--eta takes --response COLUMN and a right-hand side for each predictor, not --formula"))),
            Map.entry(FittingMessages.PREDICTORS_NOT_CUSTOM, List.of(new Said(MODEL_COMMANDS,
                    "--eta is for --model custom (a --loss written in the predictors' names), not '%s'"))),
            Map.entry(FittingMessages.PREDICTORS_WITHOUT_RESPONSE, List.of(new Said(MODEL_COMMANDS,
                    "--eta needs --response COLUMN"))),
            Map.entry(FittingMessages.PREDICTORS_WITH_GROUPS, List.of(new Said(MODEL_COMMANDS,
                    "--group is for the product models; --eta takes --response and --loss"))),
            Map.entry(FittingMessages.MEAN_FOR_PREDICTORS, List.of(new Said(MODEL_COMMANDS,
                    "--mean is for a custom model of one linear predictor (--formula); a model of several (--eta) has"
                            + " none"))),
            Map.entry(ModelMessages.NO_PREDICTORS, List.of(new Said(MODEL_COMMANDS,
                    "a model of several linear predictors needs at least one --eta NAME=\"~ x1 + x2\""))));

    private CliMessages() {
    }

    /**
     * The text of {@code e} for the user of {@code command}: the library's text, or, for a message
     * about the value of one of the command's flags, the same text naming the flag.
     *
     * @param command the command's names after {@code workbench}, e.g. {@code fit} or {@code exercise check}
     * @param e       the exception
     * @return one line
     */
    static String text(String command, WorkbenchException e) {
        List<Object> values = e.values();
        if (e instanceof OutputGuard.SameFile same) {
            return oneLine(String.format(Locale.ROOT, "%s %s is the same file as %s %s: writing it would destroy the"
                    + " input; choose another output file", same.outputFlag(), values.get(0), same.inputFlag(),
                    values.get(1)));
        }
        String startFormat = START_POINT.get(e.key());
        String option = START_POINT_OPTIONS.get(command);
        if (startFormat != null && option != null) {
            Object[] withOption = new Object[values.size() + 1];
            withOption[0] = option;
            for (int i = 0; i < values.size(); i++) {
                withOption[i + 1] = values.get(i);
            }
            return oneLine(String.format(Locale.ROOT, startFormat, withOption));
        }
        for (Said said : SAID.getOrDefault(e.key(), List.of())) {
            if (said.commands().contains(command)) {
                return oneLine(String.format(Locale.ROOT, said.format(), values.toArray()));
            }
        }
        return e.getMessage();
    }

    /** Line breaks (in a value) as spaces, as the libraries' texts have them. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
