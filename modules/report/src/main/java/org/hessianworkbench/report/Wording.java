package org.hessianworkbench.report;

import org.hessianworkbench.derivatives.diagnosis.Remedy;

/**
 * How a front end says the remedies of diagnoses. The library names a remedy by its code; the
 * command line says which flag applies it, a program which call. {@link #LIBRARY} says what to do
 * in words.
 */
@FunctionalInterface
public interface Wording {

    /** What to do, in words, without naming a flag (programs, JShell). */
    Wording LIBRARY = remedy -> switch (remedy) {
        case FIRTH -> "refit with Firth's penalised likelihood";
        case PEARSON_DISPERSION -> "refit with the dispersion estimated from the Pearson statistic (quasi-likelihood)";
        case MORE_ITERATIONS -> "allow the optimiser more iterations";
        case EXACT_ENGINE -> "take the standard errors from an exact Hessian (analytic or AD)";
        case DROP_ALIASED -> "drop the aliased columns from the formula";
    };

    /** How to apply {@code remedy}: a short imperative phrase, e.g. {@code refit with --firth}. */
    String remedy(Remedy remedy);
}
