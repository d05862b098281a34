package org.hessianworkbench.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.ObservationLoss;
import org.hessianworkbench.derivatives.RandomDesigns;
import org.hessianworkbench.models.LogisticLoss;
import org.hessianworkbench.models.PoissonLoss;
import org.hessianworkbench.testkit.Designs;
import org.hessianworkbench.testkit.RandomProblem;
import org.hessianworkbench.testkit.Tolerances;

/** Every method on random strictly convex problems; the line-search and update invariants. */
class OptimizerProperties {

    record Problem(String family, LinearPredictorObjective objective, int n, int p) {
    }

    /**
     * Data drawn from the model itself (the testkit's regression problems: an intercept and 0..4
     * standard normal covariates, 40..300 rows per parameter, a true point with coefficients
     * 0.5 z / sqrt(p)): full rank, no separation in practice.
     */
    @Provide
    Arbitrary<Problem> convexProblems() {
        return Arbitraries.of("logistic", "poisson").flatMap(family -> Designs.regression().withColumns(1, 5)
                .withRowsPerParameter(40, 300).withScales(1.0).withoutCollinearColumns().withIntercept(Designs.Intercept.ALWAYS)
                .withSpread(0.5).withResponses(family.equals("logistic") ? Designs.Response.LOGISTIC_AT_POINT
                        : Designs.Response.POISSON_AT_POINT)
                .arbitrary().map(pr -> problem(family, pr)));
    }

    static Problem problem(String family, RandomProblem pr) {
        ObservationLoss loss = family.equals("logistic") ? LogisticLoss.INSTANCE : PoissonLoss.INSTANCE;
        return new Problem(family, RandomDesigns.objective(pr, loss), pr.n(), pr.p());
    }

    @Property(tries = 40)
    void everyMethodReachesTheSameMinimiser(@ForAll("convexProblems") Problem pr) {
        Statistics.label("family").collect(pr.family());
        Statistics.label("p").collect(pr.p() == 1 ? "p=1" : "p>1");
        Statistics.label("p").coverage(c -> c.check("p=1").count(k -> k > 0));
        LinearPredictorObjective f = pr.objective();
        double[] start = new double[pr.p()];
        OptimizationResult reference = Newton.withDefaults().minimize(f, start, OptimizerOptions.DEFAULTS.withGtol(1e-11));
        assertTrue(reference.converged(), reference.message());
        HessianDiagnostics curvature = HessianDiagnostics.of(f.hessian(reference.estimate()));
        assertTrue(curvature.positiveDefinite(), "strictly convex");
        // 1e-6 relative, or what the stopping rule allows: |g| <= gtol puts the iterate within about
        // gtol / lambda_min of the minimiser (twice that for safety)
        double allowed = Math.max(Tolerances.SAME_MINIMISER * Math.max(1, Matrices.norm(reference.estimate())),
                2 * OptimizerOptions.DEFAULT_GTOL / curvature.minEigenvalue());
        Statistics.label("tolerance set by gtol").collect(allowed > Tolerances.SAME_MINIMISER * Math.max(1, Matrices.norm(reference.estimate())));
        for (String name : Optimizers.NAMES) {
            OptimizationResult r = Optimizers.byName(name).minimize(f, start, OptimizerOptions.DEFAULTS);
            assertEquals(r.gradientNorm(), r.trace().get(r.trace().size() - 1).gradientNorm(), 0, name);
            assertEquals(r.iterations() + 1, r.trace().size(), name);
            // the trace records the iterates: the start first, the estimate last (what a path plot draws)
            assertArrayEquals(start, r.trace().get(0).point(), 0, name);
            assertArrayEquals(r.estimate(), r.trace().get(r.trace().size() - 1).point(), 0, name);
            if (name.equals("hipparchus-cg")) {
                // the peer judges steps by values only and may stop short near the minimum (no-progress);
                // it must then be where its own gradient says, never elsewhere
                Statistics.label("hipparchus-cg converged").collect(r.converged());
                assertTrue(r.converged() || r.stopReason() == StopReason.NO_PROGRESS, r.message());
                assertArrayEquals(reference.estimate(), r.estimate(),
                        Math.max(allowed, 2 * r.gradientNorm() / curvature.minEigenvalue()), name);
                continue;
            }
            assertTrue(r.converged(), name + ": " + r.message());
            assertArrayEquals(reference.estimate(), r.estimate(), allowed, name);
            if (!name.equals("newton-pure")) {
                OptimizerTest.assertTraceConsistent(r);
            }
        }
    }

    @Property(tries = 40)
    void backtrackingMethodsNeverViolateArmijo(@ForAll("convexProblems") Problem pr,
                                               @ForAll("armijoConstants") double c) {
        Statistics.label("c").collect(c);
        MethodSettings s = MethodSettings.DEFAULTS.withArmijo(c);
        double[] start = new double[pr.p()];
        java.util.Arrays.fill(start, 0.5);
        for (String name : List.of("newton", "bfgs-b", "gradient-descent")) {
            OptimizationResult r = Optimizers.byName(name, s).minimize(pr.objective(), start, OptimizerOptions.DEFAULTS);
            OptimizerTest.assertArmijoHolds(r, c);
        }
    }

    @Provide
    Arbitrary<Double> armijoConstants() {
        return Arbitraries.of(1e-4, 0.1, 0.4);
    }

    @Property(tries = 300)
    void quasiNewtonUpdatesStaySymmetricPositiveDefinite(@ForAll("updates") double[][][] u) {
        double[][] b = u[0];
        double[] s = u[1][0];
        double[] y = u[1][1];
        double sy = Matrices.dot(s, y);
        Statistics.label("curvature").collect(sy > 0 ? "positive" : "not positive");
        Statistics.label("curvature").coverage(c -> c.check("positive").count(k -> k > 0));
        if (!(sy > Bfgs.CURVATURE_TOLERANCE * Matrices.norm(s) * Matrices.norm(y))) {
            return; // the methods skip this update (and count it)
        }
        double[][] direct = DirectBfgs.update(b, s, y, sy);
        double[][] inverse = Bfgs.update(b, s, y, 1 / sy);
        for (double[][] m : List.of(direct, inverse)) {
            assertEquals(0, Matrices.maxAsymmetry(m), 0);
            HessianDiagnostics d = HessianDiagnostics.of(m);
            assertTrue(d.minEigenvalue() > 0, "eigenvalue " + d.minEigenvalue());
        }
        // the secant equation: B+ s = y and H+ y = s
        assertArrayEquals(y, Matrices.multiply(direct, s), 1e-8 * Matrices.norm(y) * (1 + Matrices.maxAbs(direct)));
        assertArrayEquals(s, Matrices.multiply(inverse, y), 1e-8 * Matrices.norm(s) * (1 + Matrices.maxAbs(inverse)));
    }

    /**
     * A symmetric positive definite B = A A' + 0.1 I of size 1..6 and a step s with a change of
     * gradient y (standard normal values; y has s added in about half its entries, so s'y is
     * mostly positive).
     */
    @Provide
    Arbitrary<double[][][]> updates() {
        return Arbitraries.integers().between(1, 6).flatMap(p -> Combinators.combine(Designs.normals(p * p), Designs.normals(p),
                Designs.normals(p), Arbitraries.of(false, true).list().ofSize(p)).as((a, s, noise, add) -> {
                    double[][] b = new double[p][p];
                    for (int i = 0; i < p; i++) {
                        for (int j = 0; j < p; j++) {
                            for (int k = 0; k < p; k++) {
                                b[i][j] += a[i * p + k] * a[j * p + k];
                            }
                        }
                        b[i][i] += 0.1;
                    }
                    double[] y = new double[p];
                    for (int i = 0; i < p; i++) {
                        y[i] = noise[i] + (add.get(i) ? s[i] : 0);
                    }
                    return new double[][][] {b, {s.clone(), y}};
                }));
    }
}
