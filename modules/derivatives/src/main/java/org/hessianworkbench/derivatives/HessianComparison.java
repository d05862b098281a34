package org.hessianworkbench.derivatives;

/**
 * How far a Hessian \(A\) is from a reference \(B\):
 * \(\mathrm{max\_abs\_diff} = \max_{ij}|A_{ij}-B_{ij}|\) and
 * \(\mathrm{max\_rel\_diff} = \mathrm{max\_abs\_diff} / \max_{ij}|B_{ij}|\); they agree when the
 * relative difference is at most the tolerance. Non-finite entries never agree.
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

    /** Compares an engine's estimate with the reference estimate, at the engine's tolerance. */
    public static HessianComparison of(HessianEstimate a, HessianEstimate reference) {
        return of(a.method().cliName(), a.hessian(), reference.method().cliName(), reference.hessian(),
                a.method().tolerance());
    }

    /** The gradient analogue: vectors compared relative to \(\max|b|\). */
    public static HessianComparison ofVectors(String method, double[] a, String reference, double[] b, double tolerance) {
        return of(method, new double[][] {a}, reference, new double[][] {b}, tolerance);
    }
}
