package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.hessianworkbench.derivatives.HessianComparison;
import org.hessianworkbench.derivatives.HessianMethod;
import org.hessianworkbench.derivatives.diagnosis.DiagnosisCode;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.ModelMessages;
import org.hessianworkbench.models.expression.LossSpec;
import org.hessianworkbench.models.expression.PredictorsModel;
import org.hessianworkbench.optimizers.OptimizerOptions;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models of several linear predictors fitted end to end: the heteroscedastic Gaussian against R
 * ({@code heteroscedastic-r.txt}: Newton on R's symbolic {@code D()} derivatives, and the closed form of
 * its special case with a constant log standard deviation), its cross blocks by every engine, its
 * estimates recovered on large simulated data; the negative binomial with k estimated against
 * {@code MASS::glm.nb} ({@code named-negbin-r.txt}, case {@code negbin-estimated}); aliasing, weights,
 * non-convergence and the refusals.
 */
class PredictorsFitTest {

    /**
     * R's Newton to the rounding floor, ours stopped by the Newton decrement (about 1e-9 standard errors
     * from the minimiser): estimates, standard errors and statistics, relative.
     */
    private static final double R = Tolerances.R_GLM;

    /** The heteroscedastic Gaussian: mean mu, log standard deviation ls. */
    static final String HETERO = "0.5*((y - mu)/exp(ls))^2 + ls";

    private static LinkedHashMap<String, String> predictors(String... nameRhs) {
        LinkedHashMap<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameRhs.length; i += 2) {
            m.put(nameRhs[i], nameRhs[i + 1]);
        }
        return m;
    }

    private static PredictorsModel hetero(String mu, String ls) {
        return ModelRequest.predictors(TestData.file("heteroscedastic.csv"), HETERO, Map.of(), "y",
                predictors("mu", mu, "ls", ls)).loadPredictors();
    }

    private static void close(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, tolerance * Math.abs(expected), what);
    }

    private static void checkCase(ReferenceSet ref, String c, FitReport r) {
        assertTrue(r.converged(), c);
        assertEquals(ref.words(c + ".terms"), r.names(), c);
        double[] b = ref.numbers(c + ".estimate");
        double[] se = ref.numbers(c + ".se");
        for (int j = 0; j < b.length; j++) {
            Coefficient k = r.coefficients().get(j);
            close(b[j], k.estimate(), R, c + " estimate " + r.names().get(j));
            close(se[j], k.stdError(), R, c + " SE " + r.names().get(j));
        }
        close(ref.number(c + ".loss"), r.stats().loss(), R, c + " loss");
    }

    @Test
    void theHeteroscedasticGaussianIsRs() {
        ReferenceSet ref = ReferenceSet.load("heteroscedastic-r");
        FitReport r = PredictorsFitter.fit(hetero("~ x1 + x2", "~ x1"), FitOptions.defaults());
        checkCase(ref, "hetero", r);
        assertEquals("y; mu ~ x1 + x2; ls ~ x1", r.formula());
        assertEquals(ModelKind.CUSTOM, r.model());
        assertEquals(HETERO, r.loss());
        assertEquals("z", r.statistic());
        assertFalse(r.stats().likelihood(), "a custom loss is not taken for a likelihood");
        assertEquals(400 - 5, r.stats().residualDf());
        assertTrue(r.diagnoses().isEmpty(), r.diagnoses().toString());
        // the Hessian at the estimate, cross blocks included, is R's (relative to its largest entry)
        double[] h = ref.numbers("hetero.hessian");
        double[][] ours = r.hessian().hessian();
        double top = 0;
        for (double v : h) {
            top = Math.max(top, Math.abs(v));
        }
        for (int j = 0; j < 5; j++) {
            for (int k = 0; k < 5; k++) {
                assertEquals(h[j * 5 + k], ours[j][k], R * top, "H[" + j + "][" + k + "]");
            }
        }
        assertTrue(Math.abs(ours[1][4]) > 1, "mu:x1 against ls:x1 is a true cross term: " + ours[1][4]);
    }

    @Test
    void aConstantLogScaleHasTheClosedForm() {
        ReferenceSet ref = ReferenceSet.load("heteroscedastic-r");
        FitReport r = PredictorsFitter.fit(hetero("~ x1 + x2", "~ 1"), FitOptions.defaults());
        checkCase(ref, "constant", r);
        // least squares for mu, exp(ls)^2 = RSS/n, se(ls) = 1/sqrt(2n): independent of R's iterations
        double[] closed = ref.numbers("constant.closed-form");
        double[] closedSe = ref.numbers("constant.closed-form-se");
        for (int j = 0; j < closed.length; j++) {
            close(closed[j], r.coefficients().get(j).estimate(), R, "closed form " + j);
            close(closedSe[j], r.coefficients().get(j).stdError(), R, "closed-form SE " + j);
        }
        close(1 / Math.sqrt(2 * 400), r.coefficients().get(3).stdError(), R, "se(ls) = 1/sqrt(2n)");
    }

    @Test
    void everyEngineAgreesOnTheCrossBlocks() {
        PredictorsModel m = hetero("~ x1 + x2", "~ x1");
        // away from the estimate every entry of the cross block is far from 0
        double[] at = {0.8, 0.3, -0.5, -0.1, 0.4};
        CheckReport check = Checker.check(m.kind(), m.objective(), "given", at);
        assertTrue(check.agree(), "analytic, fd-central and fd-richardson agree with AD");
        double[][] analytic = HessianMethod.ANALYTIC.compute(m.objective(), at).hessian();
        double[][] ad = HessianMethod.AD.compute(m.objective(), at).hessian();
        for (int j = 0; j < 3; j++) {
            for (int k = 3; k < 5; k++) {
                assertTrue(Math.abs(ad[j][k]) > 1, "cross entry " + j + "," + k + " = " + ad[j][k]);
                assertEquals(ad[j][k], analytic[j][k], Tolerances.ANALYTIC_VS_AD * Math.abs(ad[j][k]),
                        "analytic cross entry " + j + "," + k);
            }
        }
        HessianComparison fd = HessianComparison.of(HessianMethod.FD_CENTRAL.compute(m.objective(), at),
                HessianMethod.AD.compute(m.objective(), at));
        assertTrue(fd.agree(), fd.toString());
        // and the same at the estimate, through the fit's engine
        FitReport byAd = PredictorsFitter.fit(m, FitOptions.defaults().withHessian(HessianMethod.AD));
        FitReport byAnalytic = PredictorsFitter.fit(m, FitOptions.defaults());
        for (int j = 0; j < 5; j++) {
            close(byAd.coefficients().get(j).stdError(), byAnalytic.coefficients().get(j).stdError(),
                    Tolerances.ANALYTIC_VS_AD, "SE by AD and analytic " + j);
        }
    }

    @Test
    void largeSimulatedDataRecoverTheTruthWithinTheirStandardErrors(@TempDir Path dir) throws IOException {
        // y = 1 + 0.5 x1 - 0.8 x2 + exp(-0.3 + 0.6 x1) e, e standard normal: 20000 rows, fixed seed
        double[] truth = {1, 0.5, -0.8, -0.3, 0.6};
        SplittableRandom random = new SplittableRandom(20261128);
        StringBuilder csv = new StringBuilder("y,x1,x2\n");
        for (int i = 0; i < 20_000; i++) {
            double x1 = gaussian(random);
            double x2 = 2 * random.nextDouble() - 1;
            double y = truth[0] + truth[1] * x1 + truth[2] * x2 + Math.exp(truth[3] + truth[4] * x1) * gaussian(random);
            csv.append(String.format(Locale.ROOT, "%.17g,%.17g,%.17g%n", y, x1, x2));
        }
        Path file = dir.resolve("simulated.csv");
        Files.writeString(file, csv.toString());
        PredictorsModel m = ModelRequest.predictors(file, HETERO, Map.of(), "y",
                predictors("mu", "~ x1 + x2", "ls", "~ x1")).loadPredictors();
        FitReport r = PredictorsFitter.fit(m, FitOptions.defaults());
        assertTrue(r.converged());
        for (int j = 0; j < truth.length; j++) {
            Coefficient c = r.coefficients().get(j);
            // 4.5 standard errors: a miss has probability 7e-6 per coefficient under the model
            assertTrue(Math.abs(c.estimate() - truth[j]) < 4.5 * c.stdError(),
                    c.name() + ": " + c.estimate() + " +/- " + c.stdError() + ", truth " + truth[j]);
            assertTrue(c.stdError() < 0.02, c.name() + " SE " + c.stdError());
        }
    }

    /** A standard normal draw (Box-Muller). */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Test
    void theNegativeBinomialWithKEstimatedIsGlmNb() {
        ReferenceSet ref = ReferenceSet.load("named-negbin-r");
        ModelRequest request = new ModelRequest(TestData.file("overdispersed_counts.csv"), ModelKind.NEGATIVE_BINOMIAL,
                "count ~ x + dose", null, null, 1e-3, false, LossSpec.NONE, null);
        assertTrue(request.isPredictors(), "without k the negative binomial estimates it");
        PredictorsModel m = assertInstanceOf(PredictorsModel.class, request.load());
        FitReport r = PredictorsFitter.fit(m, FitOptions.defaults());
        String c = "negbin-estimated";
        assertTrue(r.converged());
        assertEquals(List.of("eta:(Intercept)", "eta:x", "eta:dose", "logk:(Intercept)"), r.names());
        List<String> rTerms = ref.words(c + ".terms");
        assertEquals(List.of("(Intercept)", "x", "dose", "logk"), rTerms);
        double[] b = ref.numbers(c + ".estimate");
        double[] se = ref.numbers(c + ".se");
        for (int j = 0; j < b.length; j++) {
            close(b[j], r.coefficients().get(j).estimate(), R, "estimate " + rTerms.get(j));
            close(se[j], r.coefficients().get(j).stdError(), R, "joint observed-information SE " + rTerms.get(j));
        }
        FitReport.FitStatistics s = r.stats();
        assertTrue(s.likelihood());
        close(ref.number(c + ".loss"), s.loss(), R, "loss");
        close(ref.number(c + ".loglik"), s.logLikelihood(), R, "logLik = -loss");
        close(ref.number(c + ".aic"), s.aic(), R, "AIC = 2 loss + 2 * 4");
        close(ref.number(c + ".deviance"), s.deviance(), R, "deviance of the glm with k at its estimate");
        close(ref.number(c + ".null-deviance"), s.nullDeviance(), R, "null deviance");
        assertEquals(ref.integer(c + ".df-residual"), s.residualDf());
        assertEquals(ref.integer(c + ".df-null"), s.nullDf());
        assertEquals("negative-binomial (k estimated)", r.family());
        assertEquals(1, r.derived().size());
        FitReport.Derived k = r.derived().get(0);
        assertEquals("k", k.name());
        assertEquals("exp(logk:(Intercept))", k.definition());
        close(ref.number(c + ".theta"), k.estimate(), R, "k = glm.nb's theta");
        close(k.estimate() * se[3], k.stdError(), R, "delta method: se(k) = k se(log k)");
        // glm.nb's SE.theta holds the coefficients fixed: near, not equal
        assertEquals(ref.number(c + ".theta-se-r"), k.stdError(), 1e-3);
    }

    @Test
    void aKGivenKeepsTheModelOfOnePredictor() {
        ModelRequest request = new ModelRequest(TestData.file("overdispersed_counts.csv"), ModelKind.NEGATIVE_BINOMIAL,
                "count ~ x + dose", null, null, 1e-3, false, new LossSpec(null, null, Map.of("k", 1.5), null), null);
        assertFalse(request.isPredictors());
        assertEquals("RegressionModel", request.load().getClass().getSimpleName());
        BadInputException loadRegression = assertThrows(BadInputException.class, () -> new ModelRequest(
                TestData.file("overdispersed_counts.csv"), ModelKind.NEGATIVE_BINOMIAL, "count ~ x", null, null, 1e-3,
                false, LossSpec.NONE, null).loadRegression());
        assertEquals(ModelMessages.PARAMETER_REQUIRED, loadRegression.key(), "one predictor needs k");
        BadInputException other = assertThrows(BadInputException.class, () -> new ModelRequest(
                TestData.file("overdispersed_counts.csv"), ModelKind.NEGATIVE_BINOMIAL, "count ~ x", null, null, 1e-3,
                false, new LossSpec(null, null, Map.of("delta", 1.0), null), null).load());
        assertEquals(ModelMessages.UNKNOWN_PARAMETER, other.key());
    }

    @Test
    void anAliasedColumnIsLeftOutByName() {
        FitReport full = PredictorsFitter.fit(hetero("~ x1 + I(2*x1) + x2", "~ x1"), FitOptions.defaults());
        FitReport reduced = PredictorsFitter.fit(hetero("~ x1 + x2", "~ x1"), FitOptions.defaults());
        assertEquals(List.of("mu:(Intercept)", "mu:x1", "mu:I(2*x1)", "mu:x2", "ls:(Intercept)", "ls:x1"), full.names());
        assertEquals(DiagnosisCode.ALIASED, full.diagnoses().get(0).code());
        assertEquals(List.of("mu:I(2*x1)"), full.diagnoses().get(0).coefficients());
        assertTrue(full.coefficients().get(2).aliased());
        int[] same = {0, 1, 3, 4, 5};
        for (int k = 0; k < same.length; k++) {
            close(reduced.coefficients().get(k).estimate(), full.coefficients().get(same[k]).estimate(),
                    Tolerances.ALIASED_VS_REDUCED, "estimate " + full.names().get(same[k]));
            close(reduced.coefficients().get(k).stdError(), full.coefficients().get(same[k]).stdError(),
                    Tolerances.ALIASED_VS_REDUCED, "SE " + full.names().get(same[k]));
        }
        assertEquals(reduced.stats().residualDf(), full.stats().residualDf());
        // a start point is given for every column, the aliased one's value dropped
        FitReport started = PredictorsFitter.fit(hetero("~ x1 + I(2*x1) + x2", "~ x1"),
                FitOptions.defaults().withStart(new double[] {1, 0.5, 99, -0.8, -0.3, 0.6}));
        close(full.coefficients().get(1).estimate(), started.coefficients().get(1).estimate(), 1e-8, "same fit");
    }

    @Test
    void integerWeightsCountTheirObservationsThatManyTimes(@TempDir Path dir) throws IOException {
        List<String> lines = TestData.lines("heteroscedastic.csv");
        StringBuilder weighted = new StringBuilder(lines.get(0)).append(",w\n");
        StringBuilder repeated = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 1; i < lines.size(); i++) {
            int w = i % 3; // 0, 1 or 2
            weighted.append(lines.get(i)).append(',').append(w).append('\n');
            for (int c = 0; c < w; c++) {
                repeated.append(lines.get(i)).append('\n');
            }
        }
        Path wf = dir.resolve("weighted.csv");
        Path rf = dir.resolve("repeated.csv");
        Files.writeString(wf, weighted.toString());
        Files.writeString(rf, repeated.toString());
        ModelRequest request = ModelRequest.predictors(wf, HETERO, Map.of(), "y", predictors("mu", "~ x1", "ls", "~ x1"))
                .withWeights("w");
        FitReport w = PredictorsFitter.fit(request.loadPredictors(), FitOptions.defaults());
        FitReport r = PredictorsFitter.fit(ModelRequest.predictors(rf, HETERO, Map.of(), "y",
                predictors("mu", "~ x1", "ls", "~ x1")).loadPredictors(), FitOptions.defaults());
        for (int j = 0; j < 4; j++) {
            close(r.coefficients().get(j).estimate(), w.coefficients().get(j).estimate(), 1e-9, "estimate " + j);
            close(r.coefficients().get(j).stdError(), w.coefficients().get(j).stdError(), 1e-9, "SE " + j);
        }
        close(r.stats().loss(), w.stats().loss(), 1e-12, "loss");
    }

    @Test
    void aFitThatDidNotConvergeSaysSo() {
        PredictorsModel m = hetero("~ x1 + x2", "~ x1");
        FitOptions once = FitOptions.defaults().withOptimizerOptions(
                FitOptions.defaults().optimizerOptions().withMaxIterations(1));
        FitReport r = PredictorsFitter.fit(m, once);
        assertFalse(r.converged());
        assertEquals(DiagnosisCode.NOT_CONVERGED, r.diagnoses().get(0).code());
        // Newton (shifted where the Hessian is indefinite) gets there too
        FitReport newton = PredictorsFitter.fit(m, FitOptions.defaults().withOptimizer("newton"));
        FitReport trust = PredictorsFitter.fit(m, FitOptions.defaults());
        assertTrue(newton.converged());
        for (int j = 0; j < 5; j++) {
            close(trust.coefficients().get(j).estimate(), newton.coefficients().get(j).estimate(),
                    Tolerances.SAME_MINIMISER, "newton and trust-region " + j);
        }
        assertEquals(OptimizerOptions.DEFAULT_MAX_ITERATIONS, FitOptions.defaults().optimizerOptions().maxIterations());
    }

    @Test
    void whatDoesNotApplyIsOneClearLine() {
        PredictorsModel m = hetero("~ x1", "~ 1");
        assertEquals(FittingMessages.FIRTH_NOT_LOGISTIC, assertThrows(BadInputException.class, () ->
                PredictorsFitter.fit(m, FitOptions.defaults().withFirth(true))).key());
        assertEquals(FittingMessages.DISPERSION_NOT_POISSON, assertThrows(BadInputException.class, () ->
                PredictorsFitter.fit(m, FitOptions.defaults().withDispersion(DispersionMethod.PEARSON))).key());
        assertEquals(FittingMessages.QR_NOT_LINEAR, assertThrows(BadInputException.class, () ->
                PredictorsFitter.fit(m, FitOptions.defaults().withOptimizer("qr"))).key());
        assertEquals(FittingMessages.START_POINT_LENGTH, assertThrows(BadInputException.class, () ->
                PredictorsFitter.fit(m, FitOptions.defaults().withStart(new double[] {1, 2}))).key());
        Path h = TestData.file("heteroscedastic.csv");
        LinkedHashMap<String, String> two = predictors("mu", "~ x1", "ls", "~ 1");
        ModelRequest base = ModelRequest.predictors(h, HETERO, Map.of(), "y", two);
        assertEquals(FittingMessages.PREDICTORS_WITH_FORMULA, assertThrows(BadInputException.class, () ->
                new ModelRequest(h, ModelKind.CUSTOM, "y ~ x1", "y", null, 1e-3, false, base.loss(), null, two).load())
                .key());
        assertEquals(FittingMessages.PREDICTORS_NOT_CUSTOM, assertThrows(BadInputException.class, () ->
                new ModelRequest(h, ModelKind.LINEAR, null, "y", null, 1e-3, false, LossSpec.NONE, null, two).load())
                .key());
        assertEquals(FittingMessages.PREDICTORS_NOT_CUSTOM, assertThrows(BadInputException.class, () ->
                new ModelRequest(h, ModelKind.LINEAR_PRODUCT, null, "y", predictors("a", "x1"), 1e-3, false,
                        LossSpec.NONE, null, two).load()).key());
        assertEquals(FittingMessages.PREDICTORS_WITHOUT_RESPONSE, assertThrows(BadInputException.class, () ->
                new ModelRequest(h, ModelKind.CUSTOM, null, null, null, 1e-3, false, base.loss(), null, two).load())
                .key());
        assertEquals(FittingMessages.MEAN_FOR_PREDICTORS, assertThrows(BadInputException.class, () ->
                new ModelRequest(h, ModelKind.CUSTOM, null, "y", null, 1e-3, false,
                        new LossSpec(HETERO, null, Map.of(), "mu"), null, two).load()).key());
        assertEquals(ModelMessages.CUSTOM_WITHOUT_LOSS, assertThrows(BadInputException.class, () ->
                new ModelRequest(h, ModelKind.CUSTOM, null, "y", null, 1e-3, false, LossSpec.NONE, null, two).load())
                .key());
        for (FittingMessages key : List.of(FittingMessages.PREDICTORS_WITH_FORMULA, FittingMessages.PREDICTORS_NOT_CUSTOM,
                FittingMessages.PREDICTORS_WITHOUT_RESPONSE, FittingMessages.MEAN_FOR_PREDICTORS,
                FittingMessages.PREDICTORS_WITH_GROUPS, FittingMessages.PREDICTOR_ALL_ALIASED)) {
            assertFalse(key.format().contains("--"), key + " names a flag");
        }
        BadInputException notFinite = assertThrows(BadInputException.class, () -> PredictorsFitter.fit(
                hetero("~ x1", "~ 1"), FitOptions.defaults().withStart(new double[] {0, 0, -800})));
        assertTrue(notFinite.getMessage().contains("mu = 0, ls = -800"), notFinite.getMessage());
    }

    @Test
    void theLibraryBuildsAndFitsThemForJShell() {
        DataSet data = Workbench.read(TestData.file("heteroscedastic.csv"));
        PredictorsModel m = Workbench.predictorsModel(data, HETERO, "y", Map.of("mu", "~ x1 + x2", "ls", "~ x1"));
        assertEquals("ls:(Intercept)", m.parameterNames().get(0), "a Map.of is ordered by name");
        PredictorsModel ordered = Workbench.predictorsModel(data, HETERO, "y",
                predictors("mu", "~ x1 + x2", "ls", "~ x1"));
        FitReport fit = Workbench.fit(ordered);
        close(ReferenceSet.load("heteroscedastic-r").numbers("hetero.estimate")[0], fit.estimate()[0], R, "mu:(Intercept)");
        assertTrue(Workbench.check(ordered).agree());
        assertTrue(Workbench.check(ordered, new double[5]).agree());
        PredictorsModel nb = Workbench.negativeBinomial(Workbench.read(TestData.file("overdispersed_counts.csv")),
                "count ~ x + dose");
        close(ReferenceSet.load("named-negbin-r").number("negbin-estimated.loss"), Workbench.fit(nb).stats().loss(), R,
                "negative binomial loss");
        PredictorsModel scaled = Workbench.predictorsModel(data, "0.5*((y - mu)/(c*exp(ls)))^2 + ls", Map.of("c", 2.0),
                "y", predictors("mu", "~ x1", "ls", "~ 1"));
        assertEquals(Map.of("c", 2.0), scaled.loss().parameters());
    }
}
