package org.hessianworkbench.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.derivatives.FiniteDifferences;
import org.hessianworkbench.derivatives.HessianComparison;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.derivatives.HessianEstimate;
import org.hessianworkbench.derivatives.HessianMethod;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.RandomDesigns;
import org.hessianworkbench.derivatives.SecondOrder;
import org.hessianworkbench.testkit.Designs;
import org.hessianworkbench.testkit.RandomProblem;
import org.hessianworkbench.testkit.Tolerances;

/**
 * The three families' analytic derivatives against AD and central differences, on random designs
 * (the testkit's regression problems: n 1..500, p 1..8, covariates at scales 1e-3, 1, 1e3, near-collinear
 * columns, intercepts) and random points.
 */
class LossProperties {

    record Case(Family family, RandomProblem problem) {
        LinearPredictorObjective objective() {
            return RandomDesigns.objective(problem, family.loss());
        }
    }

    /** A family with a regression problem whose responses suit it (0/1, counts 0..2, real). */
    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(Family.builtIns()).flatMap(family -> Designs.regression().withResponses(switch (family.kind()) {
            case LOGISTIC -> Designs.Response.BINARY;
            case POISSON -> Designs.Response.LEVELS;
            case LINEAR -> Designs.Response.REAL;
            default -> throw new IllegalStateException();
        }).arbitrary().map(pr -> new Case(family, pr)));
    }

    @Property(tries = 300)
    void analyticEqualsAutomaticAndCentralDifferences(@ForAll("cases") Case c) {
        RandomProblem pr = c.problem();
        Statistics.label("family").collect(c.family());
        Statistics.label("p").collect(pr.p() == 1 ? "p=1" : "p>1");
        Statistics.label("n").collect(pr.n() == 1 ? "n=1" : pr.n() < 10 ? "n<10" : "n>=10");
        Statistics.label("scale").collect(pr.scale());
        Statistics.label("collinear").collect(pr.collinear() && pr.p() >= 2);
        Statistics.label("p").coverage(k -> k.check("p=1").count(x -> x > 0));
        Statistics.label("n").coverage(k -> k.check("n=1").count(x -> x > 0));
        Statistics.label("scale").coverage(k -> {
            k.check(1e-3).count(x -> x > 0);
            k.check(1e3).count(x -> x > 0);
        });
        Statistics.label("collinear").coverage(k -> k.check(true).count(x -> x > 0));
        Statistics.label("intercept").collect(pr.intercept());
        Statistics.label("intercept").coverage(k -> k.check(true).count(x -> x > 0));

        LinearPredictorObjective f = c.objective();
        double[] b = pr.point();
        SecondOrder ad = f.automaticHessian(b);
        double[][] h = f.hessian(b);
        assertEquals(0, Matrices.maxAsymmetry(h), 0, "analytic Hessian is symmetric by construction");
        HessianComparison vsAd = HessianComparison.of("analytic", h, "ad", ad.hessian(), Tolerances.ANALYTIC_VS_AD);
        assertTrue(vsAd.agree(), vsAd.toString());
        double[] scale = f.gradientTermScale(b);
        double top = 0;
        for (double s : scale) {
            top = Math.max(top, s);
        }
        double[] g = f.gradient(b);
        double[] gad = ad.gradient();
        for (int j = 0; j < g.length; j++) {
            assertEquals(gad[j], g[j], Tolerances.ANALYTIC_VS_AD * top, "gradient " + j);
        }
        HessianEstimate fd = FiniteDifferences.central(f, b, true);
        // agreement on the equilibrated difference at fd-central's tolerance, never within its own error
        // estimate (its steps are in the units of each column, so scales 1e-3 and 1e3 need no excuse);
        // whether the estimate covers the difference is collected, not asserted
        HessianComparison vsFd = HessianComparison.of(fd, new HessianEstimate(HessianMethod.ANALYTIC, h, null, 0, 1));
        Statistics.label("fd-central error estimate covers").collect(vsFd.errorEstimateCovers());
        assertTrue(vsFd.agree(), c.family() + " scale " + pr.scale() + " n " + pr.n() + " p " + pr.p() + " beta "
                + java.util.Arrays.toString(b) + ": " + vsFd + " estimate " + fd.maxErrorEstimate());
    }

    @Property(tries = 200)
    void convexFamiliesHavePositiveDefiniteHessiansOnFullRankDesigns(@ForAll("cases") Case c) {
        RandomProblem pr = c.problem();
        boolean fullRank = !pr.collinear() && pr.n() >= 4 * pr.p();
        Statistics.label("full rank").collect(fullRank);
        Statistics.label("full rank").coverage(k -> k.check(true).count(x -> x > 0));
        if (!fullRank) {
            return;
        }
        HessianDiagnostics d = HessianDiagnostics.of(c.objective().hessian(pr.point()));
        assertTrue(d.positiveDefinite(), c.family() + ": " + d.definiteness() + " min eigenvalue " + d.minEigenvalue());
    }
}
