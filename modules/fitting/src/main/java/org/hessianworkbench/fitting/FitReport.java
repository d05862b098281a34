package org.hessianworkbench.fitting;

import java.util.List;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.derivatives.HessianEstimate;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.inference.CovarianceResult;
import org.hessianworkbench.optimizers.OptimizationResult;

/**
 * Everything {@code fit} found, ready to render. Instances are immutable.
 *
 * @param model        the model
 * @param formula      the formula as given
 * @param source       the data file as given
 * @param n            observations used
 * @param droppedRows  incomplete rows dropped
 * @param names        parameter names
 * @param estimate     the estimate
 * @param optimizer    the optimiser's name ("qr" for least squares)
 * @param optimization the optimiser's result, or null for least squares
 * @param hessian      the Hessian at the estimate and its engine
 * @param covariance   the covariance or the diagnosis
 * @param coefficients the coefficient table
 * @param statistic    "z" or "t"
 * @param df           degrees of freedom of t (infinite for z)
 * @param level        confidence level
 * @param critical     the intervals' critical value
 * @param stats        likelihood-based fit statistics
 * @param seconds      wall time of the fit and inference
 * @param diagnoses    what the fit says about itself before its numbers are trusted, in order
 * @param dispersion   Pearson's dispersion and the one the standard errors assume (Poisson and grouped
 *                     binomial fits), else null
 * @param firth        whether the estimate maximises Firth's penalised likelihood (logistic) rather
 *                     than the likelihood; the Hessian and the statistics are still the likelihood's
 * @param family       the family as described, e.g. {@code probit} or {@code gamma (link inverse)}
 * @param loss         the loss of one observation as expression text (named and custom models), else null
 * @param derived      quantities derived from the estimate with their delta-method standard errors (the
 *                     negative binomial's \(k = e^{\mathrm{logk}}\) when it is estimated); empty for most fits
 * @param se           which covariance the standard errors, tests and intervals use (the model's, or a
 *                     sandwich: {@link Sandwich}); null for the model's
 * @param tests        tests of the formula's terms asked for ({@link ModelTests#terms}); empty for most fits
 * @param profile      the profile-likelihood intervals ({@link Profiles}), or null when only Wald's were asked for
 * @param information  which information the covariance inverts and how far the observed and expected
 *                     ones' standard errors are apart ({@link ExpectedInformation}); null where the model
 *                     has no expected information
 */
public record FitReport(ModelKind model, String formula, String source, int n, int droppedRows, List<String> names,
                        double[] estimate, String optimizer, OptimizationResult optimization, HessianEstimate hessian,
                        CovarianceResult covariance, List<Coefficient> coefficients, String statistic, double df,
                        double level, double critical, FitStatistics stats, double seconds,
                        List<Diagnosis> diagnoses, Dispersion dispersion, boolean firth, String family,
                        String loss, List<Derived> derived, StandardErrors se, List<ModelTests.Test> tests,
                        ProfileIntervals profile, ExpectedInformation.Summary information) {

    /** Defensive copies in. */
    public FitReport {
        se = se == null ? StandardErrors.MODEL : se;
        names = List.copyOf(names);
        estimate = estimate.clone();
        coefficients = List.copyOf(coefficients);
        diagnoses = List.copyOf(diagnoses);
        derived = derived == null ? List.of() : List.copyOf(derived);
        tests = tests == null ? List.of() : List.copyOf(tests);
    }

    /** This report with the comparison of the informations {@code i}. */
    public FitReport withInformation(ExpectedInformation.Summary i) {
        return new FitReport(model, formula, source, n, droppedRows, names, estimate, optimizer, optimization, hessian,
                covariance, coefficients, statistic, df, level, critical, stats, seconds, diagnoses, dispersion, firth,
                family, loss, derived, se, tests, profile, i);
    }

    /** A fresh fit's report: no tests of terms, profile intervals or comparison of the informations yet. */
    public FitReport(ModelKind model, String formula, String source, int n, int droppedRows, List<String> names,
                     double[] estimate, String optimizer, OptimizationResult optimization, HessianEstimate hessian,
                     CovarianceResult covariance, List<Coefficient> coefficients, String statistic, double df,
                     double level, double critical, FitStatistics stats, double seconds,
                     List<Diagnosis> diagnoses, Dispersion dispersion, boolean firth, String family,
                     String loss, List<Derived> derived, StandardErrors se) {
        this(model, formula, source, n, droppedRows, names, estimate, optimizer, optimization, hessian, covariance,
                coefficients, statistic, df, level, critical, stats, seconds, diagnoses, dispersion, firth, family, loss,
                derived, se, List.of(), null, null);
    }

    /** This report with the tests of terms {@code t}. */
    public FitReport withTests(List<ModelTests.Test> t) {
        return new FitReport(model, formula, source, n, droppedRows, names, estimate, optimizer, optimization, hessian,
                covariance, coefficients, statistic, df, level, critical, stats, seconds, diagnoses, dispersion, firth,
                family, loss, derived, se, t, profile, information);
    }

    /** The model against the null model ({@link ModelTests#againstNull}), or null when it does not exist. */
    public ModelTests.Test lrTest() {
        return ModelTests.againstNull(this);
    }

    /** This report with profile intervals {@code p} and the diagnoses {@code more} after its own. */
    public FitReport withProfile(ProfileIntervals p, List<Diagnosis> more) {
        List<Diagnosis> all = new java.util.ArrayList<>(diagnoses);
        all.addAll(more);
        return new FitReport(model, formula, source, n, droppedRows, names, estimate, optimizer, optimization, hessian,
                covariance, coefficients, statistic, df, level, critical, stats, seconds, all, dispersion, firth,
                family, loss, derived, se, tests, p, information);
    }

    /**
     * A quantity derived from the estimate, \(g(\hat\beta)\), with its delta-method standard error
     * \(\sqrt{\nabla g^\top\,\Sigma\,\nabla g}\) (NaN when the covariance is unavailable).
     *
     * @param name       its name, e.g. {@code k}
     * @param definition how it is computed from the coefficients, e.g. {@code exp(logk:(Intercept))}
     * @param estimate   its value at the estimate
     * @param stdError   its delta-method standard error, or NaN
     */
    public record Derived(String name, String definition, double estimate, double stdError) {
    }

    /** The estimate (a copy). */
    @Override
    public double[] estimate() {
        return estimate.clone();
    }

    /** Whether the fit converged (least squares always does). */
    public boolean converged() {
        return optimization == null || optimization.converged();
    }

    /** Iterations of the optimiser (0 for least squares). */
    public int iterations() {
        return optimization == null ? 0 : optimization.iterations();
    }

    /**
     * Likelihood-based statistics, as R's {@code glm}/{@code lm} report them.
     *
     * @param logLikelihood log-likelihood with all constants
     * @param deviance      residual deviance (SSE for linear)
     * @param nullDeviance  null deviance
     * @param residualDf    \(n - p\)
     * @param nullDf        \(n - 1\) with an intercept, else \(n\)
     * @param aic           Akaike's criterion
     * @param sigma         residual standard error (linear only, else NaN)
     * @param rSquared      \(R^2\) (linear only, else NaN)
     * @param loss          the loss at the estimate, \(\sum_i w_i\ell_i\) (for every model)
     * @param likelihood    whether the loss is a likelihood, so that the log-likelihood, the deviances
     *                      and AIC are defined (not for Huber's loss and a custom loss, where they are NaN)
     */
    public record FitStatistics(double logLikelihood, double deviance, double nullDeviance, int residualDf,
                                int nullDf, double aic, double sigma, double rSquared, double loss, boolean likelihood) {
    }
}
