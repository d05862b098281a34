package org.hessianworkbench.fitting;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hessianworkbench.derivatives.error.BadInputException;

/** Which confidence intervals a fit computes: Wald's, the profile likelihood's ({@link Profiles}), or both. */
public enum IntervalKind {

    /** \(\hat\beta_j \pm c\,\mathrm{SE}_j\): from the Hessian at the estimate only. */
    WALD("wald"),
    /** Where the signed root of the profile deviance crosses \(\pm c\): one constrained refit per point. */
    PROFILE("profile"),
    /** Both; the reported interval ({@code ci_low}, {@code ci_high}) is the profile one. */
    BOTH("both");

    private final String cliName;

    IntervalKind(String cliName) {
        this.cliName = cliName;
    }

    /** The name as the command line and JSON write it. */
    public String cliName() {
        return cliName;
    }

    /** Whether profile intervals are computed. */
    public boolean profile() {
        return this != WALD;
    }

    /** Whether Wald intervals are shown. */
    public boolean wald() {
        return this != PROFILE;
    }

    /**
     * The kind named {@code name} ({@code wald}, {@code profile}, {@code both}).
     *
     * @throws BadInputException for another name
     */
    public static IntervalKind fromCliName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (IntervalKind k : values()) {
            if (k.cliName.equals(n)) {
                return k;
            }
        }
        throw new BadInputException(FittingMessages.UNKNOWN_INTERVALS, name,
                Arrays.stream(values()).map(IntervalKind::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
