package org.hessianworkbench.derivatives;

/**
 * How far a Hessian \(A\) is from a reference \(B\):
 * \(\mathrm{max\_abs\_diff} = \max_{ij}|A_{ij}-B_{ij}|\) and
 * \(\mathrm{max\_rel\_diff} = \mathrm{max\_abs\_diff} / \max_{ij}|B_{ij}|\); they agree when the
 * relative difference is at most the tolerance, or, for an engine with an error estimate, when every
 * entry's difference is within {@value #ERROR_ESTIMATE_SAFETY} times its estimate. Non-finite
 * entries never agree.
 *
 * @param method      the engine of \(A\)
 * @param reference   the engine of \(B\)
 * @param maxAbsDiff  largest absolute difference
 * @param maxRelDiff  largest absolute difference relative to \(\max|B|\)
 * @param tolerance   the relative tolerance of this pair
 * @param agree       whether {@code maxRelDiff <= tolerance}
 */
public record HessianComparison(String method, String reference, double maxAbsDiff, double maxRelDiff,
                                double tolerance, boolean agree) {

    /**
     * Safety factor on finite-difference error estimates: they are built from the leading error term
     * alone and miss the next terms, by up to about a factor 2, when a step is large relative to the
     * parameter's natural scale (covariates of size 1e3 with the step rule \(\epsilon^{1/3}\max(1,|\beta|)\)).
     */
    public static final double ERROR_ESTIMATE_SAFETY = 2;

    /**
     * Compares {@code a} with the reference {@code b}.
     *
     * @throws IllegalArgumentException when the shapes differ
     */
    public static HessianComparison of(String method, double[][] a, String reference, double[][] b, double tolerance) {
        double abs = Matrices.maxAbsDiff(a, b);
        double scale = Matrices.maxAbs(b);
        double rel = scale > 0 ? abs / scale : (abs == 0 ? 0 : Double.POSITIVE_INFINITY);
        boolean agree = Double.isFinite(abs) && Double.isFinite(scale) && rel <= tolerance;
        return new HessianComparison(method, reference, abs, rel, tolerance, agree);
    }

    /**
     * Compares an engine's estimate with the reference estimate, at the engine's tolerance, or within
     * its own error estimate when it has one.
     */
    public static HessianComparison of(HessianEstimate a, HessianEstimate reference) {
        HessianComparison c = of(a.method().cliName(), a.hessian(), reference.method().cliName(), reference.hessian(),
                a.method().tolerance());
        double[][] err = a.errorEstimate();
        if (c.agree() || err == null || !Double.isFinite(c.maxAbsDiff())) {
            return c;
        }
        double[][] x = a.hessian();
        double[][] r = reference.hessian();
        double allowed = c.tolerance() * Matrices.maxAbs(r);
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                if (Math.abs(x[i][j] - r[i][j]) > Math.max(allowed, ERROR_ESTIMATE_SAFETY * err[i][j])) {
                    return c;
                }
            }
        }
        return new HessianComparison(c.method(), c.reference(), c.maxAbsDiff(), c.maxRelDiff(), c.tolerance(), true);
    }

    /** The gradient analogue: vectors compared relative to \(\max|b|\). */
    public static HessianComparison ofVectors(String method, double[] a, String reference, double[] b, double tolerance) {
        return of(method, new double[][] {a}, reference, new double[][] {b}, tolerance);
    }
}
