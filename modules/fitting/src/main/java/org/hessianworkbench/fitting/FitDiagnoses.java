package org.hessianworkbench.fitting;

import java.util.List;
import java.util.Locale;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.derivatives.diagnosis.DiagnosisCode;
import org.hessianworkbench.derivatives.diagnosis.Remedy;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.optimizers.OptimizationResult;
import org.hessianworkbench.optimizers.StopReason;

/** The diagnoses of a fit's convergence and of its dispersion. */
final class FitDiagnoses {

    private FitDiagnoses() {
    }

    /**
     * {@code not-converged} when the optimiser stopped before its stopping rule held: the estimate is
     * not the minimiser, so every number inferred at it (standard errors, statistics, p-values,
     * intervals) is flagged. The remedy {@code more-iterations} when the iteration limit stopped it
     * (more iterations cannot help a run that made no progress or diverged). Empty for least squares
     * ({@code optimization} null) and converged runs.
     */
    static List<Diagnosis> notConverged(OptimizationResult optimization) {
        if (optimization == null || optimization.converged()) {
            return List.of();
        }
        String message = String.format(Locale.ROOT, "the optimiser %s did not converge (%s: %s): the estimate is not "
                        + "the minimiser, and the standard errors, statistics, p-values and intervals computed at it are "
                        + "not to be trusted", optimization.optimizer(), optimization.stopReason().label(),
                optimization.message());
        return optimization.stopReason() == StopReason.MAX_ITERATIONS
                ? List.of(Diagnosis.warning(DiagnosisCode.NOT_CONVERGED, message, Remedy.MORE_ITERATIONS))
                : List.of(Diagnosis.warning(DiagnosisCode.NOT_CONVERGED, message));
    }

    /**
     * {@code overdispersion} when a Poisson or grouped binomial fit whose standard errors assume
     * dispersion 1 has a Pearson dispersion above {@link Dispersion#OVERDISPERSION_THRESHOLD}; remedy
     * {@code pearson-dispersion}. Empty otherwise (and for {@code dispersion} null: no dispersion).
     */
    static List<Diagnosis> overdispersion(Dispersion dispersion, Family family) {
        if (dispersion == null || dispersion.estimated() || !dispersion.overdispersed()) {
            return List.of();
        }
        String what = family.response() == org.hessianworkbench.models.expression.NamedModel.Response.BINOMIAL
                ? "the successes vary more than a binomial variable's"
                : family.kind() == org.hessianworkbench.models.ModelKind.NEGATIVE_BINOMIAL
                ? "the counts vary more than the negative binomial with this k allows"
                : "the counts vary more than a Poisson variable's";
        return List.of(Diagnosis.warning(DiagnosisCode.OVERDISPERSION, String.format(Locale.ROOT,
                "the Pearson dispersion X^2/df = %.6g/%d = %.4g is above %.1f: %s, and the standard errors, which assume "
                        + "dispersion 1, are too small by a factor of about %.3g", dispersion.pearsonChi2(), dispersion.df(),
                dispersion.estimate(), Dispersion.OVERDISPERSION_THRESHOLD, what, Math.sqrt(dispersion.estimate())),
                Remedy.PEARSON_DISPERSION));
    }
}
