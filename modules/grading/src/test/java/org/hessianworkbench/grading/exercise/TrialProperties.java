package org.hessianworkbench.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.exercise.api.HessianSolution;
import org.hessianworkbench.testkit.Tolerances;

/**
 * In-process: the reference (automatic differentiation) agrees with the analytic derivatives, the
 * right solutions pass {@link Trial#check} on every generated case, and the typical mistakes fail
 * it with the kind of failure they should.
 */
class TrialProperties {

    record Pick(Exercise exercise, ExerciseCase c) {
    }

    @Provide
    Arbitrary<Pick> picks() {
        return Arbitraries.of(Solutions.HAND_WRITTEN).flatMap(e -> Combinators.combine(Arbitraries.just(e),
                Cases.of(e, false)).as(Pick::new));
    }

    @Property(tries = 300)
    void theReferenceIsTheAnalyticDerivative(@ForAll("picks") Pick pick) {
        Statistics.label("exercise").collect(pick.exercise().cliName());
        Statistics.label("exercise").coverage(k -> {
            for (Exercise e : Solutions.HAND_WRITTEN) {
                k.check(e.cliName()).count(n -> n > 0);
            }
        });
        ExerciseCase c = pick.c();
        LinearPredictorObjective f = LinearPredictorObjective.of(c.blocks(), c.y(), pick.exercise().loss());
        double[][] reference = pick.exercise().reference(c);
        double[][] analytic = pick.exercise().kind().vector() ? new double[][] {f.gradient(c.beta())} : f.hessian(c.beta());
        double scale = Math.max(1, Matrices.maxAbs(reference));
        assertTrue(Matrices.maxAbsDiff(reference, analytic) <= Tolerances.TINY_CASES_AD * scale, pick.toString());
    }

    @Property(tries = 300)
    void rightSolutionsPass(@ForAll("picks") Pick pick) {
        Statistics.label("rows").collect(pick.c().n());
        Statistics.label("rows").coverage(k -> k.check(1).count(n -> n > 0));
        Trial.check(pick.exercise(), Solutions.reference(pick.exercise()), pick.c());
    }

    @Property(tries = 200)
    void theGaussNewtonHessianIsTheExactOneWithoutTheResidualTerm(@ForAll("picks") Pick pick) {
        Exercise e = pick.exercise();
        Statistics.label("product").collect(e.kind() == ExerciseKind.PRODUCT_HESSIAN);
        if (e.kind() != ExerciseKind.PRODUCT_HESSIAN) {
            assertNull(e.gaussNewton(pick.c()));
            return;
        }
        double[][] gn = e.gaussNewton(pick.c());
        double[][] mine = (double[][]) e.kind().invoke(Solutions.product(e == Exercise.byName("linear-product-hessian")
                ? Solutions.MSE : Solutions.CE, false), pick.c());
        assertTrue(Comparison.agree(gn, mine), pick.toString());
    }

    @Property(tries = 100)
    void aSignErrorFailsWithWrongValuesUnlessTheHessianVanishes(@ForAll("picks") Pick pick) {
        Exercise e = pick.exercise();
        Object right = Solutions.reference(e);
        ExerciseCase c = pick.c();
        double[][] expected = e.reference(c);
        boolean zero = Comparison.agree(expected, negate(e.reference(c)));
        Statistics.label("vanishes").collect(zero);
        Object wrong = switch (e.kind()) {
            case GRADIENT -> (org.hessianworkbench.exercise.api.GradientSolution) (x, y, b) -> {
                double[] g = ((org.hessianworkbench.exercise.api.GradientSolution) right).gradient(x, y, b);
                for (int j = 0; j < g.length; j++) {
                    g[j] = -g[j];
                }
                return g;
            };
            case HESSIAN -> (HessianSolution) (x, y, b) -> negate(((HessianSolution) right).hessian(x, y, b));
            case PRODUCT_HESSIAN -> (org.hessianworkbench.exercise.api.ProductHessianSolution) (x1, x2, y, b) ->
                    negate(((org.hessianworkbench.exercise.api.ProductHessianSolution) right).hessian(x1, x2, y, b));
            default -> throw new IllegalStateException("no hand-written solution of kind " + e.kind());
        };
        if (zero) {
            Trial.check(e, wrong, c);
            return;
        }
        Trial.WrongValues w = assertThrows(Trial.WrongValues.class, () -> Trial.check(e, wrong, c));
        assertEquals(Hint.SIGN, Hint.classify(e, c, w.expected, w.got));
    }

    @Property(tries = 50)
    void wrongShapesAndNonFiniteAnswersHaveTheirOwnFailures(@ForAll("picks") Pick pick) {
        ExerciseCase c = pick.c();
        Exercise e = Exercise.byName("logistic-hessian");
        ExerciseCase single = new ExerciseCase(c.x1(), null, c.y(), java.util.Arrays.copyOf(c.beta(), c.p1()));
        HessianSolution tooBig = (x, y, b) -> new double[b.length + 1][b.length + 1];
        HessianSolution nan = (x, y, b) -> {
            double[][] h = new double[b.length][b.length];
            h[0][0] = Double.NaN;
            return h;
        };
        HessianSolution ragged = (x, y, b) -> {
            double[][] h = new double[b.length][];
            h[0] = new double[b.length];
            return h;
        };
        assertThrows(Trial.WrongShape.class, () -> Trial.check(e, tooBig, single));
        assertThrows(Trial.WrongShape.class, () -> Trial.check(e, (HessianSolution) (x, y, b) -> null, single));
        assertThrows(Trial.NotFinite.class, () -> Trial.check(e, nan, single));
        if (single.p1() > 1) {
            Trial.WrongShape w = assertThrows(Trial.WrongShape.class, () -> Trial.check(e, ragged, single));
            assertNotNull(w.got);
            assertEquals("row 1 of the Hessian is null", w.getMessage());
        }
    }

    private static double[][] negate(double[][] h) {
        for (double[] row : h) {
            for (int j = 0; j < row.length; j++) {
                row[j] = -row[j];
            }
        }
        return h;
    }
}
