package org.hessianworkbench.fitting;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hessianworkbench.derivatives.error.BadInputException;

/**
 * Which information matrix the model's covariance inverts: the observed one (the Hessian of the loss at
 * the estimate, from the chosen engine) or the expected one (Fisher's, \(X^\top WX\) with the working
 * weights of the family and link: {@link ExpectedInformation}), which is what R's {@code glm} reports.
 * For canonical links the two are equal.
 */
public enum Information {

    /** The Hessian of the loss at the estimate (the default). */
    OBSERVED("observed"),
    /** Fisher's information from the family's mean and variance functions. */
    EXPECTED("expected");

    private final String cliName;

    Information(String cliName) {
        this.cliName = cliName;
    }

    /** The name, as on the command line and in JSON. */
    public String cliName() {
        return cliName;
    }

    /**
     * The kind with this name (case and surrounding blanks ignored).
     *
     * @throws BadInputException naming the known kinds when there is none
     */
    public static Information fromCliName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Information i : values()) {
            if (i.cliName.equals(n)) {
                return i;
            }
        }
        throw new BadInputException(FittingMessages.UNKNOWN_INFORMATION, name,
                Arrays.stream(values()).map(Information::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
