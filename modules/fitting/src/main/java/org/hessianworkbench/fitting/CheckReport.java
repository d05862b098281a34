package org.hessianworkbench.fitting;

import java.util.List;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.derivatives.HessianComparison;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.derivatives.HessianEstimate;

/**
 * Every Hessian engine at one point, compared with the AD reference. Instances are immutable.
 *
 * @param model         the model
 * @param pointLabel    "estimate", "zero" or "given"
 * @param names         parameter names
 * @param point         the point
 * @param engines       each engine's estimate and time
 * @param comparisons   each engine against AD
 * @param gradientCheck analytic gradient against AD
 * @param diagnostics   the AD Hessian's diagnosis
 * @param diagnoses     what the check says about itself (e.g. a cautionary engine), in order
 * @param agree         whether analytic, fd-central and fd-richardson (where finite differences apply)
 *                      agree with AD, and the gradients agree
 */
public record CheckReport(ModelKind model, String pointLabel, List<String> names, double[] point, List<Engine> engines,
                          List<HessianComparison> comparisons, HessianComparison gradientCheck,
                          HessianDiagnostics diagnostics, List<Diagnosis> diagnoses,
                          boolean agree) {

    /** Defensive copies in. */
    public CheckReport {
        names = List.copyOf(names);
        point = point.clone();
        engines = List.copyOf(engines);
        comparisons = List.copyOf(comparisons);
        diagnoses = List.copyOf(diagnoses);
    }

    /** The point (a copy). */
    @Override
    public double[] point() {
        return point.clone();
    }

    /** "agree" or "disagree". */
    public String verdict() {
        return agree ? "agree" : "disagree";
    }

    /**
     * One engine's result.
     *
     * @param estimate     the Hessian and what the engine knows of its error
     * @param seconds      wall time
     * @param kinksCrossed observations whose loss changes its smooth piece within the engine's
     *                     largest finite-difference step (0 for analytic and AD); when positive,
     *                     finite differences do not apply at this point and the engine does not
     *                     decide the verdict
     */
    public record Engine(HessianEstimate estimate, double seconds, int kinksCrossed) {
        /** Whether the engine's result can be compared at this point. */
        public boolean applicable() {
            return kinksCrossed == 0;
        }
    }
}
