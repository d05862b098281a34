package org.hessianworkbench.inference;

import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.derivatives.Matrices;

/** A covariance matrix, or the reason there is none. */
public sealed interface CovarianceResult {

    /** The diagnosis of the Hessian the covariance came (or did not come) from. */
    HessianDiagnostics diagnostics();

    /** True when a covariance is available. */
    default boolean available() {
        return this instanceof Available;
    }

    /**
     * A covariance matrix.
     *
     * @param covariance  the matrix
     * @param diagnostics the Hessian's diagnosis
     */
    record Available(double[][] covariance, HessianDiagnostics diagnostics) implements CovarianceResult {
        /** Defensive copy in. */
        public Available {
            covariance = Matrices.copy(covariance);
        }

        /** The matrix (a copy). */
        @Override
        public double[][] covariance() {
            return Matrices.copy(covariance);
        }

        /** Standard errors: square roots of the diagonal. */
        public double[] standardErrors() {
            double[] se = new double[covariance.length];
            for (int i = 0; i < se.length; i++) {
                se[i] = Math.sqrt(covariance[i][i]);
            }
            return se;
        }
    }

    /**
     * No covariance: the Hessian is singular, indefinite or not finite.
     *
     * @param diagnostics the Hessian's diagnosis
     * @param explanation one or two sentences for the user
     */
    record Unavailable(HessianDiagnostics diagnostics, String explanation) implements CovarianceResult {
    }
}
