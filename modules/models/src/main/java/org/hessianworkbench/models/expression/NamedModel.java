package org.hessianworkbench.models.expression;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The models defined by a line of expression text: the loss of one observation in its linear
 * predictor {@code eta} (and the response {@code y}, the trials {@code m}, the parameters), and the
 * mean as a function of {@code eta}. Every engine, every derivation and every fit of these models
 * comes from these lines; nothing of them is written in Java.
 *
 * <p>References for each are in {@code docs/models.md}; the fits are checked against R's
 * {@code glm}, {@code MASS::glm.nb} and statsmodels in the tests.
 */
public enum NamedModel {

    /** Binary or binomial response, probit link: \(\mu = \Phi(\eta)\). */
    PROBIT("probit", "binomial response",
            Link.of("probit", "-(y*log(Phi(eta)) + (m - y)*log(1 - Phi(eta)))", "Phi(eta)"),
            Response.BINOMIAL, Dispersion.FIXED, List.of()),
    /** Binary or binomial response, complementary log-log link: \(\mu = 1 - e^{-e^\eta}\). */
    CLOGLOG("cloglog", "binomial response",
            Link.of("cloglog", "-(y*log(1 - exp(-exp(eta))) - (m - y)*exp(eta))", "1 - exp(-exp(eta))"),
            Response.BINOMIAL, Dispersion.FIXED, List.of()),
    /**
     * Counts with extra-Poisson variation, log link, \(\mathrm{Var}\,y = \mu + \mu^2/k\) (NB2): the
     * full negative log-likelihood, \(\log(k/(k+\mu))\) written as \(-\mathrm{softplus}(\eta - \log k)\).
     * With {@code k} given it is fixed; without, {@code log k} is estimated as a second linear predictor
     * {@code logk} with an intercept alone.
     */
    NEGATIVE_BINOMIAL("negative-binomial", "count response, NB2 variance mu + mu^2/k",
            Link.of("log", "-(lgamma(y + k) - lgamma(k) - lgamma(y + 1) - k*softplus(eta - log(k))"
                    + " + y*(eta - log(k) - softplus(eta - log(k))))", "exp(eta)"),
            Response.COUNT, Dispersion.FIXED, List.of(new Parameter("k", Double.NaN,
                    "the shape (theta in R's glm.nb); without it log k is estimated"))),
    /**
     * A positive response with constant coefficient of variation: the gamma negative log-likelihood
     * per unit shape without its constants, \(y/\mu + \log\mu\); log link by default, R's
     * {@code Gamma()} default inverse link \(\mu = 1/\eta\) on request. The dispersion is estimated
     * by Pearson's \(X^2/(n - p)\), as R's {@code summary.glm}.
     */
    GAMMA("gamma", "positive response, dispersion by Pearson",
            Link.of("log", "y*exp(-eta) + eta", "exp(eta)"),
            Response.POSITIVE, Dispersion.PEARSON, List.of(),
            Link.of("inverse", "y*eta - log(eta)", "1/eta")),
    /**
     * Huber's loss of the residual \(r = y - \eta\): quadratic up to \(|r| = \delta\), linear beyond;
     * kinks where \(|r| = \delta\) (and in {@code abs} at 0, where the loss itself is smooth).
     */
    HUBER("huber", "real response, Huber's loss with threshold delta",
            Link.of("identity", "0.5*min(abs(y - eta), delta)^2 + delta*max(abs(y - eta) - delta, 0)", "eta"),
            Response.REAL, Dispersion.HUBER, List.of(new Parameter("delta", Double.NaN,
                    "the residual beyond which the loss is linear (required; in the response's units)")));

    /** The name of the second linear predictor of the negative binomial model with k estimated. */
    public static final String LOG_K = "logk";

    /** What the response must be. */
    public enum Response {
        /** 0 or 1, or successes out of {@code m} trials (0 to m). */
        BINOMIAL,
        /** A non-negative whole number. */
        COUNT,
        /** A positive number. */
        POSITIVE,
        /** Any finite number. */
        REAL
    }

    /** How the scale of the standard errors is set. */
    public enum Dispersion {
        /** The loss is a full negative log-likelihood: dispersion 1, z tests. */
        FIXED,
        /** Pearson's \(X^2/(n-p)\) with the family's variance function, t tests (R's {@code summary.glm}). */
        PEARSON,
        /**
         * An M-estimator's: \(\hat\phi = [\sum\psi^2/(n-p)]/[\sum\psi'/n]\) times the inverse Hessian
         * (Huber 1981, the covariance statsmodels' RLM calls H2, without its small-sample factor).
         */
        HUBER
    }

    /**
     * A link of the model: its name, the loss and the mean.
     *
     * @param name the link's name, as {@code --link} takes it
     * @param loss the loss of one observation, in {@code eta}, {@code y}, {@code m} and the parameters
     * @param mean the mean, in {@code eta}
     */
    public record Link(String name, String loss, String mean) {
        static Link of(String name, String loss, String mean) {
            return new Link(name, loss, mean);
        }
    }

    /**
     * A named constant of a loss.
     *
     * @param name         its symbol
     * @param defaultValue its value when none is given, NaN when it must be given (or is estimated)
     * @param meaning      what it is, for help and messages
     */
    public record Parameter(String name, double defaultValue, String meaning) {
    }

    private final String cliName;
    private final String description;
    private final List<Link> links;
    private final Response response;
    private final Dispersion dispersion;
    private final List<Parameter> parameters;

    NamedModel(String cliName, String description, Link link, Response response, Dispersion dispersion,
               List<Parameter> parameters, Link... others) {
        this.cliName = cliName;
        this.description = description;
        this.links = java.util.stream.Stream.concat(java.util.stream.Stream.of(link), Arrays.stream(others)).toList();
        this.response = response;
        this.dispersion = dispersion;
        this.parameters = List.copyOf(parameters);
    }

    /** The model's name, as on the command line. */
    public String cliName() {
        return cliName;
    }

    /** One line saying what the model is (its links aside). */
    public String description() {
        return description;
    }

    /** The links, the default first. */
    public List<Link> links() {
        return links;
    }

    /** The default link. */
    public Link defaultLink() {
        return links.get(0);
    }

    /** The link named {@code name}, if the model has it. */
    public Optional<Link> link(String name) {
        return links.stream().filter(l -> l.name().equals(name.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** What the response must be. */
    public Response response() {
        return response;
    }

    /** How the standard errors are scaled. */
    public Dispersion dispersion() {
        return dispersion;
    }

    /** The loss's named constants. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** Whether the model's parameters may be left out to be estimated (the negative binomial's k). */
    public boolean estimatesParameterWhenMissing() {
        return this == NEGATIVE_BINOMIAL;
    }

    /**
     * The parameter values to use: those given, then the defaults; a parameter without either is
     * left out (to be estimated, or to be refused by the caller).
     */
    public Map<String, Double> parameterValues(Map<String, Double> given) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            Double v = given.get(p.name());
            if (v != null) {
                out.put(p.name(), v);
            } else if (!Double.isNaN(p.defaultValue())) {
                out.put(p.name(), p.defaultValue());
            }
        }
        return out;
    }

    /** The model with this name (case and blanks ignored), if any. */
    public static Optional<NamedModel> find(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.cliName.equals(n)).findFirst();
    }

    /** The names, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(NamedModel::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
