package org.hessianworkbench.fitting;

import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.derivatives.HessianEstimate;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.inference.CovarianceResult;
import org.hessianworkbench.inference.Covariances;
import org.hessianworkbench.inference.PivotedQr;
import org.hessianworkbench.inference.Statistic;
import org.hessianworkbench.inference.Wald;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.models.expression.PredictorsModel;
import org.hessianworkbench.optimizers.OptimizationResult;
import org.hessianworkbench.optimizers.Optimizers;

/**
 * Fits a model of several linear predictors ({@link PredictorsModel}) and infers from the observed
 * information: the optimiser minimises the summed loss, the Hessian at the estimate comes from the
 * chosen engine, and the covariance is its inverse \(H^{-1}\) through Cholesky, never when \(H\) is
 * not positive definite (then the report diagnoses it: eigenvalues, null directions). Wald z tests
 * and intervals; the loss at the estimate. The Hessian is the joint one, cross blocks
 * \(X_k^\top\operatorname{diag}(\partial^2\ell/\partial\eta_k\partial\eta_l)X_l\) included, so the
 * standard errors account for every predictor's estimation.
 *
 * <p><b>Optimiser.</b> The trust region by default ({@link #DEFAULT_OPTIMIZER}), as for the product
 * models: a loss of several predictors is in general not jointly convex (the heteroscedastic
 * Gaussian's Hessian in \((\mu, \log\sigma)\) is indefinite at every observation with a large
 * residual), and the trust region with the exact Hessian crosses such regions where Newton's shifted
 * steps crawl. Any optimiser may be asked for; least squares ({@code qr}) is not one.
 *
 * <p><b>Aliased columns.</b> Within each predictor, a column that is a linear combination of the
 * columns before it ({@link PivotedQr}, on the rows of nonzero weight) is left out and the reduced
 * model fitted, as {@link Fitter} does for one predictor (the {@code aliased} diagnosis names it as
 * {@code NAME:term}; its row of the table is {@code NA}). Columns of different predictors may repeat
 * each other (each predictor has its own intercept): whether the loss then identifies them is the
 * Hessian's to say.
 *
 * <p><b>Statistics.</b> A custom loss is not taken for a likelihood: the loss at the estimate, no
 * deviance, log-likelihood or AIC; degrees of freedom \(n - p\). The negative binomial with k
 * estimated is a full likelihood: log-likelihood \(-\text{loss}\), AIC \(2\,\text{loss} + 2p\) with
 * \(p\) counting {@code logk}; its deviance, null deviance and their degrees of freedom are those
 * {@code MASS::glm.nb} reports, of the {@code glm} with k held at its estimate (so the residual
 * degrees of freedom do not count {@code logk}); and {@code k = exp(logk)} is reported with its
 * delta-method standard error \(k\,\mathrm{se}(\log k)\).
 */
public final class PredictorsFitter {

    /** The default optimiser: the trust region (exact Hessian, Steihaug's CG; no convexity needed). */
    public static final String DEFAULT_OPTIMIZER = "trust-region";

    private PredictorsFitter() {
    }

    /**
     * Fits {@code model} as {@code options} say.
     *
     * @throws BadInputException for a start point of the wrong length or where the loss is not finite,
     *                           an unknown optimiser or {@code qr}, Firth's penalised likelihood, a
     *                           dispersion other than fixed, or a predictor whose columns are all aliased
     */
    public static FitReport fit(PredictorsModel model, FitOptions options) {
        long t0 = System.nanoTime();
        if (options.start() != null && options.start().length != model.p()) {
            throw StartPoint.lengthMismatch(options.start().length, model.parameterNames());
        }
        if (options.firth()) {
            throw new BadInputException(FittingMessages.FIRTH_NOT_LOGISTIC, model.kind().cliName());
        }
        if (options.se() != StandardErrors.MODEL) {
            throw new BadInputException(FittingMessages.SANDWICH_NOT_SUPPORTED, "a model of several linear predictors");
        }
        if (options.dispersion() == DispersionMethod.PEARSON) {
            throw new BadInputException(FittingMessages.DISPERSION_NOT_POISSON, model.kind().cliName());
        }
        if (options.dispersion() == DispersionMethod.HUBER) {
            throw new BadInputException(FittingMessages.DISPERSION_HUBER_ONLY, model.kind().cliName());
        }
        if (FitOptions.QR.equals(options.optimizer())) {
            throw new BadInputException(FittingMessages.QR_NOT_LINEAR);
        }
        int blocks = model.blocks().size();
        int[][] kept = new int[blocks][];
        boolean[] aliased = new boolean[model.p()];
        boolean any = false;
        int at = 0;
        for (int k = 0; k < blocks; k++) {
            PivotedQr qr = PivotedQr.of(model.weightedBlock(k));
            kept[k] = qr.kept();
            if (kept[k].length == 0) {
                throw new BadInputException(FittingMessages.PREDICTOR_ALL_ALIASED, model.predictors().get(k).name());
            }
            boolean[] a = qr.aliased();
            for (int j = 0; j < a.length; j++) {
                aliased[at + j] = a[j];
                any |= a[j];
            }
            at += a.length;
        }
        if (!any) {
            return fitIdentified(model, options, t0, List.of());
        }
        int[] keptAll = new int[model.p() - count(aliased)];
        for (int j = 0, r = 0; j < aliased.length; j++) {
            if (!aliased[j]) {
                keptAll[r++] = j;
            }
        }
        PredictorsModel reduced = model.withColumns(kept);
        FitOptions reducedOptions = options.start() == null ? options
                : options.withStart(Aliasing.keep(options.start(), keptAll));
        FitReport r = fitIdentified(reduced, reducedOptions, t0, Aliasing.diagnoses(model.parameterNames(), aliased));
        return Aliasing.expand(r, model.parameterNames(), aliased);
    }

    private static int count(boolean[] b) {
        int c = 0;
        for (boolean x : b) {
            c += x ? 1 : 0;
        }
        return c;
    }

    private static FitReport fitIdentified(PredictorsModel model, FitOptions options, long t0,
                                           List<Diagnosis> designDiagnoses) {
        String optimizerName = options.optimizer() != null ? options.optimizer() : DEFAULT_OPTIMIZER;
        if (!Optimizers.isKnown(optimizerName)) {
            throw new BadInputException(FittingMessages.UNKNOWN_OPTIMIZER_OR_QR, optimizerName,
                    String.join(", ", Optimizers.NAMES));
        }
        double[] start = options.start() == null ? model.defaultStart() : options.start();
        model.requireFiniteLoss(start);
        OptimizationResult optimization = Optimizers.byName(optimizerName, options.settings()).minimize(
                model.objective(), start, FitStopping.options(model.objective(), start, options.optimizerOptions()));
        double[] estimate = optimization.estimate();
        HessianEstimate hessian = options.hessian().compute(model.objective(), estimate);
        CovarianceResult covariance = Covariances.fromHessian(hessian.hessian(), 1);
        Statistic statistic = Statistic.z();
        double critical = Double.isNaN(options.z()) ? statistic.critical(options.level()) : options.z();
        double loss = model.objective().value(estimate);
        FitReport.FitStatistics stats;
        List<FitReport.Derived> derived = new ArrayList<>();
        String family;
        if (model.kind() == ModelKind.NEGATIVE_BINOMIAL) {
            int j = model.p() - 1; // logk's intercept, the last parameter
            double k = Math.exp(estimate[j]);
            double se = covariance instanceof CovarianceResult.Available a ? k * a.standardErrors()[j] : Double.NaN;
            derived.add(new FitReport.Derived("k", "exp(" + model.parameterNames().get(j) + ")", k, se));
            RegressionModel glm = model.withShape(k);
            double[] beta = java.util.Arrays.copyOf(estimate, j);
            stats = new FitReport.FitStatistics(-loss, glm.deviance(beta), glm.nullDeviance(), glm.residualDf(),
                    glm.nullDf(), 2 * loss + 2 * model.p(), Double.NaN, Double.NaN, loss, true);
            family = model.kind().cliName() + " (k estimated)";
        } else {
            int used = model.observationsUsed();
            int intercepts = (int) model.predictors().stream().filter(p -> p.columns().contains("(Intercept)")).count();
            stats = new FitReport.FitStatistics(Double.NaN, Double.NaN, Double.NaN, used - model.p(), used - intercepts,
                    Double.NaN, Double.NaN, Double.NaN, loss, false);
            family = model.kind().cliName();
        }
        List<Diagnosis> diagnoses = new ArrayList<>(FitDiagnoses.notConverged(optimization));
        diagnoses.addAll(designDiagnoses);
        diagnoses.addAll(Fitter.engineDiagnoses(options.hessian()));
        return new FitReport(model.kind(), model.description(), model.source(), model.n(), model.droppedRows(),
                model.parameterNames(), estimate, optimizerName, optimization, hessian, covariance,
                Wald.table(model.parameterNames(), estimate, covariance, statistic, critical), statistic.name(),
                statistic.df(), options.level(), critical, stats, (System.nanoTime() - t0) * 1e-9, diagnoses, null,
                false, family, model.loss().text(), derived, StandardErrors.MODEL);
    }
}
