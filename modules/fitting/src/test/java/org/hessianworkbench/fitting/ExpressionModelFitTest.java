package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hessianworkbench.derivatives.HessianMethod;
import org.hessianworkbench.derivatives.Observations;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.design.DesignMatrix;
import org.hessianworkbench.design.Formula;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.ModelMessages;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.models.expression.ExpressionMessages;
import org.hessianworkbench.models.expression.LossSpec;
import org.hessianworkbench.models.expression.NamedModel;
import org.hessianworkbench.testkit.ReferenceSet;
import org.hessianworkbench.testkit.TestData;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models whose loss is expression text, fitted end to end (CSV, formula, offsets, {@code cbind},
 * weights, the fit, the statistics) against R: the named models against the reference sets
 * {@code named-*-r.txt} made by {@code named-models.R} (R's {@code glm}, {@code MASS::glm.nb}, Huber's
 * IRLS; standard errors from the observed information, by R's symbolic {@code D()}), custom losses
 * against the built-in models and R's weighted, offset and grouped fits ({@code weighted-r.txt}).
 * Probit on Spector and Mazzeo is also the published fit (Greene; statsmodels prints
 * const -7.4523 (2.542), GPA 1.6258 (0.694), TUCE 0.0517 (0.084), PSI 1.4263 (0.595)).
 */
class ExpressionModelFitTest {

    /**
     * R iterated to its rounding floor (epsilon 1e-14, refitted from its own estimate) and Newton stops
     * by the Newton decrement: estimates, standard errors and statistics agree to the project's glm
     * tolerance (relative).
     */
    private static final double GLM = Tolerances.R_GLM;

    /**
     * A custom loss equal to a built-in one: the same minimiser reached through the compiled symbolic
     * derivatives instead of the hand-written ones; the bound (relative to 1 + |b|).
     */
    private static final double SAME_LOSS = 1e-10;

    /** The probit loss written by hand, as a student would (not the named model's text). */
    static final String PROBIT = "-(y*log(Phi(eta)) + (1 - y)*log(1 - Phi(eta)))";

    /** The logistic loss written as an expression: y successes of m, softplus(eta) = log(1 + e^eta). */
    static final String LOGISTIC = "m*softplus(eta) - y*eta";

    private static FitReport fit(String csv, ModelKind kind, String formula, LossSpec loss, String weights,
                                 FitOptions options) {
        ModelRequest request = new ModelRequest(TestData.file(csv), kind, formula, null, null, 1e-3, false, loss,
                weights);
        return Fitter.fit(request.loadRegression(), options);
    }

    private static void close(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, tolerance * Math.abs(expected), what);
    }

    /** Estimates, SEs and, where R gives them, the likelihood statistics of case {@code c}. */
    private static void check(ReferenceSet ref, String c, FitReport r, double tolerance) {
        assertTrue(r.converged(), c);
        List<String> terms = ref.words(c + ".terms");
        double[] b = ref.numbers(c + ".estimate");
        double[] se = ref.numbers(c + ".se");
        assertEquals(terms, r.names(), c);
        for (int j = 0; j < terms.size(); j++) {
            Coefficient k = r.coefficients().get(j);
            close(b[j], k.estimate(), tolerance, c + " estimate " + terms.get(j));
            close(se[j], k.stdError(), tolerance, c + " SE " + terms.get(j));
        }
        close(ref.number(c + ".loss"), r.stats().loss(), tolerance, c + " loss");
        if (ref.has(c + ".deviance")) {
            FitReport.FitStatistics s = r.stats();
            close(ref.number(c + ".deviance"), s.deviance(), tolerance, c + " deviance");
            close(ref.number(c + ".null-deviance"), s.nullDeviance(), tolerance, c + " null deviance");
            close(ref.number(c + ".loglik"), s.logLikelihood(), tolerance, c + " logLik");
            close(ref.number(c + ".aic"), s.aic(), tolerance, c + " AIC");
            assertEquals(ref.integer(c + ".df-residual"), s.residualDf(), c + " df");
        }
        if (ref.number(c + ".dispersion") != 1) {
            close(ref.number(c + ".dispersion"), r.dispersion().estimate(), tolerance, c + " dispersion");
        }
    }

    @Test
    void probitOnSpectorIsRsAndStatsmodels() {
        ReferenceSet ref = ReferenceSet.load("named-spector-r");
        FitReport named = fit("spector.csv", ModelKind.PROBIT, "GRADE ~ GPA + TUCE + PSI", LossSpec.NONE, null,
                FitOptions.defaults());
        check(ref, "probit", named, GLM);
        // the published table, to its printed digits
        double[] published = {-7.4523, 1.6258, 0.0517, 1.4263};
        double[] publishedSe = {2.542, 0.694, 0.084, 0.595};
        for (int j = 0; j < 4; j++) {
            assertEquals(published[j], named.coefficients().get(j).estimate(), 0.5e-4 + 1e-12);
            assertEquals(publishedSe[j], named.coefficients().get(j).stdError(), 0.5e-3 + 1e-12);
        }
        FitReport custom = fit("spector.csv", ModelKind.CUSTOM, "GRADE ~ GPA + TUCE + PSI",
                new LossSpec(PROBIT, null, Map.of(), null), null, FitOptions.defaults());
        for (int j = 0; j < 4; j++) {
            close(ref.numbers("probit.estimate")[j], custom.coefficients().get(j).estimate(), GLM, "custom probit");
            close(ref.numbers("probit.se")[j], custom.coefficients().get(j).stdError(), GLM, "custom probit SE");
        }
        assertFalse(custom.stats().likelihood(), "a custom loss is not known to be a likelihood");
        assertEquals(PROBIT, custom.loss());
    }

    @Test
    void cloglogAndAnInteractionOnSpector() {
        ReferenceSet ref = ReferenceSet.load("named-spector-r");
        check(ref, "cloglog", fit("spector.csv", ModelKind.CLOGLOG, "GRADE ~ GPA + TUCE + PSI", LossSpec.NONE, null,
                FitOptions.defaults()), GLM);
        check(ref, "probit-interaction", fit("spector.csv", ModelKind.PROBIT, "GRADE ~ GPA * PSI", LossSpec.NONE, null,
                FitOptions.defaults()), GLM);
    }

    @Test
    void probitWithPriorWeightsHasRsLogLikelihood(@TempDir Path dir) throws IOException {
        // R's weights = TUCE/20: a column of the data here; R's binomial log-likelihood rounds w*y and w
        ReferenceSet ref = ReferenceSet.load("named-spector-r");
        List<String> lines = TestData.lines("spector.csv");
        StringBuilder b = new StringBuilder(lines.get(0)).append(",W\n");
        for (String line : lines.subList(1, lines.size())) {
            double tuce = Double.parseDouble(line.split(",")[2]);
            b.append(line).append(',').append(tuce / 20).append('\n');
        }
        Path csv = dir.resolve("spector_w.csv");
        Files.writeString(csv, b.toString());
        ModelRequest request = new ModelRequest(csv, ModelKind.PROBIT, "GRADE ~ GPA + TUCE + PSI", null, null, 1e-3,
                false, LossSpec.NONE, "W");
        check(ref, "probit-weighted", Fitter.fit(request.loadRegression(), FitOptions.defaults()), GLM);
    }

    @Test
    void groupedBinomialProbitAndCloglog() {
        ReferenceSet ref = ReferenceSet.load("named-grouped-r");
        for (ModelKind kind : List.of(ModelKind.PROBIT, ModelKind.CLOGLOG)) {
            FitReport r = fit("grouped_binomial.csv", kind, "cbind(s, f) ~ dose + group", LossSpec.NONE, null,
                    FitOptions.defaults());
            check(ref, kind.cliName(), r, GLM);
            assertEquals("z", r.statistic(), "dispersion 1 unless asked");
        }
    }

    @Test
    void negativeBinomialWithKFixed() {
        ReferenceSet ref = ReferenceSet.load("named-negbin-r");
        FitReport r = fit("overdispersed_counts.csv", ModelKind.NEGATIVE_BINOMIAL, "count ~ x + dose",
                new LossSpec(null, null, Map.of("k", 1.5), null), null, FitOptions.defaults());
        check(ref, "negbin-fixed", r, GLM);
    }

    @Test
    void gammaWithBothLinksHasRsPearsonDispersion() {
        ReferenceSet ref = ReferenceSet.load("named-gamma-r");
        FitReport log = fit("gamma_positive.csv", ModelKind.GAMMA, "y ~ x1 + x2", LossSpec.NONE, null,
                FitOptions.defaults());
        check(ref, "gamma-log", log, GLM);
        assertEquals("t", log.statistic(), "an estimated dispersion: t tests, as summary.glm");
        // R's default start fails for the inverse link; as R, start at 1/mean(y)
        double meanY = 0;
        double[] y = DataSet.read(TestData.file("gamma_positive.csv")).numeric("y");
        for (double v : y) {
            meanY += v / y.length;
        }
        FitReport inverse = fit("gamma_positive.csv", ModelKind.GAMMA, "y ~ x1 + x2",
                new LossSpec(null, "inverse", Map.of(), null), null,
                FitOptions.defaults().withStart(new double[] {1 / meanY, 0, 0}));
        check(ref, "gamma-inverse", inverse, GLM);
    }

    @Test
    void huberWithItsScale() {
        ReferenceSet ref = ReferenceSet.load("named-huber-r");
        FitReport r = fit("huber_outliers.csv", ModelKind.HUBER, "y ~ x",
                new LossSpec(null, null, Map.of("delta", ref.number("huber.delta")), null), null, FitOptions.defaults());
        check(ref, "huber", r, GLM);
        assertFalse(r.stats().likelihood());
        assertEquals(DispersionMethod.HUBER, r.dispersion().method());
    }

    @Test
    void aCustomLogisticLossIsTheBuiltInLogistic() {
        FitReport builtIn = fit("spector.csv", ModelKind.LOGISTIC, "GRADE ~ GPA + TUCE + PSI", LossSpec.NONE, null,
                FitOptions.defaults());
        for (HessianMethod engine : List.of(HessianMethod.ANALYTIC, HessianMethod.AD)) {
            FitReport custom = fit("spector.csv", ModelKind.CUSTOM, "GRADE ~ GPA + TUCE + PSI",
                    new LossSpec(LOGISTIC, null, Map.of(), null), null, FitOptions.defaults().withHessian(engine));
            for (int j = 0; j < builtIn.names().size(); j++) {
                double b = builtIn.coefficients().get(j).estimate();
                assertEquals(b, custom.coefficients().get(j).estimate(), SAME_LOSS * (1 + Math.abs(b)), "estimate");
                double se = builtIn.coefficients().get(j).stdError();
                assertEquals(se, custom.coefficients().get(j).stdError(), SAME_LOSS * se, engine + " SE");
            }
            assertEquals(builtIn.stats().loss(), custom.stats().loss(), SAME_LOSS * builtIn.stats().loss());
        }
    }

    /**
     * Custom losses through the formula's {@code offset()}, {@code cbind(s, f)} and prior weights, against
     * R's glm on the same data ({@code weighted-r.txt}, made by {@code make_weighted_refs.R}): a Poisson
     * loss with an exposure and weights, and the logistic loss in successes of m with weights and an offset.
     */
    @Test
    void customLossesTakeOffsetsTrialsAndWeights(@TempDir Path dir) throws IOException {
        ReferenceSet ref = ReferenceSet.loadResource("org/hessianworkbench/fitting/weighted/weighted-r.txt");
        Path csv = dir.resolve("weighted.csv");
        Files.writeString(csv, resource("org/hessianworkbench/fitting/weighted/weighted.csv"));
        ModelRequest poisson = new ModelRequest(csv, ModelKind.CUSTOM, "count ~ x1 + x2 + offset(log(exposure))", null,
                null, 1e-3, false, new LossSpec("exp(eta) - y*eta", null, Map.of(), "exp(eta)"), "w");
        compareCoefficients(ref, "poisson-weights-offset", Fitter.fit(poisson.loadRegression(), FitOptions.defaults()));
        ModelRequest binomial = new ModelRequest(csv, ModelKind.CUSTOM, "cbind(s, f) ~ x1 + offset(off)", null, null,
                1e-3, false, new LossSpec(LOGISTIC, null, Map.of(), null), "w");
        compareCoefficients(ref, "binomial-cbind-weights-offset",
                Fitter.fit(binomial.loadRegression(), FitOptions.defaults()));
    }

    private static void compareCoefficients(ReferenceSet ref, String c, FitReport r) {
        assertTrue(r.converged(), c);
        double[] b = ref.numbers(c + ".estimate");
        double[] se = ref.numbers(c + ".se");
        for (int j = 0; j < b.length; j++) {
            close(b[j], r.coefficients().get(j).estimate(), GLM, c + " estimate " + j);
            close(se[j], r.coefficients().get(j).stdError(), GLM, c + " SE " + j);
        }
    }

    @Test
    void badLossesAndParametersAreOneClearLine() {
        BadInputException notFinite = assertThrows(BadInputException.class, () -> fit("gamma_positive.csv",
                ModelKind.GAMMA, "y ~ x1 + x2", new LossSpec(null, "inverse", Map.of(), null), null,
                FitOptions.defaults()));
        assertEquals(ExpressionMessages.LOSS_NOT_FINITE, notFinite.key());
        assertTrue(notFinite.getMessage().startsWith("loss 'y*eta - log(eta)' at "), notFinite.getMessage());
        assertTrue(notFinite.getMessage().contains("line 2"), notFinite.getMessage());
        BadInputException unknown = assertThrows(BadInputException.class, () -> fit("spector.csv", ModelKind.CUSTOM,
                "GRADE ~ GPA", new LossSpec("-(y*log(Phi(eta + c)))", null, Map.of(), null), null,
                FitOptions.defaults()));
        assertEquals(ExpressionMessages.LOSS_UNKNOWN_SYMBOLS, unknown.key());
        assertTrue(unknown.getMessage().contains("'c'"), unknown.getMessage());
        BadInputException noDelta = assertThrows(BadInputException.class, () -> fit("huber_outliers.csv",
                ModelKind.HUBER, "y ~ x", LossSpec.NONE, null, FitOptions.defaults()));
        assertEquals(ModelMessages.PARAMETER_REQUIRED, noDelta.key());
        BadInputException stray = assertThrows(BadInputException.class, () -> fit("spector.csv", ModelKind.PROBIT,
                "GRADE ~ GPA", new LossSpec(null, null, Map.of("k", 2.0), null), null, FitOptions.defaults()));
        assertEquals(ModelMessages.UNKNOWN_PARAMETER, stray.key());
        BadInputException noLoss = assertThrows(BadInputException.class, () -> fit("spector.csv", ModelKind.CUSTOM,
                "GRADE ~ GPA", LossSpec.NONE, null, FitOptions.defaults()));
        assertEquals(ModelMessages.CUSTOM_WITHOUT_LOSS, noLoss.key());
        BadInputException builtIn = assertThrows(BadInputException.class, () -> fit("spector.csv", ModelKind.LOGISTIC,
                "GRADE ~ GPA", new LossSpec(null, "probit", Map.of(), null), null, FitOptions.defaults()));
        assertEquals(ModelMessages.LOSS_FOR_BUILT_IN, builtIn.key());
        BadInputException negative = assertThrows(BadInputException.class, () -> fit("spector.csv", ModelKind.GAMMA,
                "GRADE ~ GPA", LossSpec.NONE, null, FitOptions.defaults()));
        assertEquals(ModelMessages.RESPONSE_NOT_POSITIVE, negative.key());
    }

    @Test
    void theLibraryBuildsExpressionModelsForJShell() {
        DataSet spector = DataSet.read(TestData.file("spector.csv"));
        RegressionModel m = Workbench.customModel(spector, PROBIT, "GRADE ~ GPA + TUCE + PSI");
        assertEquals(ModelKind.CUSTOM, m.kind());
        RegressionModel nb = Workbench.model(DataSet.read(TestData.file("overdispersed_counts.csv")),
                ModelKind.NEGATIVE_BINOMIAL, "count ~ x", new LossSpec(null, null, Map.of("k", 2.0), null));
        assertEquals("negative-binomial (k = 2)", nb.family().description());
        assertEquals("probit", Family.named(NamedModel.PROBIT, null, Map.of()).linkName());
        assertNull(Family.LOGISTIC.linkName());
        DesignMatrix d = DesignMatrix.build(Formula.parse("GRADE ~ GPA"), spector, false);
        assertEquals(Observations.NONE, ModelRequest.observations(d));
    }

    private static String resource(String name) {
        try (InputStream in = ExpressionModelFitTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
