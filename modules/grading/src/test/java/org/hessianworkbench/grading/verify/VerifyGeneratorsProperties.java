package org.hessianworkbench.grading.verify;

import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.derivatives.FiniteDifferences;
import org.hessianworkbench.derivatives.HessianMethod;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.expression.NamedModel;

/**
 * The problems {@code verify} draws for an expression model reach the cases worth checking although
 * some are set aside: a gamma loss with the inverse link, undefined where \(\eta \le 0\), is finite at
 * a fair share of the points, large and small problems among them; Huber's loss leaves
 * fd-richardson's steps clear of its kinks in a fair share.
 */
class VerifyGeneratorsProperties {

    @Provide
    Arbitrary<Problem> gammaInverse() {
        return VerifyProperties.problems(VerifyModel.of(Family.named(NamedModel.GAMMA, "inverse", Map.of())));
    }

    @Provide
    Arbitrary<Problem> huber() {
        return VerifyProperties.problems(VerifyModel.of(Family.named(NamedModel.HUBER, null, Map.of("delta", 1.345))));
    }

    @Property(tries = 400)
    void gammaProblemsWithTheInverseLinkAreOftenInsideItsDomain(@ForAll("gammaInverse") Problem pr) {
        LinearPredictorObjective f = pr.objective();
        double[] b = pr.point();
        boolean finite = VerifyProperties.finiteAt(f, b);
        boolean fdFinite = finite && VerifyProperties.finiteWithin(f, b,
                FiniteDifferences.largestSteps(HessianMethod.FD_CENTRAL, f, b),
                VerifyProperties.domainMargin(HessianMethod.FD_CENTRAL));
        Statistics.label("finite at the point").collect(finite);
        Statistics.label("finite at the point").coverage(c -> c.check(true).percentage(p -> p >= 30));
        Statistics.label("finite where fd-central steps, 21 rows or more").collect(fdFinite && pr.n() > 20);
        Statistics.label("finite where fd-central steps, 21 rows or more")
                .coverage(c -> c.check(true).percentage(p -> p >= 5));
        Statistics.label("finite where fd-central steps, several columns").collect(fdFinite && pr.p() > 1);
        Statistics.label("finite where fd-central steps, several columns")
                .coverage(c -> c.check(true).percentage(p -> p >= 15));
        Statistics.label("responses positive").collect(java.util.Arrays.stream(pr.design().y()).allMatch(y -> y > 0));
        Statistics.label("responses positive").coverage(c -> c.check(false).count(n -> n == 0));
    }

    @Property(tries = 300)
    void huberProblemsOftenKeepRichardsonsStepsClearOfTheKinks(@ForAll("huber") Problem pr) {
        LinearPredictorObjective f = pr.objective();
        double[] b = pr.point();
        boolean clear = f.kinksCrossed(b, FiniteDifferences.largestSteps(HessianMethod.FD_RICHARDSON, f, b)) == 0;
        Statistics.label("fd-richardson clear of kinks").collect(clear);
        Statistics.label("fd-richardson clear of kinks").coverage(c -> c.check(true).percentage(p -> p >= 20));
        Statistics.label("fd-richardson clear of kinks, 2 rows or more").collect(clear && pr.n() > 1);
        Statistics.label("fd-richardson clear of kinks, 2 rows or more")
                .coverage(c -> c.check(true).percentage(p -> p >= 5));
    }
}
