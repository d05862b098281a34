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
 */
public record SavedModel(ModelKind kind, String response, List<String> responseLevels, double clip,
                         String normalization, List<Part> parts, LossSpec expression) {

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
     * @param coefficients one per column
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

    /**
     * Predicts on {@code data}: the columns of each part are built with the saved design (interactions
     * with the training data's factor levels), and each part's offset, if its formula has one, is
     * added to its linear predictor, as R's {@code predict} does.
     *
     * @throws BadInputException for missing columns, unseen factor levels, bad values
     */
    public Predictions predict(DataSet data, boolean dropMissing, String source) {
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
            double[] b = part.coefficients();
            double[] offset = d.offset();
            double[] eta = new double[d.rows()];
            for (int i = 0; i < d.rows(); i++) {
                double s = offset == null ? 0 : offset[i];
                for (int j = 0; j < b.length; j++) {
                    s += d.get(i, j) * b[j];
                }
                eta[i] = s;
            }
            etas.add(eta);
        }
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
