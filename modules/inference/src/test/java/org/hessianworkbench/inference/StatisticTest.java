package org.hessianworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/** Quantiles and p-values against scipy.stats 1.x (norm.ppf, t.ppf, norm.cdf, t.cdf; printed with repr). */
class StatisticTest {

    @Test
    void normalQuantileAndPValue() {
        assertEquals(1.959963984540054, Statistic.z().critical(0.95), Tolerances.SCIPY_QUANTILES); // norm.ppf(0.975)
        assertEquals(0.04999579029644087, Statistic.z().twoSidedP(1.96), Tolerances.SCIPY_QUANTILES); // 2 * norm.cdf(-1.96)
        assertEquals(1.523970604832094e-23, Statistic.z().twoSidedP(-10), 1e-36); // 2 * norm.cdf(-10)
    }

    @Test
    void studentQuantileAndPValue() {
        assertEquals(2.262157162798205, Statistic.t(9).critical(0.95), Tolerances.SCIPY_QUANTILES); // t.ppf(0.975, 9)
        assertEquals(0.07655282377070101, Statistic.t(9).twoSidedP(2.0), Tolerances.SCIPY_QUANTILES); // 2 * t.cdf(-2, 9)
    }

    @Test
    void badLevelIsRefused() {
        BadInputException level = assertThrows(BadInputException.class, () -> Statistic.z().critical(1.0));
        assertEquals(InferenceMessages.LEVEL_OUT_OF_RANGE, level.key());
        assertEquals("confidence level must be in (0, 1), not 1.0", level.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Statistic.t(0));
    }
}
