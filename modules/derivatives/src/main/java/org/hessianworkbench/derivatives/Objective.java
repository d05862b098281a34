package org.hessianworkbench.derivatives;

import java.util.ArrayList;
import java.util.List;

/**
 * A twice differentiable function \(f:\mathbb{R}^p\to\mathbb{R}\) to be minimised.
 *
 * <p>The analytic methods ({@link #value}, {@link #gradient}, {@link #hessian}) are the fast
 * primitive-double path written from the hand-derived formulas. The automatic methods
 * ({@link #automaticGradient}, {@link #automaticHessian}) differentiate the loss's one generic
 * definition and are the independent reference the analytic path is checked against.
 *
 * <p>Arguments are never modified; returned arrays are fresh.
 */
public interface Objective {

    /** Number of parameters \(p\). */
    int dimension();

    /** Parameter names, {@code b1..bp} unless the objective knows better. */
    default List<String> parameterNames() {
        List<String> names = new ArrayList<>(dimension());
        for (int i = 1; i <= dimension(); i++) {
            names.add("b" + i);
        }
        return names;
    }

    /** Value \(f(\beta)\). */
    double value(double[] beta);

    /** Analytic gradient \(\nabla f(\beta)\). */
    double[] gradient(double[] beta);

    /** Value and analytic gradient; objectives that can share work between the two override this. */
    default FirstOrder valueAndGradient(double[] beta) {
        return new FirstOrder(value(beta), gradient(beta));
    }

    /** Value, analytic gradient and analytic Hessian; objectives that can share work override this. */
    default SecondOrder secondOrder(double[] beta) {
        FirstOrder fg = valueAndGradient(beta);
        return new SecondOrder(fg.value(), fg.gradient(), hessian(beta));
    }

    /** Analytic Hessian \(\nabla^2 f(\beta)\), a fresh symmetric \(p\times p\) array. */
    double[][] hessian(double[] beta);

    /** Value and gradient by automatic differentiation of the generic definition. */
    FirstOrder automaticGradient(double[] beta);

    /** Value, gradient and Hessian by automatic differentiation (order 2) of the generic definition. */
    SecondOrder automaticHessian(double[] beta);

    /**
     * Scale of the terms summed into each gradient entry, \(s_j = \sum_i |\partial_j f_i|\), used to
     * estimate the round-off of a computed gradient (\(\approx \epsilon\, s_j\)). At an optimum the
     * gradient is near zero while its terms are not, so \(|\nabla f|\) alone underestimates it. The
     * default, for objectives that are not sums, is \(|\nabla f|\) itself.
     */
    default double[] gradientTermScale(double[] beta) {
        double[] g = gradient(beta);
        for (int j = 0; j < g.length; j++) {
            g[j] = Math.abs(g[j]);
        }
        return g;
    }

    /**
     * How many terms of the sum change their smooth piece (cross a kink) between \(\beta\) and
     * \(\beta \pm s_i e_i\) for some \(i\): finite differences with steps {@code steps} are not valid
     * when this is positive. 0 for smooth objectives.
     */
    default int kinksCrossed(double[] beta, double[] steps) {
        return 0;
    }

    /**
     * A typical size of each parameter, \(\mathrm{typ}_j > 0\): how far \(\beta_j\) must move to change
     * the objective by a unit of its natural scale, whatever \(\beta_j\) is (Dennis &amp; Schnabel's
     * <em>typical x</em>, <i>Numerical Methods for Unconstrained Optimization and Nonlinear Equations</i>,
     * SIAM 1996, sections 5.4 and 7.1, doi:10.1137/1.9781611971200). Finite-difference steps are
     * \(h_j \propto \max(|\beta_j|, \mathrm{typ}_j)\) ({@link FiniteDifferences}). The default is 1 for
     * every parameter (Dennis &amp; Schnabel's default); objectives built on a design know better
     * ({@link LinearPredictorObjective#typicalScale()}).
     *
     * @return a fresh array of {@link #dimension()} positive finite values
     */
    default double[] typicalScale() {
        double[] t = new double[dimension()];
        java.util.Arrays.fill(t, 1);
        return t;
    }

    /** Scale of the terms summed into the value, \(\sum_i |f_i|\), for round-off estimates. */
    default double valueTermScale(double[] beta) {
        return Math.abs(value(beta));
    }
}
