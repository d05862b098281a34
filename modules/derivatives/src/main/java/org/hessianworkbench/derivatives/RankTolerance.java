package org.hessianworkbench.derivatives;

/**
 * The one rank rule of the workbench: a parameter is not estimable (its column is <i>aliased</i>) when
 * the part of it that the parameters before it do not explain is smaller than {@link #RELATIVE} times
 * its own size. Every rank decision is made relative to each parameter's own scale, so that the units
 * of a covariate never decide it.
 *
 * <ul>
 * <li>On a design matrix (R's {@code lm} and LINPACK {@code dqrdc2}): column \(j\) is aliased when the
 * norm of its residual after projection on the columns kept before it is below
 * \(\tau\,\|x_j\|\), \(\tau = 10^{-7}\).</li>
 * <li>On a Hessian, the same rule on the squared scale: for \(H = X^\top W X\) the squared residual
 * norm of column \(j\) relative to \(\|x_j\|^2_W\) is \(1/(S^{-1})_{jj}\) for the equilibrated
 * \(S = D^{-1/2}HD^{-1/2}\), \(D = \mathrm{diag}(H_{jj})\), which is at least the smallest eigenvalue
 * of \(S\). So an eigenvalue of \(S\) at most \(\tau^2\) times the largest is a null direction,
 * unless that is below what a computed Hessian can resolve ({@link #HESSIAN_FLOOR}): the threshold is
 * {@link #hessianThreshold()}.</li>
 * </ul>
 * A design is factorised with errors of a few \(\epsilon\) of each column's norm, so its rule has
 * nine orders of magnitude of room; a Hessian is a squared quantity, evaluated at a computed estimate,
 * and has less. Between the two (a column whose residual is between \(10^{-7}\) and \(10^{-5}\) of
 * its norm) the design keeps the column and the Hessian is singular: least squares still gives its
 * standard errors from the QR factor (as R), a likelihood fit gives none (R's would be inflated by
 * more than \(10^5\)).
 *
 * <p>Reference: Dongarra, Bunch, Moler and Stewart, <i>LINPACK Users' Guide</i> (1979), ch. 9
 * ({@code dqrdc}); R's modification {@code dqrdc2} (limited pivoting, tolerance 1e-7, used by
 * {@code lm.fit}); Björck, <i>Numerical Methods for Least Squares Problems</i> (1996), §2.7.
 */
public final class RankTolerance {

    /**
     * \(\tau\): a residual norm below \(10^{-7}\) of the column's own norm counts as zero, as in R's
     * {@code lm}. Householder QR computes each residual norm with an error of a few \(\epsilon\|x_j\|\)
     * (about \(10^{-15}\)), so an exact dependency is found with eight orders of magnitude to spare; a
     * column that is \(10^{-7}\) from the span of the others would have standard errors inflated by
     * \(10^7\) and carry no information.
     */
    public static final double RELATIVE = 1e-7;

    private RankTolerance() {
    }

    /**
     * The smallest equilibrated eigenvalue, relative to the largest, that a computed Hessian can tell
     * from 0: its eigenvalues carry a rounding error of about \(p\,\epsilon \approx 10^{-14}\), and a
     * Hessian evaluated at an estimate found to a gradient tolerance shows an exact invariance (the
     * product models' scale ridge) as an eigenvalue of up to about \(10^{-11}\). NIST's Longley design,
     * full rank though famously ill-conditioned, has \(5.3\cdot 10^{-10}\).
     */
    public static final double HESSIAN_FLOOR = 1e-10;

    /**
     * The threshold on the equilibrated Hessian's eigenvalues, relative to the largest: the design rule
     * on the squared scale, \(\tau^2 = 10^{-14}\), raised to {@link #HESSIAN_FLOOR}.
     */
    public static double hessianThreshold() {
        return Math.max(RELATIVE * RELATIVE, HESSIAN_FLOOR);
    }
}
