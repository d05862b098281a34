package org.hessianworkbench.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference sets load, carry their provenance, and the format rejects what it cannot read. */
class ReferenceSetTest {

    private static final List<String> SETS = List.of("longley-nist", "spector-logit-stata", "logistic-hessian-notebook",
            "linear-product-notebook", "newton-bfgs-tutorial", "quasipoisson-r", "poisson-income-glm",
            "logistic-dollars-glm", "logistic-tiny-big-glm", "firth-separated-brglm2", "firth-spector-brglm2");

    @Test
    void everySetLoadsWithItsProvenanceAndItsDataSet() {
        for (String name : SETS) {
            ReferenceSet r = ReferenceSet.load(name);
            assertEquals(name, r.name());
            assertTrue(r.provenance().lines().count() >= 3, name + ": " + r.provenance());
            // the data set the values belong to is one of the test data sets
            assertTrue(TestData.names().contains(r.text("data")), name + ": " + r.text("data"));
        }
    }

    @Test
    void longleyHasTheCertifiedTable() {
        ReferenceSet r = ReferenceSet.load("longley-nist");
        assertEquals(List.of("(Intercept)", "GNPDEFL", "GNP", "UNEMP", "ARMED", "POP", "YEAR"),
                r.coefficients().stream().map(ReferenceSet.Coefficient::term).toList());
        assertEquals(1829.15146461355, r.coefficient("YEAR").estimate(), 0);
        assertEquals(455.478499142212, r.stdErrors()[6], 0);
        assertEquals(304.854073561965, r.number("residual-sd"), 0);
        assertEquals(9, r.integer("residual-df"));
        assertEquals("TOTEMP ~ GNPDEFL + GNP + UNEMP + ARMED + POP + YEAR", r.text("formula"));
        assertTrue(r.provenance().contains("https://www.itl.nist.gov/div898/strd/lls/data/Longley.shtml"));
    }

    @Test
    void vectorsAndWordsAreAsWritten() {
        ReferenceSet r = ReferenceSet.load("logistic-hessian-notebook");
        assertArrayEquals(new double[] {1.06445722, -2.07456039}, r.numbers("bfgs-estimate"), 0);
        assertEquals(List.of("1.06445721", "-2.07456031"), r.words("mle"));
        assertEquals(1e-6, r.number("nested-eps"), 0);
    }

    @Test
    void malformedSetsAreRefusedWithTheLine() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> ReferenceSet.parse("t", List.of("# from here", "a 1", "a 2")));
        assertTrue(twice.getMessage().contains("t line 3"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReferenceSet.parse("t", List.of("# from here", "coefficient x 1")));
        assertThrows(IllegalArgumentException.class, () -> ReferenceSet.parse("t", List.of("# from here", "lonely")));
        IllegalArgumentException noProvenance = assertThrows(IllegalArgumentException.class,
                () -> ReferenceSet.parse("t", List.of("a 1")));
        assertTrue(noProvenance.getMessage().contains("provenance"), noProvenance.getMessage());
        ReferenceSet r = ReferenceSet.parse("t", List.of("# from here", "a 1 x"));
        assertThrows(IllegalArgumentException.class, () -> r.number("a"));
        assertThrows(IllegalArgumentException.class, () -> r.numbers("a"));
        assertThrows(IllegalArgumentException.class, () -> r.words("b"));
        assertThrows(IllegalArgumentException.class, () -> ReferenceSet.load("no-such-set"));
    }
}
