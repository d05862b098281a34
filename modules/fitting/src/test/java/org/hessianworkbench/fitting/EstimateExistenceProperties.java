package org.hessianworkbench.fitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.derivatives.diagnosis.DiagnosisCode;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.testkit.Separations;

/**
 * The whole fit on generated data: separated responses (complete and quasi-complete, logistic and
 * Poisson) always carry {@code separation} and {@code estimate-does-not-exist} with every standard
 * error withheld, whatever the optimiser did; responses that overlap never do; and Firth's
 * penalised fit of separated logistic data gives finite estimates with standard errors.
 */
class EstimateExistenceProperties {

    @Provide
    Arbitrary<Separations.Case> cases() {
        return Arbitraries.oneOf(
                Separations.logistic(Separations.Shape.COMPLETE, Separations.Shape.QUASI_COMPLETE, Separations.Shape.OVERLAP),
                Separations.poisson(Separations.Shape.QUASI_COMPLETE, Separations.Shape.OVERLAP));
    }

    /** The case as a formula model: columns x0.., y; no implicit intercept (the design has its own). */
    static RegressionModel model(Separations.Case c) {
        double[][] x = c.x();
        double[] y = c.y();
        StringBuilder csv = new StringBuilder();
        List<String> terms = new ArrayList<>();
        for (int j = 0; j < x[0].length; j++) {
            csv.append('x').append(j).append(',');
            terms.add("x" + j);
        }
        csv.append("y\n");
        for (int i = 0; i < y.length; i++) {
            for (double v : x[i]) {
                csv.append(v).append(',');
            }
            csv.append(y[i]).append('\n');
        }
        return Workbench.model(DataSet.fromCsvText("generated.csv", csv.toString()),
                c.counts() ? Family.POISSON.kind() : Family.LOGISTIC.kind(), "y ~ " + String.join(" + ", terms) + " - 1");
    }

    @Property(tries = 200)
    void separatedDataAreAlwaysDiagnosedAndOverlapNeverIs(@ForAll("cases") Separations.Case c) {
        Statistics.label("shape").collect(c.shape() + (c.counts() ? " counts" : " 0/1"));
        // each 0/1 shape is expected in 1/6 of the tries, each count shape in 1/4; at 200 tries 5% is more
        // than four standard deviations below 1/6 (10%, 2.5 of them, failed about once in 150 runs)
        Statistics.label("shape").coverage(k -> {
            k.check("COMPLETE 0/1").percentage(v -> v > 5);
            k.check("QUASI_COMPLETE 0/1").percentage(v -> v > 5);
            k.check("OVERLAP 0/1").percentage(v -> v > 5);
            k.check("QUASI_COMPLETE counts").percentage(v -> v > 5);
            k.check("OVERLAP counts").percentage(v -> v > 5);
        });
        FitReport r = Fitter.fit(model(c), FitOptions.defaults());
        List<DiagnosisCode> codes = r.diagnoses().stream().map(Diagnosis::code).toList();
        if (c.separated()) {
            assertTrue(codes.contains(DiagnosisCode.SEPARATION) && codes.contains(DiagnosisCode.ESTIMATE_DOES_NOT_EXIST),
                    codes.toString());
            assertTrue(r.coefficients().stream().allMatch(Coefficient::withheld));
            if (c.dummy() >= 0) {
                String dummy = "x" + c.dummy();
                assertTrue(r.diagnoses().stream().filter(d -> d.code() == DiagnosisCode.ESTIMATE_DOES_NOT_EXIST)
                        .allMatch(d -> d.coefficients().contains(dummy)), r.diagnoses().toString());
            }
        } else {
            assertFalse(codes.contains(DiagnosisCode.SEPARATION) || codes.contains(DiagnosisCode.ESTIMATE_DOES_NOT_EXIST),
                    codes.toString());
            assertFalse(r.coefficients().stream().anyMatch(Coefficient::withheld));
        }
    }

    @Property(tries = 100)
    void firthsEstimateExistsOnSeparatedData(@ForAll("separated") Separations.Case c) {
        Statistics.label("shape").collect(c.shape());
        RegressionModel m = model(c);
        FitReport r = Fitter.fit(m, FitOptions.defaults().withFirth(true));
        assertTrue(r.converged(), "Firth's fit converges: " + r.optimization().message());
        assertFalse(Diagnosis.anyFails(r.diagnoses()), r.diagnoses().toString());
        for (Coefficient k : r.coefficients()) {
            assertTrue(Double.isFinite(k.estimate()), k.toString());
            assertFalse(k.withheld());
        }
        assertEquals(m.p(), r.coefficients().size());
    }

    @Provide
    Arbitrary<Separations.Case> separated() {
        return Separations.logistic(Separations.Shape.COMPLETE, Separations.Shape.QUASI_COMPLETE);
    }
}
