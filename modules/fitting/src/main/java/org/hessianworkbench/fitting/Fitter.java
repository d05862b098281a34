package org.hessianworkbench.fitting;

import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.derivatives.FiniteDifferences;
import org.hessianworkbench.derivatives.diagnosis.Remedy;
import org.hessianworkbench.derivatives.diagnosis.DiagnosisCode;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.derivatives.HessianEstimate;
import org.hessianworkbench.derivatives.HessianMethod;
import org.hessianworkbench.derivatives.Objective;
import org.hessianworkbench.inference.Covariances;
import org.hessianworkbench.inference.CovarianceResult;
import org.hessianworkbench.inference.LeastSquares;
import org.hessianworkbench.inference.PivotedQr;
import org.hessianworkbench.inference.Statistic;
import org.hessianworkbench.inference.Wald;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.FirthLogisticObjective;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.models.expression.NamedModel;
import org.hessianworkbench.optimizers.OptimizationResult;
import org.hessianworkbench.optimizers.Optimizer;
import org.hessianworkbench.optimizers.Optimizers;

/**
 * Fits a model and infers from the Hessian at the estimate: covariance \(H^{-1}\) (times
 * \(\hat\sigma^2\) for the linear model) through Cholesky, never when \(H\) is not positive definite.
 * For the linear model fitted by {@code qr} with the analytic Hessian, the covariance comes from the
 * QR factor of the design instead, which keeps the NIST Longley certified values.
 *
 * <p>For logistic and Poisson models the data are first checked for separation
 * ({@link EstimateExistence}): when the maximum-likelihood estimate does not exist the report says so
 * and withholds every standard error, test and interval. With Firth's penalised likelihood
 * ({@link FitOptions#firth()}, logistic only) the optimiser minimises
 * {@link FirthLogisticObjective} instead; the covariance is still the inverse Hessian of the
 * log-likelihood, \(I(\hat\beta)^{-1}\), at the penalised estimate (as R's logistf and brglm2).
 *
 * <p>With prior weights, binomial trials or an offset ({@link RegressionModel#observations()}) the
 * objective and the statistics are the model's (R's {@code glm} and {@code lm} with {@code weights=},
 * {@code cbind(s, f)} and {@code offset()}); least squares is of \(W^{1/2}(y - o)\) on \(W^{1/2}X\)
 * over the observations of nonzero weight, whose rank also decides the aliased columns. Firth's
 * penalised likelihood takes them too ({@link FirthLogisticObjective}: the weighted log-likelihood
 * penalised by the information \(X^\top WX\), \(W_i = w_im_i\mu_i(1-\mu_i)\), as R's brglm2).
 */
public final class Fitter {

    /**
     * The gradient cannot be computed more accurately than about \(\epsilon\sum_i|\partial_j f_i|\)
     * times the growth of rounding in the sum; a tolerance below this floor (times this factor) could
     * never be met, so the effective tolerance is raised to it.
     */
    public static final double ROUNDING_GTOL_FACTOR = 1e3;

    /**
     * The default optimiser of Firth's penalised likelihood: the trust region. The penalised loss is
     * not convex (the log-determinant term), and on separated data with columns of mixed scales Newton
     * with a shifted Hessian stalled in one generated case in two hundred, where the trust region
     * converges in about 15 iterations.
     */
    public static final String FIRTH_OPTIMIZER = "trust-region";

    private Fitter() {
    }

    /** \(\max(\mathrm{gtol}, 10^3\,\epsilon\max_j\sum_i|\partial_j f_i(\beta_0)|)\). */
    public static double effectiveGtol(Objective f, double[] start, double gtol) {
        double top = 0;
        for (double s : f.gradientTermScale(start)) {
            top = Math.max(top, s);
        }
        return Math.max(gtol, ROUNDING_GTOL_FACTOR * Math.ulp(1.0) * top);
    }

    /**
     * Fits {@code model} as {@code options} say. Columns of the design that are linear combinations of
     * the others (by the pivoted QR's rank rule, {@link PivotedQr}) are aliased: the model without them
     * is fitted, and the report shows the aliased coefficients as such ({@link Aliasing}; estimate 0 in
     * {@link FitReport#estimate()}, the point of the reduced fit, as R's {@code predict} uses it).
     *
     * @throws BadInputException for an unknown optimiser, a start point of the wrong length,
     *                           "qr" for a model other than linear, Firth's penalised likelihood for a
     *                           model other than logistic, or the Pearson dispersion for a model other
     *                           than Poisson and grouped binomial (logistic with trials)
     */
    public static FitReport fit(RegressionModel model, FitOptions options) {
        return fit(model, options, Information.OBSERVED);
    }

    /**
     * Fits {@code model} as {@code options} say, its covariance from the {@code information} asked for:
     * the observed one (the Hessian of the chosen engine, as {@link #fit(RegressionModel, FitOptions)})
     * or the expected one ({@link ExpectedInformation}, R's {@code glm}); a sandwich then takes that
     * covariance as its bread. For a model whose link is not canonical the report compares the two
     * ({@link FitReport#information()}).
     *
     * @throws BadInputException as {@link #fit(RegressionModel, FitOptions)}, and for the expected
     *                           information of a family without a mean and a variance function
     */
    public static FitReport fit(RegressionModel model, FitOptions options, Information information) {
        String reason = ExpectedInformation.unavailableReason(model.family());
        if (information == Information.EXPECTED && reason != null) {
            throw new BadInputException(FittingMessages.EXPECTED_INFORMATION_NOT_AVAILABLE, model.family().description(),
                    reason);
        }
        long t0 = System.nanoTime();
        if (options.start() != null && options.start().length != model.p()) {
            throw StartPoint.lengthMismatch(options.start().length, model.parameterNames());
        }
        if (options.firth() && model.family() != Family.LOGISTIC) {
            throw new BadInputException(FittingMessages.FIRTH_NOT_LOGISTIC, model.kind().cliName());
        }
        if (options.firth() && options.se() != StandardErrors.MODEL) {
            throw new BadInputException(FittingMessages.SANDWICH_NOT_SUPPORTED, "Firth's penalised likelihood");
        }
        PivotedQr qr = PivotedQr.of(model.weightedBlock());
        int[] kept = qr.kept();
        boolean[] aliased = qr.aliased();
        boolean leastSquares = FitOptions.QR.equals(options.optimizer())
                || options.optimizer() == null && model.kind().leastSquares();
        if (!leastSquares) {
            qr = null; // only the rank was wanted: let the copy of the design go before the optimiser runs
        }
        if (kept.length == model.p()) {
            return fitIdentified(model, qr, options, information, t0, List.of());
        }
        RegressionModel reduced = model.withColumns(kept);
        FitOptions reducedOptions = options.start() == null ? options
                : options.withStart(Aliasing.keep(options.start(), kept));
        FitReport r = fitIdentified(reduced, qr, reducedOptions, information, t0,
                Aliasing.diagnoses(model.parameterNames(), aliased));
        return Aliasing.expand(r, model.parameterNames(), aliased).withInformation(r.information());
    }

    /**
     * The fit of a model whose design has full rank; {@code qr} (of the design, possibly with more
     * columns) is given for least squares, else null; {@code designDiagnoses} are the design's own
     * (aliased columns).
     */
    private static FitReport fitIdentified(RegressionModel model, PivotedQr qr, FitOptions options,
                                           Information information, long t0, List<Diagnosis> designDiagnoses) {
        // Firth's penalised loss is not convex away from its minimum: the trust region (exact Hessian,
        // Steihaug's CG) goes through indefinite regions where Newton's shifted steps crawl
        String optimizerName = options.optimizer() != null ? options.optimizer()
                : options.firth() ? FIRTH_OPTIMIZER : model.kind().leastSquares() ? FitOptions.QR : "newton";
        double[] start = options.start() == null ? new double[model.p()] : options.start();
        model.requireFiniteLoss(start);
        Objective objective = options.firth() ? FirthLogisticObjective.of(model) : model.objective();
        double[] estimate;
        OptimizationResult optimization = null;
        LeastSquares.Fit ls = null;
        if (FitOptions.QR.equals(optimizerName)) {
            if (!model.kind().leastSquares()) {
                throw new BadInputException(FittingMessages.QR_NOT_LINEAR);
            }
            ls = LeastSquares.fit(qr, model.weightedResponse());
            estimate = Aliasing.keep(ls.estimate(), ls.kept());
        } else {
            if (!Optimizers.isKnown(optimizerName)) {
                throw new BadInputException(FittingMessages.UNKNOWN_OPTIMIZER_OR_QR, optimizerName,
                        String.join(", ", Optimizers.NAMES));
            }
            Optimizer optimizer = Optimizers.byName(optimizerName, options.settings());
            optimization = optimizer.minimize(objective, start,
                    FitStopping.options(objective, start, options.optimizerOptions()));
            estimate = optimization.estimate();
        }
        boolean linear = model.kind().estimatesDispersion();
        Dispersion dispersion = dispersion(model, estimate, options.dispersion());
        double sse = linear ? (ls != null ? ls.sse() : model.sse(estimate)) : Double.NaN;
        double sigma2 = linear ? sse / model.residualDf() : dispersion != null ? dispersion.used() : 1;
        HessianEstimate hessian = options.hessian().compute(model.objective(), estimate);
        CovarianceResult covariance = ls != null && options.hessian() == HessianMethod.ANALYTIC
                ? ls.covariance() : Covariances.fromHessian(hessian.hessian(), sigma2);
        Family family = model.family();
        ExpectedInformation.Summary informationSummary = null;
        double[] workingWeights = null;
        if (ExpectedInformation.unavailableReason(family) == null) {
            CovarianceResult expected = covariance;
            if (information == Information.EXPECTED || !family.canonicalLink()) {
                expected = Covariances.fromHessian(ExpectedInformation.matrix(model.objective(), family, estimate),
                        sigma2);
            }
            informationSummary = ExpectedInformation.compare(information, family.canonicalLink(), covariance,
                    expected, model.parameterNames());
            if (information == Information.EXPECTED) {
                // least squares keeps the QR factor's covariance: equal to the expected one (canonical link)
                // and accurate where X'X's Cholesky factor is not (Longley)
                covariance = ls != null && options.hessian() == HessianMethod.ANALYTIC ? covariance : expected;
                workingWeights = ExpectedInformation.workingWeights(model.objective(), family, estimate);
            }
        }
        if (options.se() != StandardErrors.MODEL && covariance instanceof CovarianceResult.Available a) {
            covariance = Sandwich.covariance(model.objective(), estimate, options.se(), a, sigma2, workingWeights);
        }
        EstimateExistence existence = options.firth() ? EstimateExistence.penalised(model, estimate)
                : EstimateExistence.of(model, estimate);
        Statistic statistic = linear || (dispersion != null && dispersion.estimated())
                ? Statistic.t(model.residualDf()) : Statistic.z();
        double critical = Double.isNaN(options.z()) ? statistic.critical(options.level()) : options.z();
        FitReport.FitStatistics stats = new FitReport.FitStatistics(model.logLikelihood(estimate),
                model.deviance(estimate), model.nullDeviance(), model.residualDf(), model.nullDf(),
                model.aic(estimate), linear ? Math.sqrt(sigma2) : Double.NaN,
                linear ? 1 - sse / model.nullDeviance() : Double.NaN, model.objective().value(estimate),
                model.hasLikelihood());
        return new FitReport(model.kind(), model.description(), model.source(), model.n(),
                model.design().droppedRows(), model.parameterNames(), estimate, optimizerName, optimization, hessian,
                covariance, existence.exists() ? Wald.table(model.parameterNames(), estimate, covariance, statistic, critical)
                        : Wald.withheld(model.parameterNames(), estimate),
                statistic.name(), statistic.df(), options.level(), critical, stats, (System.nanoTime() - t0) * 1e-9,
                diagnoses(designDiagnoses, existence.diagnoses(), engineDiagnoses(options.hessian()), optimization,
                        dispersion, model.family()),
                dispersion, options.firth(), model.family().description(),
                model.family().builtIn() ? null : model.family().expression().text(), List.of(), options.se(), List.of(), null,
                informationSummary);
    }

    /**
     * Whether the optimiser converged (first: it concerns every number), the design's aliased
     * columns, whether the estimate exists, the engine's diagnoses, then the dispersion.
     */
    private static List<Diagnosis> diagnoses(List<Diagnosis> design, List<Diagnosis> existence, List<Diagnosis> engine,
                                             OptimizationResult optimization, Dispersion dispersion, Family family) {
        List<Diagnosis> all = new ArrayList<>(FitDiagnoses.notConverged(optimization));
        all.addAll(design);
        all.addAll(existence);
        all.addAll(engine);
        all.addAll(FitDiagnoses.overdispersion(dispersion, family));
        return all;
    }

    /**
     * Pearson's dispersion of a Poisson fit or a grouped binomial one (logistic with trials), null for
     * the other models.
     *
     * @throws BadInputException when the Pearson dispersion is asked for another model
     */
    private static Dispersion dispersion(RegressionModel model, double[] estimate, DispersionMethod method) {
        Family family = model.family();
        if (family.dispersion() == NamedModel.Dispersion.HUBER) {
            if (method == DispersionMethod.PEARSON) {
                throw new BadInputException(FittingMessages.DISPERSION_NOT_POISSON, model.kind().cliName());
            }
            return Dispersion.huber(model, estimate);
        }
        if (method == DispersionMethod.HUBER) {
            throw new BadInputException(FittingMessages.DISPERSION_HUBER_ONLY, model.kind().cliName());
        }
        if (family.dispersion() == NamedModel.Dispersion.PEARSON) {
            return Dispersion.of(model, estimate, DispersionMethod.PEARSON);
        }
        boolean binomial = family.response() == NamedModel.Response.BINOMIAL;
        boolean pearsonMakesSense = family.hasVariance() && family != Family.LINEAR
                && (!binomial || model.observations().hasTrials());
        if (!pearsonMakesSense) {
            if (method == DispersionMethod.PEARSON) {
                throw new BadInputException(FittingMessages.DISPERSION_NOT_POISSON, model.kind().cliName());
            }
            return null;
        }
        return Dispersion.of(model, estimate, method);
    }

    /** The diagnosis of the Hessian engine itself: the cautionary nested scheme says so. */
    static List<Diagnosis> engineDiagnoses(HessianMethod method) {
        if (method != HessianMethod.FD_NESTED) {
            return List.of();
        }
        return List.of(Diagnosis.warning(DiagnosisCode.CAUTIONARY_ENGINE, "the Hessian comes from nested finite "
                + "differences with a fixed step of " + FiniteDifferences.NOTEBOOK_EPS + " (the logistic-Hessian notebook's "
                + "scheme, kept as the cautionary example): the loss's rounding noise divided by the step squared can make "
                + "its standard errors wrong in any digit", Remedy.EXACT_ENGINE));
    }
}
