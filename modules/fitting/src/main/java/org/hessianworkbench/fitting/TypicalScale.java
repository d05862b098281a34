package org.hessianworkbench.fitting;

import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.LinearPredictorObjective;

/**
 * The typical size of each coefficient of a model built on a design, \(\mathrm{typ}_j = 1/\mathrm{rms}(x_j)\)
 * (Dennis &amp; Schnabel's typical x, <i>Numerical Methods for Unconstrained Optimization</i>, 1983,
 * §7.1): a coefficient that moves the linear predictor by about 1 has this size. 1 for an intercept
 * (or a product group's bias); 1 for a column of zeros. Multiplying a column by \(c\) divides its
 * typical size by \(c\), which keeps the scale-invariant stopping rule invariant.
 */
final class TypicalScale {

    private TypicalScale() {
    }

    /** One typical size per parameter of {@code f}, block by block (product groups in order). */
    static double[] of(LinearPredictorObjective f) {
        double[] typ = new double[f.dimension()];
        int k = 0;
        for (DesignBlock b : f.blocks()) {
            for (int j = 0; j < b.columns(); j++) {
                double sum = 0;
                for (int i = 0; i < b.rows(); i++) {
                    double v = b.get(i, j);
                    sum += v * v;
                }
                double rms = Math.sqrt(sum / Math.max(1, b.rows()));
                typ[k++] = rms > 0 && Double.isFinite(1 / rms) ? 1 / rms : 1;
            }
        }
        return typ;
    }
}
