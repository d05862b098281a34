package org.hessianworkbench.derivatives.diagnosis;

/**
 * What a diagnosis is about: a stable code, as JSON and scripts see it. Whether a diagnosis means the
 * numbers cannot be trusted (the command fails its verdict: exit code 1) is a property of the code.
 */
public enum DiagnosisCode {

    /** The data separate the responses (complete or quasi-complete): the MLE has infinite components. */
    SEPARATION("separation", true),
    /** Some fitted probabilities are 0 or 1 to working precision (R's glm warning). */
    FITTED_PROBABILITIES_0_OR_1("fitted-probabilities-0-or-1", false),
    /** Some fitted Poisson rates are 0 to working precision. */
    FITTED_RATES_ZERO("fitted-rates-zero", false),
    /** The maximum-likelihood estimate does not exist (finite); the numbers inferred from it are withheld. */
    ESTIMATE_DOES_NOT_EXIST("estimate-does-not-exist", true),
    /** The optimiser stopped before its convergence criterion held; inferential numbers are flagged. */
    NOT_CONVERGED("not-converged", true),
    /** Columns of the design are linearly dependent (to the rank tolerance); their coefficients are not estimable. */
    ALIASED("aliased", false),
    /** The Pearson dispersion is well above 1: standard errors that assume dispersion 1 are too small. */
    OVERDISPERSION("overdispersion", false),
    /** The Hessian engine is the cautionary example (nested differences): its standard errors may be wrong in any digit. */
    CAUTIONARY_ENGINE("cautionary-engine", false),
    /** A profile-likelihood interval has a missing end: the profile never crosses the critical value on that side. */
    UNBOUNDED_INTERVAL("unbounded-interval", false);

    private final String id;
    private final boolean failsVerdict;

    DiagnosisCode(String id, boolean failsVerdict) {
        this.id = id;
        this.failsVerdict = failsVerdict;
    }

    /** The code as JSON shows it, e.g. {@code estimate-does-not-exist}. */
    public String id() {
        return id;
    }

    /** Whether a result with this diagnosis fails its verdict (the command exits with status 1). */
    public boolean failsVerdict() {
        return failsVerdict;
    }

    @Override
    public String toString() {
        return id;
    }
}
