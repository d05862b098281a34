package org.hessianworkbench.cli.demo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.derivatives.FiniteDifferences;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.HessianEstimate;
import org.hessianworkbench.derivatives.HessianMethod;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.NoiseEstimate;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.inference.CovarianceResult;
import org.hessianworkbench.inference.Identifiability;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.models.product.CrossEntropyProductLoss;
import org.hessianworkbench.models.product.ProductModel;
import org.hessianworkbench.optimizers.MethodSettings;
import org.hessianworkbench.optimizers.OptimizationResult;
import org.hessianworkbench.optimizers.OptimizerOptions;
import org.hessianworkbench.optimizers.Optimizers;
import org.hessianworkbench.fitting.CheckReport;
import org.hessianworkbench.fitting.Checker;
import org.hessianworkbench.fitting.FitOptions;
import org.hessianworkbench.fitting.FitReport;
import org.hessianworkbench.fitting.Fitter;
import org.hessianworkbench.derivatives.diagnosis.Remedy;
import org.hessianworkbench.report.DerivationText;
import org.hessianworkbench.report.Diagnoses;
import org.hessianworkbench.report.Wording;
import org.hessianworkbench.fitting.ModelRequest;
import org.hessianworkbench.fitting.ProductFitReport;
import org.hessianworkbench.fitting.ProductFitter;
import org.hessianworkbench.report.CheckRenderer;
import org.hessianworkbench.report.ConvergencePlot;
import org.hessianworkbench.report.HessianDiffPlot;
import org.hessianworkbench.report.PathPlot;
import org.hessianworkbench.report.Fmt;
import org.hessianworkbench.report.ProductRenderer;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hessianworkbench.report.TextTable;
import org.hessianworkbench.report.html.HtmlPage;
import org.hessianworkbench.fitting.IntervalKind;
import org.hessianworkbench.fitting.ProfileIntervals;
import org.hessianworkbench.fitting.Profiles;

/** The demo's sections, each a block of text. */
public final class Demo {

    /** The Newton/BFGS tutorial's Armijo constant. */
    static final double TUTORIAL_ARMIJO = 0.4;

    /** The Newton/BFGS tutorial's initial BFGS matrix scale, B0 = 10 I. */
    static final double TUTORIAL_B0 = 10;

    /** The Newton/BFGS tutorial's classification threshold. */
    static final double TUTORIAL_THRESHOLD = 0.5;

    private final Path dataDir;
    private final Path outDir;

    /** A demo reading its data sets from {@code dataDir} and writing its plots to {@code outDir}. */
    public Demo(Path dataDir, Path outDir) {
        this.dataDir = dataDir;
        this.outDir = outDir;
    }

    /** The whole demo, as text. */
    public String run() {
        return run(null).text();
    }

    /** The text demo and, when asked, the page of the same computation. */
    public record Output(String text, String page) {
    }

    /**
     * The whole demo computed once: its text, and its page when {@code command} is not null.
     *
     * @param command the command that asked for the page (its footer), or null for the text only
     */
    public Output run(String command) {
        w = new DemoWriter(command == null ? null : HtmlPage.titled(TITLE, command));
        header();
        notebookLogistic();
        derivation();
        tutorial();
        productModel();
        spector();
        longley();
        separated();
        profiles();
        HtmlPage page = w.page();
        return new Output(w.text(), page == null ? null : page.render());
    }

    /** The demo's title. */
    static final String TITLE = "Hessian Workbench demo";

    /** Where the sections write, while {@link #run(String)} runs. */
    private DemoWriter w;

    private void header() {
        w.textOnly(TITLE + "\n======================\n");
        w.append("Each number below is computed now, by the code in this repository; the numbers printed\n"
                + "by the two examples the workbench grew from (docs/examples/) and published results are\n"
                + "shown beside ours.\n\n");
    }

    /** Section 1: the logistic-Hessian notebook's logistic regression and its Hessians. */
    void notebookLogistic() {
        ModelRequest req = ModelRequest.regression(dataDir.resolve("logistic_seed42.csv"), Family.LOGISTIC, "y ~ x1 + x2 - 1", false);
        RegressionModel m = req.loadRegression();
        FitReport bfgs = Fitter.fit(m, FitOptions.defaults().withOptimizer("bfgs").withZ(1.96));
        FitReport newton = Fitter.fit(m, FitOptions.defaults().withOptimizer("newton").withZ(1.96));
        FitReport nested = Fitter.fit(m, FitOptions.defaults().withOptimizer("newton")
                .withHessian(HessianMethod.FD_NESTED).withZ(1.96));
        DemoWriter b = w;
        b.section("1. The logistic-Hessian notebook: logistic regression by maximum likelihood");
        b.append("   data/logistic_seed42.csv (").append(m.n()).append(" rows), model y ~ x1 + x2 - 1\n\n");
        TextTable fit = new TextTable("", "b(x1)", "b(x2)", "iterations", "gradient norm");
        fit.row("notebook (scipy BFGS)", Fmt.sig(Published.NOTEBOOK_BFGS_BETA[0], 9), Fmt.sig(Published.NOTEBOOK_BFGS_BETA[1], 9), "", "");
        for (FitReport r : List.of(bfgs, newton)) {
            double[] e = r.estimate();
            fit.row(r.optimizer(), Fmt.sig(e[0], 9), Fmt.sig(e[1], 9), Integer.toString(r.iterations()),
                    Fmt.sci(r.optimization().gradientNorm(), 2));
        }
        b.table(fit, 3).append('\n');

        double[] est = newton.estimate();
        CheckReport check = Checker.check(ModelKind.LOGISTIC, m.objective(), "estimate", est);
        b.append("   The Hessian at the estimate, five ways (AD is the reference):\n");
        TextTable h = new TextTable("method", "H11", "H12", "H22", "max |diff| vs ad", "seconds");
        for (CheckReport.Engine e : check.engines()) {
            double[][] x = e.estimate().hessian();
            String diff = check.comparisons().stream().filter(c -> c.method().equals(e.estimate().method().cliName()))
                    .map(c -> Fmt.sci(c.maxAbsDiff(), 2)).findFirst().orElse("(reference)");
            h.row(CheckRenderer.methodLabel(e.estimate().method()), Fmt.fixed(x[0][0], 6), Fmt.fixed(x[0][1], 6), Fmt.fixed(x[1][1], 6),
                    diff, Fmt.sci(e.seconds(), 1));
        }
        b.table(h, 3);
        Path diffPlot = outDir.resolve("notebook-logistic-hessian-diff.png");
        HessianDiffPlot.write(diffPlot, check);
        b.append("   Heat maps of the AD Hessian and of each engine's scaled difference from it: ").append(diffPlot).append('\n');
        b.image(diffPlot, "Heat maps of the AD Hessian and of each engine's scaled difference from it");
        HessianEstimate nestedH = check.engines().stream().map(CheckReport.Engine::estimate)
                .filter(e -> e.method() == HessianMethod.FD_NESTED).findFirst().orElseThrow();
        double loss = m.objective().value(est);
        double noise = NoiseEstimate.of(m.objective(), est);
        double nestedDiff = check.comparisons().stream().filter(c -> c.method().equals("fd-nested"))
                .mapToDouble(c -> c.maxAbsDiff()).findFirst().orElseThrow();
        b.append(String.format(Locale.ROOT, "%n   Why fd-nested is off: the loss (%s) is a sum of %d rounded terms; its rounding noise,%n"
                        + "   measured, is %s. The notebook's scheme divides differences of the loss by step^2 = %s, so%n"
                        + "   the noise grows to about 2 * noise / step^2 = %s per entry (here the largest error is %s):%n"
                        + "   the 4th digit of the Hessian, and of the SEs, is noise. That is the gap the notebook saw between%n"
                        + "   its two sets of standard errors. fd-central and fd-richardson difference the analytic%n"
                        + "   gradient once, with steps chosen for it, and agree with AD to about 1e-10.%n%n",
                Fmt.sig(loss, 6), m.n(), Fmt.sci(noise, 2), Fmt.sci(FiniteDifferences.NOTEBOOK_EPS * FiniteDifferences.NOTEBOOK_EPS, 1),
                Fmt.sig(nestedH.maxErrorEstimate(), 2), Fmt.sig(nestedDiff, 2)));

        b.append("   Standard errors and 95% Wald intervals (z = 1.96, as in the notebook):\n");
        TextTable se = new TextTable("", "SE(x1)", "SE(x2)", "CI x1", "CI x2");
        se.row("analytic X'WX (ours)", Fmt.sig(newton.coefficients().get(0).stdError(), 7),
                Fmt.sig(newton.coefficients().get(1).stdError(), 7), ci(newton.coefficients().get(0)),
                ci(newton.coefficients().get(1)));
        se.row("analytic X'WX (notebook)", Fmt.sig(Published.NOTEBOOK_ANALYTIC_SE[0], 7), Fmt.sig(Published.NOTEBOOK_ANALYTIC_SE[1], 7),
                ci(Published.NOTEBOOK_ANALYTIC_CI, 0), ci(Published.NOTEBOOK_ANALYTIC_CI, 1));
        se.row("fd-nested (ours)", Fmt.sig(nested.coefficients().get(0).stdError(), 7),
                Fmt.sig(nested.coefficients().get(1).stdError(), 7), ci(nested.coefficients().get(0)),
                ci(nested.coefficients().get(1)));
        se.row("fd-nested (notebook)", Fmt.sig(Published.NOTEBOOK_NESTED_SE[0], 7), Fmt.sig(Published.NOTEBOOK_NESTED_SE[1], 7),
                ci(Published.NOTEBOOK_NESTED_CI, 0), ci(Published.NOTEBOOK_NESTED_CI, 1));
        b.table(se, 3);
        b.append("   The notebook's intervals are centred on its BFGS estimate, ours on the converged MLE; the\n"
                + "   fd-nested rows differ from each other because rounding noise is not reproducible.\n\n");
    }

    private static String ci(Coefficient c) {
        return "[" + Fmt.sig(c.ciLow(), 7) + ", " + Fmt.sig(c.ciHigh(), 7) + "]";
    }

    private static String ci(double[][] lowHigh, int j) {
        return "[" + Fmt.sig(lowHigh[0][j], 7) + ", " + Fmt.sig(lowHigh[1][j], 7) + "]";
    }

    /** Section 2: the logistic Hessian derived symbolically, every step checked. */
    void derivation() {
        DemoWriter b = w;
        b.section("2. Where X'WX comes from: the logistic loss differentiated twice, one rule at a time").append("\n");
        b.preformatted(DerivationText.logisticHessian(), "   ");
    }

    /** Section 3: the Newton/BFGS tutorial, Newton and BFGS seen step by step, and Newton without step control. */
    void tutorial() {
        ModelRequest req = ModelRequest.regression(dataDir.resolve("newton_bfgs_200.csv"), Family.LOGISTIC,
                "Y ~ X1 + X2 + X3 + X4 + X5 - 1", false);
        RegressionModel m = req.loadRegression();
        double[] ones = new double[m.p()];
        java.util.Arrays.fill(ones, 1);
        MethodSettings tutorial = MethodSettings.DEFAULTS.withArmijo(TUTORIAL_ARMIJO).withB0(TUTORIAL_B0);
        OptimizationResult newton = Optimizers.byName("newton", tutorial).minimize(m.objective(), ones, OptimizerOptions.DEFAULTS);
        OptimizationResult bfgsB = Optimizers.byName("bfgs-b", tutorial).minimize(m.objective(), ones, OptimizerOptions.DEFAULTS);
        OptimizationResult pure = Optimizers.byName("newton-pure").minimize(m.objective(), ones, OptimizerOptions.DEFAULTS);
        DemoWriter b = w;
        b.section("3. The Newton/BFGS tutorial: Newton's method and quasi-Newton BFGS, step by step");
        b.append("   data/newton_bfgs_200.csv (").append(m.n()).append(" rows; a stand-in for the tutorial's file)\n")
                .append("   model ").append(req.formula()).append(", from b = (1, ..., 1), gtol 1e-5 as in the tutorial\n\n");
        TextTable t = new TextTable("method", "iterations", "loss evals", "gradient evals", "Hessian evals",
                "final loss", "gradient norm", "stop");
        for (OptimizationResult r : List.of(newton, bfgsB)) {
            t.row(r.optimizer().equals("newton") ? "newton, backtracking c = 0.4" : "bfgs-b, B0 = 10 I, c = 0.4",
                    Integer.toString(r.iterations()), Integer.toString(r.functionEvaluations()),
                    Integer.toString(r.gradientEvaluations()), Integer.toString(r.hessianEvaluations()),
                    Fmt.sig(r.loss(), 10), Fmt.sci(r.gradientNorm(), 2), r.stopReason().label());
        }
        b.table(t, 3);
        double[] diff = new double[m.p()];
        for (int j = 0; j < diff.length; j++) {
            diff[j] = newton.estimate()[j] - bfgsB.estimate()[j];
        }
        b.append("   Both reach b = ").append(Fmt.vector(newton.estimate(), 7)).append(" (largest difference ")
                .append(Fmt.sci(Matrices.maxAbs(new double[][] {diff}), 1)).append(").\n");
        double[] mu = m.fitted(newton.estimate());
        double[] y = m.response();
        int right = 0;
        for (int i = 0; i < mu.length; i++) {
            right += (mu[i] > TUTORIAL_THRESHOLD ? 1 : 0) == (int) y[i] ? 1 : 0;
        }
        b.append(String.format(Locale.ROOT, "   Training accuracy at threshold 0.5: %.1f%% (%d of %d).%n",
                100.0 * right / mu.length, right, mu.length));
        Path both = outDir.resolve("newton-bfgs-tutorial-convergence.png");
        Path newtonPlot = outDir.resolve("newton-bfgs-tutorial-newton.png");
        Path bfgsPlot = outDir.resolve("newton-bfgs-tutorial-bfgs-b.png");
        ConvergencePlot.write(newtonPlot, "Newton with backtracking (c = 0.4) from b = 1", List.of(newton), OptimizerOptions.DEFAULT_GTOL);
        ConvergencePlot.write(bfgsPlot, "BFGS on B (B0 = 10 I, c = 0.4) from b = 1", List.of(bfgsB), OptimizerOptions.DEFAULT_GTOL);
        ConvergencePlot.write(both, "The Newton/BFGS tutorial", List.of(newton, bfgsB), OptimizerOptions.DEFAULT_GTOL);
        Path paths = outDir.resolve("newton-bfgs-tutorial-paths.png");
        PathPlot.write(paths, "The Newton/BFGS tutorial", m.objective(), List.of(newton, bfgsB), 0, 1, PathPlot.gridSize(m.n()));
        b.append("   Convergence plots (loss above the best and gradient norm against iteration):\n     ").append(newtonPlot).append("\n     ")
                .append(bfgsPlot).append("\n     ").append(both).append("\n");
        b.image(newtonPlot, "Newton with backtracking (c = 0.4) from b = 1: loss above the best and gradient norm")
                .image(bfgsPlot, "BFGS on B (B0 = 10 I, c = 0.4) from b = 1: loss above the best and gradient norm")
                .image(both, "Newton and BFGS together");
        b.append("   Both paths on contours of the loss in the (X1, X2) plane through the estimate:\n     ").append(paths).append("\n\n");
        b.image(paths, "Both paths on contours of the loss in the (X1, X2) plane through the estimate");

        b.append("   Without step control (newton-pure: the full Newton step every time) from the same start:\n");
        TextTable p = new TextTable("iteration", "loss", "gradient norm");
        for (var r : pure.trace()) {
            p.row(Integer.toString(r.iteration()), Fmt.sig(r.loss(), 8), Fmt.sci(r.gradientNorm(), 3));
        }
        b.table(p, 3);
        b.append("   Verdict: ").append(pure.stopReason().label()).append(' ').append(pure.message()).append(".\n");
        b.append("   The tutorial says it too: without backtracking, |b| grew so large that exp(b.x) overflowed, and the\n"
                + "   iteration moved away from the answer instead of towards it.\n\n");
    }

    /** The notebook's product-model groups. */
    static final String GROUP_X1 = "ramp(x1, 0.5, 1, 1.5, 2, 2.5, 3, 3.5)";

    /** The notebook's product-model groups. */
    static final String GROUP_X2 = "ramp(x2, 4.5, 5, 5.5, 6, 6.5, 7, 7.5)";

    /** The notebook's step for the product model's nested differences. */
    static final double NOTEBOOK_PRODUCT_EPS = 1e-5;

    /** Section 4: the notebook's linear product model, and why its numerical Hessian gave NaN SEs. */
    void productModel() {
        LinkedHashMap<String, String> groups = new LinkedHashMap<>();
        groups.put("x1", GROUP_X1);
        groups.put("x2", GROUP_X2);
        Path file = dataDir.resolve("linear_product_seed42.csv");
        DataSet data = DataSet.read(file);
        ModelRequest req = ModelRequest.product(file, ModelKind.LINEAR_PRODUCT, "y", groups, CrossEntropyProductLoss.DEFAULT_EPS, false);
        ProductModel m = req.loadProduct(data);
        ProductFitReport r = ProductFitter.fit(m, FitOptions.defaults());
        double[] b = r.estimate();
        DemoWriter out = w;
        out.section("4. The notebook's linear product model: y = (X1 b1) * (X2 b2), two groups of 9 ramp columns");
        out.append("   data/linear_product_seed42.csv (").append(m.n()).append(" rows), trust-region Newton from all ones:\n");
        out.append(String.format(Locale.ROOT, "   %d iterations, 1/2 SSE = %s (quantbullet reached %s), gradient norm %s%n%n",
                r.optimization().iterations(), Fmt.fixed(r.loss(), 4), Published.PRODUCT_HALF_SSE,
                Fmt.sci(r.optimization().gradientNorm(), 1)));

        LinearPredictorObjective f = m.objective();
        double[][] exact = f.hessian(b);
        double[][] ad = f.automaticHessian(b).hessian();
        HessianEstimate central = FiniteDifferences.central(f, b, true);
        HessianEstimate nested = FiniteDifferences.nested(f, b, NOTEBOOK_PRODUCT_EPS);
        out.append("   The Hessian at the estimate (largest entry ").append(Fmt.sci(Matrices.maxAbs(exact), 2)).append("):\n");
        TextTable t = new TextTable("method", "max |diff| vs exact", "relative");
        t.row("ad", Fmt.sci(Matrices.maxAbsDiff(ad, exact), 2), Fmt.sci(Matrices.maxAbsDiff(ad, exact) / Matrices.maxAbs(exact), 2));
        t.row("fd-central", Fmt.sci(Matrices.maxAbsDiff(central.hessian(), exact), 2),
                Fmt.sci(Matrices.maxAbsDiff(central.hessian(), exact) / Matrices.maxAbs(exact), 2));
        t.row("fd-nested (the notebook's, eps 1e-5)", Fmt.sci(Matrices.maxAbsDiff(nested.hessian(), exact), 2),
                Fmt.sci(Matrices.maxAbsDiff(nested.hessian(), exact) / Matrices.maxAbs(exact), 2));
        t.row("Gauss-Newton (no residual term)", Fmt.sci(r.gaussNewtonDiff(), 2), Fmt.sci(r.gaussNewtonDiff() / Matrices.maxAbs(exact), 2));
        out.table(t, 3);
        out.append("   (the notebook saw " + Published.PRODUCT_EXACT_VS_NESTED
                + " between its exact and nested Hessians: a difference of this size is small\n"
                + "   next to entries of size 1e8; it is not what broke the standard errors.)\n\n");

        Identifiability id = r.identifiability();
        out.append(String.format(Locale.ROOT, "   Naive standard errors, sqrt(diag(inverse Hessian)), as the notebook computed them (it got %s NaN of %s%n"
                        + "   from its nested Hessian, and SEs up to %s from its exact one):%n"
                        + "     exact Hessian: %s%n     fd-nested Hessian: %s%n",
                Published.PRODUCT_NESTED_NAN, Published.PRODUCT_PARAMETERS, Published.PRODUCT_EXACT_LARGEST_SE,
                naive(exact), naive(nested.hessian())));
        out.append(String.format(Locale.ROOT, "   Why: the eigenvalues run from %s to %s (ratio %s). The smallest belongs to the scale%n"
                        + "   direction: (c b1, b2 / c) predicts the same for every c != 0, so the loss is flat along (b1, -b2)%n"
                        + "   (cosine with the eigenvector %s). The Hessian is singular up to rounding; inverting it amplifies%n"
                        + "   rounding into huge variances of either sign, and a negative variance has no square root.%n%n",
                Fmt.sci(id.diagnostics().minEigenvalue(), 2), Fmt.sci(id.diagnostics().maxEigenvalue(), 2),
                Fmt.sci(id.diagnostics().minEigenvalue() / id.diagnostics().maxEigenvalue(), 1),
                Fmt.fixed(id.named().get(0).cosine(), 6)));
        out.append("   Standard errors that mean something: fix the scale (mean-one: group x2's mean prediction is 1),\n"
                + "   and take the covariance restricted to that constraint, sigma^2 Z (Z'HZ)^-1 Z':\n");
        out.table(ProductRenderer.table(r), 3);

        double[] full = m.predict(b);
        double[] l1 = m.leaveOut(b, 0);
        double[] l2 = m.leaveOut(b, 1);
        double worst = 0;
        double top = 0;
        for (int i = 0; i < full.length; i++) {
            worst = Math.max(worst, Math.abs(l1[i] * l2[i] - full[i]));
            top = Math.max(top, Math.abs(full[i]));
        }
        out.append(String.format(Locale.ROOT, "%n   Leave-one-group-out: prediction without x1 (%s, ...) times prediction without x2 (%s, ...)%n"
                        + "   equals the full prediction (%s, ...) to %s relative, over all %d rows.%n%n",
                Fmt.sig(l1[0], 8), Fmt.sig(l2[0], 8), Fmt.sig(full[0], 8), Fmt.sci(worst / top, 1), full.length));

        ModelRequest ceReq = ModelRequest.product(file, ModelKind.LINEAR_PRODUCT_CE, "y_binary", groups,
                CrossEntropyProductLoss.DEFAULT_EPS, false);
        ProductModel ce = ceReq.loadProduct(data);
        ProductFitReport cr = ProductFitter.fit(ce, FitOptions.defaults());
        out.append(String.format(Locale.ROOT, "   The cross-entropy version on y_binary (clip 1e-3, quantbullet's start: each group's mean%n"
                        + "   prediction mean(y)^(1/2)): %d iterations, loss %s, gradient norm %s; the exact Hessian there has%n"
                        + "   %d null direction(s) (scale cosine %s); normalised SEs %s.%n%n",
                cr.optimization().iterations(), Fmt.fixed(cr.loss(), 4), Fmt.sci(cr.optimization().gradientNorm(), 1),
                cr.identifiability().nullDirections(), Fmt.fixed(cr.identifiability().named().get(0).cosine(), 6),
                cr.covariance().available() ? "from " + Fmt.sig(minSe(cr), 3) + " to " + Fmt.sig(maxSe(cr), 3)
                        : "unavailable: " + ((CovarianceResult.Unavailable) cr.covariance()).explanation()));
    }

    /** "k of p variances negative (NaN standard errors); the largest SE 1e6" for the naive route. */
    private static String naive(double[][] h) {
        double[][] inv;
        try {
            inv = new LUDecomposition(MatrixUtils.createRealMatrix(h), 0).getSolver().getInverse().getData();
        } catch (RuntimeException singular) {
            return "the inverse does not exist (exactly singular)";
        }
        int negative = 0;
        double largest = 0;
        for (int j = 0; j < h.length; j++) {
            if (!(inv[j][j] >= 0)) {
                negative++;
            } else {
                largest = Math.max(largest, Math.sqrt(inv[j][j]));
            }
        }
        return String.format(Locale.ROOT, "%d of %d variances negative (NaN standard errors), the largest of the others %s",
                negative, h.length, Fmt.sci(largest, 2));
    }

    private static double minSe(ProductFitReport r) {
        return r.coefficients().stream().mapToDouble(Coefficient::stdError).min().orElse(Double.NaN);
    }

    private static double maxSe(ProductFitReport r) {
        return r.coefficients().stream().mapToDouble(Coefficient::stdError).max().orElse(Double.NaN);
    }

    /** Section 5: a published logit. */
    void spector() {
        ModelRequest req = ModelRequest.regression(dataDir.resolve("spector.csv"), Family.LOGISTIC, "GRADE ~ GPA + TUCE + PSI", false);
        FitReport r = Fitter.fit(req.loadRegression(), FitOptions.defaults());
        DemoWriter b = w;
        b.section("5. A published logit: Spector & Mazzeo (1980), GRADE ~ GPA + TUCE + PSI (32 students)").append("\n");
        compare(b, r, Published.SPECTOR);
        b.append(String.format(Locale.ROOT, "   log-likelihood %s (published %s), AIC %s (published %s)%n%n",
                Fmt.sig(r.stats().logLikelihood(), 12), Fmt.sig(Published.SPECTOR_LOGLIK, 12),
                Fmt.sig(r.stats().aic(), 12), Fmt.sig(Published.SPECTOR_AIC, 12)));
    }

    /** Section 6: NIST Longley. */
    void longley() {
        ModelRequest req = ModelRequest.regression(dataDir.resolve("longley.csv"), Family.LINEAR,
                "TOTEMP ~ GNPDEFL + GNP + UNEMP + ARMED + POP + YEAR", false);
        FitReport r = Fitter.fit(req.loadRegression(), FitOptions.defaults());
        DemoWriter b = w;
        b.section("6. NIST StRD Longley (1967): linear model, badly conditioned (certified values)").append("\n");
        compare(b, r, Published.LONGLEY);
        b.append(String.format(Locale.ROOT, "   residual standard error %s (certified %s)%n%n",
                Fmt.sig(r.stats().sigma(), 12), Fmt.sig(Published.LONGLEY_SIGMA, 12)));
    }

    /** Section 7: separated data, where the maximum-likelihood estimate does not exist, and Firth's estimate. */
    void separated() {
        ModelRequest req = ModelRequest.regression(dataDir.resolve("separated.csv"), Family.LOGISTIC, "y ~ x", false);
        RegressionModel m = req.loadRegression();
        DemoWriter b = w;
        b.section("7. Separated data: y = 1[x > 0], model y ~ x (data/separated.csv, 200 rows)").append("\n");
        b.append("   Newton stops where its tolerance says; the slope only grows as the tolerance tightens:\n");
        FitReport last = null;
        for (double gtol : new double[] {1e-4, 1e-7, 1e-10}) {
            FitOptions o = FitOptions.defaults();
            last = Fitter.fit(m, new FitOptions(null, o.hessian(), o.level(), o.z(), null,
                    o.optimizerOptions().withGtol(gtol), o.settings(), o.normalization()));
            b.append(String.format(Locale.ROOT, "     gtol %s: %2d iterations, b(x) = %s%n", Fmt.sci(gtol, 1),
                    last.iterations(), Fmt.sig(last.estimate()[1], 5)));
        }
        b.append("   What the fit says (it withholds the standard errors, tests and intervals and exits with 1):\n");
        for (var d : last.diagnoses()) {
            b.append(wrapped(Diagnoses.line(d, CLI_REMEDIES), "     ", 100));
        }
        FitReport firth = Fitter.fit(m, FitOptions.defaults().withFirth(true));
        Coefficient x = firth.coefficients().get(1);
        b.append(String.format(Locale.ROOT, "   Firth's penalised likelihood (fit --firth) exists: b(x) = %s, SE %s, 95%% interval [%s, %s];%n"
                        + "   R's brglm2 gives %s, SE %s.%n%n", Fmt.sig(x.estimate(), 7), Fmt.sig(x.stdError(), 7),
                Fmt.sig(x.ciLow(), 5), Fmt.sig(x.ciHigh(), 5), Fmt.sig(Published.FIRTH_SEPARATED.get(1).estimate(), 7),
                Fmt.sig(Published.FIRTH_SEPARATED.get(1).stdError(), 7)));
    }

    /** Section 8: profile-likelihood intervals beside Wald's, where they differ: Firth on separated data, a small sample. */
    void profiles() {
        DemoWriter b = w;
        b.section("8. Profile-likelihood intervals beside Wald's (fit --ci both; each end a root of the profile deviance)").append("\n");
        RegressionModel sep = ModelRequest.regression(dataDir.resolve("separated.csv"), Family.LOGISTIC, "y ~ x", false)
                .loadRegression();
        b.append("   Separated data with Firth's penalised likelihood (its profile is the penalised one, as logistf's):\n");
        profileTable(b, Profiles.attach(sep, FitOptions.defaults().withFirth(true),
                Fitter.fit(sep, FitOptions.defaults().withFirth(true)), IntervalKind.BOTH));
        b.append("   The penalised likelihood falls slowly as the slope grows: the profile interval reaches far above\n"
                + "   Wald's, which is symmetric about the estimate by construction.\n\n");
        RegressionModel spector = ModelRequest.regression(dataDir.resolve("spector.csv"), Family.LOGISTIC,
                "GRADE ~ GPA + TUCE + PSI", false).loadRegression();
        b.append("   A small sample: Spector & Mazzeo's logit (32 rows):\n");
        profileTable(b, Profiles.attach(spector, FitOptions.defaults(), Fitter.fit(spector, FitOptions.defaults()),
                IntervalKind.BOTH));
        b.append("   With 32 rows the log-likelihood is not yet quadratic: the profile intervals are shifted away from\n"
                + "   zero and wider on that side. With 400 rows (UCLA admissions: fit --ci both on data/ucla_binary.csv)\n"
                + "   each half of each profile interval is within 4 % of Wald's.\n\n");
    }

    private static void profileTable(DemoWriter b, FitReport r) {
        TextTable t = new TextTable("", "estimate", "Wald 95% interval", "profile 95% interval", "profile ends / Wald's");
        for (int j = 0; j < r.coefficients().size(); j++) {
            Coefficient c = r.coefficients().get(j);
            ProfileIntervals.Profile p = r.profile().profiles().get(j);
            t.row(c.name(), Fmt.sig(c.estimate(), 6), "[" + Fmt.sig(c.ciLow(), 5) + ", " + Fmt.sig(c.ciHigh(), 5) + "]",
                    "[" + Fmt.sig(p.lower(), 5) + ", " + Fmt.sig(p.upper(), 5) + "]",
                    "below " + Fmt.fixed((c.estimate() - p.lower()) / (c.estimate() - c.ciLow()), 2) + ", above "
                            + Fmt.fixed((p.upper() - c.estimate()) / (c.ciHigh() - c.estimate()), 2));
        }
        b.table(t, 3);
    }

    /** The remedy as the command line says it (the demo is the command line's). */
    private static final Wording CLI_REMEDIES = r -> r == Remedy.FIRTH ? "refit with --firth" : r.id();

    /** {@code text} in lines of at most {@code width} characters, each after {@code indent}. */
    static String wrapped(String text, String indent, int width) {
        StringBuilder b = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                b.append(line).append('\n');
                line = new StringBuilder(indent + "  ");
            }
            if (line.length() > indent.length() && !line.toString().endsWith("  ")) {
                line.append(' ');
            }
            line.append(word);
        }
        return b.append(line).append('\n').toString();
    }

    private static void compare(DemoWriter b, FitReport r, List<Published.Row> published) {
        TextTable t = new TextTable("", "estimate", "published", "digits", "std. error", "published", "digits");
        for (int j = 0; j < published.size(); j++) {
            Coefficient c = r.coefficients().get(j);
            Published.Row p = published.get(j);
            t.row(c.name(), Fmt.sig(c.estimate(), 12), Fmt.sig(p.estimate(), 12), digits(c.estimate(), p.estimate()),
                    Fmt.sig(c.stdError(), 12), Fmt.sig(p.stdError(), 12), digits(c.stdError(), p.stdError()));
        }
        b.table(t, 3).append("   (digits = significant digits in agreement, -log10 of the relative difference)\n");
    }

    private static String digits(double a, double b) {
        double rel = Math.abs(a - b) / Math.abs(b);
        return rel == 0 ? ">15" : Fmt.fixed(-Math.log10(rel), 1);
    }
}
