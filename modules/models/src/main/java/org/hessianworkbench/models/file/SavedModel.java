package org.hessianworkbench.models.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.design.DesignMatrix;
import org.hessianworkbench.design.DesignSpec;
import org.hessianworkbench.design.Formula;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.ModelMessages;
import org.hessianworkbench.models.expression.LossSpec;

/**
 * A fitted model as saved: for a regression model one part (its formula), for a product model one
 * part per feature group, each with its design (formula text, factor levels) and coefficients.
 * Instances are immutable.
 *
 * @param kind           the model's kind
 * @param response       the response column
 * @param responseLevels the response's factor levels, or empty
 * @param clip           the cross-entropy clip (linear-product-ce), else NaN
 * @param normalization  the product model's normalisation, or null
 * @param parts          one part per formula or group
 * @param expression     the loss of a model written as expression text, null for the others
 * @param inference      what standard errors of predictions need (the covariance of the coefficients),
 *                       null for a file of version 1, which has none
 */
public record SavedModel(ModelKind kind, String response, List<String> responseLevels, double clip,
                         String normalization, List<Part> parts, LossSpec expression, Inference inference) {

    /** A model without its inference (a file of version 1). */
    public SavedModel(ModelKind kind, String response, List<String> responseLevels, double clip,
                      String normalization, List<Part> parts, LossSpec expression) {
        this(kind, response, responseLevels, clip, normalization, parts, expression, null);
    }

    /**
     * The inference saved with a model: the covariance of all its coefficients, in the order of the
     * parts and their columns, and how intervals are made. Instances are immutable.
     *
     * @param covariance     the covariance (scaled by the dispersion or \(\hat\sigma^2\) the fit used), with
     *                       NaN in the rows and columns of aliased coefficients; null when the fit had none
     * @param unavailable    why there is no covariance (the Hessian's diagnosis), null when there is one
     * @param dispersion     the dispersion or \(\hat\sigma^2\) the covariance includes (1 for a likelihood)
     * @param statistic      {@code z} or {@code t}: the quantile the fit's intervals use
     * @param df             the t's degrees of freedom (infinite for z)
     * @param standardErrors which covariance: {@code model} or a sandwich ({@code hc0}..{@code hc3})
     * @param information    {@code observed} or {@code expected}; null for a product model
     */
    public record Inference(double[][] covariance, String unavailable, double dispersion, String statistic, double df,
                            String standardErrors, String information) {
        /** Defensive copies in. */
        public Inference {
            if (covariance != null) {
                double[][] c = new double[covariance.length][];
                for (int i = 0; i < c.length; i++) {
                    c[i] = covariance[i].clone();
                }
                covariance = c;
            }
        }

        /** The covariance (a copy), or null. */
        @Override
        public double[][] covariance() {
            if (covariance == null) {
                return null;
            }
            double[][] c = new double[covariance.length][];
            for (int i = 0; i < c.length; i++) {
                c[i] = covariance[i].clone();
            }
            return c;
        }
    }

    /**
     * A formula or feature group.
     *
     * @param name         the group's name ("" for a regression model)
     * @param formula      the right-hand side as the design was built (intercept made explicit, a
     *                     {@code '.'} expanded, offsets included)
     * @param factorLevels each factor's levels by the factor's name ({@code grp}, {@code C(rank)}); files
     *                     written before interactions keyed them by term, which for a factor term is
     *                     the same name
     * @param columns      design column names
     * @param coefficients one per column; NaN for an aliased one (its column is a combination of the
     *                     others: predictions take it as 0, as R's {@code predict})
     */
    public record Part(String name, String formula, Map<String, List<String>> factorLevels, List<String> columns,
                       double[] coefficients) {
        /** Defensive copies in. */
        public Part {
            // in the formula's order, so that a model file is written the same way every time
            factorLevels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factorLevels));
            columns = List.copyOf(columns);
            coefficients = coefficients.clone();
        }

        /** The coefficients (a copy). */
        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }
    }

    /** Defensive copies in. */
    public SavedModel {
        responseLevels = List.copyOf(responseLevels);
        parts = List.copyOf(parts);
    }

    /** Whether this is a product model. */
    public boolean isProduct() {
        return kind.isProduct();
    }

    /**
     * Predictions on new data.
     *
     * @param rows     the data rows used (0-based rows of the data set)
     * @param values   the predictions: the mean \(g^{-1}(x^\top\beta + o)\), \(o\) the formula's offset
     *                 (0 without), for a regression model, the
     *                 product of the groups for a product model (clipped to [eps, 1 - eps] for the
     *                 cross-entropy model, which makes it a probability)
     * @param leaveOut for a product model, one array per group: the product of the other groups
     */
    public record Predictions(int[] rows, double[] values, List<double[]> leaveOut) {
    }

    /** Each part's design on the new data, its linear predictor, and the data rows used. */
    private record Applied(List<DesignMatrix> designs, List<double[]> etas, int[] rows) {
    }

    /**
     * Each part's columns built with the saved design (interactions with the training data's factor
     * levels) and its linear predictor with the part's offset; aliased coefficients count as 0.
     */
    private Applied apply(DataSet data, boolean dropMissing, String source) {
        List<DesignMatrix> designs = new ArrayList<>();
        List<double[]> etas = new ArrayList<>();
        int[] rows = null;
        for (Part part : parts) {
            Formula f = Formula.parseRhs(part.formula());
            DesignMatrix d = DesignSpec.restore(f, part.factorLevels(), List.of(), source).applyPredictors(data, dropMissing);
            if (!d.columnNames().equals(part.columns())) {
                throw new BadInputException(ModelMessages.SAVED_DESIGN_DIFFERS, source, part.formula(), data.source(),
                        d.columnNames().toString(), part.columns().toString());
            }
            if (rows != null && !java.util.Arrays.equals(rows, d.sourceRows())) {
                throw new BadInputException(ModelMessages.GROUPS_DROP_DIFFERENT_ROWS, data.source());
            }
            rows = d.sourceRows();
            double[] b = aliasedAsZero(part.coefficients());
            double[] offset = d.offset();
            double[] eta = new double[d.rows()];
            for (int i = 0; i < d.rows(); i++) {
                double s = offset == null ? 0 : offset[i];
                for (int j = 0; j < b.length; j++) {
                    s += d.get(i, j) * b[j];
                }
                eta[i] = s;
            }
            designs.add(d);
            etas.add(eta);
        }
        return new Applied(designs, etas, rows);
    }

    /**
     * Predicts on {@code data}: the columns of each part are built with the saved design (interactions
     * with the training data's factor levels), and each part's offset, if its formula has one, is
     * added to its linear predictor, as R's {@code predict} does.
     *
     * @throws BadInputException for missing columns, unseen factor levels, bad values
     */
    public Predictions predict(DataSet data, boolean dropMissing, String source) {
        Applied applied = apply(data, dropMissing, source);
        List<double[]> etas = applied.etas();
        int[] rows = applied.rows();
        int n = rows.length;
        double[] values = new double[n];
        List<double[]> leaveOut = new ArrayList<>();
        if (isProduct()) {
            for (int g = 0; g < etas.size(); g++) {
                double[] l = new double[n];
                java.util.Arrays.fill(l, 1);
                for (int h = 0; h < etas.size(); h++) {
                    if (h != g) {
                        for (int i = 0; i < n; i++) {
                            l[i] *= etas.get(h)[i];
                        }
                    }
                }
                leaveOut.add(l);
            }
            for (int i = 0; i < n; i++) {
                double p = 1;
                for (double[] eta : etas) {
                    p *= eta[i];
                }
                values[i] = Double.isNaN(clip) ? p : Math.min(Math.max(p, clip), 1 - clip);
            }
        } else {
            Family family = kind.isExpression() ? expression.family(kind) : kind.family();
            if (!family.hasMean()) {
                throw new BadInputException(ModelMessages.PREDICT_WITHOUT_MEAN, kind.cliName());
            }
            double[] eta = etas.get(0);
            for (int i = 0; i < n; i++) {
                values[i] = family.mean(eta[i]);
            }
        }
        return new Predictions(rows, values, leaveOut);
    }

    private static double[] aliasedAsZero(double[] b) {
        for (int j = 0; j < b.length; j++) {
            if (Double.isNaN(b[j])) {
                b[j] = 0;
            }
        }
        return b;
    }

    /**
     * Predictions with delta-method standard errors and intervals.
     *
     * @param rows         the data rows used (0-based rows of the data set)
     * @param link         the linear predictor \(\eta = x^\top\beta + o\) (a product model: the product
     *                     of its groups before any clipping)
     * @param linkSe       its standard error \(\sqrt{g^\top V g}\), \(g = \partial\eta/\partial\beta\)
     * @param prediction   the prediction, as {@link #predict}
     * @param predictionSe its standard error, \(|d\mu/d\eta|\) times {@code linkSe}
     * @param ciLow        the interval's lower end: \(\eta \pm c\,se\) mapped through the inverse link
     * @param ciHigh       its upper end
     */
    public record Intervals(int[] rows, double[] link, double[] linkSe, double[] prediction, double[] predictionSe,
                            double[] ciLow, double[] ciHigh) {
    }

    /**
     * Predictions on {@code data} with standard errors by the delta method and intervals made on the
     * link scale and mapped through the inverse link (R's {@code predict(..., type = "link", se.fit =
     * TRUE)} then {@code linkinv}; for the linear model {@code predict.lm(..., interval = "confidence")}).
     * For a product model the prediction \(\prod_g \eta_g\) is its own "link": its gradient in group
     * \(g\)'s coefficients is \(x_g\prod_{h\ne g}\eta_h\), taken through the constrained covariance, and
     * the cross-entropy model's clip applies to the prediction and the interval's ends (a clipped
     * prediction has standard error 0).
     *
     * @param critical the interval's critical value (the normal or t quantile of the confidence level)
     * @throws BadInputException as {@link #predict}, and when the file holds no covariance
     */
    public Intervals predictWithErrors(DataSet data, boolean dropMissing, String source, double critical) {
        if (inference == null || inference.covariance() == null) {
            throw new BadInputException(ModelMessages.PREDICT_WITHOUT_COVARIANCE, source,
                    inference == null ? "the file has none" : inference.unavailable());
        }
        double[][] v = inference.covariance();
        Applied applied = apply(data, dropMissing, source);
        List<DesignMatrix> designs = applied.designs();
        List<double[]> etas = applied.etas();
        int[] rows = applied.rows();
        int n = rows.length;
        int p = v.length;
        double[] link = new double[n];
        double[] linkSe = new double[n];
        double[] prediction = new double[n];
        double[] predictionSe = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        double[] g = new double[p];
        Family family = isProduct() ? null : kind.isExpression() ? expression.family(kind) : kind.family();
        if (family != null && !family.hasMean()) {
            throw new BadInputException(ModelMessages.PREDICT_WITHOUT_MEAN, kind.cliName());
        }
        for (int i = 0; i < n; i++) {
            double eta = 1;
            int at = 0;
            for (int k = 0; k < parts.size(); k++) {
                double others = 1;
                if (isProduct()) {
                    for (int h = 0; h < parts.size(); h++) {
                        if (h != k) {
                            others *= etas.get(h)[i];
                        }
                    }
                    eta *= etas.get(k)[i];
                } else {
                    eta = etas.get(k)[i];
                }
                DesignMatrix d = designs.get(k);
                for (int j = 0; j < d.columns(); j++) {
                    g[at + j] = d.get(i, j) * others;
                }
                at += d.columns();
            }
            double var = 0;
            for (int j = 0; j < p; j++) {
                if (g[j] == 0 || Double.isNaN(v[j][j])) {
                    continue; // an aliased coefficient is fixed at 0: it adds no variance
                }
                double r = 0;
                for (int k = 0; k < p; k++) {
                    if (g[k] != 0 && !Double.isNaN(v[k][k])) {
                        r += v[j][k] * g[k];
                    }
                }
                var += g[j] * r;
            }
            double se = Math.sqrt(Math.max(var, 0));
            link[i] = eta;
            linkSe[i] = se;
            if (family != null) {
                double a = family.mean(eta - critical * se);
                double c = family.mean(eta + critical * se);
                prediction[i] = family.mean(eta);
                predictionSe[i] = Math.abs(family.meanDerivative(eta)) * se;
                low[i] = Math.min(a, c);
                high[i] = Math.max(a, c);
            } else if (Double.isNaN(clip)) {
                prediction[i] = eta;
                predictionSe[i] = se;
                low[i] = eta - critical * se;
                high[i] = eta + critical * se;
            } else {
                prediction[i] = clip(eta);
                predictionSe[i] = eta > clip && eta < 1 - clip ? se : 0;
                low[i] = clip(eta - critical * se);
                high[i] = clip(eta + critical * se);
            }
        }
        return new Intervals(rows, link, linkSe, prediction, predictionSe, low, high);
    }

    private double clip(double v) {
        return Math.min(Math.max(v, clip), 1 - clip);
    }

    /** Index of the part (group) with this name. */
    public int partIndex(String name) {
        for (int g = 0; g < parts.size(); g++) {
            if (parts.get(g).name().equals(name)) {
                return g;
            }
        }
        throw new BadInputException(ModelMessages.UNKNOWN_GROUP, name,
                String.join(", ", parts.stream().map(Part::name).toList()));
    }
}
