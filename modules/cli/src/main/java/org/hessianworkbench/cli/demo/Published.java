package org.hessianworkbench.cli.demo;

import java.util.List;

/**
 * Numbers printed by the two examples the workbench grew from (the logistic-Hessian notebook and the
 * Newton/BFGS tutorial, {@code docs/examples/}) and published reference results, shown beside ours in
 * the demo. Provenance: {@code data/README.md}.
 */
final class Published {

    private Published() {
    }

    /** Logistic-Hessian notebook, scipy BFGS estimate as printed. */
    static final double[] NOTEBOOK_BFGS_BETA = {1.06445722, -2.07456039};
    /** Logistic-Hessian notebook, SEs from the inverse analytic Hessian {@code X'WX} as printed. */
    static final double[] NOTEBOOK_ANALYTIC_SE = {0.03180573, 0.04342601};
    /** Logistic-Hessian notebook, 95% CI from the analytic Hessian (z = 1.96) as printed: lower, upper. */
    static final double[][] NOTEBOOK_ANALYTIC_CI = {{1.00211799, -2.15967536}, {1.12679644, -1.98944541}};
    /** Logistic-Hessian notebook, SEs from {@code numerical_hessian} (nested differences, eps = 1e-6) as printed. */
    static final double[] NOTEBOOK_NESTED_SE = {0.03181739, 0.04345654};
    /** Logistic-Hessian notebook, 95% CI from the nested Hessian as printed: lower, upper. */
    static final double[][] NOTEBOOK_NESTED_CI = {{1.00209513, -2.1597352}, {1.12681931, -1.98938557}};

    /** A published coefficient with its standard error. */
    record Row(String name, double estimate, double stdError) {
    }

    /** Spector &amp; Mazzeo (1980) logit, Stata 11 via statsmodels' test results. */
    static final List<Row> SPECTOR = List.of(
            new Row("(Intercept)", -13.0213483201, 4.93132462871),
            new Row("GPA", 2.82611297201, 1.26294114526),
            new Row("TUCE", 0.0951576702557, 0.141554207662),
            new Row("PSI", 2.37868772835, 1.06456430165));
    /** Spector log-likelihood. */
    static final double SPECTOR_LOGLIK = -12.8896334653;
    /** Spector AIC. */
    static final double SPECTOR_AIC = 33.779266930667;

    /** NIST StRD Longley certified values. */
    static final List<Row> LONGLEY = List.of(
            new Row("(Intercept)", -3482258.63459582, 890420.383607373),
            new Row("GNPDEFL", 15.0618722713733, 84.9149257747669),
            new Row("GNP", -0.0358191792925910, 0.0334910077722432),
            new Row("UNEMP", -2.02022980381683, 0.488399681651699),
            new Row("ARMED", -1.03322686717359, 0.214274163161675),
            new Row("POP", -0.0511041056535807, 0.226073200069370),
            new Row("YEAR", 1829.15146461355, 455.478499142212));
    /** Longley residual standard deviation. */
    static final double LONGLEY_SIGMA = 304.854073561965;
}
