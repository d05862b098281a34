package org.hessianworkbench.fitting;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hessianworkbench.derivatives.error.BadInputException;

/** Which dispersion a Poisson (or grouped binomial) fit's standard errors assume. */
public enum DispersionMethod {
    /** Dispersion 1, as the Poisson likelihood says (R's {@code family = poisson}). */
    FIXED("fixed"),
    /**
     * The Pearson estimate \(\hat\phi = X^2/(n - p)\): quasi-Poisson, standard errors times
     * \(\sqrt{\hat\phi}\) and t tests with \(n - p\) degrees of freedom (R's {@code family = quasipoisson};
     * for grouped binomial data {@code quasibinomial}).
     */
    PEARSON("pearson");

    private final String cliName;

    DispersionMethod(String cliName) {
        this.cliName = cliName;
    }

    /** The name, e.g. {@code pearson}. */
    public String cliName() {
        return cliName;
    }

    /**
     * The method with this name (case and surrounding blanks ignored).
     *
     * @throws BadInputException naming the known methods when there is none
     */
    public static DispersionMethod fromCliName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (DispersionMethod m : values()) {
            if (m.cliName.equals(n)) {
                return m;
            }
        }
        throw new BadInputException(FittingMessages.UNKNOWN_DISPERSION, name,
                Arrays.stream(values()).map(DispersionMethod::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
