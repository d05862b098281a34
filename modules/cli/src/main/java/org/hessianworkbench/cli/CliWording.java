package org.hessianworkbench.cli;

import org.hessianworkbench.derivatives.diagnosis.Remedy;
import org.hessianworkbench.report.Wording;

/** The remedies of diagnoses as the command line applies them: the flags. */
final class CliWording implements Wording {

    /** The one instance. */
    static final CliWording INSTANCE = new CliWording();

    private CliWording() {
    }

    @Override
    public String remedy(Remedy remedy) {
        return switch (remedy) {
            case FIRTH -> "refit with --firth (Firth's penalised likelihood)";
            case PEARSON_DISPERSION -> "refit with --dispersion pearson (quasi-likelihood)";
            case MORE_ITERATIONS -> "raise --max-iterations";
            case EXACT_ENGINE -> "use --hessian analytic or --hessian ad for the standard errors";
            case DROP_ALIASED -> "drop the aliased columns from --formula";
        };
    }
}
