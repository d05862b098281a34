package org.hessianworkbench.models.expression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.design.DesignMessages;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.ModelMessages;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.eval.Evaluator;
import org.hessianworkbench.symbolic.parse.Parser;
import org.junit.jupiter.api.Test;

/**
 * A model of several linear predictors as built from data: the names {@code NAME:term}, one design
 * per predictor on the common rows (missing values as the product models' groups), the response,
 * weights and each predictor's offset in its objective, and the one-line refusals.
 */
class PredictorsModelTest {

    /** The heteroscedastic Gaussian of the issue. */
    static final String HETERO = "0.5*((y - mu)/exp(ls))^2 + ls";

    /** Six rows; x2 is missing in row 3 (line 4), w is a weight column. */
    private static final String CSV = """
            y,x1,x2,w,t
            1.5,0.1,2,1,1
            2.5,0.4,1,2,2
            0.5,0.9,,1,1
            3.0,1.3,4,0,3
            2.0,1.8,3,1,2
            1.0,2.2,5,3,1
            4.0,2.9,2,1,1
            """;

    private static DataSet data() {
        return DataSet.fromCsvText("d.csv", CSV);
    }

    private static LinkedHashMap<String, String> predictors(String... nameRhs) {
        LinkedHashMap<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameRhs.length; i += 2) {
            m.put(nameRhs[i], nameRhs[i + 1]);
        }
        return m;
    }

    @Test
    void parametersAreNamedByTheirPredictorFirst() {
        PredictorsModel m = PredictorsModel.custom(HETERO, Map.of(), "y",
                predictors("mu", "~ x1 + x1:x2", "ls", "~ x1"), data(), true, null);
        assertEquals(List.of("mu:(Intercept)", "mu:x1", "mu:x1:x2", "ls:(Intercept)", "ls:x1"), m.parameterNames());
        assertEquals(ModelKind.CUSTOM, m.kind());
        assertEquals("y; mu ~ x1 + x1:x2; ls ~ x1", m.description());
        assertEquals(2, m.blocks().size());
        assertEquals("mu", m.blocks().get(0).name());
        assertEquals(List.of("mu", "ls"), m.loss().predictorNames());
        assertEquals(5, m.p());
    }

    @Test
    void rowsAreThoseCompleteInTheResponseAndEveryPredictor() {
        // x2 is used by mu only: its missing value drops the row for both predictors
        PredictorsModel m = PredictorsModel.custom(HETERO, Map.of(), "y", predictors("mu", "~ x2", "ls", "~ x1"),
                data(), true, null);
        assertEquals(6, m.n());
        assertEquals(1, m.droppedRows());
        assertArrayEquals(new int[] {0, 1, 3, 4, 5, 6}, m.sourceRows());
        assertArrayEquals(new double[] {1.5, 2.5, 3.0, 2.0, 1.0, 4.0}, m.response());
        DesignBlock ls = m.blocks().get(1);
        assertEquals(1.3, ls.get(2, 1));
        BadInputException missing = assertThrows(BadInputException.class, () -> PredictorsModel.custom(HETERO,
                Map.of(), "y", predictors("mu", "~ x2", "ls", "~ x1"), data(), false, null));
        assertEquals(DesignMessages.MISSING_VALUE, missing.key());
    }

    @Test
    void weightsAndEachPredictorsOffsetEnterTheObjective() {
        PredictorsModel m = PredictorsModel.custom(HETERO, Map.of(), "y",
                predictors("mu", "~ x1 + offset(t)", "ls", "1"), data(), true, "w");
        assertTrue(m.predictors().get(0).offset());
        assertFalse(m.predictors().get(1).offset());
        assertArrayEquals(new double[] {1, 2, 1, 0, 1, 3, 1}, m.observations().weights());
        assertArrayEquals(new double[] {1, 2, 1, 3, 2, 1, 1}, m.observations().offset(0));
        assertNull(m.observations().offset(1));
        assertEquals(6, m.observationsUsed());
        // by hand: sum_i w_i (0.5 ((y_i - (b0 + b1 x1_i + t_i)) / exp(g))^2 + g)
        double[] beta = {0.3, -0.2, 0.1};
        double[] y = m.response();
        double[] x1 = {0.1, 0.4, 0.9, 1.3, 1.8, 2.2, 2.9};
        double[] t = {1, 2, 1, 3, 2, 1, 1};
        double[] w = {1, 2, 1, 0, 1, 3, 1};
        double f = 0;
        for (int i = 0; i < y.length; i++) {
            double r = (y[i] - (beta[0] + beta[1] * x1[i] + t[i])) / Math.exp(beta[2]);
            f += w[i] * (0.5 * r * r + beta[2]);
        }
        assertEquals(f, m.objective().value(beta), 1e-12 * Math.abs(f));
        assertEquals(m.blocks().get(0).columns(), m.weightedBlock(0).columns());
        assertEquals(6, m.weightedBlock(0).rows(), "rows of weight 0 are not in the rank's design");
    }

    @Test
    void fewerColumnsForAnAliasedDesign() {
        PredictorsModel m = PredictorsModel.custom(HETERO, Map.of(), "y",
                predictors("mu", "~ x1 + I(2*x1)", "ls", "~ x1"), data(), true, null);
        PredictorsModel reduced = m.withColumns(new int[][] {{0, 1}, {0, 1}});
        assertEquals(List.of("mu:(Intercept)", "mu:x1", "ls:(Intercept)", "ls:x1"), reduced.parameterNames());
        assertEquals(List.of("(Intercept)", "x1"), reduced.predictors().get(0).columns());
        assertEquals(m.description(), reduced.description());
    }

    @Test
    void eachPredictorMustBeInTheLossAndARightHandSideWithColumns() {
        DataSet d = data();
        BadInputException unused = assertThrows(BadInputException.class, () -> PredictorsModel.custom(
                "0.5*(y - mu)^2", Map.of(), "y", predictors("mu", "~ x1", "ls", "~ x1"), d, true, null));
        assertEquals(ModelMessages.PREDICTOR_NOT_IN_LOSS, unused.key());
        assertEquals("linear predictor 'ls' does not appear in the loss '0.5*(y - mu)^2': write the loss in every"
                + " predictor's name, or leave the predictor out", unused.getMessage());
        assertEquals(ModelMessages.PREDICTOR_WITH_RESPONSE, assertThrows(BadInputException.class, () ->
                PredictorsModel.custom(HETERO, Map.of(), "y", predictors("mu", "y ~ x1", "ls", "~ 1"), d, true, null))
                .key());
        assertEquals(ModelMessages.PREDICTOR_WITHOUT_COLUMNS, assertThrows(BadInputException.class, () ->
                PredictorsModel.custom(HETERO, Map.of(), "y", predictors("mu", "~ x1", "ls", "~ 0"), d, true, null))
                .key());
        assertEquals(ModelMessages.PREDICTOR_WITHOUT_COLUMNS, assertThrows(BadInputException.class, () ->
                PredictorsModel.custom(HETERO, Map.of(), "y", predictors("mu", "~ x1", "ls", " ~ "), d, true, null))
                .key());
        assertEquals(ExpressionMessages.PREDICTOR_NAME, assertThrows(BadInputException.class, () ->
                PredictorsModel.custom("0.5*(y - m)^2", Map.of(), "y", predictors("m", "~ x1"), d, true, null)).key());
        assertEquals(ExpressionMessages.LOSS_UNKNOWN_SYMBOLS, assertThrows(BadInputException.class, () ->
                PredictorsModel.custom(HETERO + " + s", Map.of(), "y", predictors("mu", "~ x1", "ls", "~ 1"), d, true,
                        null)).key());
        assertEquals(ModelMessages.UNKNOWN_RESPONSE_COLUMN, assertThrows(BadInputException.class, () ->
                PredictorsModel.custom(HETERO, Map.of(), "z", predictors("mu", "~ x1", "ls", "~ 1"), d, true, null))
                .key());
        assertEquals(ModelMessages.NO_PREDICTORS, assertThrows(BadInputException.class, () ->
                PredictorsModel.custom(HETERO, Map.of(), "y", Map.of(), d, true, null)).key());
        assertEquals(ModelMessages.TOO_FEW_OBSERVATIONS, assertThrows(BadInputException.class, () ->
                PredictorsModel.custom(HETERO, Map.of(), "y", predictors("mu", "~ x1 + x2 + w", "ls", "~ x1 + t"), d,
                        true, null)).key());
        for (Exception e : List.of(unused)) {
            assertFalse(e.getMessage().contains("--"), e.getMessage());
        }
    }

    @Test
    void theNegativeBinomialLossWithKEstimatedIsTheNamedLossWithKReplaced() {
        String text = NamedModel.NEGATIVE_BINOMIAL.defaultLink().loss();
        Expr expected = Expr.substitute(Parser.parse(text), "k", Parser.parse("exp(logk)"));
        Expr actual = Parser.parse(PredictorsModel.negativeBinomialLoss());
        assertEquals(java.util.Set.of("eta", "logk", "y"), actual.symbols());
        // log(k) is written logk, k elsewhere exp(logk): the same function as the substitution
        double[][] points = {{0.3, -0.7, 4}, {-1.2, 1.5, 0}, {2.0, 0.1, 11}};
        for (double[] at : points) {
            Map<String, Double> values = Map.of("eta", at[0], "logk", at[1], "y", at[2]);
            double a = Evaluator.value(actual, values);
            double e = Evaluator.value(expected, values);
            assertEquals(e, a, 1e-13 * Math.abs(e), "at " + values);
        }
    }

    @Test
    void theNegativeBinomialWithKEstimatedHasTwoPredictorsAndItsGlmWithKFixed() {
        DataSet counts = DataSet.fromCsvText("counts.csv", """
                count,x,dose
                0,0.5,1
                3,1.2,2
                7,-0.3,3
                1,0.8,1
                12,2.1,4
                4,0.0,2
                """);
        PredictorsModel m = PredictorsModel.negativeBinomial("count ~ x + dose", counts, false, null);
        assertEquals(ModelKind.NEGATIVE_BINOMIAL, m.kind());
        assertEquals(List.of("eta:(Intercept)", "eta:x", "eta:dose", "logk:(Intercept)"), m.parameterNames());
        assertEquals("count ~ x + dose; logk ~ 1", m.description());
        assertTrue(m.isLikelihood());
        RegressionModel glm = m.withShape(1.5);
        assertEquals("negative-binomial (k = 1.5)", glm.family().description());
        double[] beta = {1.0, 0.4, 0.08};
        double[] withLogK = {1.0, 0.4, 0.08, Math.log(1.5)};
        double f = glm.objective().value(beta);
        assertEquals(f, m.objective().value(withLogK), 1e-12 * f, "the same loss at k = exp(logk)");
        BadInputException trials = assertThrows(BadInputException.class, () -> PredictorsModel.negativeBinomial(
                "cbind(count, dose) ~ x", counts, false, null));
        assertEquals(ModelMessages.TRIALS_NOT_BINOMIAL, trials.key());
        BadInputException notCounts = assertThrows(BadInputException.class, () -> PredictorsModel.negativeBinomial(
                "x ~ dose", counts, false, null));
        assertEquals(ModelMessages.RESPONSE_NOT_A_COUNT, notCounts.key());
    }
}
