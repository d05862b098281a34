package org.hessianworkbench.fitting;

import java.util.List;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.derivatives.HessianEstimate;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.inference.CovarianceResult;
import org.hessianworkbench.inference.Identifiability;
import org.hessianworkbench.models.product.Normalization;
import org.hessianworkbench.optimizers.OptimizationResult;

/**
 * Everything {@code fit} found for a product model. Instances are immutable.
 *
 * @param model          the model
 * @param description    response and groups
 * @param source         the data file
 * @param n              observations
 * @param groupOf        each parameter's group
 * @param termOf         each parameter's column name within its group
 * @param estimate       the optimiser's estimate (an arbitrary point of the ridge)
 * @param optimization   the optimiser's result
 * @param identifiability at the estimate, exact Hessian
 * @param gaussNewton    the Gauss-Newton (Fisher) Hessian's diagnosis at the estimate
 * @param gaussNewtonDiff largest absolute difference between exact and Gauss-Newton Hessians
 * @param normalization  how the scale was fixed
 * @param normalized     the normalised estimate (equal to {@code estimate} for {@code none})
 * @param hessian        the Hessian at the normalised estimate and its engine
 * @param covariance     the constrained covariance, or why there is none
 * @param coefficients   the coefficient table at the normalised estimate
 * @param loss           the loss at the estimate
 * @param sse            the sum of squared errors at the estimate
 * @param sigma          residual standard error (squared-error model), NaN otherwise
 * @param df             residual degrees of freedom \(n - p + G - 1\)
 * @param statistic      "t" (squared error) or "z" (cross-entropy)
 * @param level          confidence level
 * @param critical       the intervals' critical value
 * @param seconds        wall time of the fit and inference
 * @param diagnoses      what the fit says about itself before its numbers are trusted, in order
 */
public record ProductFitReport(ModelKind model, String description, String source, int n, List<String> groupOf,
                               List<String> termOf, double[] estimate, OptimizationResult optimization,
                               Identifiability identifiability, HessianDiagnostics gaussNewton, double gaussNewtonDiff,
                               Normalization normalization, double[] normalized, HessianEstimate hessian,
                               CovarianceResult covariance, List<Coefficient> coefficients, double loss, double sse,
                               double sigma, int df, String statistic, double level, double critical, double seconds,
                               List<Diagnosis> diagnoses) {

    /** Defensive copies in. */
    public ProductFitReport {
        groupOf = List.copyOf(groupOf);
        termOf = List.copyOf(termOf);
        estimate = estimate.clone();
        normalized = normalized.clone();
        coefficients = List.copyOf(coefficients);
        diagnoses = List.copyOf(diagnoses);
    }

    /** The estimate (a copy). */
    @Override
    public double[] estimate() {
        return estimate.clone();
    }

    /** The normalised estimate (a copy). */
    @Override
    public double[] normalized() {
        return normalized.clone();
    }
}
