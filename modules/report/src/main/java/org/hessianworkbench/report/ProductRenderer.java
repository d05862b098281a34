package org.hessianworkbench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.inference.CovarianceResult;
import org.hessianworkbench.inference.Identifiability;
import org.hessianworkbench.models.product.Normalization;
import org.hessianworkbench.optimizers.OptimizationResult;
import org.hessianworkbench.fitting.ProductFitReport;

/** Renders a {@link ProductFitReport}. */
public final class ProductRenderer {

    private ProductRenderer() {
    }

    /** The report in the given format, remedies said in the library's words. */
    public static String render(ProductFitReport r, Format format) {
        return render(r, format, Wording.LIBRARY);
    }

    /** The report in the given format, remedies said by {@code wording}. */
    public static String render(ProductFitReport r, Format format, Wording wording) {
        return switch (format) {
            case TEXT -> text(r, wording);
            case JSON -> Json.document(json(r));
            case HTML -> org.hessianworkbench.report.html.FitHtml.render(r, wording, "workbench fit", null);
            case MARKDOWN -> "## " + r.model() + ": `" + r.description() + "`\n\n"
                    + Diagnoses.text(r.diagnoses(), wording).replace("\n", "  \n") + identifiabilityText(r)
                    .replace("\n", "  \n") + "\n" + table(r).markdown()
                    + FitNotes.untrustedMarkdown(r.optimization().converged(), r.statistic());
        };
    }

    /** The coefficient table with each parameter's group. */
    public static TextTable table(ProductFitReport r) {
        TextTable t = new TextTable(FitRenderer.coefficientHeader(new String[] {"group", "term"}, r.statistic(), r.level()));
        for (int j = 0; j < r.coefficients().size(); j++) {
            t.row(FitRenderer.coefficientRow(new String[] {r.groupOf().get(j), r.termOf().get(j)}, r.coefficients().get(j)));
        }
        return t;
    }

    private static String text(ProductFitReport r, Wording wording) {
        StringBuilder b = new StringBuilder();
        OptimizationResult o = r.optimization();
        b.append("Model:    ").append(r.model()).append("   ").append(r.description()).append('\n');
        b.append("Data:     ").append(r.source()).append(" (").append(r.n()).append(" observations, ")
                .append(r.coefficients().size()).append(" parameters)\n");
        b.append(String.format(Locale.ROOT, "Fit:      %s, %s after %d iterations (%s; gradient norm %s)%n",
                o.optimizer(), o.converged() ? "converged" : "NOT converged", o.iterations(), o.stopReason().label(),
                Fmt.sci(o.gradientNorm(), 2)));
        if (Double.isFinite(r.sigma())) {
            b.append(String.format(Locale.ROOT, "Loss:     1/2 SSE = %s (MSE %s; residual standard error %s on %d df)%n",
                    Fmt.sig(r.loss(), 10), Fmt.sig(r.sse() / r.n(), 7), Fmt.sig(r.sigma(), 7), r.df()));
        } else {
            b.append(String.format(Locale.ROOT, "Loss:     cross-entropy = %s (SSE of the probabilities %s)%n",
                    Fmt.sig(r.loss(), 10), Fmt.sig(r.sse(), 7)));
        }
        b.append('\n').append(Diagnoses.text(r.diagnoses(), wording)).append(identifiabilityText(r)).append('\n');
        if (r.covariance() instanceof CovarianceResult.Unavailable u) {
            b.append("No standard errors: ").append(u.explanation()).append(".\n\nEstimates (")
                    .append(r.normalization() == Normalization.NONE ? "as the optimiser left them" : "normalised")
                    .append("):\n");
        } else {
            b.append("Coefficients (normalised, ").append(r.normalization().cliName()).append("):\n");
        }
        b.append(table(r).render(2));
        b.append(FitNotes.untrusted(o.converged(), r.statistic()));
        b.append(String.format(Locale.ROOT, "  (intervals: estimate +/- %s x SE%s)%n", Fmt.sig(r.critical(), 6),
                r.statistic().equals("t") ? ", t with " + r.df() + " df" : ""));
        return b.toString();
    }

    /** The identifiability diagnosis, the Gauss-Newton comparison and the normalisation, as text. */
    public static String identifiabilityText(ProductFitReport r) {
        Identifiability id = r.identifiability();
        HessianDiagnostics d = id.diagnostics();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Hessian at the estimate (exact, analytic): %s; eigenvalues %s .. %s; "
                        + "%d null direction(s)%n", d.definiteness().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                Fmt.sci(d.minEigenvalue(), 3), Fmt.sci(d.maxEigenvalue(), 3), id.nullDirections()));
        for (Identifiability.NamedDirection n : id.named()) {
            b.append(String.format(Locale.ROOT, "  %s: (c b_1, b_g / c) predicts the same for every c != 0; cosine with "
                            + "the smallest eigenvector(s) %s, curvature along it %s of the largest%n", n.name(),
                    Fmt.fixed(n.cosine(), 6), Fmt.sci(n.curvature(), 2)));
        }
        b.append(String.format(Locale.ROOT, "Gauss-Newton (Fisher) Hessian: eigenvalues %s .. %s; largest difference "
                        + "from the exact one %s (the residual term)%n", Fmt.sci(r.gaussNewton().minEigenvalue(), 3),
                Fmt.sci(r.gaussNewton().maxEigenvalue(), 3), Fmt.sci(r.gaussNewtonDiff(), 3)));
        b.append(switch (r.normalization()) {
            case MEAN_ONE -> "Normalisation mean-one: every group but the first rescaled to mean prediction 1 (the first"
                    + " absorbs the scale); SEs from the covariance restricted to that constraint.\n";
            case BIAS_ONE -> "Normalisation bias-one: every group but the first divided by its bias coefficient; SEs from"
                    + " the covariance restricted to that constraint.\n";
            case NONE -> "No normalisation: along the null direction the loss is flat, so the estimate is one arbitrary"
                    + " point of a ridge and the inverse Hessian does not exist.\n";
        });
        return b.toString();
    }

    /** The JSON document of a product-model {@code fit}. */
    public static ObjectNode json(ProductFitReport r) {
        ObjectNode o = Json.object();
        OptimizationResult opt = r.optimization();
        Diagnoses.json(o, r.diagnoses());
        o.put("model", r.model().cliName());
        o.put("formula", r.description());
        o.put("data", r.source());
        o.put("n", r.n());
        o.put("optimizer", opt.optimizer());
        o.put("converged", opt.converged());
        o.put("iterations", opt.iterations());
        o.put("stop_reason", opt.stopReason().label());
        Json.put(o, "gradient_norm", opt.gradientNorm());
        Json.put(o, "loss", r.loss());
        Json.put(o, "sse", r.sse());
        if (Double.isFinite(r.sigma())) {
            Json.put(o, "sigma", r.sigma());
        }
        o.put("df_residual", r.df());
        o.put("statistic", r.statistic());
        Json.put(o, "level", r.level());
        Json.put(o, "critical_value", r.critical());
        Identifiability id = r.identifiability();
        ObjectNode i = o.putObject("identifiability");
        i.put("null_directions", id.nullDirections());
        Json.array(i, "smallest_eigenvalues", id.smallest());
        Json.put(i, "largest_eigenvalue", id.diagnostics().maxEigenvalue());
        i.put("normalization", r.normalization().cliName());
        ArrayNode named = i.putArray("directions");
        for (Identifiability.NamedDirection n : id.named()) {
            ObjectNode d = named.addObject();
            d.put("name", n.name());
            Json.put(d, "cosine", n.cosine());
            Json.put(d, "curvature", n.curvature());
        }
        ObjectNode gn = o.putObject("gauss_newton");
        Json.put(gn, "min_eigenvalue", r.gaussNewton().minEigenvalue());
        Json.put(gn, "max_eigenvalue", r.gaussNewton().maxEigenvalue());
        Json.put(gn, "max_abs_diff_from_exact", r.gaussNewtonDiff());
        ObjectNode h = o.putObject("hessian");
        HessianDiagnostics hd = r.covariance().diagnostics();
        h.put("method", r.hessian().method().cliName());
        h.put("positive_definite_on_constraints", r.covariance().available());
        Json.put(h, "min_eigenvalue", hd.minEigenvalue());
        Json.put(h, "condition_number", hd.conditionNumber());
        if (r.covariance() instanceof CovarianceResult.Unavailable u) {
            h.put("explanation", u.explanation());
        }
        Json.array(o, "estimate_unnormalized", r.estimate());
        ArrayNode coefficients = o.putArray("coefficients");
        for (int j = 0; j < r.coefficients().size(); j++) {
            Coefficient c = r.coefficients().get(j);
            ObjectNode k = coefficients.addObject();
            k.put("group", r.groupOf().get(j));
            k.put("name", r.termOf().get(j));
            Json.put(k, "estimate", c.estimate());
            Json.put(k, "std_error", c.stdError());
            Json.put(k, "statistic", c.statistic());
            Json.put(k, "p_value", c.pValue());
            Json.put(k, "ci_low", c.ciLow());
            Json.put(k, "ci_high", c.ciHigh());
        }
        Json.put(o, "seconds", r.seconds());
        return o;
    }
}
