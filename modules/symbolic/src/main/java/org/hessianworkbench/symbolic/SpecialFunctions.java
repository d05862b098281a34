package org.hessianworkbench.symbolic;

import org.hipparchus.CalculusFieldElement;
import org.hipparchus.analysis.differentiation.DifferentialAlgebra;
import org.hipparchus.analysis.differentiation.FieldDerivative;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;
import org.hipparchus.util.CombinatoricsUtils;

/**
 * The numerics of the expression language's special functions, in double precision, and the one
 * route by which they are differentiated automatically.
 *
 * <p><b>The normal distribution.</b> \(\Phi\), \(\log\Phi\) and the inverse Mills ratio
 * \(\lambda(x) = \phi(x)/\Phi(x)\) follow W. J. Cody's rational Chebyshev approximations (Cody 1969,
 * <i>Math. Comp.</i> 23, doi:10.1090/S0025-5718-1969-0247736-4; ACM TOMS Algorithm 715, 1993), as R's
 * {@code pnorm} computes them: for \(|x| \le 0.674\) a rational function of \(x^2\); beyond, the
 * smaller tail is \(e^{-x^2/2}\,r(|x|)\) with a rational \(r\), and \(e^{-x^2/2}\) is computed from an
 * exact split of \(x\) so that its rounding does not grow with \(x^2\). Written in that form,
 * \(\log\Phi(x) = -x^2/2 + \log r(|x|)\) for \(x < -0.674\) never underflows
 * (\(\log\Phi(-40) = -804.6084420137538\)), and \(\lambda(x) = (2\pi)^{-1/2}/r(|x|)\) for
 * \(x < -0.674\) is a ratio of two numbers of size one instead of two underflowing ones.
 *
 * <p><b>Gamma functions</b> are defined here for positive arguments: \(\log\Gamma\), \(\psi\) and
 * \(\psi'\) from Hipparchus, \(\psi^{(n)}\), \(n \ge 2\), by the recurrence
 * \(\psi^{(n)}(x) = \psi^{(n)}(x + 1) - (-1)^n n!/x^{n+1}\) up to \(x \ge 20 + n\) and the asymptotic
 * series with Bernoulli numbers there (Abramowitz &amp; Stegun 6.4.11).
 *
 * <p><b>Automatic differentiation.</b> A function \(f\) with known derivatives \(f^{(k)}(x_0)\) is
 * applied to a Hipparchus derivative \(u\) with value \(x_0\) as its Taylor polynomial
 * \(\sum_{k\le K} f^{(k)}(x_0)\,\delta^k/k!\), \(\delta = u - x_0\), with \(K\) the order of \(u\)
 * (nested orders add up): \(\delta\) has value 0, so \(\delta^{K+1} = 0\) and the polynomial is
 * exact to the order \(u\) carries. The derivatives are the closed forms of this class, never
 * finite differences. Stateless.
 */
public final class SpecialFunctions {

    /** \(1/\sqrt{2\pi}\). */
    public static final double ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;

    /** \(2/\sqrt{\pi}\), the factor of \(\mathrm{erf}'\). */
    public static final double TWO_OVER_SQRT_PI = 1.1283791670955125738961589031215;

    /** \(\Phi^{-1}(3/4)\): below it \(\Phi\) is a rational function of \(x^2\) (Cody). */
    private static final double CENTRAL = 0.67448975;

    /** \(\sqrt{32}\): between {@link #CENTRAL} and it the tail's rational is in \(x\), beyond in \(1/x^2\). */
    private static final double SQRT_32 = 5.656854249492380195206754896838;

    /** Below this \(\Phi(x)\) is below the smallest normal double (R returns 0 there). */
    private static final double PHI_ZERO_BELOW = -37.5193;

    /** Above this \(\Phi(x)\) rounds to 1. */
    private static final double PHI_ONE_ABOVE = 8.2924;

    /** The splitting grid of \(x\) for \(e^{-x^2/2}\): \(x = x_s + d\) with \(x_s\) a multiple of 1/16. */
    private static final double SPLIT = 16;

    /** The polygamma recurrence runs up to \(x \ge\) this plus \(n\), where the asymptotic series is exact to double precision. */
    private static final double POLYGAMMA_ASYMPTOTIC_FROM = 20;

    /** The highest polygamma order computed (ten Bernoulli terms suffice up to it at \(x \ge 20 + n\)). */
    public static final int MAX_POLYGAMMA_ORDER = 16;

    private static final double[] A = {2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582,
        18154.981253343561249, 0.065682337918207449113};
    private static final double[] B = {47.20258190468824187, 976.09855173777669322, 10260.932208618978205,
        45507.789335026729956};
    private static final double[] C = {0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979,
        597.27027639480026226, 2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124,
        9842.7148383839780218, 1.0765576773720192317e-8};
    private static final double[] D = {22.266688044328115691, 235.38790178262499861, 1519.377599407554805,
        6485.558298266760755, 18615.571640885098091, 34900.952721145977266, 38912.003286093271411,
        19685.429676859990727};
    private static final double[] P = {0.21589853405795699, 0.1274011611602473639, 0.022235277870649807,
        0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303};
    private static final double[] Q = {1.28426009614491121, 0.468238212480865118, 0.0659881378689285515,
        0.00378239633202758244, 7.29751555083966205e-5};

    /** Bernoulli numbers \(B_2, B_4, \dots, B_{20}\). */
    private static final double[] BERNOULLI = {1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730,
        7.0 / 6, -3617.0 / 510, 43867.0 / 798, -174611.0 / 330};

    private SpecialFunctions() {
    }

    // ------------------------------------------------------------------ the normal distribution

    /** \(x(\dots)\) of Cody's central rational: \(\Phi(x) = 1/2 + \) this, for \(|x| \le 0.674\). */
    private static double central(double x) {
        double xsq = x * x;
        double xnum = A[4] * xsq;
        double xden = xsq;
        for (int i = 0; i < 3; i++) {
            xnum = (xnum + A[i]) * xsq;
            xden = (xden + B[i]) * xsq;
        }
        return x * (xnum + A[3]) / (xden + B[3]);
    }

    /** \(t(y)/y\) of the far tail, \(y > \sqrt{32}\): \(r(y) = ((2\pi)^{-1/2} - t(y))/y\). */
    private static double farTailCorrection(double y) {
        double xsq = 1 / (y * y);
        double xnum = P[5] * xsq;
        double xden = xsq;
        for (int i = 0; i < 4; i++) {
            xnum = (xnum + P[i]) * xsq;
            xden = (xden + Q[i]) * xsq;
        }
        return xsq * (xnum + P[4]) / (xden + Q[4]);
    }

    /** \(r(y)\), \(y > 0.674\): the upper tail is \(1 - \Phi(y) = e^{-y^2/2}\,r(y)\). */
    private static double tailRatio(double y) {
        if (y <= SQRT_32) {
            double xnum = C[8] * y;
            double xden = y;
            for (int i = 0; i < 7; i++) {
                xnum = (xnum + C[i]) * y;
                xden = (xden + D[i]) * y;
            }
            return (xnum + C[7]) / (xden + D[7]);
        }
        return (ONE_OVER_SQRT_2PI - farTailCorrection(y)) / y;
    }

    /** \(-y^2/2\) as the sum of two parts, the first exact (R's {@code do_del}). */
    private static double[] halfSquare(double y) {
        double ys = Math.floor(y * SPLIT) / SPLIT;
        double del = (y - ys) * (y + ys);
        return new double[] {-ys * ys * 0.5, -del * 0.5};
    }

    /** \(e^{-y^2/2}\) without the rounding of \(y^2\). */
    private static double gaussian(double y) {
        double[] h = halfSquare(Math.abs(y));
        return Math.exp(h[0]) * Math.exp(h[1]);
    }

    /** \(e^{-x^2}\) without the rounding of \(x^2\). */
    private static double expMinusSquare(double x) {
        double y = Math.abs(x);
        double ys = Math.floor(y * SPLIT) / SPLIT;
        return Math.exp(-ys * ys) * Math.exp(-(y - ys) * (y + ys));
    }

    /** The standard normal density \(\phi(x) = e^{-x^2/2}/\sqrt{2\pi}\). */
    public static double normPdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return ONE_OVER_SQRT_2PI * gaussian(x);
    }

    /** The standard normal distribution function \(\Phi(x)\), with full relative accuracy in the lower tail. */
    public static double normCdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double y = Math.abs(x);
        if (y <= CENTRAL) {
            return 0.5 + central(x);
        }
        if (x <= PHI_ZERO_BELOW) {
            return 0;
        }
        if (x >= PHI_ONE_ABOVE) {
            return 1;
        }
        double tail = gaussian(y) * tailRatio(y);
        return x > 0 ? 1 - tail : tail;
    }

    /** \(\log\Phi(x)\), finite and accurate far into the lower tail (\(\log\Phi(-40) = -804.608\dots\)). */
    public static double logNormCdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double y = Math.abs(x);
        if (y <= CENTRAL) {
            return Math.log(0.5 + central(x));
        }
        if (x > 0) {
            return x >= PHI_ONE_ABOVE * 5 ? 0 : Math.log1p(-gaussian(y) * tailRatio(y));
        }
        if (Double.isInfinite(x)) {
            return Double.NEGATIVE_INFINITY;
        }
        double[] h = halfSquare(y);
        return h[0] + h[1] + Math.log(tailRatio(y));
    }

    /**
     * The inverse Mills ratio \(\lambda(x) = \phi(x)/\Phi(x) = \frac{d}{dx}\log\Phi(x)\): about \(-x\) as
     * \(x \to -\infty\), \(\phi(x)\) as \(x \to \infty\); accurate at every \(x\) (no underflowing
     * ratio).
     */
    public static double invMills(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double y = Math.abs(x);
        if (y <= CENTRAL) {
            return normPdf(x) / (0.5 + central(x));
        }
        if (x > 0) {
            double g = gaussian(y);
            return ONE_OVER_SQRT_2PI * g / (1 - g * tailRatio(y));
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        return ONE_OVER_SQRT_2PI / tailRatio(y);
    }

    /**
     * \(x + \lambda(x)\), which is \(-\lambda'(x)/\lambda(x)\): positive, and about \(1/|x|\) as
     * \(x \to -\infty\), where the sum cancels; in the far tail it is computed from Cody's correction
     * without the cancellation.
     */
    static double invMillsPlusX(double x) {
        if (x < -SQRT_32) {
            double y = -x;
            double t = farTailCorrection(y);
            return y * t / (ONE_OVER_SQRT_2PI - t);
        }
        return x + invMills(x);
    }

    /** The error function. */
    public static double erf(double x) {
        return Erf.erf(x);
    }

    /** The complementary error function \(1 - \mathrm{erf}(x)\), accurate where it is small. */
    public static double erfc(double x) {
        return Erf.erfc(x);
    }

    // ------------------------------------------------------------------ gamma functions

    /** \(\log\Gamma(x)\) for \(x > 0\); NaN otherwise. */
    public static double logGamma(double x) {
        return x > 0 ? Gamma.logGamma(x) : Double.NaN;
    }

    /**
     * The polygamma function \(\psi^{(n)}(x) = \frac{d^{n+1}}{dx^{n+1}}\log\Gamma(x)\) for
     * \(0 \le n \le\) {@value #MAX_POLYGAMMA_ORDER} and \(x > 0\); NaN otherwise. \(n = 0\) is the
     * digamma function, \(n = 1\) the trigamma function.
     */
    public static double polygamma(int n, double x) {
        if (!(x > 0) || n < 0 || n > MAX_POLYGAMMA_ORDER) {
            return Double.NaN;
        }
        if (Double.isInfinite(x)) {
            return n == 0 ? Double.POSITIVE_INFINITY : 0;
        }
        if (n == 0) {
            return digamma(x);
        }
        double sign = n % 2 == 1 ? 1 : -1; // (-1)^(n+1)
        double nFactorial = CombinatoricsUtils.factorialDouble(n);
        double shift = 0;
        double v = x;
        double limit = POLYGAMMA_ASYMPTOTIC_FROM + n;
        while (v < limit) {
            shift += 1 / Math.pow(v, n + 1);
            v += 1;
        }
        // A&S 6.4.11: (-1)^(n+1) [ (n-1)!/v^n + n!/(2 v^(n+1)) + sum_k B_2k (2k+n-1)!/((2k)! v^(2k+n)) ]
        double series = CombinatoricsUtils.factorialDouble(n - 1) / Math.pow(v, n) + nFactorial / (2 * Math.pow(v, n + 1));
        double coefficient = CombinatoricsUtils.factorialDouble(n + 1) / 2; // (2k+n-1)!/(2k)! at k = 1
        double power = Math.pow(v, n + 2);
        for (int k = 1; k <= BERNOULLI.length; k++) {
            series += BERNOULLI[k - 1] * coefficient / power;
            coefficient *= (double) (2 * k + n) * (2 * k + n + 1) / ((2 * k + 1) * (2 * k + 2));
            power *= v * v;
        }
        return sign * (series + nFactorial * shift);
    }

    /**
     * \(\psi(x)\), \(x > 0\): \(\psi(x) = \psi(x + N) - \sum_{j<N} 1/(x + j)\) up to \(x + N \ge 20\), then
     * \(\psi(v) = \log v - 1/(2v) - \sum_k B_{2k}/(2k\,v^{2k})\) (A&amp;S 6.3.18). (Hipparchus's digamma is
     * about \(10^{-9}\) off near 1.)
     */
    private static double digamma(double x) {
        double shift = 0;
        double v = x;
        while (v < POLYGAMMA_ASYMPTOTIC_FROM) {
            shift += 1 / v;
            v += 1;
        }
        double inv2 = 1 / (v * v);
        double power = inv2;
        double series = 0;
        for (int k = 1; k <= BERNOULLI.length; k++) {
            series += BERNOULLI[k - 1] / (2 * k) * power;
            power *= inv2;
        }
        return Math.log(v) - 0.5 / v - series - shift;
    }

    // ------------------------------------------------------------------ elementary helpers

    /** \(\log(1 + e^x)\), computed without overflow or cancellation. */
    public static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /** The logistic function \(1/(1 + e^{-x})\), computed without overflow. */
    public static double sigmoid(double x) {
        double t = Math.exp(-Math.abs(x));
        return x >= 0 ? 1 / (1 + t) : t / (1 + t);
    }

    /** The unit step (Heaviside) function: 1 for \(x \ge 0\), 0 for \(x < 0\). */
    public static double step(double x) {
        return x >= 0 ? 1 : x < 0 ? 0 : Double.NaN;
    }

    // ------------------------------------------------------------------ derivatives for AD

    /**
     * \(f^{(k)}(x)\) for \(k = 0..\mathrm{order}\) of a unary function that has no Hipparchus
     * counterpart: the closed forms (Hermite polynomials for \(\Phi\), \(\phi\), erf and erfc;
     * polygamma functions for the gamma family; the recurrence \(\lambda' = -\lambda(x + \lambda)\) for
     * \(\log\Phi\) and \(\lambda\)).
     */
    static double[] derivatives(Fn fn, double x, int order) {
        double[] f = new double[order + 1];
        switch (fn) {
            case PHI -> {
                f[0] = normCdf(x);
                if (order >= 1) {
                    hermiteProbabilists(x, normPdf(x), f, 1, order);
                }
            }
            case DNORM -> hermiteProbabilists(x, normPdf(x), f, 0, order);
            case ERF, ERFC -> {
                double s = fn == Fn.ERF ? 1 : -1;
                f[0] = fn == Fn.ERF ? erf(x) : erfc(x);
                if (order >= 1) {
                    // d^k/dx^k e^{-x^2} = (-1)^k H_k(x) e^{-x^2}, physicists' Hermite polynomials
                    double g = TWO_OVER_SQRT_PI * expMinusSquare(x) * s;
                    double hPrev = 0;
                    double h = 1;
                    for (int k = 1; k <= order; k++) {
                        int m = k - 1; // f^(k) = g * (-1)^m H_m(x)
                        f[k] = g * (m % 2 == 0 ? h : -h);
                        double next = 2 * x * h - 2 * m * hPrev;
                        hPrev = h;
                        h = next;
                    }
                }
            }
            case LGAMMA -> {
                f[0] = logGamma(x);
                for (int k = 1; k <= order; k++) {
                    f[k] = polygamma(k - 1, x);
                }
            }
            case DIGAMMA, TRIGAMMA -> {
                int n = fn == Fn.DIGAMMA ? 0 : 1;
                for (int k = 0; k <= order; k++) {
                    f[k] = polygamma(n + k, x);
                }
            }
            case LOG_PHI -> {
                f[0] = logNormCdf(x);
                if (order >= 1) {
                    double[] g = millsDerivatives(x, order - 1);
                    System.arraycopy(g, 0, f, 1, order);
                }
            }
            case INV_MILLS -> {
                double[] g = millsDerivatives(x, order);
                System.arraycopy(g, 0, f, 0, order + 1);
            }
            default -> throw new IllegalArgumentException(fn.text() + " is differentiated by Hipparchus");
        }
        return f;
    }

    /** \(f^{(k)} = (-1)^m \mathrm{He}_m(x)\,\phi(x)\) with \(m = k - \mathrm{first}\), for \(k \ge\) first. */
    private static void hermiteProbabilists(double x, double pdf, double[] f, int first, int order) {
        double hPrev = 0;
        double h = 1;
        for (int k = first; k <= order; k++) {
            int m = k - first;
            f[k] = pdf * (m % 2 == 0 ? h : -h);
            double next = x * h - m * hPrev;
            hPrev = h;
            h = next;
        }
    }

    /**
     * \(\lambda^{(k)}(x)\), \(k = 0..\mathrm{order}\), by Leibniz's rule on \(\lambda' = -\lambda s\) with
     * \(s = x + \lambda\), \(s' = 1 + \lambda'\), \(s^{(m)} = \lambda^{(m)}\) for \(m \ge 2\).
     */
    private static double[] millsDerivatives(double x, int order) {
        double[] g = new double[order + 1];
        double[] s = new double[order + 1];
        g[0] = invMills(x);
        s[0] = invMillsPlusX(x);
        for (int k = 0; k < order; k++) {
            double sum = 0;
            for (int j = 0; j <= k; j++) {
                sum += CombinatoricsUtils.binomialCoefficientDouble(k, j) * g[j] * s[k - j];
            }
            g[k + 1] = -sum;
            s[k + 1] = k + 1 == 1 ? 1 + g[1] : g[k + 1];
        }
        return g;
    }

    /** The total differentiation order a field element carries (nested derivative structures add up). */
    static int order(Object u) {
        if (u instanceof FieldDerivative<?, ?> fd) {
            return fd.getOrder() + order(fd.getValue());
        }
        if (u instanceof DifferentialAlgebra d) {
            return d.getOrder();
        }
        return 0;
    }

    /**
     * \(f(u)\) over any field from \(f\)'s derivatives at the value of {@code u}: the Taylor polynomial
     * \(\sum_k f^{(k)}(x_0)\,\delta^k/k!\), \(\delta = u - x_0\), exact to the order \(u\) carries.
     *
     * @param f \(f^{(k)}(x_0)\) for \(k = 0..K\), \(K\) at least {@link #order(Object)} of {@code u}
     */
    static <T extends CalculusFieldElement<T>> T taylor(T u, double[] f) {
        int k = f.length - 1;
        T acc = u.getField().getZero().add(f[k] / CombinatoricsUtils.factorialDouble(k));
        if (k == 0) {
            return acc;
        }
        T delta = u.subtract(u.getReal());
        for (int j = k - 1; j >= 0; j--) {
            acc = acc.multiply(delta).add(f[j] / CombinatoricsUtils.factorialDouble(j));
        }
        return acc;
    }

    /** \(f(u)\) of a special function over any field (see {@link #taylor}). */
    static <T extends CalculusFieldElement<T>> T apply(Fn fn, T u) {
        return taylor(u, derivatives(fn, u.getReal(), order(u)));
    }

    /** \(\psi^{(n)}(u)\) over any field. */
    static <T extends CalculusFieldElement<T>> T polygamma(int n, T u) {
        int k = order(u);
        double[] f = new double[k + 1];
        for (int j = 0; j <= k; j++) {
            f[j] = polygamma(n + j, u.getReal());
        }
        return taylor(u, f);
    }
}
