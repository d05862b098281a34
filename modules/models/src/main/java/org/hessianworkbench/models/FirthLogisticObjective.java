package org.hessianworkbench.models;

import java.util.List;
import org.hessianworkbench.derivatives.DesignBlock;
import org.hessianworkbench.derivatives.FirstOrder;
import org.hessianworkbench.derivatives.GenericObjective;
import org.hessianworkbench.derivatives.Observations;
import org.hessianworkbench.derivatives.SecondOrder;
import org.hipparchus.CalculusFieldElement;
import org.hipparchus.util.MathArrays;

/**
 * Firth's penalised negative log-likelihood of a logistic regression,
 * \[ f(\beta) = -\ell(\beta) - \tfrac12\log\det I(\beta), \qquad
 *    I(\beta) = X^\top W X,\quad W = \operatorname{diag}(w_i),\quad w_i = \mu_i(1 - \mu_i), \]
 * whose minimiser is Firth's bias-reduced estimate: it exists for every data set, separated or not,
 * because \(\log\det I \to -\infty\) wherever a fitted probability tends to 0 or 1
 * (Firth 1993, <a href="https://doi.org/10.1093/biomet/80.1.27">doi:10.1093/biomet/80.1.27</a>;
 * Heinze &amp; Schemper 2002, <a href="https://doi.org/10.1002/sim.1047">doi:10.1002/sim.1047</a>;
 * R's logistf, brglm2's {@code AS_mean}).
 *
 * <p>It is not a sum over observations, so it is its own objective. <b>The definition</b>,
 * {@link #value(CalculusFieldElement[])}, is written once over any {@link CalculusFieldElement}:
 * the loss of each observation ({@link LogisticLoss}'s generic definition), \(I\) accumulated from
 * \(w_i = e^{-|\eta_i|}/(1 + e^{-|\eta_i|})^2\), and \(\log\det I\) from its Cholesky factor; its AD
 * gradient and Hessian come from Hipparchus. <b>The analytic path</b>, with
 * \(I = LL^\top\), \(v_i = L^{-1}x_i\), \(q_i = \lVert v_i\rVert^2 = x_i^\top I^{-1}x_i\), leverages
 * \(h_i = w_i q_i\), \(w_i' = (1 - 2\mu_i)w_i\) and \(w_i'' = (1 - 6w_i)w_i\) (derivatives in
 * \(\eta\)):
 * \[ \nabla f = -\sum_i \bigl(y_i - \mu_i + h_i(\tfrac12 - \mu_i)\bigr)x_i \]
 * (Firth's modified score), and, from \(\partial^2\log\det I = \operatorname{tr}(I^{-1}\partial^2 I)
 * - \operatorname{tr}(I^{-1}\partial I\, I^{-1}\partial I)\),
 * \[ \nabla^2 f = I - \tfrac12 X^\top\operatorname{diag}(w_i'' q_i)X + \tfrac12 T, \qquad
 *    T_{rs} = \langle \tilde A_r, \tilde A_s\rangle_F,\quad
 *    \tilde A_r = \sum_i w_i' x_{ir}\, v_i v_i^\top = L^{-1}\frac{\partial I}{\partial\beta_r}L^{-\top}. \]
 * Two passes over the rows, \(O(np^3 + p^4)\). Where \(I\) is not positive definite (a design of
 * deficient rank) the value and the derivatives are NaN.
 *
 * <p><b>Prior weights, trials and offsets</b> ({@link Observations}: \(w_i\), \(m_i\), \(o_i\)). The
 * log-likelihood is \(\sum_i w_i\ell(\eta_i; y_i, m_i)\) with \(\eta_i = x_i^\top\beta + o_i\) and
 * \(y_i\) successes of \(m_i\), and its information \(I = X^\top WX\) with
 * \(W_i = w_im_i\mu_i(1-\mu_i)\); Jeffreys' prior \(\det I^{1/2}\) penalises it as before. The
 * formulas above hold with these \(W_i\) (\(W_i' = (1 - 2\mu_i)W_i\),
 * \(W_i'' = (1 - 6\mu_i(1-\mu_i))W_i\)) and the score term \(w_i(y_i - m_i\mu_i)\) for
 * \(y_i - \mu_i\): the modified score of Firth for binomial data (R's brglm2, {@code AS_mean}, with
 * {@code weights} and {@code cbind}). Observations of weight 0 are left out.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FirthLogisticObjective extends GenericObjective {

    private final double[][] x;
    private final double[] y;
    /** Prior weights, null when all are 1. */
    private final double[] weights;
    /** Trials, null when all are 1. */
    private final double[] trials;
    /** Offsets, null when all are 0. */
    private final double[] offsets;
    private final List<String> names;
    private final int n;
    private final int p;
    private final double[] typical;

    private FirthLogisticObjective(double[][] x, double[] y, Observations observations, List<String> names,
                                   double[] typical) {
        this.x = x;
        this.typical = typical;
        this.y = y;
        this.weights = observations.weights();
        this.trials = observations.trials();
        this.offsets = observations.offset(0);
        this.names = List.copyOf(names);
        this.n = y.length;
        this.p = names.size();
    }

    /**
     * The penalised loss of a design and 0/1 responses.
     *
     * @param design the design; read, not kept
     * @param y      the responses, each 0 or 1; copied
     * @return the objective, with the design's column names as parameter names
     * @throws IllegalArgumentException when the sizes differ or a response is not 0 or 1
     */
    public static FirthLogisticObjective of(DesignBlock design, double[] y) {
        return of(design, y, Observations.NONE);
    }

    /**
     * The penalised loss of a design and responses with prior weights, trials and an offset.
     *
     * @param design       the design; read, not kept
     * @param y            the responses: 0 or 1 without trials, else successes in \([0, m_i]\); copied
     * @param observations the weights, trials and offset (one predictor), {@link Observations#NONE} for none
     * @return the objective, with the design's column names as parameter names
     * @throws IllegalArgumentException when the sizes differ or a response is out of its range
     */
    public static FirthLogisticObjective of(DesignBlock design, double[] y, Observations observations) {
        if (design.rows() != y.length) {
            throw new IllegalArgumentException(design.rows() + " design rows for " + y.length + " responses");
        }
        observations.requireSize(y.length, 1);
        double[][] x = new double[y.length][design.columns()];
        for (int i = 0; i < y.length; i++) {
            if (observations.hasTrials() ? !(y[i] >= 0 && y[i] <= observations.trial(i)) : y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("response " + (i + 1) + " is " + y[i] + ", not "
                        + (observations.hasTrials() ? "in [0, " + observations.trial(i) + "]" : "0 or 1"));
            }
            for (int j = 0; j < design.columns(); j++) {
                x[i][j] = design.get(i, j);
            }
        }
        double[] typical = new double[design.columns()];
        for (int j = 0; j < typical.length; j++) {
            typical[j] = design.typicalScale(j);
        }
        return new FirthLogisticObjective(x, y.clone(), observations, design.columnNames(), typical);
    }

    /**
     * The penalised loss of a logistic regression model, with its prior weights, trials and offset.
     *
     * @throws IllegalArgumentException when the model is not logistic
     */
    public static FirthLogisticObjective of(RegressionModel model) {
        if (model.family() != Family.LOGISTIC) {
            throw new IllegalArgumentException("Firth's penalised likelihood is for the logistic model, not " + model.family());
        }
        return of(model.block(), model.response(), model.observations());
    }

    @Override
    public int dimension() {
        return p;
    }

    @Override
    public List<String> parameterNames() {
        return names;
    }

    /** The definition: \(\sum_i w_i\ell(\eta_i; y_i, m_i) - \tfrac12\log\det X^\top WX\), over any field. */
    @Override
    public <T extends CalculusFieldElement<T>> T value(T[] beta) {
        T zero = beta[0].getField().getZero();
        T loss = zero;
        T[][] info = MathArrays.buildArray(beta[0].getField(), p, p);
        T[] eta = MathArrays.buildArray(beta[0].getField(), 1);
        for (int i = 0; i < n; i++) {
            double pw = weights == null ? 1 : weights[i];
            if (pw == 0) {
                continue;
            }
            double m = trials == null ? 1 : trials[i];
            double[] xi = x[i];
            T e = beta[0].linearCombination(xi, beta);
            if (offsets != null) {
                e = e.add(offsets[i]);
            }
            eta[0] = e;
            loss = loss.add(trials == null ? LogisticLoss.INSTANCE.value(eta, y[i]).multiply(pw)
                    : LogisticLoss.INSTANCE.value(eta, y[i], m).multiply(pw));
            T t = (e.getReal() > 0 ? e.negate() : e).exp();
            T onePlus = t.add(1);
            T w = t.divide(onePlus.multiply(onePlus)).multiply(pw * m);
            for (int j = 0; j < p; j++) {
                if (xi[j] == 0) {
                    continue;
                }
                for (int k = j; k < p; k++) {
                    if (xi[k] != 0) {
                        info[j][k] = info[j][k].add(w.multiply(xi[j] * xi[k]));
                    }
                }
            }
        }
        // log det by Cholesky: I = L L', log det I = sum_j log (L_jj^2)
        T[][] l = MathArrays.buildArray(beta[0].getField(), p, p);
        T logDet = zero;
        for (int j = 0; j < p; j++) {
            T s = info[j][j];
            for (int k = 0; k < j; k++) {
                s = s.subtract(l[j][k].multiply(l[j][k]));
            }
            logDet = logDet.add(s.log());
            l[j][j] = s.sqrt();
            for (int i = j + 1; i < p; i++) {
                T r = info[j][i];
                for (int k = 0; k < j; k++) {
                    r = r.subtract(l[i][k].multiply(l[j][k]));
                }
                l[i][j] = r.divide(l[j][j]);
            }
        }
        return loss.subtract(logDet.multiply(0.5));
    }

    @Override
    public double value(double[] beta) {
        return analytic(beta, 0).value;
    }

    @Override
    public double[] gradient(double[] beta) {
        return analytic(beta, 1).gradient;
    }

    @Override
    public FirstOrder valueAndGradient(double[] beta) {
        Pass a = analytic(beta, 1);
        return new FirstOrder(a.value, a.gradient);
    }

    @Override
    public double[][] hessian(double[] beta) {
        return analytic(beta, 2).hessian;
    }

    @Override
    public SecondOrder secondOrder(double[] beta) {
        Pass a = analytic(beta, 2);
        return new SecondOrder(a.value, a.gradient, a.hessian);
    }

    /** \(\sum_i |\mu_i - y_i||x_{ij}| + \sum_i |h_i(\tfrac12 - \mu_i)||x_{ij}|\): the terms of the gradient. */
    @Override
    public double[] gradientTermScale(double[] beta) {
        return analytic(beta, 1).gradientScale;
    }

    /**
     * The typical size of each coefficient, {@link DesignBlock#typicalScale(int)} of its column, as for
     * the likelihood's own objective: the finite-difference steps and the stopping rule scale with it.
     */
    @Override
    public double[] typicalScale() {
        return typical.clone();
    }

    /** \(\sum_i|\ell_i| + \tfrac12|\log\det I|\). */
    @Override
    public double valueTermScale(double[] beta) {
        Pass a = analytic(beta, 0);
        return a.lossScale + 0.5 * Math.abs(a.logDet);
    }

    /**
     * The penalty \(\tfrac12\log\det I(\beta)\) alone: the penalised log-likelihood is the
     * log-likelihood plus this.
     */
    public double halfLogDetInformation(double[] beta) {
        return 0.5 * analytic(beta, 0).logDet;
    }

    /** What one evaluation computes. */
    private static final class Pass {
        double value;
        double logDet;
        double lossScale;
        double[] gradient;
        double[] gradientScale;
        double[][] hessian;
    }

    /** The analytic path: value (order 0), gradient (1), Hessian (2). */
    private Pass analytic(double[] beta, int order) {
        if (beta.length != p) {
            throw new IllegalArgumentException(beta.length + " parameter values for " + p + " parameters");
        }
        Pass out = new Pass();
        double[] d1 = new double[1];
        double[] d2 = new double[1];
        double[] etaBox = new double[1];
        double[] mu = new double[n];
        double[] w = new double[n];
        double[] variance = new double[n];
        double[][] info = new double[p][p];
        double loss = 0;
        double lossScale = 0;
        for (int i = 0; i < n; i++) {
            double pw = weights == null ? 1 : weights[i];
            if (pw == 0) {
                continue;
            }
            double[] xi = x[i];
            double e = 0;
            for (int j = 0; j < p; j++) {
                e += xi[j] * beta[j];
            }
            if (offsets != null) {
                e += offsets[i];
            }
            etaBox[0] = e;
            double li;
            if (trials == null) {
                li = LogisticLoss.INSTANCE.derivatives(etaBox, y[i], d1, d2);
                mu[i] = d1[0] + y[i];
                variance[i] = d2[0];
            } else {
                li = LogisticLoss.INSTANCE.derivatives(etaBox, y[i], trials[i], d1, d2);
                mu[i] = LogisticLoss.sigmoid(e);
                variance[i] = d2[0] / trials[i];
            }
            if (weights != null) {
                li *= pw;
            }
            loss += li;
            lossScale += Math.abs(li);
            w[i] = weights == null ? d2[0] : pw * d2[0];
            for (int j = 0; j < p; j++) {
                double a = w[i] * xi[j];
                for (int k = j; k < p; k++) {
                    info[j][k] += a * xi[k];
                }
            }
        }
        double[][] l = cholesky(info);
        double logDet = 0;
        for (int j = 0; j < p; j++) {
            logDet += 2 * Math.log(l[j][j]);
        }
        out.value = loss - 0.5 * logDet;
        out.logDet = logDet;
        out.lossScale = lossScale;
        if (order == 0) {
            return out;
        }
        double[] g = new double[p];
        double[] gs = new double[p];
        double[] v = new double[p];
        double[][] h = order == 2 ? new double[p][p] : null;
        double[][][] a = order == 2 ? new double[p][p][p] : null;
        for (int i = 0; i < n; i++) {
            if (weights != null && weights[i] == 0) {
                continue;
            }
            double[] xi = x[i];
            forward(l, xi, v);
            double q = 0;
            for (int j = 0; j < p; j++) {
                q += v[j] * v[j];
            }
            double hat = w[i] * q;
            // the loss's score w (y - m mu): y - mu without weights and trials
            double residual = y[i] - (trials == null ? mu[i] : trials[i] * mu[i]);
            if (weights != null) {
                residual *= weights[i];
            }
            double score = residual + hat * (0.5 - mu[i]);
            double scale = Math.abs(residual) + Math.abs(hat * (0.5 - mu[i]));
            for (int j = 0; j < p; j++) {
                g[j] -= score * xi[j];
                gs[j] += scale * Math.abs(xi[j]);
            }
            if (order == 2) {
                double w1 = (1 - 2 * mu[i]) * w[i];
                double w2 = (1 - 6 * variance[i]) * w[i];
                // I - 1/2 X' diag(w'' q) X, upper triangle
                double c = w[i] - 0.5 * w2 * q;
                for (int j = 0; j < p; j++) {
                    double cj = c * xi[j];
                    for (int k = j; k < p; k++) {
                        h[j][k] += cj * xi[k];
                    }
                }
                // A~_r += w' x_ir v v', upper triangle of each
                for (int r = 0; r < p; r++) {
                    double f = w1 * xi[r];
                    if (f == 0) {
                        continue;
                    }
                    double[][] ar = a[r];
                    for (int j = 0; j < p; j++) {
                        double fj = f * v[j];
                        for (int k = j; k < p; k++) {
                            ar[j][k] += fj * v[k];
                        }
                    }
                }
            }
        }
        out.gradient = g;
        out.gradientScale = gs;
        if (order == 2) {
            for (int r = 0; r < p; r++) {
                for (int s = r; s < p; s++) {
                    double t = 0;
                    for (int j = 0; j < p; j++) {
                        t += a[r][j][j] * a[s][j][j];
                        for (int k = j + 1; k < p; k++) {
                            t += 2 * a[r][j][k] * a[s][j][k];
                        }
                    }
                    h[r][s] += 0.5 * t;
                }
            }
            for (int r = 0; r < p; r++) {
                for (int s = 0; s < r; s++) {
                    h[r][s] = h[s][r];
                }
            }
            out.hessian = h;
        }
        return out;
    }

    /**
     * The lower Cholesky factor of the symmetric matrix whose upper triangle is {@code upper}; NaN
     * entries when it is not positive definite.
     */
    private static double[][] cholesky(double[][] upper) {
        int p = upper.length;
        double[][] l = new double[p][p];
        for (int j = 0; j < p; j++) {
            double s = upper[j][j];
            for (int k = 0; k < j; k++) {
                s -= l[j][k] * l[j][k];
            }
            l[j][j] = s > 0 ? Math.sqrt(s) : Double.NaN;
            for (int i = j + 1; i < p; i++) {
                double r = upper[j][i];
                for (int k = 0; k < j; k++) {
                    r -= l[i][k] * l[j][k];
                }
                l[i][j] = r / l[j][j];
            }
        }
        return l;
    }

    /** \(v = L^{-1}x\) by forward substitution. */
    private static void forward(double[][] l, double[] x, double[] v) {
        for (int j = 0; j < v.length; j++) {
            double s = x[j];
            for (int k = 0; k < j; k++) {
                s -= l[j][k] * v[k];
            }
            v[j] = s / l[j][j];
        }
    }
}
