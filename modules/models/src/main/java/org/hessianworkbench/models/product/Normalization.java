package org.hessianworkbench.models.product;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.models.ModelMessages;

/** How a product model's scale is fixed before standard errors are computed. */
public enum Normalization {
    /** Every group but the first rescaled so that its mean training prediction is 1 (the default). */
    MEAN_ONE("mean-one"),
    /** Every group but the first divided by its bias coefficient. */
    BIAS_ONE("bias-one"),
    /** No normalisation: the Hessian is diagnosed and no standard errors are given. */
    NONE("none");

    private final String cliName;

    Normalization(String cliName) {
        this.cliName = cliName;
    }

    /** The command-line name. */
    public String cliName() {
        return cliName;
    }

    /**
     * The normalisation with this command-line name.
     *
     * @throws BadInputException naming the known normalisations when there is none
     */
    public static Normalization fromCliName(String name) {
        for (Normalization n : values()) {
            if (n.cliName.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return n;
            }
        }
        throw new BadInputException(ModelMessages.UNKNOWN_NORMALIZATION, name,
                Arrays.stream(values()).map(Normalization::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
