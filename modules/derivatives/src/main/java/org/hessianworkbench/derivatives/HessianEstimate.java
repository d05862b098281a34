package org.hessianworkbench.derivatives;

/**
 * A Hessian computed by one engine, with what the engine knows about its accuracy. Instances are
 * immutable; accessors return copies.
 *
 * @param method        the engine
 * @param hessian       the (symmetric) Hessian
 * @param errorEstimate per-entry absolute error estimate, or {@code null} when the engine has none
 *                      (analytic and AD are exact up to rounding)
 * @param asymmetry     \(\max_{ij}|H_{ij}-H_{ji}|\) of the raw estimate before it was symmetrised
 *                      (0 for engines that are symmetric by construction)
 * @param evaluations   function or gradient evaluations the engine made (1 for analytic and AD)
 */
public record HessianEstimate(HessianMethod method, double[][] hessian, double[][] errorEstimate,
                              double asymmetry, int evaluations) {

    /** Defensive copies in. */
    public HessianEstimate {
        hessian = Matrices.copy(hessian);
        errorEstimate = errorEstimate == null ? null : Matrices.copy(errorEstimate);
    }

    /** The Hessian (a copy). */
    @Override
    public double[][] hessian() {
        return Matrices.copy(hessian);
    }

    /** The per-entry error estimate (a copy), or {@code null}. */
    @Override
    public double[][] errorEstimate() {
        return errorEstimate == null ? null : Matrices.copy(errorEstimate);
    }

    /** The largest per-entry error estimate, or NaN when there is none. */
    public double maxErrorEstimate() {
        return errorEstimate == null ? Double.NaN : Matrices.maxAbs(errorEstimate);
    }

    /** The engine and the matrix, e.g. {@code ad [[1197.8, 366.7], [366.7, 642.5]]} (for JShell and logs). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(method.cliName()).append(" [");
        for (int i = 0; i < hessian.length; i++) {
            b.append(i == 0 ? "" : ", ").append(java.util.Arrays.toString(hessian[i]));
        }
        b.append(']');
        if (errorEstimate != null) {
            b.append(", largest error estimate ").append(maxErrorEstimate());
        }
        return b.toString();
    }
}
