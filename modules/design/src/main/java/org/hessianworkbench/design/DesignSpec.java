package org.hessianworkbench.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.ColumnKind;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.design.NumberText;

/**
 * What a formula turned into on the training data: which terms are numeric and which are factors,
 * each factor's levels and coding, the design column names, and the response coding. Applying it to
 * other data builds the same columns, for prediction. Instances are immutable.
 *
 * <p>Rules, as R's {@code model.matrix} with treatment contrasts: a column term whose column is text
 * ({@link ColumnKind#STRING}) is a factor, as is {@code C(col)}; a factor's levels are the distinct
 * values in the rows used, sorted numerically when all look like numbers and by
 * {@link String#compareTo} otherwise; the first level is the reference and each other level gets a
 * column {@code <term name><level>} ({@code rank2}, {@code C(rank)2}); without an intercept the
 * first factor term gets a column for every level. A text response with exactly two levels is coded
 * 0 for the first level (sorted) and 1 for the second.
 */
public final class DesignSpec {

    /** The name R gives the intercept column. */
    public static final String INTERCEPT = "(Intercept)";
    /** Levels listed in messages before the list is cut short. */
    private static final int LEVELS_IN_MESSAGES = 20;

    /** How one term becomes design columns. */
    private sealed interface Part permits NumericPart, FactorPart, RampPart {
        Term term();

        List<String> names();
    }

    /** One column: the value of an expression. */
    private record NumericPart(Term term, Expr expression) implements Part {
        @Override
        public List<String> names() {
            return List.of(term.name());
        }
    }

    /** Indicator columns of a factor; {@code full} codes every level, else all but the first. */
    private record FactorPart(Term term, String column, List<String> levels, boolean full) implements Part {
        @Override
        public List<String> names() {
            List<String> out = new ArrayList<>();
            for (int k = full ? 0 : 1; k < levels.size(); k++) {
                out.add(term.name() + levels.get(k));
            }
            return out;
        }
    }

    /** The {@code m + 2} columns of a ramp. */
    private record RampPart(Term.Ramp term) implements Part {
        @Override
        public List<String> names() {
            return term.designColumnNames();
        }
    }

    private final Formula formula;
    private final List<Part> parts;
    private final List<String> columnNames;
    private final String response;
    private final List<String> responseLevels;

    private DesignSpec(Formula formula, List<Part> parts, String response, List<String> responseLevels,
                       String source) {
        this.formula = formula;
        this.parts = List.copyOf(parts);
        this.response = response;
        this.responseLevels = List.copyOf(responseLevels);
        List<String> names = new ArrayList<>();
        Map<String, String> origin = new HashMap<>();
        if (formula.hasIntercept()) {
            names.add(INTERCEPT);
            origin.put(INTERCEPT, "the intercept");
        }
        for (Part p : parts) {
            for (String name : p.names()) {
                String before = origin.putIfAbsent(name, "term '" + p.term().name() + "'");
                if (before != null) {
                    throw new BadInputException(DesignMessages.DUPLICATE_DESIGN_COLUMN, source, formula.text(),
                            before, p.term().name(), name);
                }
                names.add(name);
            }
        }
        this.columnNames = List.copyOf(names);
    }

    /**
     * Learns the design of a formula from training data.
     *
     * @param formula     the formula; with a response, the response column must exist
     * @param data        the training data
     * @param dropMissing drop rows with a missing value in a used column instead of failing
     * @return the spec
     * @throws BadInputException for unknown columns, bad or missing values, a factor with fewer than
     *                           two levels, or a text response without exactly two levels
     */
    public static DesignSpec learn(Formula formula, DataSet data, boolean dropMissing) {
        String response = formula.response().orElse(null);
        checkColumns(formula, data, response);
        boolean responseFactor = response != null && data.kind(response) == ColumnKind.STRING;
        List<Part> draft = new ArrayList<>();
        for (Term t : formula.terms()) {
            draft.add(draftPart(t, data));
        }
        int[] kept = frameRows(formula, data, draft, response, !responseFactor, dropMissing);
        List<Part> parts = new ArrayList<>();
        boolean fullUsed = formula.hasIntercept();
        for (Part p : draft) {
            if (p instanceof FactorPart f) {
                List<String> levels = levels(data, f.column(), kept);
                if (levels.isEmpty()) {
                    throw new BadInputException(DesignMessages.FACTOR_WITHOUT_LEVELS, data.source(), f.term().name());
                }
                if (levels.size() == 1) {
                    throw new BadInputException(DesignMessages.FACTOR_WITH_ONE_LEVEL, data.source(), f.term().name(),
                            levels.get(0));
                }
                parts.add(new FactorPart(f.term(), f.column(), levels, !fullUsed));
                fullUsed = true;
            } else {
                parts.add(p);
            }
        }
        List<String> responseLevels = List.of();
        if (responseFactor) {
            responseLevels = levels(data, response, kept);
            if (responseLevels.size() != 2) {
                throw new BadInputException(DesignMessages.RESPONSE_NOT_TWO_LEVELS, data.source(), response,
                        responseLevels.size(), responseLevels.size() == 1 ? "level" : "levels",
                        listLevels(responseLevels));
            }
        }
        return new DesignSpec(formula, parts, response, responseLevels, data.source());
    }

    /**
     * A spec rebuilt from what {@link #learn} learnt and a saved model recorded: the formula, each
     * factor term's levels ({@link #factorLevels()}) and the response's levels. Terms named in
     * {@code factorLevels} are factors; every other column term is numeric.
     *
     * @param formula        the formula
     * @param factorLevels   factor term name to its levels, reference first
     * @param responseLevels the response's two levels, or empty
     * @param source         a name for messages (the model file)
     * @return the spec
     * @throws BadInputException when a factor has fewer than two levels
     */
    public static DesignSpec restore(Formula formula, Map<String, List<String>> factorLevels,
                                     List<String> responseLevels, String source) {
        List<Part> parts = new ArrayList<>();
        boolean fullUsed = formula.hasIntercept();
        for (Term t : formula.terms()) {
            List<String> levels = factorLevels.get(t.name());
            if (levels != null) {
                if (levels.size() < 2) {
                    throw new BadInputException(DesignMessages.SAVED_FACTOR_TOO_FEW_LEVELS, source, t.name());
                }
                String column = t instanceof Term.Factor f ? f.column() : ((Term.Column) t).column();
                parts.add(new FactorPart(t, column, List.copyOf(levels), !fullUsed));
                fullUsed = true;
            } else if (t instanceof Term.Column c) {
                parts.add(new NumericPart(t, new Expr.Variable(c.column())));
            } else if (t instanceof Term.Transform tr) {
                parts.add(new NumericPart(t, tr.expression()));
            } else if (t instanceof Term.Identity id) {
                parts.add(new NumericPart(t, id.expression()));
            } else if (t instanceof Term.Ramp r) {
                parts.add(new RampPart(r));
            } else {
                throw new BadInputException(DesignMessages.SAVED_FACTOR_WITHOUT_LEVELS, source, t.name());
            }
        }
        return new DesignSpec(formula, parts, formula.response().orElse(null), responseLevels, source);
    }

    /**
     * Builds the design matrix of this spec on data with the same columns; the response is built too
     * when the formula has one (it must then be in the data).
     *
     * @param data        the data (the training data or new data)
     * @param dropMissing drop rows with a missing value in a used column instead of failing
     * @return the design matrix
     * @throws BadInputException for unknown columns, bad, missing or non-finite values, or a factor
     *                           level not seen in the training data
     */
    public DesignMatrix apply(DataSet data, boolean dropMissing) {
        return build(data, dropMissing, response != null);
    }

    /**
     * Builds the design matrix of this spec without the response (for prediction on data that has
     * no response column); {@link DesignMatrix#hasResponse()} is false.
     *
     * @param data        the new data
     * @param dropMissing drop rows with a missing value in a used column instead of failing
     * @return the design matrix
     * @throws BadInputException as {@link #apply(DataSet, boolean)}
     */
    public DesignMatrix applyPredictors(DataSet data, boolean dropMissing) {
        return build(data, dropMissing, false);
    }

    /** The formula. */
    public Formula formula() {
        return formula;
    }

    /** The design column names: {@code (Intercept)} first when present, then each term's columns. */
    public List<String> columnNames() {
        return columnNames;
    }

    /** True when the first column is {@code (Intercept)}. */
    public boolean hasIntercept() {
        return formula.hasIntercept();
    }

    /** The response column, empty for a right-hand side alone. */
    public Optional<String> response() {
        return Optional.ofNullable(response);
    }

    /** The two levels of a text response (coded 0 and 1), or empty for a numeric response. */
    public List<String> responseLevels() {
        return responseLevels;
    }

    /** Each factor term's name and its levels (the reference level first), in formula order. */
    public Map<String, List<String>> factorLevels() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Part p : parts) {
            if (p instanceof FactorPart f) {
                out.put(f.term().name(), f.levels());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "DesignSpec[" + formula.text() + " -> " + String.join(", ", columnNames) + "]";
    }

    // ------------------------------------------------------------------------------------ building

    private DesignMatrix build(DataSet data, boolean dropMissing, boolean withResponse) {
        String resp = withResponse ? response : null;
        checkColumns(formula, data, resp);
        boolean numericResponse = responseLevels.isEmpty();
        int[] kept = frameRows(formula, data, parts, resp, numericResponse, dropMissing);
        Map<String, double[]> numbers = numericColumns(data, parts, resp != null && numericResponse ? resp : null);
        int n = kept.length;
        int p = columnNames.size();
        double[] x = new double[n * p];
        int offset = 0;
        if (formula.hasIntercept()) {
            for (int i = 0; i < n; i++) {
                x[i * p] = 1;
            }
            offset = 1;
        }
        for (Part part : parts) {
            if (part instanceof NumericPart np) {
                fillNumeric(data, np, numbers, kept, x, p, offset);
            } else if (part instanceof FactorPart fp) {
                fillFactor(data, fp, kept, x, p, offset);
            } else {
                fillRamp(data, ((RampPart) part).term(), numbers, kept, x, p, offset);
            }
            offset += part.names().size();
        }
        double[] y = null;
        if (resp != null) {
            y = new double[n];
            if (numericResponse) {
                double[] v = numbers.get(resp);
                for (int i = 0; i < n; i++) {
                    y[i] = v[kept[i]];
                    if (!Double.isFinite(y[i])) {
                        throw new BadInputException(DesignMessages.RESPONSE_NOT_FINITE, data.location(kept[i], resp),
                                data.value(resp, kept[i]));
                    }
                }
            } else {
                for (int i = 0; i < n; i++) {
                    String level = data.value(resp, kept[i]);
                    int k = responseLevels.indexOf(level);
                    if (k < 0) {
                        throw new BadInputException(DesignMessages.UNSEEN_RESPONSE_LEVEL, data.location(kept[i], resp),
                                level, listLevels(responseLevels));
                    }
                    y[i] = k;
                }
            }
        }
        return new DesignMatrix(this, data.source(), n, x, y, resp, data.rows() - n, kept);
    }

    private static void fillNumeric(DataSet data, NumericPart part, Map<String, double[]> numbers, int[] kept,
                                    double[] x, int p, int offset) {
        Expr e = part.expression();
        for (int i = 0; i < kept.length; i++) {
            int row = kept[i];
            ToDoubleFunction<String> values = c -> numbers.get(c)[row];
            double v = e.evaluate(values);
            if (!Double.isFinite(v)) {
                String why = e.diagnose(values).orElse("the value is " + NumberText.format(v));
                throw nonFinite(data, row, part.term(), why);
            }
            x[i * p + offset] = v;
        }
    }

    private static void fillFactor(DataSet data, FactorPart part, int[] kept, double[] x, int p, int offset) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < part.levels().size(); k++) {
            index.put(part.levels().get(k), k);
        }
        int first = part.full() ? 0 : 1;
        for (int i = 0; i < kept.length; i++) {
            String level = data.value(part.column(), kept[i]);
            Integer k = index.get(level);
            if (k == null) {
                throw new BadInputException(DesignMessages.UNSEEN_LEVEL, data.location(kept[i], part.column()),
                        level, part.term().name(), listLevels(part.levels()));
            }
            if (k >= first) {
                x[i * p + offset + k - first] = 1;
            }
        }
    }

    private static void fillRamp(DataSet data, Term.Ramp ramp, Map<String, double[]> numbers, int[] kept,
                                 double[] x, int p, int offset) {
        double[] v = numbers.get(ramp.column());
        for (int i = 0; i < kept.length; i++) {
            double value = v[kept[i]];
            if (!Double.isFinite(value)) {
                throw nonFinite(data, kept[i], ramp, "value of '" + ramp.column() + "' is not finite");
            }
            ramp.basis(value, x, i * p + offset);
        }
    }

    private static BadInputException nonFinite(DataSet data, int row, Term term, String why) {
        List<String> cols = term.columns();
        String line = data.source() + ": line " + data.lineOf(row);
        if (cols.isEmpty()) {
            return new BadInputException(DesignMessages.CONSTANT_TERM_NOT_FINITE, line, term.name(), why);
        }
        String where = cols.size() == 1 ? data.location(row, cols.get(0))
                : line + ", columns '" + String.join("', '", cols) + "'";
        List<String> values = new ArrayList<>();
        for (String c : cols) {
            values.add(c + " = " + data.value(c, row));
        }
        return new BadInputException(DesignMessages.TERM_NOT_FINITE, where, term.name(), why,
                String.join(", ", values));
    }

    // ------------------------------------------------------------------------------------ helpers

    private static Part draftPart(Term t, DataSet data) {
        if (t instanceof Term.Column c) {
            return data.kind(c.column()) == ColumnKind.STRING
                    ? new FactorPart(t, c.column(), List.of(), false)
                    : new NumericPart(t, new Expr.Variable(c.column()));
        }
        if (t instanceof Term.Factor f) {
            return new FactorPart(t, f.column(), List.of(), false);
        }
        if (t instanceof Term.Transform tr) {
            return new NumericPart(t, tr.expression());
        }
        if (t instanceof Term.Identity id) {
            return new NumericPart(t, id.expression());
        }
        return new RampPart((Term.Ramp) t);
    }

    /** Fails with R-like wording when the formula names a column the data lacks. */
    private static void checkColumns(Formula formula, DataSet data, String response) {
        List<String> used = new ArrayList<>();
        if (response != null) {
            used.add(response);
        }
        for (Term t : formula.terms()) {
            used.addAll(t.columns());
        }
        for (String c : used) {
            if (!data.hasColumn(c)) {
                throw new BadInputException(DesignMessages.UNKNOWN_FORMULA_COLUMN, data.source(), c, formula.text(),
                        data.describeColumns());
            }
        }
    }

    /**
     * The rows of the model frame: checks that numeric columns hold numbers, then finds rows with a
     * missing value in a used column (an error unless {@code dropMissing}).
     */
    private static int[] frameRows(Formula formula, DataSet data, List<Part> parts, String response,
                                   boolean numericResponse, boolean dropMissing) {
        Set<String> used = new LinkedHashSet<>();
        if (response != null) {
            used.add(response);
        }
        Set<String> plainColumns = new HashSet<>();
        for (Part p : parts) {
            used.addAll(p.term().columns());
            if (p.term() instanceof Term.Column c && p instanceof NumericPart) {
                plainColumns.add(c.column());
            }
        }
        for (String c : numericRoles(parts, response != null && numericResponse ? response : null)) {
            OptionalInt bad = data.firstNonNumericRow(c);
            if (bad.isPresent()) {
                String where = data.location(bad.getAsInt(), c);
                String value = data.value(c, bad.getAsInt());
                throw plainColumns.contains(c)
                        ? new BadInputException(DesignMessages.NOT_A_NUMBER_USE_FACTOR, where, value,
                                Identifiers.quoteIfNeeded(c))
                        : new BadInputException(DesignMessages.NOT_A_NUMBER, where, value);
            }
        }
        int n = data.rows();
        int[] kept = new int[n];
        int count = 0;
        for (int row = 0; row < n; row++) {
            String missing = null;
            for (String c : used) {
                if (data.isMissing(c, row)) {
                    missing = c;
                    break;
                }
            }
            if (missing == null) {
                kept[count++] = row;
            } else if (!dropMissing) {
                throw new BadInputException(DesignMessages.MISSING_VALUE, data.location(row, missing));
            }
        }
        if (count == 0) {
            throw new BadInputException(DesignMessages.NO_COMPLETE_ROWS, data.source(), n, formula.text());
        }
        return Arrays.copyOf(kept, count);
    }

    /** The columns read as numbers: those of numeric and ramp terms, and a numeric response. */
    private static Set<String> numericRoles(List<Part> parts, String numericResponse) {
        Set<String> out = new LinkedHashSet<>();
        if (numericResponse != null) {
            out.add(numericResponse);
        }
        for (Part p : parts) {
            if (!(p instanceof FactorPart)) {
                out.addAll(p.term().columns());
            }
        }
        return out;
    }

    private static Map<String, double[]> numericColumns(DataSet data, List<Part> parts, String numericResponse) {
        Map<String, double[]> out = new HashMap<>();
        for (String c : numericRoles(parts, numericResponse)) {
            out.put(c, data.numbersOf(c));
        }
        return out;
    }

    /** The distinct values of a column in the given rows, sorted as R sorts factor levels here. */
    private static List<String> levels(DataSet data, String column, int[] rows) {
        Set<String> distinct = new HashSet<>();
        for (int row : rows) {
            distinct.add(data.value(column, row));
        }
        char mark = data.decimalMark();
        boolean numeric = distinct.stream().allMatch(v -> NumberText.isNumber(v, mark));
        Comparator<String> order = numeric
                ? Comparator.<String>comparingDouble(v -> NumberText.parse(v, mark))
                        .thenComparing(Comparator.naturalOrder())
                : Comparator.naturalOrder();
        TreeSet<String> sorted = new TreeSet<>(order);
        sorted.addAll(distinct);
        return List.copyOf(sorted);
    }

    private static String listLevels(List<String> levels) {
        if (levels.size() <= LEVELS_IN_MESSAGES) {
            return String.join(", ", levels);
        }
        return String.join(", ", levels.subList(0, LEVELS_IN_MESSAGES)) + ", ... (" + levels.size() + " levels)";
    }
}
