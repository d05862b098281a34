package org.hessianworkbench.models;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.hessianworkbench.derivatives.ObservationLoss;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.models.expression.ExpressionLoss;
import org.hessianworkbench.models.expression.ExpressionMessages;
import org.hessianworkbench.models.expression.NamedModel;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.compile.Program;
import org.hessianworkbench.symbolic.parse.Parser;

/**
 * A regression family with one linear predictor: the loss of one observation, what the response
 * must be, and, where the family has them, the mean as a function of the linear predictor, the
 * variance function and the unit deviance (R's {@code family} object, with the loss in place of the
 * likelihood).
 *
 * <p>Three families are written in Java ({@link #LOGISTIC}, {@link #POISSON}, {@link #LINEAR}); every
 * other is a loss written as expression text ({@link ExpressionLoss}): a {@link NamedModel} with its
 * link ({@link #named}) or the user's own ({@link #custom}). The family of an expression knows
 * only what its text says; the named models add their variance and deviance, so that their fit
 * statistics are R's. Instances are immutable; the three built-in ones are singletons.
 */
public final class Family {

    /** Binary or binomial response, logit link: {@link LogisticLoss}. */
    public static final Family LOGISTIC = new Family(ModelKind.LOGISTIC, LogisticLoss.INSTANCE, null, null,
            null, NamedModel.Response.BINOMIAL, NamedModel.Dispersion.FIXED);
    /** Count response, log link: {@link PoissonLoss}. */
    public static final Family POISSON = new Family(ModelKind.POISSON, PoissonLoss.INSTANCE, null, null,
            null, NamedModel.Response.COUNT, NamedModel.Dispersion.FIXED);
    /** Gaussian response, identity link, half the SSE: {@link GaussianLoss}. */
    public static final Family LINEAR = new Family(ModelKind.LINEAR, GaussianLoss.INSTANCE, null, null,
            null, NamedModel.Response.REAL, NamedModel.Dispersion.FIXED);

    private static final java.util.List<Family> BUILT_IN = java.util.List.of(LOGISTIC, POISSON, LINEAR);

    private final ModelKind kind;
    private final ObservationLoss loss;
    private final ExpressionLoss expression;
    private final NamedModel.Link link;
    /** The mean in eta, compiled; null when the family has none (or is built in). */
    private final Program meanProgram;
    private final String meanText;
    private final NamedModel.Response response;
    private final NamedModel.Dispersion dispersion;

    private Family(ModelKind kind, ObservationLoss loss, ExpressionLoss expression, NamedModel.Link link,
                   String meanText, NamedModel.Response response, NamedModel.Dispersion dispersion) {
        this.kind = kind;
        this.loss = loss;
        this.expression = expression;
        this.link = link;
        this.meanText = meanText;
        this.meanProgram = meanText == null ? null : compileMean(meanText, expression.parameters());
        this.response = response;
        this.dispersion = dispersion;
    }

    /**
     * A named model's family.
     *
     * @param model      the model
     * @param linkName   its link, null for the default
     * @param parameters the values of its named constants (those it does not have are refused)
     * @return the family
     * @throws BadInputException for a link the model does not have, a parameter it does not have, or a
     *                           required parameter not given
     */
    public static Family named(NamedModel model, String linkName, Map<String, Double> parameters) {
        NamedModel.Link link = linkName == null ? model.defaultLink() : model.link(linkName).orElseThrow(() ->
                new BadInputException(ExpressionMessages.UNKNOWN_LINK, model.cliName(), linkName,
                        String.join(", ", model.links().stream().map(NamedModel.Link::name).toList())));
        for (String name : parameters.keySet()) {
            if (model.parameters().stream().noneMatch(p -> p.name().equals(name))) {
                throw new BadInputException(ModelMessages.UNKNOWN_PARAMETER, name, model.cliName(),
                        model.parameters().isEmpty() ? "none" : String.join(", ",
                                model.parameters().stream().map(NamedModel.Parameter::name).toList()));
            }
        }
        Map<String, Double> values = model.parameterValues(parameters);
        for (NamedModel.Parameter p : model.parameters()) {
            if (!values.containsKey(p.name())) {
                throw new BadInputException(ModelMessages.PARAMETER_REQUIRED, model.cliName(), p.name(), p.meaning());
            }
        }
        ExpressionLoss loss = ExpressionLoss.parse(link.loss(), java.util.List.of(ExpressionLoss.ETA), values);
        return new Family(ModelKind.fromCliName(model.cliName()), loss, loss, link, link.mean(), model.response(),
                model.dispersion());
    }

    /**
     * The family of a loss written by the user.
     *
     * @param lossText   the loss of one observation in {@code eta}, {@code y}, {@code m} and the parameters
     * @param parameters named constants
     * @param meanText   the mean in {@code eta} (and the parameters), null for none
     * @return the family: any finite response, scale 1
     * @throws BadInputException for a loss or mean that does not parse or has unknown symbols
     */
    public static Family custom(String lossText, Map<String, Double> parameters, String meanText) {
        ExpressionLoss loss = ExpressionLoss.parse(lossText, java.util.List.of(ExpressionLoss.ETA), parameters);
        return new Family(ModelKind.CUSTOM, loss, loss, null, meanText, NamedModel.Response.REAL,
                NamedModel.Dispersion.FIXED);
    }

    private static Program compileMean(String text, Map<String, Double> parameters) {
        Expr e = Parser.parse(text);
        java.util.Set<String> unknown = new java.util.TreeSet<>(e.symbols());
        unknown.remove(ExpressionLoss.ETA);
        unknown.removeAll(parameters.keySet());
        if (!unknown.isEmpty()) {
            throw new BadInputException(ExpressionMessages.MEAN_UNKNOWN_SYMBOLS, text, String.join(", ", unknown),
                    ExpressionLoss.ETA);
        }
        for (Map.Entry<String, Double> p : parameters.entrySet()) {
            e = Expr.substitute(e, p.getKey(), new Expr.Num(p.getValue()));
        }
        // the mean and its derivative in eta, for the delta method and the expected information; a mean
        // the symbolic engine cannot differentiate still predicts (its derivative is then NaN)
        Expr derivative;
        try {
            derivative = org.hessianworkbench.symbolic.simplify.Simplifier.stable().simplify(
                    org.hessianworkbench.symbolic.diff.Differentiator.standard().derive(e, ExpressionLoss.ETA,
                            org.hessianworkbench.symbolic.steps.Trace.NONE));
        } catch (IllegalArgumentException | BadInputException notDifferentiable) {
            derivative = new Expr.Num(Double.NaN);
        }
        return Program.compile(java.util.List.of(e, derivative), java.util.List.of(ExpressionLoss.ETA));
    }

    /** The three families written in Java, in order. */
    public static java.util.List<Family> builtIns() {
        return BUILT_IN;
    }

    /** The model kind of this family. */
    public ModelKind kind() {
        return kind;
    }

    /** The per-observation loss. */
    public ObservationLoss loss() {
        return loss;
    }

    /** Whether the family is one of the three written in Java. */
    public boolean builtIn() {
        return expression == null;
    }

    /** The loss as an expression, null for a built-in family. */
    public ExpressionLoss expression() {
        return expression;
    }

    /** The named model, null for the built-in families and a custom loss. */
    public NamedModel namedModel() {
        return NamedModel.find(kind.cliName()).orElse(null);
    }

    /** The link's name for a named model, null otherwise. */
    public String linkName() {
        return link == null ? null : link.name();
    }

    /** The mean's text for an expression family that has one, else null. */
    public String meanText() {
        return meanText;
    }

    /** The named constants of an expression family, in order; empty for the built-in ones. */
    public Map<String, Double> parameters() {
        return expression == null ? Map.of() : expression.parameters();
    }

    /** What the response must be. */
    public NamedModel.Response response() {
        return response;
    }

    /** How the standard errors are scaled. */
    public NamedModel.Dispersion dispersion() {
        return dispersion;
    }

    /**
     * Whether numbers of trials (a {@code cbind(s, f)} response) make sense: a binomial response, or a
     * custom loss that uses {@code m} (one that does not would ignore them).
     */
    public boolean acceptsTrials() {
        return response == NamedModel.Response.BINOMIAL || kind == ModelKind.CUSTOM && expression.usesTrials();
    }

    /** Whether the family has a mean function (fitted values, Pearson residuals). */
    public boolean hasMean() {
        return expression == null || meanProgram != null;
    }

    /**
     * The mean \(\mu = g^{-1}(\eta)\): \(\sigma(\eta)\), \(e^\eta\), \(\eta\), or the expression's.
     *
     * @throws IllegalStateException when the family has no mean
     */
    public double mean(double eta) {
        if (this == LOGISTIC) {
            return LogisticLoss.sigmoid(eta);
        }
        if (this == POISSON) {
            return Math.exp(eta);
        }
        if (this == LINEAR) {
            return eta;
        }
        if (meanProgram == null) {
            throw new IllegalStateException("the family " + this + " has no mean");
        }
        return meanProgram.evaluate(eta)[0];
    }

    /**
     * The derivative of the mean in the linear predictor, \(d\mu/d\eta\): \(\mu(1-\mu)\), \(e^\eta\), 1, or
     * the symbolic derivative of the expression's mean (NaN for a custom mean the symbolic engine
     * cannot differentiate).
     *
     * @throws IllegalStateException when the family has no mean
     */
    public double meanDerivative(double eta) {
        if (this == LOGISTIC) {
            double mu = LogisticLoss.sigmoid(eta);
            return mu * (1 - mu);
        }
        if (this == POISSON) {
            return Math.exp(eta);
        }
        if (this == LINEAR) {
            return 1;
        }
        if (meanProgram == null) {
            throw new IllegalStateException("the family " + this + " has no mean");
        }
        return meanProgram.evaluate(eta)[1];
    }

    /**
     * Whether the link is the family's canonical one, so that the observed information (the Hessian of
     * the loss) equals the expected one at every point: the three built-in families and the gamma
     * family's inverse link.
     */
    public boolean canonicalLink() {
        return expression == null || kind == ModelKind.GAMMA && "inverse".equals(linkName());
    }

    /**
     * Whether the family has a variance function \(V(\mu)\) (then Pearson's dispersion is defined)
     * and a unit deviance: the built-in families and the named models other than Huber's.
     */
    public boolean hasVariance() {
        return expression == null || (namedModel() != null && namedModel() != NamedModel.HUBER);
    }

    /**
     * The variance of one observation as a function of its mean, up to the dispersion: binomial
     * \(m\mu(1-\mu)\) (on the count scale), Poisson \(\mu\), Gaussian 1, gamma \(\mu^2\), negative
     * binomial \(\mu + \mu^2/k\).
     *
     * @param mu the mean (a probability for the binomial families)
     * @param m  the trials (1 without)
     * @throws IllegalStateException when the family has none
     */
    public double variance(double mu, double m) {
        return switch (response) {
            case BINOMIAL -> m * mu * (1 - mu);
            case COUNT -> kind == ModelKind.NEGATIVE_BINOMIAL ? mu + mu * mu / parameters().get("k") : mu;
            case POSITIVE -> mu * mu;
            case REAL -> {
                if (this == LINEAR) {
                    yield 1;
                }
                throw new IllegalStateException("the family " + this + " has no variance function");
            }
        };
    }

    /**
     * The unit deviance \(d(y, \mu) = 2[\log p(y; y) - \log p(y; \mu)]\) of one observation (R's
     * {@code dev.resids} with weight 1), with \(0\log 0 = 0\): binomial
     * \(2[y\log\frac{y}{m\mu} + (m-y)\log\frac{m-y}{m(1-\mu)}]\), Poisson
     * \(2[y\log\frac y\mu - (y - \mu)]\), Gaussian \((y-\mu)^2\), gamma
     * \(2[-\log\frac y\mu + \frac{y-\mu}\mu]\), negative binomial
     * \(2[y\log\frac y\mu - (y + k)\log\frac{y + k}{\mu + k}]\).
     *
     * @throws IllegalStateException when the family has none
     */
    public double unitDeviance(double y, double mu, double m) {
        return switch (response) {
            case BINOMIAL -> {
                double t = 0;
                if (y > 0) {
                    t += y * Math.log(y / (m * mu));
                }
                if (m - y > 0) {
                    t += (m - y) * Math.log((m - y) / (m * (1 - mu)));
                }
                yield 2 * t;
            }
            case COUNT -> {
                double t = y > 0 ? y * Math.log(y / mu) : 0;
                if (kind == ModelKind.NEGATIVE_BINOMIAL) {
                    double k = parameters().get("k");
                    yield 2 * (t - (y + k) * Math.log((y + k) / (mu + k)));
                }
                yield 2 * (t - (y - mu));
            }
            case POSITIVE -> 2 * (-Math.log(y / mu) + (y - mu) / mu);
            case REAL -> {
                if (this == LINEAR) {
                    yield (y - mu) * (y - mu);
                }
                throw new IllegalStateException("the family " + this + " has no deviance");
            }
        };
    }

    /**
     * Whether the problem with response value {@code y} (no trials) for this family, or null when it
     * suits: 0 or 1, a count, a positive number, a finite number.
     */
    public ModelMessages responseProblem(double y) {
        return switch (response) {
            case BINOMIAL -> y == 0 || y == 1 ? null : ModelMessages.RESPONSE_NOT_BINARY;
            case COUNT -> y >= 0 && y == Math.rint(y) && Double.isFinite(y) ? null : ModelMessages.RESPONSE_NOT_A_COUNT;
            case POSITIVE -> y > 0 && Double.isFinite(y) ? null : ModelMessages.RESPONSE_NOT_POSITIVE;
            case REAL -> Double.isFinite(y) ? null : ModelMessages.RESPONSE_NOT_FINITE;
        };
    }

    /**
     * A short description: the model's name, its link when not the default and its parameters, e.g.
     * {@code gamma (link inverse)} or {@code negative-binomial (k = 1.5)}.
     */
    public String description() {
        if (expression == null) {
            return kind.cliName();
        }
        StringBuilder b = new StringBuilder(kind.cliName());
        java.util.List<String> parts = new java.util.ArrayList<>();
        NamedModel named = namedModel();
        if (named != null && link != null && !link.equals(named.defaultLink())) {
            parts.add("link " + link.name());
        }
        for (Map.Entry<String, Double> p : new TreeMap<>(parameters()).entrySet()) {
            parts.add(p.getKey() + " = " + NumberFormat.plain(p.getValue()));
        }
        if (!parts.isEmpty()) {
            b.append(" (").append(String.join(", ", parts)).append(')');
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Family f) || expression == null || f.expression == null) {
            return false;
        }
        return kind == f.kind && expression.text().equals(f.expression.text())
                && expression.parameters().equals(f.expression.parameters()) && Objects.equals(meanText, f.meanText);
    }

    @Override
    public int hashCode() {
        return expression == null ? kind.hashCode() : Objects.hash(kind, expression.text(), expression.parameters(),
                meanText);
    }

    @Override
    public String toString() {
        return kind.cliName();
    }
}
