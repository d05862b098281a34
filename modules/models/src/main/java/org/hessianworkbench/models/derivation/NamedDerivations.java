package org.hessianworkbench.models.derivation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hessianworkbench.models.expression.NamedModel;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.check.Domain;
import org.hessianworkbench.symbolic.derive.DeriveOptions;
import org.hessianworkbench.symbolic.derive.Derivation;
import org.hessianworkbench.symbolic.derive.Deriver;
import org.hessianworkbench.symbolic.derive.Part;
import org.hessianworkbench.symbolic.doc.Document;
import org.hessianworkbench.symbolic.doc.Document.Block;
import org.hessianworkbench.symbolic.doc.Document.Display;
import org.hessianworkbench.symbolic.doc.Document.Heading;
import org.hessianworkbench.symbolic.doc.Document.Prose;
import org.hessianworkbench.symbolic.doc.Document.Results;
import org.hessianworkbench.symbolic.doc.Document.Steps;
import org.hessianworkbench.symbolic.parse.Parser;
import org.hessianworkbench.symbolic.print.Printer;
import org.hessianworkbench.symbolic.simplify.Simplifier;

/**
 * The derivations of the models written as a line of expression text ({@link NamedModel}): the loss
 * of one observation as written, its numerically stable form when the stable rules change it, its
 * first and second derivative in the linear predictor, every step checked, and the matrix form the
 * chain rule gives. The parameters stay symbols (with the ranges of their checks). Stateless.
 */
public final class NamedDerivations {

    /** Linear predictors of either sign, moderate so that every loss is defined. */
    private static final Domain.Interval ETA = new Domain.Interval(-2, 2);

    private NamedDerivations() {
    }

    /** Where a model's checks draw their points: responses, trials and parameters in their ranges. */
    static Domain domain(NamedModel model, NamedModel.Link link) {
        Map<String, Domain.Interval> ranges = new java.util.HashMap<>();
        ranges.put("eta", "inverse".equals(link.name()) ? new Domain.Interval(0.2, 2) : ETA);
        ranges.put("m", new Domain.Interval(1, 5));
        switch (model.response()) {
            case BINOMIAL -> ranges.put("y", new Domain.Interval(0, 1));
            case COUNT -> ranges.put("y", new Domain.Interval(0, 10));
            case POSITIVE -> ranges.put("y", new Domain.Interval(0.1, 5));
            case REAL -> ranges.put("y", new Domain.Interval(-3, 3));
        }
        ranges.put("k", new Domain.Interval(0.5, 5));
        ranges.put("delta", new Domain.Interval(0.5, 2));
        ranges.keySet().retainAll(Parser.parse(link.loss()).symbols());
        return new Domain(ranges, new Domain.Interval(0.1, 2));
    }

    /** The derivation of a named model with its default link. */
    public static Document document(NamedModel model) {
        return document(model, model.defaultLink());
    }

    /** The derivation of a named model with the given link. */
    public static Document document(NamedModel model, NamedModel.Link link) {
        DeriveOptions options = new DeriveOptions(2, DeriveOptions.DEFAULT_POINTS, DeriveOptions.DEFAULT_SEED,
                domain(model, link));
        Expr written = Parser.parse(link.loss());
        Part stable = Deriver.simplify(written, Simplifier.stable(), options);
        Expr definition = stable.result();
        Derivation eta = Deriver.derive(definition, List.of("eta"), options);
        Expr mean = Parser.parse(link.mean());
        List<Block> b = new ArrayList<>();
        b.add(new Prose("Every step below is checked: the whole expression before and after the step are evaluated at "
                + DeriveOptions.DEFAULT_POINTS + " random points (seed " + DeriveOptions.DEFAULT_SEED + ") and must agree "
                + "to 1e-9 relative; every result is also compared with automatic differentiation of the loss. "
                + "Points: " + options.domain().describe() + ".",
                "Every step is checked at " + DeriveOptions.DEFAULT_POINTS + " random points (seed "
                        + DeriveOptions.DEFAULT_SEED + "); every result is compared with automatic differentiation of "
                        + "the loss. Points: " + options.domain().describe() + "."));
        b.add(new Heading(2, "The loss of one observation"));
        b.add(new Prose("The " + model.cliName() + " model (" + model.description() + ", " + link.name()
                + " link): for one observation with linear predictor $\\eta = x^\\top\\beta$, response $y$"
                + (model.response() == NamedModel.Response.BINOMIAL ? " out of $m$ trials ($m = 1$ for a 0/1 response)"
                : "") + " and mean $\\mu = " + Printer.latex(mean) + "$, the loss is",
                "The " + model.cliName() + " model (" + model.description() + ", " + link.name() + " link): for one "
                        + "observation with linear predictor eta = x'b, response y and mean mu = " + Printer.text(mean)
                        + ", the loss is"));
        b.add(new Display("\\ell(\\eta) = " + Printer.latex(written), "l(eta) = " + Printer.text(written)));
        b.add(new Prose("in the workbench's syntax `" + link.loss() + "`" + parameterProse(model) + ".",
                "in the workbench's syntax " + link.loss() + parameterProse(model) + "."));
        if (!definition.equals(written)) {
            b.add(new Heading(2, "The numerically stable form"));
            b.add(new Prose("The stable simplification rules rewrite the loss into a form that keeps its digits in the "
                    + "tails; this form is the definition every engine evaluates:",
                    "The stable simplification rules rewrite the loss into a form that keeps its digits in the tails; "
                            + "this form is the definition every engine evaluates:"));
            b.add(new Steps("Stable form", stable));
        }
        b.add(new Heading(2, "First derivative"));
        b.add(new Steps("$\\partial\\ell/\\partial\\eta$", eta.parts().get(0)));
        b.add(new Heading(2, "Second derivative"));
        b.add(new Steps("$\\partial^2\\ell/\\partial\\eta^2$", eta.parts().get(1)));
        b.add(new Results("Results in $\\eta$", eta));
        Expr d1 = eta.gradient().get("eta");
        Expr d2 = eta.hessian().get("eta").get("eta");
        b.add(new Heading(2, "Matrix form"));
        b.add(new Prose("For observation $i$, $\\partial\\eta_i/\\partial\\beta = x_i$, so the chain rule gives the "
                + "gradient and Hessian of the summed loss (with prior weights $w_i$, each term times $w_i$):",
                "For observation i, d eta_i/db = x_i, so the chain rule gives the gradient and Hessian of the summed "
                        + "loss (with prior weights w_i, each term times w_i):"));
        b.add(new Display("\\nabla_\\beta \\sum_i \\ell_i = X^\\top \\ell', \\qquad \\nabla^2_\\beta \\sum_i \\ell_i = "
                + "X^\\top \\operatorname{diag}(\\ell'') X, \\qquad \\ell' = " + Printer.latex(d1) + ", \\quad \\ell'' = "
                + Printer.latex(d2) + ".",
                "gradient = X' l',  Hessian = X' diag(l'') X,  l' = " + Printer.text(d1) + ",  l'' = " + Printer.text(d2)));
        b.add(new Prose("These are the formulas the `analytic` engine evaluates (compiled from the expressions above) "
                + "and `workbench check` compares with automatic differentiation of the loss.",
                "These are the formulas the analytic engine evaluates (compiled from the expressions above) and "
                        + "workbench check compares with automatic differentiation of the loss."));
        String name = model.cliName() + (link.equals(model.defaultLink()) ? "" : " --link " + link.name());
        return new Document(name, title(model, link), b);
    }

    private static String parameterProse(NamedModel model) {
        if (model.parameters().isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("; ");
        for (NamedModel.Parameter p : model.parameters()) {
            s.append(s.length() == 2 ? "" : ", ").append(p.name()).append(": ").append(p.meaning());
        }
        return s.toString();
    }

    private static String title(NamedModel model, NamedModel.Link link) {
        String t = switch (model) {
            case PROBIT -> "Probit regression";
            case CLOGLOG -> "Complementary log-log regression";
            case NEGATIVE_BINOMIAL -> "Negative binomial regression";
            case GAMMA -> "Gamma regression";
            case HUBER -> "Huber regression";
        };
        return t + (link.equals(model.defaultLink()) ? "" : " (" + link.name() + " link)")
                + ": the gradient and Hessian, step by step";
    }
}
