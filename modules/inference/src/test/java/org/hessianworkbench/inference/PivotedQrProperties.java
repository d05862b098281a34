package org.hessianworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.testkit.AliasedDesigns;
import org.hessianworkbench.testkit.AliasedDesigns.AliasedDesign;
import org.hessianworkbench.testkit.Tolerances;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Designs with exact linear dependencies, across column scales: R's rank rule finds them, and the reduced fit is the fit without them. */
class PivotedQrProperties {

    @Provide
    Arbitrary<AliasedDesign> designs() {
        return AliasedDesigns.designs();
    }

    private static DesignBlock block(double[][] x) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < x[0].length; j++) {
            names.add("x" + j);
        }
        return DesignBlock.of("", names, x);
    }

    @Property(tries = 300)
    void theAliasedColumnsAreFoundAndTheReducedFitIsTheFitWithoutThem(@ForAll("designs") AliasedDesign d) {
        int dependents = 0;
        for (boolean a : d.aliased()) {
            dependents += a ? 1 : 0;
        }
        Statistics.label("dependent columns").collect(dependents);
        Statistics.label("intercept").collect(d.intercept());
        Statistics.label("exact duplicate").collect(d.duplicate());
        Statistics.label("scale spread").collect(d.scaleSpread() >= 1e6 ? ">= 1e6" : d.scaleSpread() > 1 ? "mixed" : "one scale");
        Statistics.label("dependent columns").coverage(c -> {
            c.check(1).count(n -> n > 0);
            c.check(2).count(n -> n > 0);
        });
        Statistics.label("intercept").coverage(c -> c.check(true).count(n -> n > 0));
        Statistics.label("exact duplicate").coverage(c -> c.check(true).count(n -> n > 0));
        Statistics.label("scale spread").coverage(c -> c.check(">= 1e6").count(n -> n > 0));

        LeastSquares.Fit full = LeastSquares.fit(block(d.x()), d.y());
        assertArrayEquals(d.aliased(), full.aliased(), d.toString());

        LeastSquares.Fit reduced = LeastSquares.fit(block(d.reduced()), d.y());
        assertEquals(0, reduced.p() - reduced.rank(), "the design without the dependent columns has full rank");
        int[] kept = d.kept();
        double[] b = full.estimate();
        double[] r = reduced.estimate();
        double[] seFull = ((CovarianceResult.Available) full.covariance()).standardErrors();
        double[] seReduced = ((CovarianceResult.Available) reduced.covariance()).standardErrors();
        for (int k = 0; k < kept.length; k++) {
            assertEquals(r[k], b[kept[k]], Tolerances.ALIASED_VS_REDUCED * Math.abs(r[k]), "estimate " + kept[k]);
            assertEquals(seReduced[k], seFull[k], Tolerances.ALIASED_VS_REDUCED * seReduced[k], "standard error " + kept[k]);
        }
        for (int j = 0; j < d.p(); j++) {
            if (d.aliased()[j]) {
                assertEquals(Double.NaN, b[j], "an aliased coefficient has no estimate");
            }
        }
        assertEquals(reduced.df(), full.df());
        assertEquals(d.x().length - kept.length, full.df());
        assertEquals(reduced.sse(), full.sse(), Tolerances.ALIASED_VS_REDUCED * reduced.sse());
    }
}
