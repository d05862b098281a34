package org.hessianworkbench.fitting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.derivatives.diagnosis.DiagnosisCode;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.Observations;
import org.hessianworkbench.derivatives.diagnosis.Remedy;
import org.hessianworkbench.inference.Separation;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.expression.NamedModel;
import org.hessianworkbench.models.RegressionModel;

/**
 * Whether the estimate of a logistic or Poisson regression exists, and what the fit says about it:
 * the data are checked for separation by a linear program ({@link Separation}; R's
 * {@code detectseparation}), and the fitted values by R's rules ({@code glm.fit}: fitted
 * probabilities within \(10\epsilon\) of 0 or 1, fitted rates below \(10\epsilon\)).
 *
 * <p>Separated data: {@code separation} (complete or quasi-complete, the separating direction with
 * the coefficients' names) and {@code estimate-does-not-exist} (the coefficients that run off; for
 * logistic regression the remedy Firth's penalised likelihood), and the fit withholds every standard
 * error, test and interval. R's rules alone give notes: an estimate with fitted probabilities
 * numerically 0 or 1 may exist (a steep but overlapping fit).
 *
 * <p>With prior weights or binomial trials the program sees the observations that enter the
 * likelihood: those of weight 0 are left out, and a grouped row with \(0 &lt; y_i &lt; m_i\)
 * successes is both a success and a failure (a row with \(y_i = 0\) only a failure, with
 * \(y_i = m_i\) only a success). Offsets do not move the cone (they are finite). Instances are
 * immutable.
 *
 * @param exists     whether the estimate exists (no separation; always for the linear model and for
 *                   Firth's penalised likelihood)
 * @param separation what the linear program found, or null when it was not run
 * @param diagnoses  the diagnoses, in order
 */
public record EstimateExistence(boolean exists, Separation.Result separation, List<Diagnosis> diagnoses) {

    /** R's {@code glm.fit} threshold: \(10\epsilon\) (its {@code eps <- 10 * .Machine$double.eps}). */
    public static final double R_FITTED_EPS = 10 * Math.ulp(1.0);

    /** Significant digits of the separating direction in messages. */
    static final int DIRECTION_DIGITS = 4;

    /** Defensive copy in. */
    public EstimateExistence {
        diagnoses = List.copyOf(diagnoses);
    }

    /**
     * The maximum-likelihood estimate's existence: the program on the data, R's rules at the estimate.
     *
     * @param model    the model
     * @param estimate where the optimiser stopped
     * @return whether it exists, and the diagnoses
     */
    public static EstimateExistence of(RegressionModel model, double[] estimate) {
        Family family = model.family();
        if (!binomial(family) && family.response() != NamedModel.Response.COUNT) {
            // a real or positive response: no linear program decides the existence of the estimate
            return new EstimateExistence(true, null, family.hasMean() ? fittedValues(model, estimate) : List.of());
        }
        SeparationData data = SeparationData.of(model);
        Separation.Result s = binomial(family) ? Separation.binary(data.x(), data.y())
                : Separation.counts(data.x(), data.y());
        List<Diagnosis> diagnoses = new ArrayList<>();
        if (s.separated()) {
            List<String> names = model.parameterNames();
            List<String> off = new ArrayList<>();
            for (int j : s.runningOff()) {
                off.add(names.get(j));
            }
            diagnoses.add(Diagnosis.warning(DiagnosisCode.SEPARATION, separationMessage(family, s, names), off));
            String message = "the maximum-likelihood estimate does not exist: " + list(off)
                    + (off.size() == 1 ? " runs" : " run") + " off to infinity (the estimate printed is where the optimiser "
                    + "stopped, and depends on its tolerance); standard errors, tests and intervals are withheld";
            diagnoses.add(family == Family.LOGISTIC
                    ? Diagnosis.warning(DiagnosisCode.ESTIMATE_DOES_NOT_EXIST, message, off, Remedy.FIRTH)
                    : Diagnosis.warning(DiagnosisCode.ESTIMATE_DOES_NOT_EXIST, message, off));
        }
        diagnoses.addAll(fittedValues(model, estimate));
        return new EstimateExistence(!s.separated(), s, diagnoses);
    }

    /**
     * The design and responses the linear program sees: the model's own without weights and trials;
     * else the rows of nonzero weight, a grouped binomial row as a success (y = 1) when it has one and
     * a failure (y = 0) when it has one.
     */
    record SeparationData(DesignBlock x, double[] y) {
        static SeparationData of(RegressionModel model) {
            Observations obs = model.observations();
            if (!obs.hasWeights() && !obs.hasTrials()) {
                return new SeparationData(model.block(), model.response());
            }
            DesignBlock block = model.block();
            double[] y = model.response();
            boolean binomial = binomial(model.family());
            List<double[]> rows = new ArrayList<>();
            List<Double> responses = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                if (obs.weight(i) == 0) {
                    continue;
                }
                double[] row = new double[block.columns()];
                for (int j = 0; j < row.length; j++) {
                    row[j] = block.get(i, j);
                }
                if (!binomial || !obs.hasTrials()) {
                    rows.add(row);
                    responses.add(y[i]);
                    continue;
                }
                if (y[i] > 0) {
                    rows.add(row);
                    responses.add(1.0);
                }
                if (y[i] < obs.trial(i)) {
                    rows.add(row);
                    responses.add(0.0);
                }
            }
            double[] ys = responses.stream().mapToDouble(Double::doubleValue).toArray();
            return new SeparationData(DesignBlock.of(block.name(), block.columnNames(), rows.toArray(double[][]::new)), ys);
        }
    }

    /**
     * Firth's penalised estimate: it exists whatever the data (the program is not run); R's rule on
     * the fitted probabilities still applies.
     */
    public static EstimateExistence penalised(RegressionModel model, double[] estimate) {
        return new EstimateExistence(true, null, fittedValues(model, estimate));
    }

    /** R's rules on the fitted values: notes. */
    static List<Diagnosis> fittedValues(RegressionModel model, double[] estimate) {
        double[] mu = model.fitted(estimate);
        int count = 0;
        NamedModel.Response response = model.family().response();
        for (double m : mu) {
            boolean extreme = switch (response) {
                case BINOMIAL -> m < R_FITTED_EPS || m > 1 - R_FITTED_EPS;
                case COUNT -> m < R_FITTED_EPS;
                case POSITIVE, REAL -> false;
            };
            count += extreme ? 1 : 0;
        }
        if (count == 0) {
            return List.of();
        }
        String eps = String.format(Locale.ROOT, "%.1e", R_FITTED_EPS);
        return List.of(binomial(model.family())
                ? Diagnosis.note(DiagnosisCode.FITTED_PROBABILITIES_0_OR_1, String.format(Locale.ROOT,
                        "fitted probabilities numerically 0 or 1 occurred: %d of %d are within %s of 0 or 1", count,
                        mu.length, eps))
                : Diagnosis.note(DiagnosisCode.FITTED_RATES_ZERO, String.format(Locale.ROOT,
                        "fitted rates numerically 0 occurred: %d of %d are below %s", count, mu.length, eps)));
    }

    /** Whether the family's response is binary or binomial (logistic, probit, cloglog). */
    static boolean binomial(Family family) {
        return family.response() == NamedModel.Response.BINOMIAL && family.kind() != ModelKind.CUSTOM;
    }

    private static String separationMessage(Family family, Separation.Result s, List<String> names) {
        String along = "the linear predictor with coefficients " + direction(s.direction(), names);
        String exact = s.exact() + " of " + s.observations();
        if (!binomial(family)) {
            return s.kind() == Separation.Kind.COMPLETE
                    ? "every count is 0: " + along + " is negative for every observation, so the fitted rates fall to 0 "
                            + "as the coefficients move along it"
                    : "zero counts are separated: " + along + " is 0 for every positive count and <= 0 for every zero "
                            + "count, negative for " + exact + " observations, whose fitted rates fall to 0 as the "
                            + "coefficients move along it (found by a linear program)";
        }
        if (s.kind() == Separation.Kind.COMPLETE) {
            return "complete separation: " + along + " is positive for every y = 1 and negative for every y = 0, so the "
                    + "likelihood keeps rising as the coefficients move along it (found by a linear program)";
        }
        return "quasi-complete separation: " + along + " is >= 0 for every y = 1 and <= 0 for every y = 0, nonzero for "
                + exact + " observations, whose fitted probabilities tend to their observed 0 or 1 as the coefficients "
                + "move along it (found by a linear program)";
    }

    /** {@code ((Intercept) 0.01045, x 1)}: the nonzero components, rounded. */
    static String direction(double[] d, List<String> names) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < d.length; j++) {
            if (d[j] != 0) {
                parts.add(names.get(j) + " " + rounded(d[j]));
            }
        }
        return "(" + String.join(", ", parts) + ")";
    }

    /** {@code v} to {@value #DIRECTION_DIGITS} significant digits, without trailing zeros. */
    static String rounded(double v) {
        BigDecimal b = new BigDecimal(v).round(new MathContext(DIRECTION_DIGITS)).stripTrailingZeros();
        return b.abs().compareTo(BigDecimal.valueOf(1e-4)) < 0 || b.abs().compareTo(BigDecimal.valueOf(1e6)) >= 0
                ? b.toString() : b.toPlainString();
    }

    /** "a", "a and b", "a, b and c". */
    private static String list(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
