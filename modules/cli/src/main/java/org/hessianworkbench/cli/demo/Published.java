package org.hessianworkbench.cli.demo;

import java.util.List;
import org.hessianworkbench.testkit.ReferenceSet;

/**
 * Numbers printed by the two examples the workbench grew from (the logistic-Hessian notebook and the
 * Newton/BFGS tutorial, {@code docs/examples/}) and published reference results, shown beside ours in
 * the demo. They are read from the testkit's reference sets ({@link ReferenceSet}), whose headers say
 * where each number comes from; the tests compare with the same resources.
 */
final class Published {

    private Published() {
    }

    private static final ReferenceSet NOTEBOOK = ReferenceSet.load("logistic-hessian-notebook");
    private static final ReferenceSet SPECTOR_SET = ReferenceSet.load("spector-logit-stata");
    private static final ReferenceSet LONGLEY_SET = ReferenceSet.load("longley-nist");
    private static final ReferenceSet PRODUCT_SET = ReferenceSet.load("linear-product-notebook");
    private static final ReferenceSet FIRTH_SEPARATED_SET = ReferenceSet.load("firth-separated-brglm2");

    /** Logistic-Hessian notebook, scipy BFGS estimate as printed. */
    static final double[] NOTEBOOK_BFGS_BETA = NOTEBOOK.numbers("bfgs-estimate");
    /** Logistic-Hessian notebook, SEs from the inverse analytic Hessian {@code X'WX} as printed. */
    static final double[] NOTEBOOK_ANALYTIC_SE = NOTEBOOK.numbers("analytic-se");
    /** Logistic-Hessian notebook, 95% CI from the analytic Hessian (z = 1.96) as printed: lower, upper. */
    static final double[][] NOTEBOOK_ANALYTIC_CI = {NOTEBOOK.numbers("analytic-ci-lower"), NOTEBOOK.numbers("analytic-ci-upper")};
    /** Logistic-Hessian notebook, SEs from {@code numerical_hessian} (nested differences, eps = 1e-6) as printed. */
    static final double[] NOTEBOOK_NESTED_SE = NOTEBOOK.numbers("nested-se");
    /** Logistic-Hessian notebook, 95% CI from the nested Hessian as printed: lower, upper. */
    static final double[][] NOTEBOOK_NESTED_CI = {NOTEBOOK.numbers("nested-ci-lower"), NOTEBOOK.numbers("nested-ci-upper")};

    /** The notebook's product model, as printed (the words as written, e.g. {@code 50592.1633}): 1/2 SSE. */
    static final String PRODUCT_HALF_SSE = PRODUCT_SET.text("half-sse");
    /** The notebook's largest difference between its exact and nested Hessians. */
    static final String PRODUCT_EXACT_VS_NESTED = PRODUCT_SET.text("exact-vs-nested-max-difference");
    /** How many of the notebook's standard errors from the nested Hessian were NaN. */
    static final String PRODUCT_NESTED_NAN = PRODUCT_SET.text("nested-nan-standard-errors");
    /** The number of the product model's parameters. */
    static final String PRODUCT_PARAMETERS = PRODUCT_SET.text("parameters");
    /** The notebook's largest standard error from the exact Hessian. */
    static final String PRODUCT_EXACT_LARGEST_SE = PRODUCT_SET.text("exact-largest-standard-error");

    /** A published coefficient with its standard error. */
    record Row(String name, double estimate, double stdError) {
    }

    /** Spector &amp; Mazzeo (1980) logit, Stata 11 via statsmodels' test results. */
    static final List<Row> SPECTOR = rows(SPECTOR_SET);
    /** Spector log-likelihood. */
    static final double SPECTOR_LOGLIK = SPECTOR_SET.number("log-likelihood");
    /** Spector AIC. */
    static final double SPECTOR_AIC = SPECTOR_SET.number("aic");

    /** NIST StRD Longley certified values. */
    static final List<Row> LONGLEY = rows(LONGLEY_SET);
    /** Longley residual standard deviation. */
    static final double LONGLEY_SIGMA = LONGLEY_SET.number("residual-sd");

    /** Firth's estimates on the separated example, R's brglm2. */
    static final List<Row> FIRTH_SEPARATED = rows(FIRTH_SEPARATED_SET);

    private static List<Row> rows(ReferenceSet set) {
        return set.coefficients().stream().map(c -> new Row(c.term(), c.estimate(), c.stdError())).toList();
    }
}
