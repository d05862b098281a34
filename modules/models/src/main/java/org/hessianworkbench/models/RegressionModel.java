package org.hessianworkbench.models;

import java.util.List;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.Observations;
import org.hessianworkbench.design.DesignMatrix;
import org.hipparchus.special.Gamma;

/**
 * A family applied to a design matrix: the objective to minimise and the likelihood-based fit
 * statistics (log-likelihood, deviance, null deviance, AIC, degrees of freedom) as R's {@code glm}
 * and {@code lm} report them.
 *
 * <p>With {@link Observations} (prior weights \(w_i\), binomial trials \(m_i\), an offset \(o_i\);
 * R's {@code weights=}, {@code cbind(s, f) ~}, {@code offset()}) the objective is
 * \(\sum_i w_i\ell(x_i^\top\beta + o_i; y_i, m_i)\) and every statistic is R's: observations of
 * weight 0 are not counted in the degrees of freedom (R's {@code n.ok}); the log-likelihood is
 * R's {@code logLik} (for the binomial family R's {@code binomial()$aic}, which includes
 * \(\log\binom{m}{y}\); for the linear model {@code logLik.lm} with weights); the null deviance is
 * that of the intercept-only model fitted with the offset (R's {@code glm} refits it), or of
 * \(\mu_i = g^{-1}(o_i)\) without an intercept. Instances are immutable.
 */
public final class RegressionModel implements Model {

    /** Newton steps of the intercept-only fit with an offset (it converges quadratically in a few). */
    static final int NULL_FIT_MAX_ITERATIONS = 200;

    /** The intercept-only fit stops when its Newton step is below this, relative to {@code 1 + |a|}. */
    static final double NULL_FIT_STEP_TOLERANCE = 1e-15;

    private final Family family;
    private final DesignMatrix design;
    private final DesignBlock block;
    private final LinearPredictorObjective objective;
    private final double[] y;
    private final Observations observations;
    /** The data the design came from, for messages that name a row. */
    private final DataSet data;

    private RegressionModel(Family family, DesignMatrix design, Observations observations, DataSet data) {
        this(family, design, design.block(), design.response(), observations, data);
    }

    private RegressionModel(Family family, DesignMatrix design, DesignBlock block, double[] y,
                            Observations observations, DataSet data) {
        this.data = data;
        this.family = family;
        this.design = design;
        this.y = y;
        this.block = block;
        this.observations = observations;
        this.objective = LinearPredictorObjective.of(List.of(block), y, family.loss(), observations);
    }

    /**
     * The same family and data with only some of the design's columns: the reduced model of an aliased
     * design. Its statistics (degrees of freedom, AIC) count only these parameters.
     *
     * @param keep indices of the columns to keep, ascending; the first column when the design has an
     *             intercept
     * @return the reduced model
     */
    public RegressionModel withColumns(int[] keep) {
        return new RegressionModel(family, design, block.select(keep), y, observations, data);
    }

    /**
     * The model, after checking the response and the size.
     *
     * @param family the family
     * @param design the design matrix
     * @param data   the data set the design came from (for messages)
     * @return the model
     * @throws BadInputException when the response does not suit the family or there are not more
     *                           observations than parameters
     */
    public static RegressionModel of(Family family, DesignMatrix design, DataSet data) {
        return of(family, design, data, Observations.NONE);
    }

    /**
     * The model with prior weights, binomial trials and an offset, after checking the response and
     * the size. With trials the response is the number of successes, \(0 \le y_i \le m_i\) (a count
     * that is not an integer is accepted, as R accepts it with a warning).
     *
     * @param family       the family
     * @param design       the design matrix
     * @param data         the data set the design came from (for messages)
     * @param observations one weight, trial count and offset per design row (rows dropped for missing
     *                     values are not in it), {@link Observations#NONE} for none; offsets for one
     *                     linear predictor
     * @return the model
     * @throws BadInputException        when the response does not suit the family, trials are given for
     *                                  a family other than logistic, or there are not more observations
     *                                  (of nonzero weight) than parameters
     * @throws IllegalArgumentException when the observations' arrays do not have one value per design row
     */
    public static RegressionModel of(Family family, DesignMatrix design, DataSet data, Observations observations) {
        observations.requireSize(design.rows(), 1);
        if (observations.hasTrials() && !family.acceptsTrials()) {
            throw new BadInputException(ModelMessages.TRIALS_NOT_BINOMIAL, family.toString());
        }
        double[] y = design.response();
        int[] rows = design.sourceRows();
        for (int i = 0; i < y.length; i++) {
            if (observations.hasTrials()) {
                double m = observations.trial(i);
                if (!(y[i] >= 0 && y[i] <= m)) {
                    throw new BadInputException(ModelMessages.RESPONSE_NOT_SUCCESSES,
                            data.location(rows[i], design.responseName()), family.toString(), NumberFormat.plain(m),
                            NumberFormat.plain(y[i]));
                }
                continue;
            }
            ModelMessages problem = family.responseProblem(y[i]);
            if (problem != null) {
                throw new BadInputException(problem, data.location(rows[i], design.responseName()), family.toString(),
                        NumberFormat.plain(y[i]));
            }
        }
        if (design.rows() <= design.columns()) {
            throw new BadInputException(ModelMessages.TOO_FEW_OBSERVATIONS, data.source(), design.rows(),
                    design.columns());
        }
        int used = observations.used(design.rows());
        if (used <= design.columns()) {
            throw new BadInputException(ModelMessages.TOO_FEW_WEIGHTED_OBSERVATIONS, data.source(), used,
                    design.columns());
        }
        return new RegressionModel(family, design, observations, data);
    }

    @Override
    public ModelKind kind() {
        return family.kind();
    }

    /** The data set's source. */
    @Override
    public String source() {
        return design.source();
    }

    /** The formula as given. */
    @Override
    public String description() {
        return design.formula().text();
    }

    /** E.g. {@code logistic GRADE ~ GPA on data/spector.csv (32 observations, 2 parameters)}. */
    @Override
    public String toString() {
        return kind() + " " + description() + " on " + source() + " (" + n() + " observations, " + p() + " parameters)";
    }

    /** Zeros. */
    @Override
    public double[] defaultStart() {
        return new double[p()];
    }

    /** The family. */
    public Family family() {
        return family;
    }

    /**
     * Checks that a loss written as an expression has a finite value and finite first and second
     * derivatives at every observation at {@code beta} (the start of a fit, the point of a check):
     * a loss that is not finite there cannot be minimised from there nor differentiated. Nothing to
     * check for a built-in family (its loss is finite everywhere).
     *
     * @throws BadInputException naming the expression, the first row where it is not, its response and
     *                           linear predictor, and what is not finite
     */
    public void requireFiniteLoss(double[] beta) {
        if (family.builtIn()) {
            return;
        }
        double[] eta = objective.linearPredictors(beta)[0];
        double[] e = new double[1];
        double[] d1 = new double[1];
        double[] d2 = new double[1];
        int[] rows = design.sourceRows();
        for (int i = 0; i < eta.length; i++) {
            if (observations.weight(i) == 0) {
                continue;
            }
            e[0] = eta[i];
            double v = family.loss().derivatives(e, y[i], observations.trial(i), d1, d2);
            String what = !Double.isFinite(v) ? "value" : !Double.isFinite(d1[0]) ? "first derivative"
                    : !Double.isFinite(d2[0]) ? "second derivative" : null;
            if (what != null) {
                throw new BadInputException(org.hessianworkbench.models.expression.ExpressionMessages.LOSS_NOT_FINITE,
                        family.expression().text(), data.location(rows[i], design.responseName()),
                        NumberFormat.plain(y[i]), "eta = " + NumberFormat.plain(eta[i]), what);
            }
        }
    }

    /** The design matrix. */
    public DesignMatrix design() {
        return design;
    }

    /** The design as a block of the derivatives module. */
    public DesignBlock block() {
        return block;
    }

    /** The prior weights, trials and offset ({@link Observations#NONE} when there are none). */
    public Observations observations() {
        return observations;
    }

    /** Observations of nonzero weight (R's {@code n.ok}): {@link #n()} without weights. */
    public int observationsUsed() {
        return observations.used(n());
    }

    /**
     * The objective: the negative log-likelihood (half the SSE for {@link Family#LINEAR}), each
     * observation's term times its prior weight.
     */
    @Override
    public LinearPredictorObjective objective() {
        return objective;
    }

    /** Parameter names, as the design's columns (those kept, for a {@linkplain #withColumns reduced} model). */
    @Override
    public List<String> parameterNames() {
        return block.columnNames();
    }

    /** Observations. */
    @Override
    public int n() {
        return y.length;
    }

    /** Parameters. */
    @Override
    public int p() {
        return block.columns();
    }

    /** The response (a copy). */
    public double[] response() {
        return y.clone();
    }

    /**
     * The design of the weighted least-squares problem, \(W^{1/2}X\) over the observations of nonzero
     * weight (R's {@code lm.wfit} drops the others): row \(i\) times \(\sqrt{w_i}\). The design block
     * itself when there are no weights. Its rank decides which columns are aliased.
     */
    public DesignBlock weightedBlock() {
        if (!observations.hasWeights()) {
            return block;
        }
        int p = block.columns();
        int used = observationsUsed();
        double[] x = new double[used * p];
        int r = 0;
        for (int i = 0; i < n(); i++) {
            double w = observations.weight(i);
            if (w == 0) {
                continue;
            }
            double s = Math.sqrt(w);
            for (int j = 0; j < p; j++) {
                x[r * p + j] = s * block.get(i, j);
            }
            r++;
        }
        return DesignBlock.adopt(block.name(), block.columnNames(), x);
    }

    /**
     * The response of the weighted least-squares problem, \(\sqrt{w_i}(y_i - o_i)\) over the observations
     * of nonzero weight, in the rows of {@link #weightedBlock()}: least squares of it on that design is
     * the linear model's fit with weights and offset (R's {@code lm}).
     */
    public double[] weightedResponse() {
        if (!observations.hasWeights() && !observations.hasOffsets()) {
            return y.clone();
        }
        double[] o = offsets();
        double[] z = new double[observationsUsed()];
        int r = 0;
        for (int i = 0; i < n(); i++) {
            double w = observations.weight(i);
            if (w == 0) {
                continue;
            }
            z[r++] = Math.sqrt(w) * (y[i] - o[i]);
        }
        return z;
    }

    /** Fitted means \(\mu_i = g^{-1}(x_i^\top\beta + o_i)\), the offset included (R's {@code fitted}). */
    public double[] fitted(double[] beta) {
        double[] eta = objective.linearPredictors(beta)[0];
        for (int i = 0; i < eta.length; i++) {
            eta[i] = family.mean(eta[i]);
        }
        return eta;
    }

    /** Residual sum of squares \(\sum w_i(y_i - x_i^\top\beta - o_i)^2\) (\(w_i = 1\) without weights). */
    public double sse(double[] beta) {
        return 2 * objective.value(beta);
    }

    /**
     * The maximised log-likelihood with all constants, as R's {@code logLik}: \(-\ell\) for logistic,
     * \(-\ell - \sum w_i\log y_i!\) for Poisson, \(-\tfrac n2(\log(2\pi\,\mathrm{SSE}/n) + 1)\) for linear
     * (with the ML variance, as R's {@code logLik.lm}).
     *
     * <p>With weights or trials, the binomial log-likelihood is R's {@code binomial()$aic} halved:
     * \(\sum_i (w_i m_i/M_i)\log\binom{M_i}{k_i}\mu_i^{k_i}(1-\mu_i)^{M_i-k_i}\) with \(M_i = m_i\) when
     * some \(m_i &gt; 1\), else \(M_i = w_i\) (R treats a weight of binary data as a number of trials),
     * \(k_i\) and \(M_i\) rounded to integers, terms with \(M_i = 0\) left out. The weighted linear
     * model's is {@code logLik.lm}'s, over the \(N\) observations of nonzero weight:
     * \(\tfrac12\sum\log w_i - \tfrac N2(\log 2\pi + 1 - \log N + \log\sum w_ir_i^2)\).
     */
    public double logLikelihood(double[] beta) {
        if (!family.builtIn()) {
            return expressionLogLikelihood(beta);
        }
        return switch (family.kind()) {
            case LOGISTIC -> observations.hasWeights() || observations.hasTrials() ? binomialLogLikelihood(beta)
                    : -objective.value(beta);
            case POISSON -> {
                double c = 0;
                for (int i = 0; i < y.length; i++) {
                    double w = observations.weight(i);
                    if (w != 0) {
                        c += w * Gamma.logGamma(y[i] + 1);
                    }
                }
                yield -objective.value(beta) - c;
            }
            case LINEAR -> observations.hasWeights() ? weightedLinearLogLikelihood(beta)
                    : -0.5 * n() * (Math.log(2 * Math.PI * sse(beta) / n()) + 1);
            default -> throw new IllegalStateException(family + " is not built in");
        };
    }

    /**
     * The log-likelihood of a named model, as R's {@code logLik}: for probit and cloglog the negative
     * loss plus \(\sum_i w_i\loginom{m_i}{y_i}\) (0 for a 0/1 response); for the negative binomial
     * the negative loss (its loss is the full negative log-likelihood); for the gamma family R's, with
     * the dispersion \(\phi = D/\sum w_i\) (deviance over the total weight, as R's {@code Gamma()$aic}):
     * \(\sum_i w_i\log f(y_i; 1/\phi, \mu_i\phi)\), \(f\) the gamma density of shape \(1/\phi\) and scale
     * \(\mu_i\phi\). NaN for Huber's loss and a custom loss: they are no likelihood.
     */
    private double expressionLogLikelihood(double[] beta) {
        switch (family.kind()) {
            case PROBIT, CLOGLOG -> {
                return observations.hasWeights() || observations.hasTrials() ? binomialLogLikelihood(beta)
                        : -objective.value(beta);
            }
            case NEGATIVE_BINOMIAL -> {
                return -objective.value(beta);
            }
            case GAMMA -> {
                double[] mu = fitted(beta);
                double dev = 0;
                double sw = 0;
                for (int i = 0; i < y.length; i++) {
                    double w = observations.weight(i);
                    if (w != 0) {
                        dev += w * family.unitDeviance(y[i], mu[i], 1);
                        sw += w;
                    }
                }
                double phi = dev / sw;
                double shape = 1 / phi;
                double ll = 0;
                for (int i = 0; i < y.length; i++) {
                    double w = observations.weight(i);
                    if (w == 0) {
                        continue;
                    }
                    double scale = mu[i] * phi;
                    ll += w * (-Gamma.logGamma(shape) - shape * Math.log(scale) + (shape - 1) * Math.log(y[i])
                            - y[i] / scale);
                }
                return ll;
            }
            default -> {
                return Double.NaN;
            }
        }
    }

    /** Whether the family is a likelihood, so that the log-likelihood and AIC are defined. */
    public boolean hasLikelihood() {
        return family.builtIn() || family.hasVariance();
    }

    /** R's {@code binomial()$aic} halved, with the sign of a log-likelihood (see {@link #logLikelihood}). */
    private double binomialLogLikelihood(double[] beta) {
        double[] eta = objective.linearPredictors(beta)[0];
        boolean grouped = false;
        for (int i = 0; i < y.length; i++) {
            grouped |= observations.trial(i) > 1;
        }
        double ll = 0;
        for (int i = 0; i < y.length; i++) {
            double m = observations.trial(i);
            double wt = observations.weight(i) * m;
            double big = grouped ? m : wt;
            if (!(big > 0)) {
                continue;
            }
            double size = Math.rint(big);
            double k = Math.rint(big * (y[i] / m));
            ll += wt / big * (family == Family.LOGISTIC ? logBinomialDensity(k, size, eta[i])
                    : logBinomialDensityAtMean(k, size, family.mean(eta[i])));
        }
        return ll;
    }

    /** \(\log\binom{n}{k} + k\log\mu + (n - k)\log(1-\mu)\), \(\mu = \sigma(\eta)\), with \(0\log 0 = 0\). */
    private static double logBinomialDensity(double k, double size, double eta) {
        double d = Gamma.logGamma(size + 1) - Gamma.logGamma(k + 1) - Gamma.logGamma(size - k + 1);
        if (k > 0) {
            d -= k * softplus(-eta); // log mu = -log(1 + e^-eta)
        }
        if (size - k > 0) {
            d -= (size - k) * softplus(eta); // log(1 - mu) = -log(1 + e^eta)
        }
        return d;
    }

    /** \(\log\binom{n}{k} + k\log\mu + (n - k)\log(1-\mu)\) at the mean \(\mu\), with \(0\log 0 = 0\). */
    private static double logBinomialDensityAtMean(double k, double size, double mu) {
        double d = Gamma.logGamma(size + 1) - Gamma.logGamma(k + 1) - Gamma.logGamma(size - k + 1);
        if (k > 0) {
            d += k * Math.log(mu);
        }
        if (size - k > 0) {
            d += (size - k) * Math.log1p(-mu);
        }
        return d;
    }

    /** \(\log(1 + e^x)\) without overflow. */
    private static double softplus(double x) {
        return Math.log1p(Math.exp(-Math.abs(x))) + Math.max(x, 0);
    }

    /** R's {@code logLik.lm} with weights, over the observations of nonzero weight. */
    private double weightedLinearLogLikelihood(double[] beta) {
        double[] eta = objective.linearPredictors(beta)[0];
        double logW = 0;
        double rss = 0;
        int used = 0;
        for (int i = 0; i < y.length; i++) {
            double w = observations.weight(i);
            if (w == 0) {
                continue;
            }
            double r = y[i] - eta[i];
            logW += Math.log(w);
            rss += w * r * r;
            used++;
        }
        return 0.5 * (logW - used * (Math.log(2 * Math.PI) + 1 - Math.log(used) + Math.log(rss)));
    }

    /**
     * Residual deviance \(2(\log L_{sat} - \log L)\): twice the loss for binary logistic (the saturated
     * binary model has \(\log L = 0\)); with trials
     * \(2\sum w_i[y_i\log\frac{y_i}{m_i\mu_i} + (m_i - y_i)\log\frac{m_i - y_i}{m_i(1-\mu_i)}]\) with
     * \(0\log 0 = 0\); \(2\sum w_i[y_i(\log y_i - \eta_i) - (y_i - \mu_i)]\) for Poisson; the (weighted)
     * SSE for linear. Computed from \(\eta\) (offset included), so it never takes the log of an
     * underflowed mean.
     */
    public double deviance(double[] beta) {
        if (!family.builtIn()) {
            if (!family.hasVariance()) {
                return Double.NaN;
            }
            return devianceAt(fitted(beta));
        }
        return switch (family.kind()) {
            case LOGISTIC -> observations.hasTrials() ? groupedBinomialDeviance(beta) : 2 * objective.value(beta);
            case LINEAR -> sse(beta);
            case POISSON -> {
                double[] eta = objective.linearPredictors(beta)[0];
                double d = 0;
                for (int i = 0; i < y.length; i++) {
                    double w = observations.weight(i);
                    if (w == 0) {
                        continue;
                    }
                    d += w * (2 * ((y[i] > 0 ? y[i] * (Math.log(y[i]) - eta[i]) : 0) - (y[i] - Math.exp(eta[i]))));
                }
                yield d;
            }
            default -> throw new IllegalStateException(family + " is not built in");
        };
    }

    private double groupedBinomialDeviance(double[] beta) {
        double[] eta = objective.linearPredictors(beta)[0];
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            double w = observations.weight(i);
            if (w == 0) {
                continue;
            }
            double m = observations.trial(i);
            double t = 0;
            if (y[i] > 0) {
                t += y[i] * (Math.log(y[i] / m) + softplus(-eta[i])); // y log(y / (m mu))
            }
            if (m - y[i] > 0) {
                t += (m - y[i]) * (Math.log((m - y[i]) / m) + softplus(eta[i])); // (m - y) log((m - y) / (m (1 - mu)))
            }
            d += 2 * w * t;
        }
        return d;
    }

    /**
     * Null deviance, as R's {@code glm} reports it: the deviance of the intercept-only model when the
     * formula has an intercept (\(\mu = \bar y\), weighted by \(w_i m_i\); with an offset, the
     * intercept-only model fitted with the offset by a safeguarded Newton iteration, as R refits it),
     * else of \(\mu_i = g^{-1}(o_i)\) (\(\eta = 0\) without an offset). For the linear model
     * \(\sum w_i(y_i - o_i - c)^2\) with \(c\) the weighted mean of \(y - o\) (0 without an intercept),
     * so that \(1 - \mathrm{SSE}/\text{null deviance}\) is \(R^2\).
     */
    public double nullDeviance() {
        if (!family.builtIn() && !family.hasVariance()) {
            return Double.NaN;
        }
        if (observations.isNone()) {
            return unweightedNullDeviance();
        }
        double[] o = offsets();
        double[] mu = new double[n()];
        if (family == Family.LINEAR) {
            double c = 0;
            if (design.hasIntercept()) {
                double sw = 0;
                for (int i = 0; i < y.length; i++) {
                    double w = observations.weight(i);
                    c += w * (y[i] - o[i]);
                    sw += w;
                }
                c /= sw;
            }
            for (int i = 0; i < mu.length; i++) {
                mu[i] = c + o[i];
            }
            return devianceAt(mu);
        }
        if (!design.hasIntercept()) {
            for (int i = 0; i < mu.length; i++) {
                mu[i] = family.mean(o[i]);
            }
            return devianceAt(mu);
        }
        if (!observations.hasOffsets()) {
            double sy = 0;
            double sm = 0;
            for (int i = 0; i < y.length; i++) {
                double w = observations.weight(i);
                sy += w * y[i];
                sm += w * observations.trial(i);
            }
            java.util.Arrays.fill(mu, sy / sm);
            return devianceAt(mu);
        }
        double a = interceptWithOffset(o);
        for (int i = 0; i < mu.length; i++) {
            mu[i] = family.mean(a + o[i]);
        }
        return devianceAt(mu);
    }

    /** The offsets, zeros when there are none. */
    private double[] offsets() {
        double[] o = observations.offset(0);
        return o != null ? o : new double[n()];
    }

    /**
     * The intercept \(a\) of the intercept-only model with the offset: the minimiser of the convex
     * \(F(a) = \sum_i w_i\ell(a + o_i; y_i, m_i)\), by Newton's method safeguarded by halving the step
     * until \(F\) does not increase (a descent method on a convex function of one variable: it
     * converges from any start, quadratically near the minimiser). It starts at the Poisson
     * solution \(\log(\sum w_iy_i/\sum w_ie^{o_i})\), exact for the Poisson family, or at
     * \(\mathrm{logit}(\sum w_iy_i/\sum w_im_i)\) minus the weighted mean offset for the logistic.
     * \(\mp\infty\) when every response is 0 (or, logistic, every trial a success): then the fitted
     * means are 0 (or 1) and the null deviance is 0.
     */
    private double interceptWithOffset(double[] o) {
        double sy = 0;
        double sm = 0;
        double so = 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < y.length; i++) {
            double w = observations.weight(i);
            if (w == 0) {
                continue;
            }
            sy += w * y[i];
            sm += w * observations.trial(i);
            so += w * observations.trial(i) * o[i];
            top = Math.max(top, o[i]);
        }
        if (sy == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double a;
        if (family.response() != org.hessianworkbench.models.expression.NamedModel.Response.BINOMIAL) {
            double se = 0;
            for (int i = 0; i < y.length; i++) {
                se += observations.weight(i) * Math.exp(o[i] - top);
            }
            a = Math.log(sy / se) - top;
        } else {
            if (sy == sm) {
                return Double.POSITIVE_INFINITY;
            }
            a = Math.log(sy / (sm - sy)) - so / sm;
        }
        InterceptOnly f = new InterceptOnly(o);
        double[] fg = f.at(a);
        for (int it = 0; it < NULL_FIT_MAX_ITERATIONS; it++) {
            if (fg[1] == 0 || !(fg[2] > 0)) {
                break;
            }
            double step = -fg[1] / fg[2];
            double[] next = f.at(a + step);
            while (!(next[0] <= fg[0]) && Math.abs(step) > NULL_FIT_STEP_TOLERANCE * (1 + Math.abs(a))) {
                step /= 2;
                next = f.at(a + step);
            }
            if (!(next[0] <= fg[0])) {
                break;
            }
            a += step;
            fg = next;
            if (Math.abs(step) <= NULL_FIT_STEP_TOLERANCE * (1 + Math.abs(a))) {
                break;
            }
        }
        return a;
    }

    /** \(F(a)\), \(F'(a)\), \(F''(a)\) of the intercept-only model with the offset. */
    private final class InterceptOnly {
        private final double[] o;
        private final double[] eta = new double[1];
        private final double[] d1 = new double[1];
        private final double[] d2 = new double[1];

        InterceptOnly(double[] o) {
            this.o = o;
        }

        double[] at(double a) {
            double v = 0;
            double g = 0;
            double h = 0;
            for (int i = 0; i < y.length; i++) {
                double w = observations.weight(i);
                if (w == 0) {
                    continue;
                }
                eta[0] = a + o[i];
                v += w * family.loss().derivatives(eta, y[i], observations.trial(i), d1, d2);
                g += w * d1[0];
                h += w * d2[0];
            }
            return new double[] {v, g, h};
        }
    }

    /** The null deviance without weights, trials or offsets. */
    private double unweightedNullDeviance() {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n();
        double[] mu = new double[n()];
        double m0 = design.hasIntercept() ? mean : family.mean(0);
        java.util.Arrays.fill(mu, m0);
        if (family == Family.LINEAR) {
            double s = 0;
            for (double v : y) {
                s += (v - m0) * (v - m0);
            }
            return s;
        }
        return devianceAt(mu);
    }

    /** Residual degrees of freedom \(n_{ok} - p\) (\(n_{ok}\): the observations of nonzero weight). */
    public int residualDf() {
        return observationsUsed() - p();
    }

    /** Null-model degrees of freedom: \(n_{ok} - 1\) with an intercept, else \(n_{ok}\). */
    public int nullDf() {
        return design.hasIntercept() ? observationsUsed() - 1 : observationsUsed();
    }

    /** Akaike's criterion \(-2\log L + 2k\), \(k = p\) (plus one for \(\sigma^2\) in the linear model). */
    public double aic(double[] beta) {
        int k = family == Family.LINEAR || family.kind() == ModelKind.GAMMA ? p() + 1 : p();
        return -2 * logLikelihood(beta) + 2 * k;
    }

    /** The deviance at the means {@code mu}, each observation's term times its weight. */
    private double devianceAt(double[] mu) {
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            double w = observations.weight(i);
            if (w == 0) {
                continue;
            }
            double term = !family.builtIn() ? family.unitDeviance(y[i], mu[i], observations.trial(i))
                    : switch (family.kind()) {
                case LOGISTIC -> observations.hasTrials() ? 2 * groupedBinomialTerm(y[i], observations.trial(i), mu[i])
                        : -2 * (y[i] == 1 ? Math.log(mu[i]) : Math.log1p(-mu[i]));
                case POISSON -> 2 * ((y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) : 0) - (y[i] - mu[i]));
                case LINEAR -> (y[i] - mu[i]) * (y[i] - mu[i]);
                default -> throw new IllegalStateException(family + " is not built in");
            };
            d += w * term;
        }
        return d;
    }

    /** \(y\log\frac{y}{m\mu} + (m - y)\log\frac{m - y}{m(1-\mu)}\) with \(0\log 0 = 0\). */
    private static double groupedBinomialTerm(double y, double m, double mu) {
        double t = 0;
        if (y > 0) {
            t += y * Math.log(y / (m * mu));
        }
        if (m - y > 0) {
            t += (m - y) * Math.log((m - y) / (m * (1 - mu)));
        }
        return t;
    }
}
