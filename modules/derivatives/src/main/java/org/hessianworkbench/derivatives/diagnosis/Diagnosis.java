package org.hessianworkbench.derivatives.diagnosis;

import java.util.List;
import java.util.Objects;

/**
 * One thing a result says about itself that the user must know before trusting its numbers: a code,
 * a severity, a message in the library's words (never a flag name), the coefficients it concerns
 * (empty when it concerns the fit as a whole) and the remedies (codes; front ends say how). Instances
 * are immutable.
 *
 * @param code         what it is about
 * @param severity     {@link Severity#WARNING} when numbers are withheld or flagged, else {@link Severity#NOTE}
 * @param message      one line, in the library's words
 * @param coefficients the names of the coefficients concerned, in order; may be empty
 * @param remedies     what the user can do, in order of preference; may be empty
 */
public record Diagnosis(DiagnosisCode code, Severity severity, String message, List<String> coefficients,
                        List<Remedy> remedies) {

    /** How loud a diagnosis is. */
    public enum Severity {
        /** Worth knowing; the numbers stand. */
        NOTE,
        /** The numbers cannot be trusted as they are: some are withheld or flagged. */
        WARNING
    }

    /** Defensive copies in; no nulls. */
    public Diagnosis {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        coefficients = List.copyOf(coefficients);
        remedies = List.copyOf(remedies);
    }

    /** A warning about the whole fit. */
    public static Diagnosis warning(DiagnosisCode code, String message, Remedy... remedies) {
        return new Diagnosis(code, Severity.WARNING, message, List.of(), List.of(remedies));
    }

    /** A warning about some coefficients. */
    public static Diagnosis warning(DiagnosisCode code, String message, List<String> coefficients, Remedy... remedies) {
        return new Diagnosis(code, Severity.WARNING, message, coefficients, List.of(remedies));
    }

    /** A note about the whole fit. */
    public static Diagnosis note(DiagnosisCode code, String message, Remedy... remedies) {
        return new Diagnosis(code, Severity.NOTE, message, List.of(), List.of(remedies));
    }

    /** A note about some coefficients. */
    public static Diagnosis note(DiagnosisCode code, String message, List<String> coefficients, Remedy... remedies) {
        return new Diagnosis(code, Severity.NOTE, message, coefficients, List.of(remedies));
    }

    /** Whether any of {@code diagnoses} fails its verdict ({@link DiagnosisCode#failsVerdict()}). */
    public static boolean anyFails(List<Diagnosis> diagnoses) {
        return diagnoses.stream().anyMatch(d -> d.code().failsVerdict());
    }
}
