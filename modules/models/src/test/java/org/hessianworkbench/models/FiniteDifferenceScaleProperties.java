package org.hessianworkbench.models;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.derivatives.FiniteDifferences;
import org.hessianworkbench.derivatives.HessianComparison;
import org.hessianworkbench.derivatives.HessianEstimate;
import org.hessianworkbench.derivatives.HessianMethod;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.RandomDesigns;
import org.hessianworkbench.models.product.CrossEntropyProductLoss;
import org.hessianworkbench.testkit.Designs;
import org.hessianworkbench.testkit.MixedScaleDesigns;
import org.hessianworkbench.testkit.RandomProblem;
import org.hessianworkbench.testkit.Tolerances;

/**
 * Finite differences in the scale of the problem, on designs whose columns have units from 1e-3 to
 * 1e4 in one design ({@link MixedScaleDesigns}): the engines agree with AD at their tolerances on the
 * equilibrated difference, and rescaling a column does not change how far fd-central and
 * fd-richardson are from AD (the step rule \(\max(|\beta_j|, \mathrm{typ}_j)\) is equivariant).
 */
class FiniteDifferenceScaleProperties {

    /** A family with a mixed-scale problem whose responses suit it (drawn from the model at the point, or real). */
    record Case(Family family, MixedScaleDesigns.Problem mixed) {
        LinearPredictorObjective objective() {
            return RandomDesigns.objective(mixed.problem(), family.loss());
        }

        @Override
        public String toString() {
            return family + ": " + mixed;
        }
    }

    /** A case, a column to rescale and the factor \(c = 10^u\), \(u \in [-4, 4]\). */
    record Rescaling(Case c, int column, double exponent) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "column %d times 1e%.3f; %s", column, exponent, c);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(Family.builtIns()).flatMap(family -> MixedScaleDesigns.regression(switch (family.kind()) {
            case LOGISTIC -> Designs.Response.LOGISTIC_AT_POINT;
            case POISSON -> Designs.Response.POISSON_AT_POINT;
            case LINEAR -> Designs.Response.REAL;
            default -> throw new IllegalStateException();
        }).map(mp -> new Case(family, mp)));
    }

    @Provide
    Arbitrary<Rescaling> rescalings() {
        return Combinators.combine(cases(), Arbitraries.integers().between(0, MixedScaleDesigns.MAX_COVARIATES),
                Arbitraries.integers().between(-4000, 4000).withDistribution(RandomDistribution.uniform()))
                .as((c, j, u) -> new Rescaling(c, j % c.mixed().problem().p(), u / 1000.0));
    }

    @Property(tries = 200)
    void analyticAdAndFiniteDifferencesAgreeOnMixedScaleDesigns(@ForAll("cases") Case c) {
        Statistics.label("family").collect(c.family());
        Statistics.label("extremes in one design").collect(c.mixed().extremes());
        Statistics.label("offset").collect(c.mixed().offset());
        Statistics.label("extremes in one design").coverage(k -> k.check(true).percentage(x -> x > 20));
        Statistics.label("offset").coverage(k -> k.check(true).percentage(x -> x > 20));
        LinearPredictorObjective f = c.objective();
        double[] b = c.mixed().problem().point();
        HessianEstimate ad = HessianMethod.AD.compute(f, b);
        for (HessianMethod m : List.of(HessianMethod.ANALYTIC, HessianMethod.FD_CENTRAL, HessianMethod.FD_RICHARDSON)) {
            HessianComparison cmp = HessianComparison.of(m.compute(f, b), ad);
            assertTrue(cmp.agree(), m + " against ad: " + cmp);
            if (cmp.errorEstimateCovers() != null) {
                Statistics.label(m + " error estimate covers").collect(cmp.errorEstimateCovers());
            }
        }
    }

    /** A product model (squared error or cross-entropy) on the testkit's product designs. */
    record ProductCase(ModelKind model, RandomProblem problem) {
        LinearPredictorObjective objective() {
            return RandomDesigns.objective(problem, model.productLoss(problem.groups(), CrossEntropyProductLoss.DEFAULT_EPS));
        }
    }

    @Provide
    Arbitrary<ProductCase> productCases() {
        return Arbitraries.of(ModelKind.LINEAR_PRODUCT, ModelKind.LINEAR_PRODUCT_CE).flatMap(model -> Designs.products()
                .withResponses(model == ModelKind.LINEAR_PRODUCT ? Designs.Response.REAL : Designs.Response.BINARY)
                .arbitrary().map(pr -> new ProductCase(model, pr)));
    }

    /**
     * Product models take their typical sizes per group column; the cross-entropy loss's singularity at
     * \(p = 0\), about 0.3 from the predictions, is what fd-richardson's six steps and choice of the best
     * tableau entry are for (five steps, on the diagonal, were up to 8e-7 off).
     */
    @Property(tries = 300)
    void finiteDifferencesAgreeWithAdOnProductModels(@ForAll("productCases") ProductCase c) {
        Statistics.label("model").collect(c.model());
        Statistics.label("groups").collect(c.problem().groups());
        Statistics.label("groups").coverage(k -> k.check(1).count(x -> x > 0));
        LinearPredictorObjective f = c.objective();
        double[] b = c.problem().point();
        HessianEstimate ad = HessianMethod.AD.compute(f, b);
        for (HessianMethod m : List.of(HessianMethod.FD_CENTRAL, HessianMethod.FD_RICHARDSON)) {
            Assume.that(f.kinksCrossed(b, FiniteDifferences.largestSteps(m, f, b)) == 0);
            HessianComparison cmp = HessianComparison.of(m.compute(f, b), ad);
            assertTrue(cmp.agree(), c.model() + ", " + m + " against ad: " + cmp + "; " + c.problem());
        }
    }

    @Property(tries = 500)
    void rescalingAColumnChangesTheScaledFiniteDifferenceErrorByAtMostAFactorTen(@ForAll("rescalings") Rescaling r) {
        Statistics.label("factor").collect(r.exponent() < -2 ? "<1e-2" : r.exponent() > 2 ? ">1e2" : "1e-2..1e2");
        Statistics.label("factor").coverage(k -> {
            k.check("<1e-2").percentage(x -> x > 15);
            k.check(">1e2").percentage(x -> x > 15);
        });
        RandomProblem pr = r.c().mixed().problem();
        RandomProblem scaled = rescaled(pr, r.column(), Math.pow(10, r.exponent()));
        LinearPredictorObjective f = r.c().objective();
        LinearPredictorObjective g = RandomDesigns.objective(scaled, r.c().family().loss());
        for (HessianMethod m : List.of(HessianMethod.FD_CENTRAL, HessianMethod.FD_RICHARDSON)) {
            double before = scaledError(m, f, pr.point());
            double after = scaledError(m, g, scaled.point());
            double floor = m == HessianMethod.FD_CENTRAL ? Tolerances.FD_CENTRAL_ROUNDING : Tolerances.FD_RICHARDSON_ROUNDING;
            assertTrue(Math.max(before, after) <= Tolerances.SCALE_EQUIVARIANCE * Math.max(Math.min(before, after), floor),
                    String.format(Locale.ROOT, "%s: scaled error %.3g before, %.3g after the rescaling", m, before, after));
        }
    }

    /** fd's equilibrated difference from AD. */
    private static double scaledError(HessianMethod m, LinearPredictorObjective f, double[] b) {
        return HessianComparison.maxScaledDiff(m.compute(f, b).hessian(), f.automaticHessian(b).hessian());
    }

    /** The same problem with column {@code j} times {@code c} and its coefficient divided by {@code c}: the same loss. */
    static RandomProblem rescaled(RandomProblem pr, int j, double c) {
        double[][] x = pr.block(0);
        for (double[] row : x) {
            row[j] *= c;
        }
        double[] beta = pr.point();
        beta[j] /= c;
        List<double[][]> blocks = new ArrayList<>();
        blocks.add(x);
        return new RandomProblem(blocks, pr.y(), beta, pr.scale(), pr.collinear(), pr.intercept());
    }
}
