package org.hessianworkbench.models;

import java.util.List;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.design.DesignMatrix;
import org.hipparchus.special.Gamma;

/**
 * A family applied to a design matrix: the objective to minimise and the likelihood-based fit
 * statistics (log-likelihood, deviance, null deviance, AIC) as R's {@code glm} and {@code lm}
 * report them. Instances are immutable.
 */
public final class RegressionModel implements Model {

    private final Family family;
    private final DesignMatrix design;
    private final DesignBlock block;
    private final LinearPredictorObjective objective;
    private final double[] y;

    private RegressionModel(Family family, DesignMatrix design) {
        this(family, design, design.block(), design.response());
    }

    private RegressionModel(Family family, DesignMatrix design, DesignBlock block, double[] y) {
        this.family = family;
        this.design = design;
        this.y = y;
        this.block = block;
        this.objective = LinearPredictorObjective.of(List.of(block), y, family.loss());
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
        return new RegressionModel(family, design, block.select(keep), y);
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
        double[] y = design.response();
        int[] rows = design.sourceRows();
        for (int i = 0; i < y.length; i++) {
            ModelMessages problem = switch (family) {
                case LOGISTIC -> y[i] == 0 || y[i] == 1 ? null : ModelMessages.RESPONSE_NOT_BINARY;
                case POISSON -> y[i] >= 0 && y[i] == Math.rint(y[i]) && Double.isFinite(y[i]) ? null
                        : ModelMessages.RESPONSE_NOT_A_COUNT;
                case LINEAR -> Double.isFinite(y[i]) ? null : ModelMessages.RESPONSE_NOT_FINITE;
            };
            if (problem != null) {
                throw new BadInputException(problem, data.location(rows[i], design.responseName()), family.toString(),
                        NumberFormat.plain(y[i]));
            }
        }
        if (design.rows() <= design.columns()) {
            throw new BadInputException(ModelMessages.TOO_FEW_OBSERVATIONS, data.source(), design.rows(),
                    design.columns());
        }
        return new RegressionModel(family, design);
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

    /** The design matrix. */
    public DesignMatrix design() {
        return design;
    }

    /** The design as a block of the derivatives module. */
    public DesignBlock block() {
        return block;
    }

    /** The objective: the negative log-likelihood (half the SSE for {@link Family#LINEAR}). */
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

    /** Fitted means \(\mu_i = g^{-1}(x_i^\top\beta)\). */
    public double[] fitted(double[] beta) {
        double[] eta = objective.linearPredictors(beta)[0];
        for (int i = 0; i < eta.length; i++) {
            eta[i] = family.mean(eta[i]);
        }
        return eta;
    }

    /** Residual sum of squares \(\sum (y_i - x_i^\top\beta)^2\). */
    public double sse(double[] beta) {
        return 2 * objective.value(beta);
    }

    /**
     * The maximised log-likelihood with all constants: \(-\ell\) for logistic,
     * \(-\ell - \sum\log y_i!\) for Poisson, \(-\tfrac n2(\log(2\pi\,\mathrm{SSE}/n) + 1)\) for linear
     * (with the ML variance, as R's {@code logLik.lm}).
     */
    public double logLikelihood(double[] beta) {
        return switch (family) {
            case LOGISTIC -> -objective.value(beta);
            case POISSON -> {
                double c = 0;
                for (double v : y) {
                    c += Gamma.logGamma(v + 1);
                }
                yield -objective.value(beta) - c;
            }
            case LINEAR -> -0.5 * n() * (Math.log(2 * Math.PI * sse(beta) / n()) + 1);
        };
    }

    /**
     * Residual deviance \(2(\log L_{sat} - \log L)\): twice the loss for logistic (the saturated
     * binary model has \(\log L = 0\)), \(2\sum[y_i(\log y_i - \eta_i) - (y_i - \mu_i)]\) for Poisson
     * (computed from \(\eta\), so it never takes the log of an underflowed mean), the SSE for linear.
     */
    public double deviance(double[] beta) {
        return switch (family) {
            case LOGISTIC -> 2 * objective.value(beta);
            case LINEAR -> sse(beta);
            case POISSON -> {
                double[] eta = objective.linearPredictors(beta)[0];
                double d = 0;
                for (int i = 0; i < y.length; i++) {
                    d += 2 * ((y[i] > 0 ? y[i] * (Math.log(y[i]) - eta[i]) : 0) - (y[i] - Math.exp(eta[i])));
                }
                yield d;
            }
        };
    }

    /**
     * Null deviance: the deviance of the intercept-only model (\(\mu = \bar y\)) when the formula has
     * an intercept, else of \(\eta = 0\), as R's {@code glm} reports it.
     */
    public double nullDeviance() {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n();
        double[] mu = new double[n()];
        double m0 = design.hasIntercept() ? mean : switch (family) {
            case LOGISTIC -> 0.5;
            case POISSON -> 1;
            case LINEAR -> 0;
        };
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

    /** Residual degrees of freedom \(n - p\). */
    public int residualDf() {
        return n() - p();
    }

    /** Null-model degrees of freedom: \(n - 1\) with an intercept, else \(n\). */
    public int nullDf() {
        return design.hasIntercept() ? n() - 1 : n();
    }

    /** Akaike's criterion \(-2\log L + 2k\), \(k = p\) (plus one for \(\sigma^2\) in the linear model). */
    public double aic(double[] beta) {
        int k = family == Family.LINEAR ? p() + 1 : p();
        return -2 * logLikelihood(beta) + 2 * k;
    }

    private double devianceAt(double[] mu) {
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            d += switch (family) {
                case LOGISTIC -> -2 * (y[i] == 1 ? Math.log(mu[i]) : Math.log1p(-mu[i]));
                case POISSON -> 2 * ((y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) : 0) - (y[i] - mu[i]));
                case LINEAR -> (y[i] - mu[i]) * (y[i] - mu[i]);
            };
        }
        return d;
    }
}
