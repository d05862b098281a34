package org.hessianworkbench.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hessianworkbench.derivatives.Observations;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.design.DesignMatrix;
import org.hessianworkbench.design.Formula;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * {@link RegressionModel} with prior weights, trials and offsets: the checks of the response, and the
 * statistics against routes that do not use the weights (integer weights as copies of rows, an
 * offset as a known part of the linear predictor). R's own values are in the fitting module's
 * {@code WeightedFitTest}.
 */
class RegressionModelObservationsTest {

    private static final String CSV = "x,y,k,s,m\n-1.5,0,0,1,4\n-0.5,1,2,2,5\n0.2,0,1,0,2\n0.9,1,4,3,3\n1.4,1,3,2.5,4\n"
            + "-0.3,0,1,1,1\n";

    private static final double[] BETA = {0.3, -0.7};

    private static DataSet data(String csv) {
        return DataSet.fromCsvText("t.csv", csv);
    }

    private static RegressionModel model(Family family, String formula, Observations o) {
        DataSet d = data(CSV);
        return RegressionModel.of(family, DesignMatrix.build(Formula.parse(formula), d, false), d, o);
    }

    @Test
    void trialsAreForTheLogisticModelOnly() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> model(Family.POISSON, "k ~ x", Observations.ofTrials(new double[] {4, 5, 2, 4, 4, 1})));
        assertEquals(ModelMessages.TRIALS_NOT_BINOMIAL, e.key());
        assertEquals("numbers of trials (a cbind(successes, failures) response) are for a binomial model (logistic, probit, cloglog"
                + " or a custom loss in m), not 'poisson'",
                e.getMessage());
    }

    @Test
    void successesMustBeBetweenZeroAndTheTrials() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> model(Family.LOGISTIC, "s ~ x", Observations.ofTrials(new double[] {4, 5, 2, 2, 4, 1})));
        assertEquals(ModelMessages.RESPONSE_NOT_SUCCESSES, e.key());
        assertEquals("t.csv: line 5, column 's': the logistic model with trials needs successes between 0 and the number of"
                + " trials 2, got 3", e.getMessage());
        // a count that is not an integer (2.5 of 4) is accepted, as R accepts it with a warning
        RegressionModel m = model(Family.LOGISTIC, "s ~ x", Observations.ofTrials(new double[] {4, 5, 2, 4, 4, 1}));
        assertEquals(6, m.n());
    }

    @Test
    void weightsOfZeroLeaveTooFewObservations() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> model(Family.LINEAR, "y ~ x", Observations.ofWeights(new double[] {0, 1, 0, 0, 1, 0})));
        assertEquals(ModelMessages.TOO_FEW_WEIGHTED_OBSERVATIONS, e.key());
        assertEquals("t.csv: 2 observations of nonzero weight for 2 parameters: the model needs more observations than"
                + " parameters", e.getMessage());
        RegressionModel m = model(Family.LINEAR, "y ~ x", Observations.ofWeights(new double[] {0, 1, 0, 1, 1, 0}));
        assertEquals(3, m.observationsUsed());
        assertEquals(1, m.residualDf());
        assertEquals(2, m.nullDf());
        assertThrows(IllegalArgumentException.class, () -> model(Family.LINEAR, "y ~ x", Observations.ofWeights(new double[2])));
    }

    @Test
    void fittedMeansIncludeTheOffsetAndReducedModelsKeepTheObservations() {
        double[] off = {0.5, -1, 0, 2, 0.25, 1};
        RegressionModel m = model(Family.POISSON, "k ~ x", new Observations(new double[] {1, 2, 0, 1, 1, 3}, null,
                new double[][] {off}));
        double[] mu = m.fitted(BETA);
        double[] x = {-1.5, -0.5, 0.2, 0.9, 1.4, -0.3};
        for (int i = 0; i < mu.length; i++) {
            assertEquals(Math.exp(BETA[0] + BETA[1] * x[i] + off[i]), mu[i], Tolerances.FEW_ROUNDINGS * mu[i]);
        }
        RegressionModel reduced = m.withColumns(new int[] {0, 1});
        assertEquals(m.observations(), reduced.observations());
        assertEquals(m.objective().value(BETA), reduced.objective().value(BETA), Tolerances.EXACT);
    }

    @Test
    void withoutObservationsTheStatisticsAreTheOldOnesBitForBit() {
        for (Family f : Family.builtIns()) {
            String formula = switch (f.kind()) {
                case LOGISTIC -> "y ~ x";
                case POISSON -> "k ~ x";
                case LINEAR -> "s ~ x";
                default -> throw new IllegalStateException();
            };
            DataSet d = data(CSV);
            DesignMatrix design = DesignMatrix.build(Formula.parse(formula), d, false);
            RegressionModel old = RegressionModel.of(f, design, d);
            RegressionModel none = RegressionModel.of(f, design, d, Observations.NONE);
            assertEquals(old.logLikelihood(BETA), none.logLikelihood(BETA), Tolerances.EXACT, f + " logLik");
            assertEquals(old.deviance(BETA), none.deviance(BETA), Tolerances.EXACT, f + " deviance");
            assertEquals(old.nullDeviance(), none.nullDeviance(), Tolerances.EXACT, f + " null deviance");
            assertEquals(old.aic(BETA), none.aic(BETA), Tolerances.EXACT, f + " AIC");
            assertEquals(old.residualDf(), none.residualDf());
            assertEquals(old.nullDf(), none.nullDf());
        }
    }

    /**
     * Integer weights are copies of the rows: the deviance, the null deviance and the log-likelihood
     * of the logistic and Poisson models equal those of the data with each row repeated (R's binomial
     * log-likelihood of a weight \(w\) on a 0/1 response is \(\log\binom{w}{wy} = 0\) plus \(w\) times
     * the Bernoulli one). Sums of the same terms in another order: {@link Tolerances#REORDERED}.
     */
    @Test
    void integerWeightsAreCopiesOfTheRows() {
        double[] w = {1, 2, 0, 3, 1, 2};
        String[] lines = CSV.split("\n");
        StringBuilder copies = new StringBuilder(lines[0]).append('\n');
        for (int i = 0; i < w.length; i++) {
            for (int c = 0; c < w[i]; c++) {
                copies.append(lines[i + 1]).append('\n');
            }
        }
        for (Family f : List.of(Family.LOGISTIC, Family.POISSON)) {
            String formula = f == Family.LOGISTIC ? "y ~ x" : "k ~ x";
            RegressionModel weighted = model(f, formula, Observations.ofWeights(w));
            DataSet d = data(copies.toString());
            RegressionModel repeated = RegressionModel.of(f, DesignMatrix.build(Formula.parse(formula), d, false), d);
            assertEquals(repeated.deviance(BETA), weighted.deviance(BETA), Tolerances.REORDERED * repeated.deviance(BETA));
            assertEquals(repeated.nullDeviance(), weighted.nullDeviance(), Tolerances.REORDERED * repeated.nullDeviance());
            assertEquals(repeated.logLikelihood(BETA), weighted.logLikelihood(BETA),
                    Tolerances.REORDERED * Math.abs(repeated.logLikelihood(BETA)), f + " logLik");
        }
    }

    /**
     * Grouped binomial data against the same data as one 0/1 row per trial: the log-likelihoods differ
     * by \(\sum\log\binom{m_i}{y_i}\) and the deviances by the saturated log-likelihoods, and the
     * objective is the same (integer successes).
     */
    @Test
    void groupedDataAgainstOneRowPerTrial() {
        double[] x = {-1.5, -0.5, 0.2, 0.9};
        double[] s = {1, 2, 0, 3};
        double[] m = {4, 5, 2, 3};
        StringBuilder grouped = new StringBuilder("x,s\n");
        StringBuilder binary = new StringBuilder("x,y\n");
        double logChoose = 0;
        double saturated = 0;
        for (int i = 0; i < x.length; i++) {
            grouped.append(x[i]).append(',').append(s[i]).append('\n');
            for (int t = 0; t < m[i]; t++) {
                binary.append(x[i]).append(',').append(t < s[i] ? 1 : 0).append('\n');
            }
            logChoose += org.hipparchus.special.Gamma.logGamma(m[i] + 1) - org.hipparchus.special.Gamma.logGamma(s[i] + 1)
                    - org.hipparchus.special.Gamma.logGamma(m[i] - s[i] + 1);
            double p = s[i] / m[i];
            saturated += (s[i] > 0 ? s[i] * Math.log(p) : 0) + (s[i] < m[i] ? (m[i] - s[i]) * Math.log1p(-p) : 0);
        }
        DataSet dg = data(grouped.toString());
        DataSet db = data(binary.toString());
        RegressionModel g = RegressionModel.of(Family.LOGISTIC, DesignMatrix.build(Formula.parse("s ~ x"), dg, false), dg,
                Observations.ofTrials(m));
        RegressionModel b = RegressionModel.of(Family.LOGISTIC, DesignMatrix.build(Formula.parse("y ~ x"), db, false), db);
        assertEquals(b.objective().value(BETA), g.objective().value(BETA), Tolerances.REORDERED * b.objective().value(BETA));
        assertArrayEquals(b.objective().gradient(BETA), g.objective().gradient(BETA),
                Tolerances.REORDERED * b.objective().value(BETA));
        assertEquals(b.logLikelihood(BETA) + logChoose, g.logLikelihood(BETA), 
                Tolerances.REORDERED * (Math.abs(b.logLikelihood(BETA)) + logChoose));
        assertEquals(b.deviance(BETA) + 2 * saturated, g.deviance(BETA), Tolerances.REORDERED * b.deviance(BETA));
        assertEquals(b.nullDeviance() + 2 * saturated, g.nullDeviance(), Tolerances.REORDERED * b.nullDeviance());
        assertEquals(x.length - 2, g.residualDf());
    }
}
