package org.hessianworkbench.fitting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.inference.CovarianceResult;
import org.hessianworkbench.models.RegressionModel;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * Tests of nested models: the model against the null model, and a term of the formula dropped.
 *
 * <ul>
 *   <li>Likelihood ratio: \(D_0 - D\) on \(\mathrm{df}_0 - \mathrm{df}\) degrees of freedom, against
 *       \(\chi^2\) (R's {@code anova(..., test = "Chisq")} and {@code drop1(..., test = "Chisq")}).</li>
 *   <li>For the linear model and fits with an estimated dispersion \(\hat\phi\) the F test instead:
 *       \(F = \frac{(D_0 - D)/\mathrm{df}_1}{\hat\phi}\) on \((\mathrm{df}_1, n - p)\), with
 *       \(\hat\phi = \mathrm{RSS}/(n-p)\) for the linear model (R's {@code anova} for {@code lm}) and
 *       Pearson's for quasi-likelihood fits (R's {@code anova(..., test = "F")} for {@code glm}).</li>
 *   <li>Wald joint test of a term's coefficients \(b_T\): \(b_T^\top V_T^{-1} b_T\) on \(|T|\) degrees
 *       of freedom against \(\chi^2\) (the {@code aod} package's {@code wald.test}).</li>
 * </ul>
 * Not for losses that are not likelihoods, nor when the estimate does not exist (separation), nor for
 * the likelihood-ratio tests of Firth's penalised fits (their deviances are the likelihood's, not the
 * penalised one's).
 */
public final class ModelTests {

    private ModelTests() {
    }

    /**
     * One test.
     *
     * @param term      the term tested, or null for the model against the null model
     * @param kind      {@code wald}, {@code lr} or {@code f}
     * @param statistic \(\chi^2\) or F
     * @param df        degrees of freedom (the numerator's for F)
     * @param df2       the denominator's degrees of freedom of F, else NaN
     * @param pValue    the upper tail probability
     */
    public record Test(String term, String kind, double statistic, double df, double df2, double pValue) {
    }

    /** Whether the fit's tests exist: a likelihood and an estimate that exists. */
    static boolean testable(FitReport r) {
        return r.stats() != null && r.stats().likelihood()
                && r.coefficients().stream().noneMatch(Coefficient::withheld);
    }

    /**
     * Whether the likelihood-ratio (or F) tests exist: also not a penalised fit, and not a fit with a
     * parameter estimated beside the coefficients (the negative binomial's k): its deviances are at the
     * estimated k, and the null model would need its own k (R's {@code anova.negbin} refits it).
     */
    static boolean lrTestable(FitReport r) {
        return testable(r) && !r.firth() && r.derived().isEmpty();
    }

    /** Whether the fit's scale is estimated, so that F tests replace the likelihood-ratio ones. */
    static boolean fTest(FitReport r) {
        return r.model().estimatesDispersion() || r.dispersion() != null && r.dispersion().estimated();
    }

    /**
     * The model against the null model, or null when it does not exist (no likelihood, the estimate
     * does not exist, a penalised fit, no degrees of freedom between them).
     *
     * @param r the fit
     * @return the likelihood-ratio test, or the F test for a linear or quasi-likelihood fit; or null
     */
    public static Test againstNull(FitReport r) {
        if (!lrTestable(r)) {
            return null;
        }
        FitReport.FitStatistics s = r.stats();
        return nested(r, null, s.nullDeviance() - s.deviance(), s.nullDf() - s.residualDf());
    }

    private static Test nested(FitReport r, String term, double difference, int df) {
        if (df <= 0) {
            return null;
        }
        if (fTest(r)) {
            int df2 = r.stats().residualDf();
            double phi = r.model().estimatesDispersion() ? r.stats().deviance() / df2 : r.dispersion().used();
            double f = difference / df / phi;
            // upper tail of F(df, df2) as a regularised beta, accurate for small p-values
            double p = f > 0 ? Beta.regularizedBeta(df2 / (df2 + df * f), df2 / 2.0, df / 2.0) : 1;
            return new Test(term, "f", f, df, df2, p);
        }
        double p = chiSquaredUpper(difference, df);
        return new Test(term, "lr", difference, df, Double.NaN, p);
    }

    /**
     * The Wald and likelihood-ratio (or F) tests of each term, in the order given: the refit without
     * the term uses {@code options}. Empty when no term is asked for or the fit's tests do not exist
     * (say so from {@link #withheldReason(FitReport)}).
     *
     * @param model   the model fitted
     * @param fit     its fit
     * @param options the options of the fit
     * @param terms   the terms' names as the formula writes them
     * @return the tests, Wald first for each term
     * @throws BadInputException for a term the formula does not have
     */
    public static List<Test> terms(RegressionModel model, FitReport fit, FitOptions options, List<String> terms) {
        Map<String, List<String>> columns = model.design().spec().termColumns();
        for (String t : terms) {
            if (!columns.containsKey(t)) {
                throw new BadInputException(FittingMessages.UNKNOWN_TERM, t, String.join(", ", columns.keySet()));
            }
        }
        List<Test> out = new ArrayList<>();
        if (terms.isEmpty() || !testable(fit)) {
            return out;
        }
        List<String> names = model.parameterNames();
        for (String t : terms) {
            List<Integer> in = new ArrayList<>();
            for (String c : columns.get(t)) {
                int j = names.indexOf(c);
                if (!fit.coefficients().get(j).aliased()) {
                    in.add(j);
                }
            }
            if (in.isEmpty()) {
                continue;
            }
            if (fit.covariance() instanceof CovarianceResult.Available a) {
                out.add(wald(t, in, fit.estimate(), a.covariance()));
            }
            if (lrTestable(fit)) {
                int[] keep = new int[names.size() - columns.get(t).size()];
                int k = 0;
                for (int j = 0; j < names.size(); j++) {
                    if (!columns.get(t).contains(names.get(j))) {
                        keep[k++] = j;
                    }
                }
                FitOptions reducedOptions = options.start() == null ? options
                        : options.withStart(Aliasing.keep(options.start(), keep));
                FitReport reduced = Fitter.fit(model.withColumns(keep), reducedOptions);
                Test lr = nested(fit, t, reduced.stats().deviance() - fit.stats().deviance(),
                        reduced.stats().residualDf() - fit.stats().residualDf());
                if (lr != null) {
                    out.add(lr);
                }
            }
        }
        return out;
    }

    /** Why the tests of terms are withheld, or null when they are not. */
    public static String withheldReason(FitReport r) {
        if (r.stats() == null || !r.stats().likelihood()) {
            return "the loss is not a likelihood";
        }
        if (!testable(r)) {
            return "the estimate does not exist";
        }
        return null;
    }

    /** \(P(\chi^2_{df} > x) = Q(df/2, x/2)\), the regularised upper incomplete gamma: no cancellation. */
    static double chiSquaredUpper(double x, int df) {
        return x > 0 ? Gamma.regularizedGammaQ(df / 2.0, x / 2.0) : 1;
    }

    private static Test wald(String term, List<Integer> in, double[] b, double[][] v) {
        int m = in.size();
        RealMatrix vt = MatrixUtils.createRealMatrix(m, m);
        RealVector bt = MatrixUtils.createRealVector(new double[m]);
        for (int i = 0; i < m; i++) {
            bt.setEntry(i, b[in.get(i)]);
            for (int j = 0; j < m; j++) {
                vt.setEntry(i, j, v[in.get(i)][in.get(j)]);
            }
        }
        RealVector x = new CholeskyDecomposition(vt).getSolver().solve(bt);
        double w = bt.dotProduct(x);
        double p = chiSquaredUpper(w, m);
        return new Test(term, "wald", w, m, Double.NaN, p);
    }
}
