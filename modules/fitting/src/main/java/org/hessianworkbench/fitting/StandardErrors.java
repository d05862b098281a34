package org.hessianworkbench.fitting;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hessianworkbench.derivatives.error.BadInputException;

/**
 * Which covariance a fit's standard errors, tests and intervals use: the model's own (the inverse
 * Hessian, times the dispersion) or one of the heteroscedasticity-consistent sandwiches of R's
 * {@code sandwich::vcovHC} ({@link Sandwich}).
 */
public enum StandardErrors {
    /** The model's covariance: \(H^{-1}\) (times \(\hat\sigma^2\) or the dispersion). */
    MODEL("model", "model"),
    /** \(B M B\), White's estimator. */
    HC0("hc0", "sandwich HC0"),
    /** \(\tfrac{n}{n-p} B M B\). */
    HC1("hc1", "sandwich HC1"),
    /** Scores weighted by \(1/\sqrt{1-h_{ii}}\) (each meat term by \(1/(1-h_{ii})\)). */
    HC2("hc2", "sandwich HC2"),
    /** Scores weighted by \(1/(1-h_{ii})\) (each meat term by \(1/(1-h_{ii})^2\)). */
    HC3("hc3", "sandwich HC3");

    private final String cliName;
    private final String label;

    StandardErrors(String cliName, String label) {
        this.cliName = cliName;
        this.label = label;
    }

    /** The name, e.g. {@code hc3}. */
    public String cliName() {
        return cliName;
    }

    /** How a report names it, e.g. {@code sandwich HC3}. */
    public String label() {
        return label;
    }

    /**
     * The type with this name (case and surrounding blanks ignored).
     *
     * @throws BadInputException naming the known types when there is none
     */
    public static StandardErrors fromCliName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (StandardErrors s : values()) {
            if (s.cliName.equals(n)) {
                return s;
            }
        }
        throw new BadInputException(FittingMessages.UNKNOWN_STANDARD_ERRORS, name,
                Arrays.stream(values()).map(StandardErrors::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
