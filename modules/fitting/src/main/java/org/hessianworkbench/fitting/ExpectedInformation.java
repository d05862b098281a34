package org.hessianworkbench.fitting;

import java.util.List;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.Observations;
import org.hessianworkbench.inference.CovarianceResult;
import org.hessianworkbench.models.Family;

/**
 * The expected (Fisher) information of a model of one linear predictor, from the family's mean and
 * variance functions alone (not from any Hessian engine):
 * \[ \mathcal I(\beta) = X^\top W X,\qquad W_i = w_i\,\frac{(m_i\,d\mu_i/d\eta_i)^2}{V(\mu_i; m_i)}, \]
 * with \(w_i\) the prior weights, \(m_i\) the trials (1 without) and \(V\) the variance of one
 * observation up to the dispersion ({@link Family#variance}); these \(W_i\) are R's {@code glm}
 * working weights, and \(\phi\,\mathcal I^{-1}\) is the covariance {@code summary.glm} reports. For a
 * canonical link \(W_i = w_i\ell''_i\), so the expected information equals the observed one (the
 * Hessian of the loss); for probit, cloglog, the negative binomial and the gamma family's log link it
 * does not. Reference: McCullagh and Nelder (1989), Generalized Linear Models, 2nd ed., §2.5.
 */
public final class ExpectedInformation {

    private ExpectedInformation() {
    }

    /**
     * Why {@code family} has no expected information, or null when it has one: it needs a mean and a
     * variance function (not Huber's loss, not a custom loss).
     */
    public static String unavailableReason(Family family) {
        if (!family.hasVariance()) {
            return "no variance function";
        }
        if (!family.hasMean()) {
            return "no mean";
        }
        return null;
    }

    /**
     * The working weights \(W_i\) at {@code beta} (0 for observations of weight 0).
     *
     * @param objective the model's objective, of one linear predictor; not modified
     * @param family    its family, with a mean and a variance function
     * @param beta      the coefficients; not modified
     */
    public static double[] workingWeights(LinearPredictorObjective objective, Family family, double[] beta) {
        Observations obs = objective.observationData();
        double[] eta = objective.linearPredictors(beta)[0];
        double[] w = new double[eta.length];
        for (int i = 0; i < eta.length; i++) {
            double wi = obs.weight(i);
            if (wi == 0) {
                continue;
            }
            double m = obs.hasTrials() ? obs.trial(i) : 1;
            double dmu = m * family.meanDerivative(eta[i]);
            w[i] = wi * dmu * dmu / family.variance(family.mean(eta[i]), m);
        }
        return w;
    }

    /**
     * The expected information \(X^\top WX\) at {@code beta}.
     *
     * @param objective the model's objective, of one linear predictor; not modified
     * @param family    its family, with a mean and a variance function
     * @param beta      the coefficients; not modified
     */
    public static double[][] matrix(LinearPredictorObjective objective, Family family, double[] beta) {
        DesignBlock x = objective.blocks().get(0);
        double[] w = workingWeights(objective, family, beta);
        int p = x.columns();
        double[][] info = new double[p][p];
        double[] xi = new double[p];
        for (int i = 0; i < w.length; i++) {
            if (w[i] == 0) {
                continue;
            }
            for (int j = 0; j < p; j++) {
                xi[j] = x.get(i, j);
            }
            for (int j = 0; j < p; j++) {
                double a = w[i] * xi[j];
                for (int k = 0; k <= j; k++) {
                    info[j][k] += a * xi[k];
                }
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < j; k++) {
                info[k][j] = info[j][k];
            }
        }
        return info;
    }

    /**
     * What the report says about the two informations.
     *
     * @param used                  the one the standard errors use
     * @param canonicalLink         whether the family's link is canonical (then the two are equal)
     * @param maxRelativeDifference \(\max_j |se^{obs}_j - se^{exp}_j| / se^{exp}_j\), NaN when either
     *                              covariance is unavailable
     * @param term                  the coefficient where it is largest, or null
     */
    public record Summary(Information used, boolean canonicalLink, double maxRelativeDifference, String term) {
    }

    /** The summary comparing the observed covariance with the expected one, coefficient by coefficient. */
    static Summary compare(Information used, boolean canonical, CovarianceResult observed, CovarianceResult expected,
                           List<String> names) {
        if (!(observed instanceof CovarianceResult.Available o) || !(expected instanceof CovarianceResult.Available e)) {
            return new Summary(used, canonical, Double.NaN, null);
        }
        double[] so = o.standardErrors();
        double[] se = e.standardErrors();
        double max = 0;
        String term = null;
        for (int j = 0; j < so.length; j++) {
            double d = Math.abs(so[j] - se[j]) / se[j];
            if (term == null || d > max) {
                max = d;
                term = names.get(j);
            }
        }
        return new Summary(used, canonical, max, term);
    }
}
