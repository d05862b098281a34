package org.hessianworkbench.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.models.product.CrossEntropyProductLoss;

/** The generated cases: small, simple, well-formed; cross-entropy predictions inside the clip. */
class CasesProperties {

    @Provide
    Arbitrary<ExerciseCase> logistic() {
        return Cases.of(Exercise.byName("logistic-hessian"), false);
    }

    @Provide
    Arbitrary<ExerciseCase> crossEntropy() {
        return Cases.of(Exercise.byName("linear-product-ce-hessian"), false);
    }

    @Provide
    Arbitrary<ExerciseCase> equalWidths() {
        return Cases.of(Exercise.byName("linear-product-hessian"), true);
    }

    @Property(tries = 500)
    void oneBlockCasesAreSmallAndSimple(@ForAll("logistic") ExerciseCase c) {
        Statistics.label("rows").collect(c.n());
        Statistics.label("columns").collect(c.p1());
        Statistics.label("rows").coverage(k -> {
            k.check(1).count(n -> n > 0);
            k.check(Cases.MAX_ROWS).count(n -> n > 0);
        });
        Statistics.label("columns").coverage(k -> k.check(Cases.MAX_COLUMNS).count(n -> n > 0));
        assertTrue(!c.product() && c.n() >= 1 && c.n() <= Cases.MAX_ROWS && c.p1() >= 1 && c.p1() <= Cases.MAX_COLUMNS);
        assertEquals(c.p1(), c.beta().length);
        for (double[] row : c.x1()) {
            assertEquals(c.p1(), row.length);
            for (double v : row) {
                assertTrue(Math.abs(v) <= Cases.RANGE && Math.round(v * 1000) / 1000.0 == v, "simple: " + v);
            }
        }
        for (double y : c.y()) {
            assertTrue(y == 0 || y == 1);
        }
    }

    @Property(tries = 500)
    void crossEntropyPredictionsStayInsideTheClip(@ForAll("crossEntropy") ExerciseCase c) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        double[][] x1 = c.x1();
        double[][] x2 = c.x2();
        double[] b = c.beta();
        for (int i = 0; i < c.n(); i++) {
            assertEquals(1.0, x1[i][0]);
            assertEquals(1.0, x2[i][0]);
            double f1 = 0;
            double f2 = 0;
            for (int a = 0; a < c.p1(); a++) {
                f1 += x1[i][a] * b[a];
            }
            for (int k = 0; k < c.p2(); k++) {
                f2 += x2[i][k] * b[c.p1() + k];
            }
            low = Math.min(low, f1 * f2);
            high = Math.max(high, f1 * f2);
        }
        Statistics.label("lowest prediction").collect(low < 0.05 ? "< 0.05" : low < 0.2 ? "< 0.2" : ">= 0.2");
        Statistics.label("lowest prediction").coverage(k -> k.check("< 0.2").count(n -> n > 0));
        assertTrue(low > CrossEntropyProductLoss.DEFAULT_EPS && high < 1 - CrossEntropyProductLoss.DEFAULT_EPS,
                low + " .. " + high + " for " + c);
    }

    @Property(tries = 200)
    void theFirstStageOfAProductExerciseHasEqualGroupWidths(@ForAll("equalWidths") ExerciseCase c) {
        Statistics.label("width").collect(c.p1());
        Statistics.label("width").coverage(k -> k.check(2).count(n -> n > 0));
        assertEquals(c.p1(), c.p2());
        assertEquals(c.p1() + c.p2(), c.beta().length);
    }
}
