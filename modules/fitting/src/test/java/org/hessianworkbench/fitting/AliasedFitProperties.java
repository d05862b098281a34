package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.derivatives.diagnosis.DiagnosisCode;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.design.NumberText;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.testkit.AliasedDesigns;
import org.hessianworkbench.testkit.AliasedDesigns.AliasedDesign;
import org.hessianworkbench.testkit.Tolerances;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Every family, on designs with exact linear dependencies across column scales (1e-3 ... 1e4): the
 * fit finds the aliased columns, names them in the {@code aliased} diagnosis, and is the fit of the
 * formula without them, statistics included.
 */
class AliasedFitProperties {

    /** A design and the model fitted to it. */
    record Case(AliasedDesign design, String model) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return AliasedDesigns.designs().flatMap(d -> Arbitraries.of("linear", "linear-newton", "poisson")
                .map(m -> new Case(d, m)));
    }

    private static String csv(AliasedDesign d) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < d.p(); j++) {
            b.append('x').append(j).append(',');
        }
        b.append("y\n");
        for (int i = 0; i < d.x().length; i++) {
            for (int j = 0; j < d.p(); j++) {
                b.append(NumberText.format(d.x()[i][j])).append(',');
            }
            // counts for the Poisson model: 0..5 from the normal response
            b.append(NumberText.format(Math.min(5, Math.floor(2 * Math.abs(d.y()[i]))))).append('\n');
        }
        return b.toString();
    }

    private static String formula(List<Integer> columns) {
        List<String> terms = new ArrayList<>();
        columns.forEach(j -> terms.add("x" + j));
        return "y ~ " + String.join(" + ", terms) + " - 1";
    }

    @Property(tries = 150)
    void theFitOfAnAliasedDesignIsTheFitWithoutItsAliasedColumns(@ForAll("cases") Case c) {
        AliasedDesign d = c.design();
        Statistics.label("model").collect(c.model());
        Statistics.label("scales").collect(d.scaleSpread() >= 1e6 ? ">= 1e6" : d.scaleSpread() > 1 ? "mixed" : "one");
        Statistics.label("model").coverage(k -> k.check("poisson").count(n -> n > 0));
        Statistics.label("scales").coverage(k -> k.check(">= 1e6").count(n -> n > 0));

        DataSet data = DataSet.fromCsvText("aliased.csv", csv(d));
        List<Integer> all = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int j = 0; j < d.p(); j++) {
            all.add(j);
            if (!d.aliased()[j]) {
                kept.add(j);
            }
        }
        String family = c.model().equals("poisson") ? "poisson" : "linear";
        FitOptions options = c.model().equals("linear-newton") ? FitOptions.defaults().withOptimizer("newton")
                : FitOptions.defaults();
        FitReport full = Workbench.fit(Workbench.model(data, family, formula(all)), options);
        FitReport reduced = Workbench.fit(Workbench.model(data, family, formula(kept)), options);

        List<String> aliasedNames = new ArrayList<>();
        for (int j = 0; j < d.p(); j++) {
            Coefficient coefficient = full.coefficients().get(j);
            assertEquals(d.aliased()[j], coefficient.aliased(), "column x" + j + " of " + d);
            if (d.aliased()[j]) {
                aliasedNames.add("x" + j);
            }
        }
        assertEquals(DiagnosisCode.ALIASED, full.diagnoses().get(0).code());
        assertEquals(aliasedNames, full.diagnoses().get(0).coefficients());
        assertTrue(reduced.diagnoses().stream().noneMatch(x -> x.code() == DiagnosisCode.ALIASED));
        for (int k = 0; k < kept.size(); k++) {
            Coefficient a = full.coefficients().get(kept.get(k));
            Coefficient b = reduced.coefficients().get(k);
            assertEquals(b.estimate(), a.estimate(), Tolerances.ALIASED_VS_REDUCED * Math.abs(b.estimate()), "estimate");
            // counts that separate (a zero-count cone) make the estimate not exist: then both fits withhold;
            // rates that underflow make the Hessian singular: then neither fit has standard errors
            assertEquals(b.withheld(), a.withheld(), "withheld");
            if (Double.isNaN(b.stdError())) {
                assertTrue(Double.isNaN(a.stdError()), "SE of the full fit exists where the reduced fit's does not");
            } else {
                assertEquals(b.stdError(), a.stdError(), Tolerances.ALIASED_VS_REDUCED * Math.abs(b.stdError()), "SE");
            }
        }
        assertEquals(reduced.stats().residualDf(), full.stats().residualDf());
        assertEquals(d.x().length - kept.size(), full.stats().residualDf());
        assertEquals(reduced.stats().aic(), full.stats().aic(), Tolerances.ALIASED_VS_REDUCED * Math.abs(reduced.stats().aic()));
        assertEquals(reduced.stats().logLikelihood(), full.stats().logLikelihood(),
                Tolerances.ALIASED_VS_REDUCED * Math.abs(reduced.stats().logLikelihood()));
    }
}
