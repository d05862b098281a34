package org.hessianworkbench.models.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.SecondOrder;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.testkit.Tolerances;

/**
 * Models of several linear predictors on generated data: the analytic gradient and Hessian (the
 * symbolic derivatives of the loss through the chain rule, cross blocks included) equal AD of the
 * loss's definition at any point, with prior weights (some 0) and an offset in one predictor.
 */
class PredictorsModelProperties {

    /**
     * A loss of several predictors and their right-hand sides.
     *
     * @param label      for the statistics
     * @param loss       the loss text
     * @param parameters its constants
     * @param predictors name to right-hand side
     */
    record Loss(String label, String loss, Map<String, Double> parameters, LinkedHashMap<String, String> predictors) {
    }

    private static LinkedHashMap<String, String> predictors(String... nameRhs) {
        LinkedHashMap<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameRhs.length; i += 2) {
            m.put(nameRhs[i], nameRhs[i + 1]);
        }
        return m;
    }

    /** The heteroscedastic Gaussian, a Student t with location and log scale, and three predictors. */
    private static final List<Loss> LOSSES = List.of(
            new Loss("heteroscedastic", "0.5*((y - mu)/exp(ls))^2 + ls", Map.of(),
                    predictors("mu", "~ x1 + x2 + offset(o)", "ls", "~ x1")),
            new Loss("student-t", "0.5*(nu + 1)*log(1 + ((y - mu)/exp(ls))^2/nu) + ls", Map.of("nu", 4.0),
                    predictors("mu", "~ x1 + x1:x2", "ls", "~ 1 + offset(o)")),
            new Loss("three", "0.5*((y - a - b)/exp(s))^2 + s", Map.of(),
                    predictors("a", "~ x1", "b", "~ x2 - 1", "s", "~ x2")));

    /**
     * One case: the loss, rows of (y, x1, x2, o, w) and a point.
     *
     * @param loss  the loss
     * @param rows  the data rows
     * @param point one value per parameter (more than needed; the first p are used)
     */
    record Case(Loss loss, List<double[]> rows, List<Double> point) {

        PredictorsModel model() {
            StringBuilder csv = new StringBuilder("y,x1,x2,o,w\n");
            for (double[] r : rows) {
                csv.append(String.format(Locale.ROOT, "%.17g,%.17g,%.17g,%.17g,%.0f%n", r[0], r[1], r[2], r[3], r[4]));
            }
            return PredictorsModel.custom(loss.loss(), loss.parameters(), "y", loss.predictors(),
                    DataSet.fromCsvText("generated.csv", csv.toString()), false, "w");
        }

        double[] at(int p) {
            double[] b = new double[p];
            for (int j = 0; j < p; j++) {
                b[j] = point.get(j);
            }
            return b;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<double[]> row = Combinators.combine(Arbitraries.doubles().between(-3, 3),
                Arbitraries.doubles().between(-2, 2), Arbitraries.doubles().between(-2, 2),
                Arbitraries.doubles().between(-1, 1), Arbitraries.integers().between(0, 3))
                .as((y, x1, x2, o, w) -> new double[] {y, x1, x2, o, w});
        // at least 12 rows of weight 1 so that every model has more observations than parameters
        Arbitrary<double[]> used = row.map(r -> new double[] {r[0], r[1], r[2], r[3], Math.max(1, r[4])});
        return Combinators.combine(Arbitraries.of(LOSSES), used.list().ofMinSize(12).ofMaxSize(20),
                row.list().ofMaxSize(20), Arbitraries.doubles().between(-1, 1).list().ofSize(6))
                .as((loss, a, b, point) -> {
                    List<double[]> rows = new java.util.ArrayList<>(a);
                    rows.addAll(b);
                    return new Case(loss, rows, point);
                });
    }

    @Property(tries = 150)
    void analyticDerivativesWithCrossBlocksEqualAd(@ForAll("cases") Case c) {
        Statistics.label("loss").collect(c.loss().label());
        Statistics.label("loss").coverage(k -> {
            for (Loss l : LOSSES) {
                k.check(l.label()).percentage(p -> p > 15);
            }
        });
        Statistics.label("some weight 0").collect(c.rows().stream().anyMatch(r -> r[4] == 0));
        Statistics.label("some weight 0").coverage(k -> k.check(true).count(v -> v > 0));
        PredictorsModel m = c.model();
        double[] b = c.at(m.p());
        SecondOrder analytic = m.objective().secondOrder(b);
        SecondOrder ad = m.objective().automaticHessian(b);
        assertEquals(ad.value(), analytic.value(), Tolerances.ANALYTIC_VS_AD * Math.max(1,
                m.objective().valueTermScale(b)), "value");
        double top = Arrays.stream(m.objective().gradientTermScale(b)).max().orElse(0);
        for (int j = 0; j < b.length; j++) {
            assertEquals(ad.gradient()[j], analytic.gradient()[j], Tolerances.ANALYTIC_VS_AD * Math.max(top, 1e-300),
                    "gradient " + m.parameterNames().get(j));
        }
        double diff = Matrices.maxAbsDiff(analytic.hessian(), ad.hessian());
        assertTrue(diff <= Tolerances.ANALYTIC_VS_AD * Matrices.maxAbs(ad.hessian()),
                "analytic vs AD Hessian: " + diff + " of " + Matrices.maxAbs(ad.hessian()));
    }
}
