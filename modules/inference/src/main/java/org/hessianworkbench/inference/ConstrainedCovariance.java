package org.hessianworkbench.inference;

import java.util.Locale;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.derivatives.Matrices;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * The covariance of an estimate restricted to linear constraints \(A\beta = c\) that remove the
 * null directions of the Hessian:
 * \[ \Sigma = s\, Z (Z^\top H Z)^{-1} Z^\top , \]
 * with \(Z\) an orthonormal basis of \(\{v : Av = 0\}\), the tangent space of the constraints (from the
 * QR factorisation of \(A^\top\)). \(Z^\top H Z\) is inverted through Cholesky and only when positive
 * definite; otherwise the result is its diagnosis. Reference: Aitchison &amp; Silvey, "Maximum-likelihood
 * estimation of parameters subject to restraints", Ann. Math. Statist. 29 (1958); Silvey,
 * <i>Statistical Inference</i> (1975), §4.7.
 */
public final class ConstrainedCovariance {

    private ConstrainedCovariance() {
    }

    /**
     * \(s\,Z(Z^\top HZ)^{-1}Z^\top\).
     *
     * @param hessian     the Hessian \(H\), \(p\times p\); not modified
     * @param constraints the rows of \(A\), \(m\times p\) with \(m < p\), linearly independent; not modified
     * @param scale       the factor \(s\) (1 for likelihoods, \(\hat\sigma^2\) for half a sum of squares)
     * @return the covariance, or the diagnosis of \(Z^\top HZ\)
     */
    public static CovarianceResult of(double[][] hessian, double[][] constraints, double scale) {
        int p = hessian.length;
        int m = constraints.length;
        if (m == 0) {
            return Covariances.fromHessian(hessian, scale);
        }
        double[][] at = new double[p][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < p; j++) {
                at[j][i] = constraints[i][j];
            }
        }
        RealMatrix q = new QRDecomposition(MatrixUtils.createRealMatrix(at)).getQ();
        RealMatrix z = q.getSubMatrix(0, p - 1, m, p - 1);
        RealMatrix h = MatrixUtils.createRealMatrix(Matrices.symmetrize(hessian));
        double[][] reduced = Matrices.symmetrize(z.transpose().multiply(h).multiply(z).getData());
        HessianDiagnostics d = HessianDiagnostics.of(reduced);
        if (!d.positiveDefinite()) {
            return new CovarianceResult.Unavailable(d, "the Hessian restricted to the constraints' tangent space is "
                    + Covariances.explain(d).replaceFirst("^the Hessian is ", ""));
        }
        try {
            RealMatrix inv = new CholeskyDecomposition(MatrixUtils.createRealMatrix(reduced), 1e-12, 0)
                    .getSolver().getInverse();
            double[][] cov = z.multiply(inv).multiplyTransposed(z).scalarMultiply(scale).getData();
            return new CovarianceResult.Available(Matrices.symmetrize(cov), d);
        } catch (MathIllegalArgumentException e) {
            return new CovarianceResult.Unavailable(d, String.format(Locale.ROOT,
                    "the restricted Hessian is too badly conditioned to invert (condition number %.3g)",
                    d.conditionNumber()));
        }
    }
}
