package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hessianworkbench.derivatives.Observations;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.design.DesignMatrix;
import org.hessianworkbench.design.Formula;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.FirthLogisticObjective;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * Fits with prior weights, binomial trials and offsets against R's {@code glm} and {@code lm} on the
 * same data: {@code weighted.csv} and the reference set {@code weighted-r.txt}, both made by
 * {@code make_weighted_refs.R} beside them (this module's test resources). The models are built
 * through the API, the design from the formula and the weights, trials and offsets from the CSV's
 * columns, as the formula layer will hand them over.
 */
class WeightedFitTest {

    private static final String DIR = "org/hessianworkbench/fitting/weighted/";

    private static final ReferenceSet R = ReferenceSet.loadResource(DIR + "weighted-r.txt");

    private static final DataSet DATA = DataSet.fromCsvText("weighted.csv", resource(DIR + "weighted.csv"));

    /**
     * Estimates, standard errors, statistics, log-likelihoods, deviances and dispersions of a GLM against
     * R's: R iterated IRLS to {@code epsilon = 1e-14} (its rounding floor, not its default 1e-8, which
     * would leave the estimates about 1e-8 relative from the optimum) and the workbench's Newton stops
     * by the Newton decrement, so both are at the optimum to about 1e-12; the project's glm tolerance
     * (relative to each value) leaves room for the conditioning of the standard errors.
     */
    private static final double GLM = Tolerances.R_GLM;

    /**
     * A weighted least-squares fit against R's {@code lm}: both are Householder QR of the same
     * \(W^{1/2}X\), differing by the rounding of a few hundred operations (relative).
     */
    private static final double LM = Tolerances.R_LM;

    private static String resource(String name) {
        try (InputStream in = WeightedFitTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A column of the data, in the design's rows (no row of the data is incomplete, so all of them). */
    private static double[] column(String name) {
        return DATA.numeric(name);
    }

    private static double[] log(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.log(v[i]);
        }
        return out;
    }

    private static double[] sum(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    private static RegressionModel model(Family family, String formula, Observations observations) {
        DesignMatrix design = DesignMatrix.build(Formula.parse(formula), DATA, false);
        assertEquals(R.integer("observations"), design.rows());
        return RegressionModel.of(family, design, DATA, observations);
    }

    private static void close(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, tolerance * Math.abs(expected), what);
    }

    /** The coefficient table, the statistics and the first fitted value of case {@code c}. */
    private static FitReport check(String c, RegressionModel m, FitOptions options, double tolerance) {
        FitReport r = Fitter.fit(m, options);
        assertTrue(r.converged(), c);
        assertTrue(r.diagnoses().stream().noneMatch(d -> d.code().name().contains("SEPARATION")), c + ": " + r.diagnoses());
        List<String> terms = R.words(c + ".terms");
        double[] b = R.numbers(c + ".estimate");
        double[] se = R.numbers(c + ".se");
        double[] stat = R.numbers(c + ".statistic");
        assertEquals(terms, r.names(), c);
        for (int j = 0; j < terms.size(); j++) {
            Coefficient k = r.coefficients().get(j);
            close(b[j], k.estimate(), tolerance, c + " estimate " + terms.get(j));
            close(se[j], k.stdError(), tolerance, c + " SE " + terms.get(j));
            close(stat[j], k.statistic(), tolerance, c + " statistic " + terms.get(j));
        }
        FitReport.FitStatistics s = r.stats();
        close(R.number(c + ".deviance"), s.deviance(), tolerance, c + " deviance");
        assertEquals(R.integer(c + ".df-residual"), s.residualDf(), c + " df.residual");
        if (R.has(c + ".null-deviance")) {
            close(R.number(c + ".null-deviance"), s.nullDeviance(), tolerance, c + " null deviance");
            assertEquals(R.integer(c + ".df-null"), s.nullDf(), c + " df.null");
        }
        if (!R.text(c + ".loglik").equals("NA")) {
            close(R.number(c + ".loglik"), s.logLikelihood(), tolerance, c + " logLik");
            close(R.number(c + ".aic"), s.aic(), tolerance, c + " AIC");
        }
        close(R.number(c + ".fitted-first"), m.fitted(r.estimate())[0], tolerance, c + " fitted (offset included)");
        return r;
    }

    @Test
    void logisticWithIntegerWeights() {
        FitReport r = check("logistic-weights", model(Family.LOGISTIC, "yb ~ x1 + x2",
                Observations.ofWeights(column("wi"))), FitOptions.defaults(), GLM);
        assertNull(r.dispersion(), "binary data have no dispersion");
        assertEquals("z", r.statistic());
    }

    @Test
    void logisticWithFractionalWeightsHasRsLogLikelihood() {
        // R's binomial()$aic rounds w * y and w: the log-likelihood of a fractional weight is R's, not w times
        // the Bernoulli one; the deviance and the estimates are the weighted ones
        check("logistic-fractional-weights", model(Family.LOGISTIC, "yb ~ x1 + x2", Observations.ofWeights(column("w"))),
                FitOptions.defaults(), GLM);
    }

    @Test
    void groupedBinomial() {
        FitReport r = check("binomial-cbind", model(Family.LOGISTIC, "s ~ x1 + x2",
                Observations.ofTrials(sum(column("s"), column("f")))), FitOptions.defaults(), GLM);
        close(R.number("binomial-cbind.pearson-chi2"), r.dispersion().pearsonChi2(), GLM, "Pearson X^2");
        assertEquals(DispersionMethod.FIXED, r.dispersion().method());
        assertTrue(r.diagnoses().isEmpty(), r.diagnoses().toString());
    }

    @Test
    void groupedBinomialWithWeightsAndAnOffsetRefitsTheNullModelWithTheOffset() {
        Observations o = new Observations(column("w"), sum(column("s"), column("f")), new double[][] {column("off")});
        FitReport r = check("binomial-cbind-weights-offset", model(Family.LOGISTIC, "s ~ x1", o), FitOptions.defaults(), GLM);
        close(R.number("binomial-cbind-weights-offset.pearson-chi2"), r.dispersion().pearsonChi2(), GLM, "Pearson X^2");
    }

    @Test
    void groupedBinomialWithAnOffsetAndNoInterceptHasTheNullModelOfTheOffset() {
        Observations o = new Observations(null, sum(column("s"), column("f")), new double[][] {column("off")});
        check("binomial-cbind-offset-no-intercept", model(Family.LOGISTIC, "s ~ x1 - 1", o), FitOptions.defaults(), GLM);
    }

    @Test
    void poissonWithAnExposure() {
        FitReport r = check("poisson-offset", model(Family.POISSON, "count ~ x1 + x2",
                Observations.ofOffset(log(column("exposure")))), FitOptions.defaults(), GLM);
        close(R.number("poisson-offset.pearson-chi2"), r.dispersion().pearsonChi2(), GLM, "Pearson X^2");
    }

    @Test
    void poissonWithAnExposureAndNoIntercept() {
        check("poisson-offset-no-intercept", model(Family.POISSON, "count ~ x1 + x2 - 1",
                Observations.ofOffset(log(column("exposure")))), FitOptions.defaults(), GLM);
    }

    @Test
    void poissonWithWeightsAndAnExposure() {
        Observations o = new Observations(column("w"), null, new double[][] {log(column("exposure"))});
        FitReport r = check("poisson-weights-offset", model(Family.POISSON, "count ~ x1 + x2", o), FitOptions.defaults(), GLM);
        close(R.number("poisson-weights-offset.pearson-chi2"), r.dispersion().pearsonChi2(), GLM, "Pearson X^2");
        assertEquals(R.integer("poisson-weights-offset.df-residual"), r.dispersion().df());
    }

    @Test
    void quasiPoissonWithWeightsIsRsDispersion() {
        Observations o = new Observations(column("w"), null, new double[][] {log(column("exposure"))});
        FitReport r = check("quasipoisson-weights-offset", model(Family.POISSON, "count ~ x1 + x2", o),
                FitOptions.defaults().withDispersion(DispersionMethod.PEARSON), GLM);
        close(R.number("quasipoisson-weights-offset.dispersion"), r.dispersion().used(), GLM, "dispersion");
        assertEquals("t", r.statistic());
        assertEquals(R.integer("quasipoisson-weights-offset.df-residual"), (int) r.df());
    }

    @Test
    void quasiBinomialOfGroupedDataIsRsDispersionOnTheCountScale() {
        Observations o = new Observations(column("w"), sum(column("s"), column("f")), null);
        FitReport r = check("quasibinomial-cbind-weights", model(Family.LOGISTIC, "s ~ x1 + x2", o),
                FitOptions.defaults().withDispersion(DispersionMethod.PEARSON), GLM);
        close(R.number("quasibinomial-cbind-weights.dispersion"), r.dispersion().used(), GLM, "dispersion");
        close(R.number("quasibinomial-cbind-weights.pearson-chi2"), r.dispersion().pearsonChi2(), GLM, "Pearson X^2");
        assertEquals("t", r.statistic());
    }

    @Test
    void linearWithWeightsSomeZero() {
        RegressionModel m = model(Family.LINEAR, "ylin ~ x1 + x2", Observations.ofWeights(column("w")));
        FitReport r = check("linear-weights", m, FitOptions.defaults(), LM);
        assertEquals(FitOptions.QR, r.optimizer());
        close(R.number("linear-weights.sigma"), r.stats().sigma(), LM, "sigma");
        close(R.number("linear-weights.r-squared"), r.stats().rSquared(), LM, "R^2");
        // the same model by Newton on the weighted objective, its covariance from the Hessian
        check("linear-weights", m, FitOptions.defaults().withOptimizer("newton"), GLM);
    }

    @Test
    void linearWithWeightsAndAnOffsetFitsTheResponseMinusTheOffset() {
        Observations o = new Observations(column("w"), null, new double[][] {column("off")});
        FitReport r = check("linear-weights-offset", model(Family.LINEAR, "ylin ~ x1 + x2", o), FitOptions.defaults(), LM);
        close(R.number("linear-weights-offset.sigma"), r.stats().sigma(), LM, "sigma");
        // the null deviance and its df are glm(family = gaussian)'s with the offset: R^2 = 1 - RSS / null deviance
        // (R 4.2.2's summary.lm puts the offset into the fitted values of its R^2; the null model here keeps it)
        close(R.number("gaussian-weights-offset.null-deviance"), r.stats().nullDeviance(), LM, "null deviance");
        assertEquals(R.integer("gaussian-weights-offset.df-null"), r.stats().nullDf());
        close(R.number("gaussian-weights-offset.deviance"), r.stats().deviance(), LM, "gaussian deviance");
        close(1 - R.number("gaussian-weights-offset.deviance") / R.number("gaussian-weights-offset.null-deviance"),
                r.stats().rSquared(), LM, "R^2");
    }

    /** Firth's estimate and standard errors (inverse information at the estimate) against brglm2's. */
    private static void firth(String c, RegressionModel m) {
        FitReport r = Fitter.fit(m, FitOptions.defaults().withFirth(true));
        assertTrue(r.firth() && r.converged(), c);
        List<String> terms = R.words(c + ".terms");
        double[] b = R.numbers(c + ".estimate");
        double[] se = R.numbers(c + ".se");
        assertEquals(terms, r.names(), c);
        for (int j = 0; j < terms.size(); j++) {
            close(b[j], r.coefficients().get(j).estimate(), Tolerances.BRGLM2, c + " estimate " + terms.get(j));
            close(se[j], r.coefficients().get(j).stdError(), Tolerances.BRGLM2, c + " SE " + terms.get(j));
        }
        close(R.number(c + ".deviance"), r.stats().deviance(), Tolerances.BRGLM2, c + " deviance");
        close(R.number(c + ".log-det-information"), 2 * FirthLogisticObjective.of(m).halfLogDetInformation(r.estimate()),
                Tolerances.BRGLM2, c + " log det I");
        CheckReport check = Checker.check(m.kind(), FirthLogisticObjective.of(m), "estimate", r.estimate());
        assertTrue(check.agree(), c + ": every engine on the penalised loss " + check.comparisons());
    }

    @Test
    void firthWithIntegerWeightsAsBrglm2() {
        firth("firth-logistic-weights", model(Family.LOGISTIC, "yb ~ x1 + x2", Observations.ofWeights(column("wi"))));
    }

    @Test
    void firthWithTrialsWeightsAndAnOffsetAsBrglm2() {
        firth("firth-cbind-weights-offset", model(Family.LOGISTIC, "s ~ x1 + x2", new Observations(column("w"),
                sum(column("s"), column("f")), new double[][] {column("off")})));
    }

    @Test
    void thePearsonDispersionOfBinaryLogisticStaysRefused() {
        RegressionModel m = model(Family.LOGISTIC, "yb ~ x1 + x2", Observations.ofWeights(column("wi")));
        BadInputException e = assertThrows(BadInputException.class,
                () -> Fitter.fit(m, FitOptions.defaults().withDispersion(DispersionMethod.PEARSON)));
        assertEquals(FittingMessages.DISPERSION_NOT_POISSON, e.key());
    }
}
