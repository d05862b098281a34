package org.hessianworkbench.fitting;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hessianworkbench.derivatives.error.BadInputException;

/** Which dispersion a fit's standard errors assume (Poisson, grouped binomial, gamma, negative binomial, Huber). */
public enum DispersionMethod {
    /** Dispersion 1, as the Poisson likelihood says (R's {@code family = poisson}). */
    FIXED("fixed"),
    /**
     * The Pearson estimate \(\hat\phi = X^2/(n - p)\): quasi-Poisson, standard errors times
     * \(\sqrt{\hat\phi}\) and t tests with \(n - p\) degrees of freedom (R's {@code family = quasipoisson};
     * for grouped binomial data {@code quasibinomial}).
     */
    PEARSON("pearson"),
    /**
     * Huber's scale of an M-estimator (the covariance statsmodels' RLM calls H2, without its
     * small-sample factor): \(\hat\phi = [\sum w_i\psi_i^2/(n - p)]/[\sum w_i\psi'_i/n]\) with
     * \(\psi\) and \(\psi'\) the loss's first and second derivatives in the linear predictor;
     * standard errors times \(\sqrt{\hat\phi}\), z tests. The Huber model's, and only its.
     */
    HUBER("huber");

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
