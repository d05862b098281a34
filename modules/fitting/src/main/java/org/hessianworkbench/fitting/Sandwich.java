package org.hessianworkbench.fitting;

import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.ObservationLoss;
import org.hessianworkbench.derivatives.Observations;
import org.hessianworkbench.inference.CovarianceResult;

/**
 * Heteroscedasticity-consistent ("sandwich") covariances of a model of one linear predictor, with R's
 * {@code sandwich::vcovHC} definitions:
 * \[ V = B\,M\,B,\qquad B = H^{-1} = \Big(\sum_i w_i\ell''_i\,x_ix_i^\top\Big)^{-1},\qquad
 *    M = \sum_i \omega_i\,s_is_i^\top,\quad s_i = w_i\ell'_i\,x_i, \]
 * (the bread is the model's unscaled covariance, from QR for least squares) with \(\ell'_i, \ell''_i\) the loss's derivatives in the linear predictor at the estimate and \(w_i\)
 * the prior weights; HC0 has \(\omega_i = 1\), HC1 multiplies HC0 by \(n/(n-p)\), HC2 has
 * \(\omega_i = 1/(1-h_{ii})\) and HC3 \(\omega_i = 1/(1-h_{ii})^2\), with the hat values
 * \(h_{ii} = w_i\ell''_i\,x_i^\top B x_i\), the diagonal of \(W^{1/2}X(X^\top WX)^{-1}X^\top W^{1/2}\).
 * For the linear model and the canonical links (logistic, Poisson) \(w_i\ell''_i\) are the fit's working
 * weights, and these are R's values; for a non-canonical link they are the observed-information weights
 * (R's {@code glm} uses the expected ones in its bread and hat values, so the two differ there). The
 * factor \(\sigma^2\) or a dispersion cancels between bread and meat. Reference: Zeileis (2004),
 * Econometric Computing with HC and HAC Covariance Matrix Estimators, J. Stat. Softw. 11(10),
 * doi:10.18637/jss.v011.i10.
 */
public final class Sandwich {

    private Sandwich() {
    }

    /**
     * The sandwich covariance of {@code type} at {@code beta}.
     *
     * @param objective the model's objective, of one linear predictor; not modified
     * @param beta      the estimate; not modified
     * @param type      one of HC0..HC3
     * @param model     the model's covariance, \(s\,H^{-1}\) (from the Hessian, or from the QR factor of the
     *                  design for least squares); not modified
     * @param scale     its factor \(s\) (\(\hat\sigma^2\) or the dispersion, 1 for a likelihood)
     * @return the sandwich covariance, with the model covariance's diagnostics
     * @throws IllegalArgumentException for {@link StandardErrors#MODEL} or an objective of several predictors
     */
    public static CovarianceResult.Available covariance(LinearPredictorObjective objective, double[] beta,
                                                        StandardErrors type, CovarianceResult.Available model,
                                                        double scale) {
        return covariance(objective, beta, type, model, scale, null);
    }

    /**
     * The sandwich covariance of {@code type} at {@code beta} with the bread from the expected
     * information: {@code model} is \(s\,\mathcal I^{-1}\) and the hat values take the working weights
     * {@code hatWeights} in place of \(w_i\ell''_i\) ({@link ExpectedInformation#workingWeights}), as
     * R's {@code sandwich} does for a {@code glm}.
     *
     * @param hatWeights the weights of the hat values, or null for \(w_i\ell''_i\); not modified
     */
    public static CovarianceResult.Available covariance(LinearPredictorObjective objective, double[] beta,
                                                        StandardErrors type, CovarianceResult.Available model,
                                                        double scale, double[] hatWeights) {
        if (type == StandardErrors.MODEL || objective.blocks().size() != 1) {
            throw new IllegalArgumentException("a sandwich of " + type + " for " + objective.blocks().size()
                    + " linear predictors");
        }
        DesignBlock x = objective.blocks().get(0);
        ObservationLoss loss = objective.loss();
        Observations obs = objective.observationData();
        double[] y = objective.response();
        double[] eta = objective.linearPredictors(beta)[0];
        int n = y.length;
        int p = x.columns();
        double[] d1 = new double[n];
        double[] d2 = new double[n];
        double[] e = new double[1];
        double[] g1 = new double[1];
        double[] g2 = new double[1];
        int used = 0;
        for (int i = 0; i < n; i++) {
            double w = obs.weight(i);
            if (w == 0) {
                continue;
            }
            used++;
            e[0] = eta[i];
            if (obs.hasTrials()) {
                loss.derivatives(e, y[i], obs.trial(i), g1, g2);
            } else {
                loss.derivatives(e, y[i], g1, g2);
            }
            d1[i] = w * g1[0];
            d2[i] = w * g2[0];
        }
        double[][] b = new double[p][p];
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                b[j][k] = model.covariance()[j][k] / scale;
            }
        }
        double[][] meat = new double[p][p];
        double[] xi = new double[p];
        for (int i = 0; i < n; i++) {
            if (obs.weight(i) == 0) {
                continue;
            }
            for (int j = 0; j < p; j++) {
                xi[j] = x.get(i, j);
            }
            double omega = 1;
            if (type == StandardErrors.HC2 || type == StandardErrors.HC3) {
                double q = 0;
                for (int j = 0; j < p; j++) {
                    double r = 0;
                    for (int k = 0; k < p; k++) {
                        r += b[j][k] * xi[k];
                    }
                    q += xi[j] * r;
                }
                double oneMinusH = 1 - (hatWeights == null ? d2[i] : hatWeights[i]) * q;
                omega = type == StandardErrors.HC2 ? 1 / oneMinusH : 1 / (oneMinusH * oneMinusH);
            }
            double s2 = omega * d1[i] * d1[i];
            for (int j = 0; j < p; j++) {
                for (int k = 0; k <= j; k++) {
                    meat[j][k] += s2 * xi[j] * xi[k];
                }
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < j; k++) {
                meat[k][j] = meat[j][k];
            }
        }
        double factor = type == StandardErrors.HC1 ? (double) used / (used - p) : 1;
        double[][] bm = multiply(b, meat);
        double[][] v = multiply(bm, b);
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                v[j][k] = j <= k ? v[j][k] * factor : v[k][j];
            }
        }
        return new CovarianceResult.Available(v, model.diagnostics());
    }

    private static double[][] multiply(double[][] a, double[][] c) {
        int p = a.length;
        double[][] r = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < p; k++) {
                double aik = a[i][k];
                for (int j = 0; j < p; j++) {
                    r[i][j] += aik * c[k][j];
                }
            }
        }
        return r;
    }
}
