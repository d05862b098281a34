package org.hessianworkbench.grading.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.ObservationLoss;
import org.hessianworkbench.grading.GradingMessages;
import org.hessianworkbench.models.LogisticLoss;
import org.hessianworkbench.models.PoissonLoss;
import org.hessianworkbench.models.product.CrossEntropyProductLoss;
import org.hessianworkbench.models.product.ProductLoss;
import org.hessianworkbench.models.product.SquaredErrorProductLoss;

/**
 * The exercise catalogue: for each exercise its stable name, the interface a solution implements,
 * the loss (whose automatic derivatives are the reference), the kind of cases it is checked on, and
 * the text a student starts from. The statements in {@code docs/exercises/NAME.md} say the same at
 * length.
 */
public enum Exercise {

    /** \(\nabla f = X^\top(\sigma(X\beta) - y)\). */
    LOGISTIC_GRADIENT("logistic-gradient", ExerciseKind.GRADIENT, "the gradient of the logistic regression loss",
            LogisticLoss.INSTANCE, Cases.Response.BINARY,
            "l(eta; y) = log(1 + exp(eta)) - y*eta   (the negative Bernoulli log-likelihood, logit link), y in {0, 1}",
            "-(y*log(sigmoid(eta)) + (1 - y)*log(1 - sigmoid(eta)))", "eta", "MyGradient"),

    /** \(\nabla^2 f = X^\top\operatorname{diag}(\sigma(1-\sigma))X\). */
    LOGISTIC_HESSIAN("logistic-hessian", ExerciseKind.HESSIAN, "the Hessian of the logistic regression loss",
            LogisticLoss.INSTANCE, Cases.Response.BINARY,
            "l(eta; y) = log(1 + exp(eta)) - y*eta   (the negative Bernoulli log-likelihood, logit link), y in {0, 1}",
            "-(y*log(sigmoid(eta)) + (1 - y)*log(1 - sigmoid(eta)))", "eta", "MyHessian"),

    /** \(\nabla^2 f = X^\top\operatorname{diag}(e^{X\beta})X\). */
    POISSON_HESSIAN("poisson-hessian", ExerciseKind.HESSIAN, "the Hessian of the Poisson regression loss",
            PoissonLoss.INSTANCE, Cases.Response.COUNT,
            "l(eta; y) = exp(eta) - y*eta   (the negative Poisson log-likelihood, log link, without log y!), y in {0, 1, 2, ...}",
            "exp(eta) - y*eta", "eta", "MyHessian"),

    /** The exact Hessian of \(\tfrac12\sum_i(f_{i1}f_{i2} - y_i)^2\). */
    LINEAR_PRODUCT_HESSIAN("linear-product-hessian", ExerciseKind.PRODUCT_HESSIAN,
            "the Hessian of the linear product model with squared error (two groups)",
            new SquaredErrorProductLoss(2), Cases.Response.REAL,
            "l(yhat; y) = 1/2*(yhat - y)^2,  yhat = f1*f2,  f1 = x1_i'beta1,  f2 = x2_i'beta2",
            "1/2*(f1*f2 - y)^2", "f1", "MyProductHessian"),

    /** The exact Hessian of the cross-entropy of \(f_{i1}f_{i2}\), inside the clip. */
    LINEAR_PRODUCT_CE_HESSIAN("linear-product-ce-hessian", ExerciseKind.PRODUCT_HESSIAN,
            "the Hessian of the linear product model with cross-entropy (two groups)",
            new CrossEntropyProductLoss(2, CrossEntropyProductLoss.DEFAULT_EPS), Cases.Response.BINARY,
            "l(yhat; y) = -(y*log(p) + (1 - y)*log(1 - p)),  p = clip(yhat, 1e-3, 1 - 1e-3),  yhat = f1*f2,  "
                    + "f1 = x1_i'beta1,  f2 = x2_i'beta2,  y in {0, 1}",
            "-(y*log(f1*f2) + (1 - y)*log(1 - f1*f2))", "f1", "MyProductHessian");

    private final String cliName;
    private final ExerciseKind kind;
    private final String title;
    private final ObservationLoss loss;
    private final Cases.Response response;
    private final String lossText;
    private final String deriveExpression;
    private final String deriveVariable;
    private final String className;

    Exercise(String cliName, ExerciseKind kind, String title, ObservationLoss loss, Cases.Response response,
             String lossText, String deriveExpression, String deriveVariable, String className) {
        this.cliName = cliName;
        this.kind = kind;
        this.title = title;
        this.loss = loss;
        this.response = response;
        this.lossText = lossText;
        this.deriveExpression = deriveExpression;
        this.deriveVariable = deriveVariable;
        this.className = className;
    }

    /** The command-line name, e.g. {@code logistic-hessian}. */
    public String cliName() {
        return cliName;
    }

    /** What the student implements. */
    public ExerciseKind kind() {
        return kind;
    }

    /** One line: what is derived. */
    public String title() {
        return title;
    }

    /** The per-observation loss of the reference. */
    public ObservationLoss loss() {
        return loss;
    }

    /** The responses the cases draw. */
    Cases.Response response() {
        return response;
    }

    /** Whether the cases keep every product prediction inside the cross-entropy's clip. */
    boolean insideClip() {
        return loss instanceof CrossEntropyProductLoss;
    }

    /** The loss of one observation, as plain text. */
    public String lossText() {
        return lossText;
    }

    /** The per-observation loss in the syntax of {@code ./workbench derive --expr}. */
    public String deriveExpression() {
        return deriveExpression;
    }

    /** The scalar variable the loss is derived in ({@code eta}, or {@code f1} for a product). */
    public String deriveVariable() {
        return deriveVariable;
    }

    /**
     * The commands that check typed answers for the scalar derivatives behind this exercise, each as
     * {@code {what, command}}: \(\ell'\) (and \(\ell''\) for a Hessian) in \(\eta\), or for a product
     * the derivatives in the group predictors \(f_1, f_2\).
     */
    public List<String[]> typedAnswers() {
        String derive = "./workbench derive --expr \"" + deriveExpression + "\" --wrt ";
        List<String[]> commands = new ArrayList<>();
        if (kind == ExerciseKind.PRODUCT_HESSIAN) {
            commands.add(new String[] {"dl/df1", derive + "f1 --answer \"...\""});
            commands.add(new String[] {"d2l/df1^2", derive + "f1 --order 2 --answer \"...\""});
            commands.add(new String[] {"d2l/(df1 df2)", "./workbench derive --expr \"<your checked dl/df1>\" --wrt f2 "
                    + "--answer \"...\""});
        } else {
            commands.add(new String[] {"dl/deta", derive + "eta --answer \"...\""});
            if (kind == ExerciseKind.HESSIAN) {
                commands.add(new String[] {"d2l/deta^2", derive + "eta --order 2 --answer \"...\""});
            }
        }
        return commands;
    }

    /** What a solution returns, in which layout. */
    public String task() {
        return switch (kind) {
            case GRADIENT -> "a new array g of length p: g[j] = df/dbeta_j";
            case HESSIAN -> "a new p x p array h: h[j][k] = d2f/(dbeta_j dbeta_k)";
            case PRODUCT_HESSIAN -> "a new (p1+p2) x (p1+p2) array h whose rows and columns follow beta = (beta1, beta2): "
                    + "h[a][b] for a, b < p1 is block H11, h[a][p1 + b] block H12, h[p1 + a][b] block H21 = H12', "
                    + "h[p1 + a][p1 + b] block H22";
        };
    }

    /** The cases a solution is checked on. */
    public String casesText() {
        if (insideClip()) {
            return "n = 1..6 rows, p1, p2 = 1..3 columns (a quarter of the cases first with p1 = p2); each group's first column is 1 (a bias) with a coefficient "
                    + "in [0.25, 0.75], the other entries of x1, x2 are in [-1, 1] and their coefficients in [-0.1, 0.1], "
                    + "so every prediction f1*f2 lies in [0.0025, 0.9025], inside the clip: there the clip does nothing "
                    + "and you may ignore it; y in {0, 1}";
        }
        String sizes = kind == ExerciseKind.PRODUCT_HESSIAN
                ? "n = 1..6 rows, p1, p2 = 1..3 columns (a quarter of the cases first with p1 = p2)"
                : "n = 1..6 rows, p = 1..3 columns";
        String y = switch (response) {
            case BINARY -> "y in {0, 1}";
            case COUNT -> "y in {0, 1, 2, 3, 4}";
            case REAL -> "y in [-2, 2]";
        };
        return sizes + "; entries of x and beta are integers or halves in [-2, 2], now and then a number with three "
                + "decimals; " + y;
    }

    /** The class name the statements use, e.g. {@code MyHessian}. */
    public String className() {
        return className;
    }

    /** The command that checks a solution file. */
    public String checkCommand() {
        return "./workbench exercise check " + cliName + " --solution " + className + ".java";
    }

    /** The statement's path relative to the workbench's home. */
    public String statementPath() {
        return "docs/exercises/" + cliName + ".md";
    }

    /**
     * The reference answer by automatic differentiation of the loss's one generic definition
     * (Hipparchus {@code DerivativeStructure}): the gradient as one row, or the Hessian.
     */
    public double[][] reference(ExerciseCase c) {
        LinearPredictorObjective f = LinearPredictorObjective.of(c.blocks(), c.y(), loss);
        return kind == ExerciseKind.GRADIENT ? new double[][] {f.automaticGradient(c.beta()).gradient()}
                : f.automaticHessian(c.beta()).hessian();
    }

    /**
     * The Gauss-Newton Hessian of a product exercise (the exact one without the residual term
     * \(l'\,\partial^2\hat y/\partial f_1\partial f_2\)), or null for the other exercises.
     */
    double[][] gaussNewton(ExerciseCase c) {
        if (!(loss instanceof ProductLoss p)) {
            return null;
        }
        return LinearPredictorObjective.of(c.blocks(), c.y(), p.gaussNewton()).hessian(c.beta());
    }

    /** The exercise with this command-line name. */
    public static Exercise byName(String name) {
        for (Exercise e : values()) {
            if (e.cliName.equals(name)) {
                return e;
            }
        }
        throw new BadInputException(GradingMessages.UNKNOWN_EXERCISE, name, String.join(", ", names()));
    }

    /** The command-line names, in catalogue order. */
    public static List<String> names() {
        List<String> n = new ArrayList<>();
        for (Exercise e : values()) {
            n.add(e.cliName);
        }
        return n;
    }
}
