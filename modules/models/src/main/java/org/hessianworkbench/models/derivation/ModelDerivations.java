package org.hessianworkbench.models.derivation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.Expr.Add;
import org.hessianworkbench.symbolic.Expr.Mul;
import org.hessianworkbench.symbolic.Expr.Num;
import org.hessianworkbench.symbolic.Expr.Pow;
import org.hessianworkbench.symbolic.Expr.Sym;
import org.hessianworkbench.symbolic.check.AnswerChecker;
import org.hessianworkbench.symbolic.check.Domain;
import org.hessianworkbench.symbolic.derive.DeriveOptions;
import org.hessianworkbench.symbolic.derive.Derivation;
import org.hessianworkbench.symbolic.derive.Deriver;
import org.hessianworkbench.symbolic.derive.Part;
import org.hessianworkbench.symbolic.doc.Document;
import org.hessianworkbench.symbolic.doc.Document.Block;
import org.hessianworkbench.symbolic.doc.Document.Display;
import org.hessianworkbench.symbolic.doc.Document.Heading;
import org.hessianworkbench.symbolic.doc.Document.Identities;
import org.hessianworkbench.symbolic.doc.Document.Identity;
import org.hessianworkbench.symbolic.doc.Document.Prose;
import org.hessianworkbench.symbolic.doc.Document.Results;
import org.hessianworkbench.symbolic.doc.Document.Steps;
import org.hessianworkbench.symbolic.parse.Parser;
import org.hessianworkbench.symbolic.print.Printer;
import org.hessianworkbench.symbolic.simplify.Simplifier;

/**
 * The derivations of the workbench's own models, written up as documents: the logistic negative
 * log-likelihood, and the linear product model's squared-error and cross-entropy losses. Each
 * derives the loss of one observation in its scalar predictors step by step (every step checked),
 * checks the structure the matrix form rests on, and states the matrix form. The files
 * {@code docs/derivations/*.md} are these documents in Markdown. Stateless; each call derives anew.
 */
public final class ModelDerivations {

    /** The models with a derivation, for {@code workbench derive NAME}. */
    public static final List<ModelKind> KINDS = List.of(ModelKind.LOGISTIC, ModelKind.LINEAR_PRODUCT,
            ModelKind.LINEAR_PRODUCT_CE);

    /** The logistic negative log-likelihood of one observation in its linear predictor. */
    public static final String LOGISTIC_LOSS = "-(y*log(sigmoid(eta)) + (1 - y)*log(1 - sigmoid(eta)))";

    /** The product model's squared error of one observation in the two group predictions. */
    public static final String PRODUCT_MSE_LOSS = "1/2*(f1*f2 - y)^2";

    /** The product model's cross-entropy of one observation inside the clip. */
    public static final String PRODUCT_CE_LOSS = "-(y*log(f1*f2) + (1 - y)*log(1 - f1*f2))";

    /** A response of a binary model is drawn from [0, 1]. */
    private static final Domain.Interval PROBABILITY = new Domain.Interval(0, 1);

    /** Predictors and coefficients of either sign: a logistic loss is defined everywhere. */
    private static final Domain LOGISTIC_DOMAIN = new Domain(Map.of("y", PROBABILITY, "eta", new Domain.Interval(-4, 4)),
            new Domain.Interval(-2, 2));

    /** The squared error is a polynomial: any sign. */
    private static final Domain MSE_DOMAIN = new Domain(Map.of(), new Domain.Interval(-2, 2));

    /**
     * Inside the clip: group predictions in [0.1, 0.9] keep the prediction f1*f2 in [0.01, 0.81],
     * where both logarithms are defined.
     */
    private static final Domain CE_DOMAIN = new Domain(Map.of("y", PROBABILITY, "yhat", new Domain.Interval(0.05, 0.95)),
            new Domain.Interval(0.1, 0.9));

    private static final String CHECKS = "Every step below is checked: the whole expression before and after the step "
            + "are evaluated at 20 random points (seed 42) and must agree to 1e-9 relative, an unevaluated derivative "
            + "`diff(u, x)` being evaluated by automatic differentiation (Hipparchus). Every result is also compared with "
            + "automatic differentiation of the loss itself.";

    private static final String CHECKS_TEXT = "Every step is checked: the whole expression before and after the step "
            + "are evaluated at 20 random points (seed 42) and must agree to 1e-9 relative, an unevaluated derivative "
            + "diff(u, x) being evaluated by automatic differentiation (Hipparchus). Every result is also compared with "
            + "automatic differentiation of the loss itself.";

    private ModelDerivations() {
    }

    /**
     * The derivation of {@code kind}.
     *
     * @throws IllegalArgumentException for a model without a derivation (not in {@link #KINDS})
     */
    public static Document document(ModelKind kind) {
        return switch (kind) {
            case LOGISTIC -> logistic();
            case LINEAR_PRODUCT -> linearProduct();
            case LINEAR_PRODUCT_CE -> linearProductCe();
            default -> throw new IllegalArgumentException("no derivation of " + kind + " (known: "
                    + ModelKind.names(KINDS) + ")");
        };
    }

    /** The logistic loss's first and second derivative in \(\eta\), checked: the short derivation the demo shows. */
    public static Derivation logisticHessian() {
        return Deriver.derive(LOGISTIC_LOSS, List.of("eta"), options(LOGISTIC_DOMAIN));
    }

    private static DeriveOptions options(Domain domain) {
        return new DeriveOptions(2, DeriveOptions.DEFAULT_POINTS, DeriveOptions.DEFAULT_SEED, domain);
    }

    private static Prose prose(String markdown, String text) {
        return new Prose(markdown, text);
    }

    private static String tex(Expr e) {
        return Printer.latex(e);
    }

    private static String txt(Expr e) {
        return Printer.text(e);
    }

    // ------------------------------------------------------------------ logistic

    /** The logistic regression derivation. */
    public static Document logistic() {
        Derivation eta = logisticHessian();
        Expr loss = eta.expression();
        String lossB = LOGISTIC_LOSS.replace("eta", "b*x");
        Derivation one = Deriver.derive(lossB, List.of("b"), options(LOGISTIC_DOMAIN));
        Derivation two = Deriver.derive(LOGISTIC_LOSS.replace("eta", "(b1*x1 + b2*x2)"), List.of("b1", "b2"),
                options(LOGISTIC_DOMAIN));
        Part stable = Deriver.simplify(loss, Simplifier.stable(), options(LOGISTIC_DOMAIN));
        List<Block> b = new ArrayList<>();
        b.add(prose(CHECKS, CHECKS_TEXT));
        b.add(new Heading(2, "The loss of one observation"));
        b.add(prose("For one observation with covariates $x$ (a row of $X$), response $y \\in \\{0, 1\\}$ and linear "
                        + "predictor $\\eta = x^\\top\\beta$, the negative log-likelihood is",
                "For one observation with covariates x (a row of X), response y in {0, 1} and linear predictor "
                        + "eta = x'b, the negative log-likelihood is"));
        b.add(new Display("\\ell(\\eta) = " + tex(loss) + ", \\qquad \\sigma(z) = \\frac{1}{1 + e^{-z}},",
                "l(eta) = " + txt(loss) + ",  sigmoid(z) = 1/(1 + exp(-z))"));
        b.add(prose("in the workbench's syntax `" + txt(loss) + "`. It is derived in the scalar $\\eta$ first; the chain "
                        + "rule through $\\eta = x^\\top\\beta$ then gives the vector and matrix forms.",
                "It is derived in the scalar eta first; the chain rule through eta = x'b then gives the vector and "
                        + "matrix forms."));
        b.add(new Heading(2, "First derivative"));
        b.add(new Steps("$\\partial\\ell/\\partial\\eta$", eta.parts().get(0)));
        b.add(new Heading(2, "Second derivative"));
        b.add(new Steps("$\\partial^2\\ell/\\partial\\eta^2$", eta.parts().get(1)));
        b.add(new Results("Results in $\\eta$", eta));
        b.add(new Heading(2, "One coefficient: $\\eta = b\\,x$", "One coefficient: eta = b*x"));
        b.add(prose("With $\\eta = b\\,x$ the engine derives in $b$ directly (" + one.steps().size() + " steps, all "
                        + "checked; `./workbench derive --expr \"" + txt(one.expression()) + "\" --wrt b --order 2` "
                        + "prints them). The chain rule brings one factor $x = \\partial\\eta/\\partial b$ per derivative:",
                "With eta = b*x the engine derives in b directly (" + one.steps().size() + " steps, all checked; "
                        + "workbench derive --expr \"" + txt(one.expression()) + "\" --wrt b --order 2 prints them). "
                        + "The chain rule brings one factor x = d eta/db per derivative:"));
        b.add(new Results("Results in $b$", one));
        b.add(new Heading(2, "Two coefficients: $\\eta = b_1x_1 + b_2x_2$", "Two coefficients: eta = b1*x1 + b2*x2"));
        b.add(prose("Each second derivative is $\\sigma(\\eta)(1 - \\sigma(\\eta))$ times a product of two covariates: "
                        + "the entries of $\\sigma(1-\\sigma)\\,x x^\\top$.",
                "Each second derivative is sigmoid(eta)*(1 - sigmoid(eta)) times a product of two covariates: the "
                        + "entries of sigmoid*(1 - sigmoid)*x*x'."));
        b.add(new Results("Results in $b_1, b_2$", two));
        b.add(new Heading(2, "Matrix form"));
        b.add(prose("For observation $i$, $\\partial\\eta_i/\\partial\\beta = x_i$, so $\\partial\\ell_i/\\partial\\beta = "
                        + "\\ell'(\\eta_i)\\,x_i$ and $\\partial^2\\ell_i/\\partial\\beta\\,\\partial\\beta^\\top = "
                        + "\\ell''(\\eta_i)\\,x_ix_i^\\top$ with $\\ell' = " + tex(eta.gradient().get("eta"))
                        + "$ and $\\ell'' = " + tex(eta.hessian().get("eta").get("eta")) + "$ from above. With "
                        + "$\\sigma_i = \\sigma(x_i^\\top\\beta)$ and the sum over the $n$ rows of $X$:",
                "For observation i, d eta_i/db = x_i, so dl_i/db = l'(eta_i)*x_i and d2l_i/db db' = l''(eta_i)*x_i*x_i' "
                        + "with l' = " + txt(eta.gradient().get("eta")) + " and l'' = "
                        + txt(eta.hessian().get("eta").get("eta")) + " from above. With sigma_i = sigmoid(x_i'b) and the "
                        + "sum over the n rows of X:"));
        b.add(new Display("\\nabla_\\beta \\sum_{i=1}^n \\ell_i = \\sum_{i=1}^n (\\sigma_i - y_i)\\,x_i = X^\\top(\\sigma - y), "
                        + "\\qquad \\nabla^2_\\beta \\sum_{i=1}^n \\ell_i = \\sum_{i=1}^n \\sigma_i(1 - \\sigma_i)\\,x_ix_i^\\top "
                        + "= X^\\top W X, \\quad W = \\operatorname{diag}\\big(\\sigma_i(1 - \\sigma_i)\\big).",
                "gradient = sum_i (sigma_i - y_i)*x_i = X'(sigma - y),   Hessian = sum_i sigma_i*(1 - sigma_i)*x_i*x_i' "
                        + "= X'WX,  W = diag(sigma_i*(1 - sigma_i))."));
        b.add(prose("Since $0 < \\sigma(1 - \\sigma) \\le 1/4$, $W$ has a positive diagonal, so $X^\\top W X$ is positive "
                        + "semi-definite (definite when $X$ has full column rank) and the loss is convex. This is the "
                        + "Hessian the `analytic` engine computes and `workbench check` compares with automatic "
                        + "differentiation.",
                "Since 0 < sigma*(1 - sigma) <= 1/4, W has a positive diagonal, so X'WX is positive semi-definite "
                        + "(definite when X has full column rank) and the loss is convex. This is the Hessian the analytic "
                        + "engine computes and 'workbench check' compares with automatic differentiation."));
        b.add(new Heading(2, "A numerically stable form of the loss"));
        b.add(prose("For large $|\\eta|$, $\\sigma(\\eta)$ rounds to 0 or 1 and $\\log\\sigma(\\eta)$ or "
                        + "$\\log(1 - \\sigma(\\eta))$ loses every digit. The stable simplification rules "
                        + "$1 - \\sigma(z) = \\sigma(-z)$ and $\\log\\sigma(z) = -\\operatorname{log1p}(e^{-z})$ "
                        + "rewrite the loss, every step checked:",
                "For large |eta|, sigmoid(eta) rounds to 0 or 1 and log(sigmoid(eta)) or log(1 - sigmoid(eta)) loses "
                        + "every digit. The stable simplification rules 1 - sigmoid(z) = sigmoid(-z) and "
                        + "log(sigmoid(z)) = -log1p(exp(-z)) rewrite the loss, every step checked:"));
        b.add(new Steps("Stable form", stable));
        return new Document(ModelKind.LOGISTIC.cliName(), "Logistic regression: the gradient and Hessian, step by step", b);
    }

    // ------------------------------------------------------------------ product models

    /** The linear product model with the squared error. */
    public static Document linearProduct() {
        return product(ModelKind.LINEAR_PRODUCT.cliName(), "Linear product model, squared error: the gradient and Hessian, step by step",
                PRODUCT_MSE_LOSS, MSE_DOMAIN, false);
    }

    /** The linear product model with the cross-entropy. */
    public static Document linearProductCe() {
        return product(ModelKind.LINEAR_PRODUCT_CE.cliName(),
                "Linear product model, cross-entropy: the gradient and Hessian, step by step", PRODUCT_CE_LOSS,
                CE_DOMAIN, true);
    }

    private static Document product(String name, String title, String lossText, Domain domain, boolean ce) {
        Expr loss = Parser.parse(lossText);
        Expr lossYhat = Parser.parse(lossText.replace("f1*f2", "yhat"));
        Derivation inYhat = Deriver.derive(lossYhat, List.of("yhat"), options(domain));
        Derivation inF = Deriver.derive(loss, List.of("f1", "f2"), options(domain));
        Expr yhat = new Mul(new Sym("f1"), new Sym("f2"));
        Expr l1 = Expr.substitute(inYhat.gradient().get("yhat"), "yhat", yhat);
        Expr l2 = Expr.substitute(inYhat.hessian().get("yhat").get("yhat"), "yhat", yhat);
        Sym f1 = new Sym("f1");
        Sym f2 = new Sym("f2");
        Expr h12 = inF.hessian().get("f1").get("f2");
        List<Identity> claims = List.of(
                claim("\\frac{\\partial\\ell}{\\partial f_1} = \\ell'(\\hat y)\\,Q_1", "d/df1 = l'(yhat)*Q1",
                        inF.gradient().get("f1"), new Mul(l1, f2), domain, true),
                claim("\\frac{\\partial\\ell}{\\partial f_2} = \\ell'(\\hat y)\\,Q_2", "d/df2 = l'(yhat)*Q2",
                        inF.gradient().get("f2"), new Mul(l1, f1), domain, true),
                claim("\\frac{\\partial^2\\ell}{\\partial f_1^2} = \\ell''\\,Q_1^2 + \\ell'\\,R_{11}",
                        "d2/df1^2 = l''*Q1^2 + l'*R11", inF.hessian().get("f1").get("f1"),
                        new Add(new Mul(l2, new Pow(f2, new Num(2))), new Mul(l1, new Num(0))), domain, true),
                claim("\\frac{\\partial^2\\ell}{\\partial f_1\\,\\partial f_2} = \\ell''\\,Q_1Q_2 + \\ell'\\,R_{12}",
                        "d2/df1 df2 = l''*Q1*Q2 + l'*R12", h12,
                        new Add(new Mul(new Mul(l2, f2), f1), new Mul(l1, new Num(1))), domain, true),
                claim("\\frac{\\partial^2\\ell}{\\partial f_1\\,\\partial f_2} = \\ell''\\,Q_1Q_2 "
                                + "\\text{ (Gauss-Newton, no residual term)}",
                        "d2/df1 df2 = l''*Q1*Q2 (Gauss-Newton, no residual term)", h12,
                        new Mul(new Mul(l2, f2), f1), domain, false));
        String lossName = ce ? "cross-entropy" : "squared error";
        List<Block> b = new ArrayList<>();
        b.add(prose(CHECKS, CHECKS_TEXT));
        b.add(new Heading(2, "The loss of one observation"));
        b.add(prose("With two groups the prediction is $\\hat y = f_1f_2$, where $f_g = x_g^\\top\\beta_g$ is group "
                        + "$g$'s linear predictor ($x_g$ a row of the group's design block $X_g$). The " + lossName
                        + " of one observation is",
                "With two groups the prediction is yhat = f1*f2, where f_g = x_g'b_g is group g's linear predictor "
                        + "(x_g a row of the group's design block X_g). The " + lossName + " of one observation is"));
        if (ce) {
            b.add(new Display("\\ell = -\\left(y\\log p + (1 - y)\\log(1 - p)\\right), \\qquad "
                            + "p = \\operatorname{clip}(\\hat y, \\epsilon, 1 - \\epsilon),",
                    "l = -(y*log(p) + (1 - y)*log(1 - p)),  p = clip(yhat, eps, 1 - eps),"));
            b.add(prose("and inside the clip ($\\epsilon \\le \\hat y \\le 1 - \\epsilon$, $\\epsilon$ = `--clip`, 1e-3) "
                            + "$p = \\hat y$:",
                    "and inside the clip (eps <= yhat <= 1 - eps, eps = --clip, 1e-3) p = yhat:"));
        }
        b.add(new Display("\\ell = " + tex(loss), "l = " + txt(loss)));
        if (ce) {
            b.add(prose("**Outside the clip** ($\\hat y < \\epsilon$ or $\\hat y > 1 - \\epsilon$) $p$ does not depend "
                            + "on $\\hat y$, so $\\ell' = \\ell'' = 0$ and every derivative below is 0 there (as "
                            + "`numpy.clip` and `torch.clamp` differentiate). The checks draw $f_1, f_2$ from "
                            + "$[0.1, 0.9]$, so $\\hat y \\in [0.01, 0.81]$ is inside the clip, and $y$ from $[0, 1]$.",
                    "Outside the clip (yhat < eps or yhat > 1 - eps) p does not depend on yhat, so l' = l'' = 0 and every "
                            + "derivative below is 0 there (as numpy.clip and torch.clamp differentiate). The checks "
                            + "draw f1, f2 from [0.1, 0.9], so yhat is in [0.01, 0.81], inside the clip, and y from [0, 1]."));
        }
        b.add(new Heading(2, "As a function of the prediction"));
        b.add(prose("First in the prediction alone, $\\ell(\\hat y) = " + tex(lossYhat) + "$:",
                "First in the prediction alone, l(yhat) = " + txt(lossYhat) + ":"));
        b.add(new Steps("$\\ell'(\\hat y)$", inYhat.parts().get(0)));
        b.add(new Steps("$\\ell''(\\hat y)$", inYhat.parts().get(1)));
        b.add(new Results("Results in $\\hat y$", inYhat));
        b.add(new Heading(2, "In the group predictions"));
        b.add(prose("Then in $f_1$ and $f_2$ directly. The steps for $f_2$ are those for $f_1$ with the roles swapped; "
                        + "they are checked too, and their results are in the table.",
                "Then in f1 and f2 directly. The steps for f2 are those for f1 with the roles swapped; they are checked "
                        + "too, and their results are in the table."));
        b.add(new Steps("$\\partial\\ell/\\partial f_1$", inF.parts().get(0)));
        b.add(new Steps("$\\partial^2\\ell/\\partial f_1^2$", inF.parts().get(2)));
        b.add(new Steps("$\\partial^2\\ell/\\partial f_1\\,\\partial f_2$", inF.parts().get(3)));
        b.add(new Results("Results in $f_1, f_2$", inF));
        b.add(new Heading(2, "The structure: $Q_g$ and $R_{gh}$", "The structure: Q_g and R_gh"));
        b.add(prose("With $Q_g = \\prod_{h \\ne g} f_h$ and $R_{gh} = \\prod_{k \\ne g,h} f_k$ for $g \\ne h$, "
                        + "$R_{gg} = 0$ (here $Q_1 = f_2$, $Q_2 = f_1$, $R_{12} = 1$), the chain rule through $\\hat y$ gives",
                "With Q_g = prod_{h != g} f_h and R_gh = prod_{k != g,h} f_k for g != h, R_gg = 0 (here Q1 = f2, "
                        + "Q2 = f1, R12 = 1), the chain rule through yhat gives"));
        b.add(new Display("\\frac{\\partial\\ell}{\\partial f_g} = \\ell'(\\hat y)\\,Q_g, \\qquad "
                        + "\\frac{\\partial^2\\ell}{\\partial f_g\\,\\partial f_h} = \\ell''(\\hat y)\\,Q_gQ_h + \\ell'(\\hat y)\\,R_{gh}.",
                "dl/df_g = l'(yhat)*Q_g,   d2l/df_g df_h = l''(yhat)*Q_g*Q_h + l'(yhat)*R_gh."));
        b.add(new Identities("Each claim checked by the answer checker: the derived result against the formula, with "
                + "$\\ell'$ and $\\ell''$ from above at $\\hat y = f_1f_2$", claims));
        b.add(new Heading(2, "Matrix blocks"));
        b.add(prose("Summing over the $n$ observations, with $\\ell'$, $\\ell''$, $Q_g$ and $R_{gh}$ the vectors of their "
                        + "values and $X_g$ group $g$'s design block,",
                "Summing over the n observations, with l', l'', Q_g and R_gh the vectors of their values and X_g group g's "
                        + "design block,"));
        b.add(new Display("\\nabla_{\\beta_g} L = X_g^\\top(\\ell' \\circ Q_g), \\qquad "
                        + "H_{gh} = X_g^\\top \\operatorname{diag}\\left(\\ell''\\,Q_gQ_h + \\ell'\\,R_{gh}\\right) X_h, "
                        + "\\quad R_{gg} = 0.",
                "gradient_g = X_g'(l' * Q_g),   H_gh = X_g' diag(l''*Q_g*Q_h + l'*R_gh) X_h,  R_gg = 0."));
        b.add(prose("Here $\\ell' = " + tex(inYhat.gradient().get("yhat")) + "$ and $\\ell'' = "
                        + tex(inYhat.hessian().get("yhat").get("yhat")) + "$, so $H_{11} = X_1^\\top\\operatorname{diag}("
                        + tex(inF.hessian().get("f1").get("f1")) + ")X_1$ and $H_{12} = X_1^\\top\\operatorname{diag}("
                        + tex(h12) + ")X_2$. The off-diagonal block contains the residual term $\\ell'\\,R_{12} = \\ell'$, "
                        + "which the Gauss-Newton (Fisher) form $X_g^\\top\\operatorname{diag}(\\ell''\\,Q_gQ_h)X_h$ drops: "
                        + "the last claim above shows that form is not the Hessian; the two agree only where "
                        + "$\\ell' = 0$, at a perfect fit $\\hat y = y$.",
                "Here l' = " + txt(inYhat.gradient().get("yhat")) + " and l'' = "
                        + txt(inYhat.hessian().get("yhat").get("yhat")) + ", so H_11 = X_1' diag("
                        + txt(inF.hessian().get("f1").get("f1")) + ") X_1 and H_12 = X_1' diag(" + txt(h12) + ") X_2. "
                        + "The off-diagonal block contains the residual term l'*R12 = l', which the Gauss-Newton (Fisher) "
                        + "form X_g' diag(l''*Q_g*Q_h) X_h drops: the last claim above shows that form is not the "
                        + "Hessian; the two agree only where l' = 0, at a perfect fit yhat = y."));
        return new Document(name, title, b);
    }

    private static Identity claim(String latex, String text, Expr derived, Expr formula, Domain domain, boolean holds) {
        return new Identity(latex, text, AnswerChecker.compare(derived, formula, domain, DeriveOptions.DEFAULT_POINTS,
                DeriveOptions.DEFAULT_SEED), holds);
    }
}
