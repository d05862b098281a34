package org.hessianworkbench.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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

/**
 * What a formula turned into on the training data: which variables are numeric and which are
 * factors, each factor's levels, how each term codes its factors, the design column names, the
 * offsets, the response and the prior weights. Applying it to other data builds the same columns,
 * for prediction. Instances are immutable.
 *
 * <p>Rules, as R's {@code model.matrix} with treatment contrasts:
 * <ul>
 *   <li>A column whose values are text ({@link ColumnKind#STRING}) is a factor, as is {@code C(col)};
 *       a factor's levels are the distinct values in the rows used, sorted numerically when all look
 *       like numbers and by {@link String#compareTo} otherwise (R's order in the C locale).</li>
 *   <li>{@code (Intercept)} comes first when present, then each term's columns in term order
 *       ({@link Formula#terms()}).</li>
 *   <li>A factor in a term is coded by treatment contrasts, a column {@code <name><level>} for each
 *       level but the first ({@code rank2}, {@code C(rank)2}), when the term without that factor is
 *       empty or is contained in an earlier term; otherwise by indicators, a column for every level.
 *       So {@code y ~ x + x:f} gives {@code x:f} a column per level, and {@code y ~ f:g} codes both
 *       factors by indicators beside the intercept (R's rule, from its C function {@code TermCode}).
 *       Without an intercept, the first factor of the first term that has one is coded by
 *       indicators.</li>
 *   <li>An interaction's columns are the products of its variables' columns, the first variable's
 *       varying fastest, named by joining the variables' column names with {@code ':'}
 *       ({@code x:ga}, {@code ga:hu}, {@code gb:hu}, ...).</li>
 *   <li>A text response with exactly two levels is coded 0 for the first level (sorted) and 1 for
 *       the second; {@code cbind(s, f)} gives the successes {@code s} as the response and
 *       {@code s + f} as the trials, both finite and {@code >= 0}.</li>
 *   <li>Every column the formula names takes part in the missing-value handling, also the columns of
 *       removed terms, offsets and the prior weights, as in R's model frame.</li>
 * </ul>
 */
public final class DesignSpec {

    /** The name R gives the intercept column. */
    public static final String INTERCEPT = "(Intercept)";
    /** Levels listed in messages before the list is cut short. */
    private static final int LEVELS_IN_MESSAGES = 20;

    /** How one variable becomes the columns it brings to a term. */
    private sealed interface Variable permits NumericVariable, BasisVariable, FactorVariable {
        Term term();
    }

    /** One column: the value of an expression. */
    private record NumericVariable(Term term, Expr expression) implements Variable {
    }

    /** Several numeric columns: a ramp or a raw polynomial. */
    private record BasisVariable(Term term) implements Variable {
        List<String> names() {
            return term instanceof Term.Ramp r ? r.designColumnNames() : ((Term.Poly) term).designColumnNames();
        }
    }

    /** A factor: its column and levels, the reference first (empty while drafting). */
    private record FactorVariable(Term term, String column, List<String> levels) implements Variable {
    }

    /**
     * One term: its variables (indices into the variables), whether each factor among them is coded by
     * indicators for every level ({@code full}), and the term's column names.
     */
    private record TermPlan(Term term, int[] variables, boolean[] full, List<String> names) {
    }

    private final Formula formula;
    private final Formula model;
    /** One per variable of {@link #model}; null for a variable of removed terms only. */
    private final List<Variable> variables;
    private final List<TermPlan> terms;
    private final List<String> columnNames;
    private final List<String> responseLevels;
    private final String weights;

    private DesignSpec(Formula formula, Formula model, List<Variable> variables, List<String> responseLevels,
                       String weights, String source) {
        this.formula = formula;
        this.model = model;
        this.variables = Collections.unmodifiableList(new ArrayList<>(variables));
        this.responseLevels = List.copyOf(responseLevels);
        this.weights = weights;
        this.terms = plan(model, variables);
        List<String> names = new ArrayList<>();
        Map<String, String> origin = new HashMap<>();
        if (model.hasIntercept()) {
            names.add(INTERCEPT);
            origin.put(INTERCEPT, "the intercept");
        }
        for (TermPlan t : terms) {
            for (String name : t.names()) {
                String before = origin.putIfAbsent(name, "term '" + t.term().name() + "'");
                if (before != null) {
                    throw new BadInputException(DesignMessages.DUPLICATE_DESIGN_COLUMN, source, formula.text(),
                            before, t.term().name(), name);
                }
                names.add(name);
            }
        }
        this.columnNames = List.copyOf(names);
    }

    /**
     * Learns the design of a formula from training data, without prior weights.
     *
     * @param formula     the formula; with a response, the response's columns must exist
     * @param data        the training data
     * @param dropMissing drop rows with a missing value in a used column instead of failing
     * @return the spec
     * @throws BadInputException as {@link #learn(Formula, DataSet, boolean, String)}
     */
    public static DesignSpec learn(Formula formula, DataSet data, boolean dropMissing) {
        return learn(formula, data, dropMissing, null);
    }

    /**
     * Learns the design of a formula from training data: a {@code '.'} is expanded with the data's
     * columns, the factors' levels are read from the rows used.
     *
     * @param formula       the formula; with a response, the response's columns must exist
     * @param data          the training data
     * @param dropMissing   drop rows with a missing value in a used column instead of failing
     * @param weightsColumn the column of prior weights (R's {@code weights=}), or null for none; a
     *                      missing weight is a missing value like any other
     * @return the spec
     * @throws BadInputException for unknown columns, bad or missing values, a factor with fewer than
     *                           two levels, or a text response without exactly two levels
     */
    public static DesignSpec learn(Formula formula, DataSet data, boolean dropMissing, String weightsColumn) {
        Formula model = formula.expandDot(data.columnNames());
        checkColumns(formula, model, data, true, weightsColumn);
        String responseColumn = model.counts().isPresent() ? null : model.response().orElse(null);
        boolean responseFactor = responseColumn != null && data.kind(responseColumn) == ColumnKind.STRING;
        List<Variable> draft = new ArrayList<>();
        Set<Integer> used = usedVariables(model);
        for (int i = 0; i < model.variables().size(); i++) {
            draft.add(used.contains(i) ? draftVariable(model.variables().get(i), data) : null);
        }
        int[] kept = frameRows(formula, model, data, draft, true, !responseFactor, weightsColumn, dropMissing);
        List<Variable> vars = new ArrayList<>();
        for (Variable v : draft) {
            if (v instanceof FactorVariable f) {
                List<String> levels = levels(data, f.column(), kept);
                if (levels.isEmpty()) {
                    throw new BadInputException(DesignMessages.FACTOR_WITHOUT_LEVELS, data.source(), f.term().name());
                }
                if (levels.size() == 1) {
                    throw new BadInputException(DesignMessages.FACTOR_WITH_ONE_LEVEL, data.source(), f.term().name(),
                            levels.get(0));
                }
                vars.add(new FactorVariable(f.term(), f.column(), levels));
            } else {
                vars.add(v);
            }
        }
        List<String> responseLevels = List.of();
        if (responseFactor) {
            responseLevels = levels(data, responseColumn, kept);
            if (responseLevels.size() != 2) {
                throw new BadInputException(DesignMessages.RESPONSE_NOT_TWO_LEVELS, data.source(), responseColumn,
                        responseLevels.size(), responseLevels.size() == 1 ? "level" : "levels",
                        listLevels(responseLevels));
            }
        }
        return new DesignSpec(formula, model, vars, responseLevels, weightsColumn, data.source());
    }

    /**
     * A spec rebuilt from what {@link #learn} learnt and a saved model recorded: the formula (as
     * {@link #modelFormula()}, without {@code '.'}), each factor's levels ({@link #factorLevels()}) and
     * the response's levels. Variables named in {@code factorLevels} are factors; every other column
     * is numeric. The spec has no prior weights.
     *
     * @param formula        the formula
     * @param factorLevels   factor name to its levels, reference first
     * @param responseLevels the response's two levels, or empty
     * @param source         a name for messages (the model file)
     * @return the spec
     * @throws BadInputException when a factor has fewer than two levels or no recorded levels, or the
     *                           formula has a {@code '.'}
     */
    public static DesignSpec restore(Formula formula, Map<String, List<String>> factorLevels,
                                     List<String> responseLevels, String source) {
        if (formula.hasDot()) {
            throw new BadInputException(DesignMessages.SAVED_FORMULA_WITH_DOT, source, formula.text());
        }
        Set<Integer> used = usedVariables(formula);
        List<Variable> vars = new ArrayList<>();
        for (int i = 0; i < formula.variables().size(); i++) {
            Term t = formula.variables().get(i);
            if (!used.contains(i)) {
                vars.add(null);
                continue;
            }
            List<String> levels = factorLevels.get(t.name());
            if (levels != null && (t instanceof Term.Column || t instanceof Term.Factor)) {
                if (levels.size() < 2) {
                    throw new BadInputException(DesignMessages.SAVED_FACTOR_TOO_FEW_LEVELS, source, t.name());
                }
                String column = t instanceof Term.Factor f ? f.column() : ((Term.Column) t).column();
                vars.add(new FactorVariable(t, column, List.copyOf(levels)));
            } else if (t instanceof Term.Factor) {
                throw new BadInputException(DesignMessages.SAVED_FACTOR_WITHOUT_LEVELS, source, t.name());
            } else {
                vars.add(numericVariable(t));
            }
        }
        return new DesignSpec(formula, formula, vars, responseLevels, null, source);
    }

    /**
     * Builds the design matrix of this spec on data with the same columns; the response is built too
     * when the formula has one (its columns must then be in the data), and the prior weights when the
     * spec has them.
     *
     * @param data        the data (the training data or new data)
     * @param dropMissing drop rows with a missing value in a used column instead of failing
     * @return the design matrix
     * @throws BadInputException for unknown columns, bad, missing or non-finite values, or a factor
     *                           level not seen in the training data
     */
    public DesignMatrix apply(DataSet data, boolean dropMissing) {
        return build(data, dropMissing, true);
    }

    /**
     * Builds the design matrix of this spec without the response and the prior weights (for
     * prediction on data that has no response column); {@link DesignMatrix#hasResponse()} is false.
     * Offsets are built: a prediction includes them, as R's {@code predict}.
     *
     * @param data        the new data
     * @param dropMissing drop rows with a missing value in a used column instead of failing
     * @return the design matrix
     * @throws BadInputException as {@link #apply(DataSet, boolean)}
     */
    public DesignMatrix applyPredictors(DataSet data, boolean dropMissing) {
        return build(data, dropMissing, false);
    }

    /** The formula as given (it may have a {@code '.'}). */
    public Formula formula() {
        return formula;
    }

    /**
     * The formula the design was built from: {@link #formula()} with each {@code '.'} replaced by the
     * training data's columns ({@link Formula#expandDot(List)}); the formula itself when it has none.
     * Its text rebuilds this spec with {@link #restore}.
     */
    public Formula modelFormula() {
        return model;
    }

    /**
     * Each term's design columns, by the term's name as the formula writes it ({@code C(rank)},
     * {@code x:f}), in term order; the intercept is not a term.
     *
     * @return term name to its column names (an unmodifiable map)
     */
    public Map<String, List<String>> termColumns() {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (TermPlan t : terms) {
            out.put(t.term().name(), t.names());
        }
        return Collections.unmodifiableMap(out);
    }

    /** The design column names: {@code (Intercept)} first when present, then each term's columns. */
    public List<String> columnNames() {
        return columnNames;
    }

    /** True when the first column is {@code (Intercept)}. */
    public boolean hasIntercept() {
        return model.hasIntercept();
    }

    /**
     * The response as written: a column, or {@code cbind(s, f)}; empty for a right-hand side alone
     * (and for a restored spec).
     */
    public Optional<String> response() {
        return model.response();
    }

    /** The two levels of a text response (coded 0 and 1), or empty for a numeric response. */
    public List<String> responseLevels() {
        return responseLevels;
    }

    /** The column of prior weights, if the spec has one. */
    public Optional<String> weights() {
        return Optional.ofNullable(weights);
    }

    /** The offsets, added up into {@link DesignMatrix#offset()}; empty when there are none. */
    public List<Formula.Offset> offsets() {
        return model.offsets();
    }

    /**
     * Each factor's name ({@code grp}, {@code C(rank)}) and its levels (the reference level first), in
     * order of first appearance in the formula.
     */
    public Map<String, List<String>> factorLevels() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Variable v : variables) {
            if (v instanceof FactorVariable f) {
                out.put(f.term().name(), f.levels());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "DesignSpec[" + formula.text() + " -> " + String.join(", ", columnNames) + "]";
    }

    // ------------------------------------------------------------------------------------ R's coding

    /** The indices of the variables that are part of a term. */
    private static Set<Integer> usedVariables(Formula model) {
        Set<Integer> out = new HashSet<>();
        for (int[] t : model.termVariables()) {
            for (int i : t) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Each term's coding and column names. A factor in term {@code T} is coded by contrasts when
     * {@code T} without it is empty or contained in an earlier term, else by indicators; without an
     * intercept, the first factor of the first term that has one is coded by indicators (R's
     * {@code TermCode} and the adjustment in its {@code modelmatrix}).
     */
    private static List<TermPlan> plan(Formula model, List<Variable> variables) {
        List<int[]> termVariables = model.termVariables();
        List<BitSet> sets = new ArrayList<>();
        for (int[] t : termVariables) {
            BitSet b = new BitSet();
            for (int i : t) {
                b.set(i);
            }
            sets.add(b);
        }
        List<boolean[]> full = new ArrayList<>();
        for (int j = 0; j < termVariables.size(); j++) {
            int[] vars = termVariables.get(j);
            boolean[] f = new boolean[vars.length];
            for (int k = 0; k < vars.length; k++) {
                if (variables.get(vars[k]) instanceof FactorVariable) {
                    BitSet rest = (BitSet) sets.get(j).clone();
                    rest.clear(vars[k]);
                    boolean contrasts = rest.isEmpty();
                    for (int i = 0; i < j && !contrasts; i++) {
                        BitSet outside = (BitSet) rest.clone();
                        outside.andNot(sets.get(i));
                        contrasts = outside.isEmpty();
                    }
                    f[k] = !contrasts;
                }
            }
            full.add(f);
        }
        if (!model.hasIntercept()) {
            first:
            for (int j = 0; j < termVariables.size(); j++) {
                int[] vars = termVariables.get(j);
                for (int k = 0; k < vars.length; k++) {
                    if (variables.get(vars[k]) instanceof FactorVariable) {
                        full.get(j)[k] = true;
                        break first;
                    }
                }
            }
        }
        List<TermPlan> out = new ArrayList<>();
        for (int j = 0; j < termVariables.size(); j++) {
            int[] vars = termVariables.get(j);
            List<String> names = List.of("");
            for (int k = 0; k < vars.length; k++) {
                List<String> pieces = pieces(variables.get(vars[k]), full.get(j)[k]);
                List<String> joined = new ArrayList<>(names.size() * pieces.size());
                for (String piece : pieces) {
                    for (String name : names) {
                        joined.add(k == 0 ? piece : name + ":" + piece);
                    }
                }
                names = joined;
            }
            out.add(new TermPlan(model.terms().get(j), vars, full.get(j), List.copyOf(names)));
        }
        return List.copyOf(out);
    }

    /** The column names a variable brings to a term. */
    private static List<String> pieces(Variable v, boolean full) {
        if (v instanceof NumericVariable n) {
            return List.of(n.term().name());
        }
        if (v instanceof BasisVariable b) {
            return b.names();
        }
        FactorVariable f = (FactorVariable) v;
        List<String> out = new ArrayList<>();
        for (int k = full ? 0 : 1; k < f.levels().size(); k++) {
            out.add(f.term().name() + f.levels().get(k));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------ building

    /** A used variable's values on the rows kept: numbers, several numbers per row, or level indices. */
    private record Values(double[] numbers, int width, int[] levels) {
    }

    private DesignMatrix build(DataSet data, boolean dropMissing, boolean withResponse) {
        boolean hasResponse = withResponse && model.response().isPresent();
        String weightsColumn = withResponse ? weights : null;
        checkColumns(formula, model, data, hasResponse, weightsColumn);
        Formula.Counts counts = hasResponse ? model.counts().orElse(null) : null;
        String responseColumn = hasResponse && counts == null ? model.response().get() : null;
        boolean numericResponse = responseLevels.isEmpty();
        int[] kept = frameRows(formula, model, data, variables, hasResponse, numericResponse, weightsColumn,
                dropMissing);
        Map<String, double[]> numbers = new HashMap<>();
        for (String c : numericRoles(model, variables, hasResponse, numericResponse, weightsColumn)) {
            numbers.put(c, data.numbersOf(c));
        }
        int n = kept.length;
        // a variable's values are held only for terms that are not one numeric column (those are
        // written straight into the matrix), so that a large plain design needs no second copy
        Values[] values = new Values[variables.size()];
        int p = columnNames.size();
        double[] x = new double[n * p];
        int offset = 0;
        if (model.hasIntercept()) {
            for (int i = 0; i < n; i++) {
                x[i * p] = 1;
            }
            offset = 1;
        }
        for (TermPlan t : terms) {
            if (t.variables().length == 1 && variables.get(t.variables()[0]) instanceof NumericVariable nv) {
                fillNumeric(data, nv, numbers, kept, x, p, offset);
            } else {
                for (int v : t.variables()) {
                    if (values[v] == null) {
                        values[v] = values(data, variables.get(v), numbers, kept);
                    }
                }
                fillTerm(data, t, values, kept, x, p, offset);
            }
            offset += t.names().size();
        }
        double[] offsets = offsets(data, numbers, kept);
        double[] y = null;
        double[] trials = null;
        if (counts != null) {
            y = counts(data, counts, counts.successes(), counts.successesName(), "successes", numbers, kept);
            double[] failures = counts(data, counts, counts.failures(), counts.failuresName(), "failures", numbers,
                    kept);
            trials = new double[n];
            for (int i = 0; i < n; i++) {
                trials[i] = y[i] + failures[i];
            }
        } else if (responseColumn != null) {
            y = response(data, responseColumn, numbers, kept);
        }
        double[] w = weightsColumn == null ? null : weights(data, weightsColumn, numbers.get(weightsColumn), kept);
        String responseName = null;
        if (counts != null) {
            responseName = counts.successes() instanceof Expr.Variable v ? v.column() : counts.successesName();
        } else if (responseColumn != null) {
            responseName = responseColumn;
        }
        return new DesignMatrix(this, data.source(), n, x, new DesignMatrix.Extras(y, responseName,
                hasResponse ? model.response().get() : null, trials, offsets, w), data.rows() - n, kept);
    }

    /** Writes one numeric variable's values into column {@code offset} of {@code x} ({@code p} columns). */
    private static void fillNumeric(DataSet data, NumericVariable v, Map<String, double[]> numbers, int[] kept,
                                    double[] x, int p, int offset) {
        Expr e = v.expression();
        for (int i = 0; i < kept.length; i++) {
            int row = kept[i];
            ToDoubleFunction<String> cells = c -> numbers.get(c)[row];
            double value = e.evaluate(cells);
            if (!Double.isFinite(value)) {
                String why = e.diagnose(cells).orElse("the value is " + NumberText.format(value));
                throw nonFinite(data, row, v.term().name(), v.term().columns(), why);
            }
            x[i * p + offset] = value;
        }
    }

    private static Values values(DataSet data, Variable v, Map<String, double[]> numbers, int[] kept) {
        int n = kept.length;
        if (v instanceof NumericVariable nv) {
            double[] out = new double[n];
            fillNumeric(data, nv, numbers, kept, out, 1, 0);
            return new Values(out, 1, null);
        }
        if (v instanceof BasisVariable b) {
            int width = b.names().size();
            double[] out = new double[n * width];
            if (b.term() instanceof Term.Ramp ramp) {
                double[] column = numbers.get(ramp.column());
                for (int i = 0; i < n; i++) {
                    double value = column[kept[i]];
                    if (!Double.isFinite(value)) {
                        throw nonFinite(data, kept[i], ramp.name(), ramp.columns(),
                                "value of '" + ramp.column() + "' is not finite");
                    }
                    ramp.basis(value, out, i * width);
                }
            } else {
                Term.Poly poly = (Term.Poly) b.term();
                for (int i = 0; i < n; i++) {
                    int row = kept[i];
                    ToDoubleFunction<String> cells = c -> numbers.get(c)[row];
                    double value = poly.argument().evaluate(cells);
                    if (!Double.isFinite(value)) {
                        String why = poly.argument().diagnose(cells).orElse("the value is " + NumberText.format(value));
                        throw nonFinite(data, row, poly.name(), poly.columns(), why);
                    }
                    for (int k = 1; k <= width; k++) {
                        double power = Math.pow(value, k);
                        if (!Double.isFinite(power)) {
                            throw nonFinite(data, row, poly.name(), poly.columns(), NumberText.format(value) + "^" + k
                                    + " is " + NumberText.format(power));
                        }
                        out[i * width + k - 1] = power;
                    }
                }
            }
            return new Values(out, width, null);
        }
        FactorVariable f = (FactorVariable) v;
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < f.levels().size(); k++) {
            index.put(f.levels().get(k), k);
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            String level = data.value(f.column(), kept[i]);
            Integer k = index.get(level);
            if (k == null) {
                throw new BadInputException(DesignMessages.UNSEEN_LEVEL, data.location(kept[i], f.column()),
                        level, f.term().name(), listLevels(f.levels()));
            }
            out[i] = k;
        }
        return new Values(null, f.levels().size(), out);
    }

    /**
     * Writes a term's columns: for each row, the products of its variables' columns, the first
     * variable's varying fastest.
     */
    private static void fillTerm(DataSet data, TermPlan t, Values[] values, int[] kept, double[] x, int p,
                                 int offset) {
        int width = t.names().size();
        double[] row = new double[width];
        double[] piece = new double[Arrays.stream(t.variables()).map(v -> values[v].width()).max().orElse(1)];
        for (int i = 0; i < kept.length; i++) {
            row[0] = 1;
            int filled = 1;
            for (int k = 0; k < t.variables().length; k++) {
                Values v = values[t.variables()[k]];
                int size;
                if (v.levels() != null) {
                    int first = t.full()[k] ? 0 : 1;
                    size = v.width() - first;
                    Arrays.fill(piece, 0, size, 0);
                    int level = v.levels()[i] - first;
                    if (level >= 0) {
                        piece[level] = 1;
                    }
                } else {
                    size = v.width();
                    System.arraycopy(v.numbers(), i * size, piece, 0, size);
                }
                // expand in place: entry (a, b) = row[a] * piece[b] at a + filled * b; b = 0 last
                for (int b = size - 1; b >= 0; b--) {
                    for (int a = 0; a < filled; a++) {
                        row[a + filled * b] = row[a] * piece[b];
                    }
                }
                filled *= size;
            }
            for (int c = 0; c < width; c++) {
                if (!Double.isFinite(row[c])) {
                    throw nonFinite(data, kept[i], t.term().name(), t.term().columns(),
                            "the product of its variables, column '" + t.names().get(c) + "', is "
                                    + NumberText.format(row[c]));
                }
            }
            System.arraycopy(row, 0, x, i * p + offset, width);
        }
    }

    /** The sum of the offsets on the rows kept, or null without offsets. */
    private double[] offsets(DataSet data, Map<String, double[]> numbers, int[] kept) {
        if (model.offsets().isEmpty()) {
            return null;
        }
        double[] out = new double[kept.length];
        for (Formula.Offset o : model.offsets()) {
            Expr e = o.expression();
            for (int i = 0; i < kept.length; i++) {
                int row = kept[i];
                ToDoubleFunction<String> cells = c -> numbers.get(c)[row];
                double value = e.evaluate(cells);
                if (!Double.isFinite(value)) {
                    String why = e.diagnose(cells).orElse("the value is " + NumberText.format(value));
                    throw nonFinite(data, row, o.name(), e.columns(), why);
                }
                out[i] += value;
            }
        }
        return out;
    }

    private static double[] counts(DataSet data, Formula.Counts counts, Expr e, String name, String role,
                                   Map<String, double[]> numbers, int[] kept) {
        double[] out = new double[kept.length];
        for (int i = 0; i < kept.length; i++) {
            int row = kept[i];
            double value = e.evaluate(c -> numbers.get(c)[row]);
            if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
                List<String> cols = e.columns();
                String where = cols.size() == 1 ? data.location(row, cols.get(0))
                        : data.source() + ": line " + data.lineOf(row)
                                + (cols.isEmpty() ? "" : ", columns '" + String.join("', '", cols) + "'");
                throw new BadInputException(DesignMessages.COUNT_NOT_VALID, where, counts.name(), role, name,
                        NumberText.format(value), cellValues(data, row, counts.columns()));
            }
            out[i] = value;
        }
        return out;
    }

    private double[] response(DataSet data, String column, Map<String, double[]> numbers, int[] kept) {
        double[] y = new double[kept.length];
        if (responseLevels.isEmpty()) {
            double[] v = numbers.get(column);
            for (int i = 0; i < kept.length; i++) {
                y[i] = v[kept[i]];
                if (!Double.isFinite(y[i])) {
                    throw new BadInputException(DesignMessages.RESPONSE_NOT_FINITE, data.location(kept[i], column),
                            data.value(column, kept[i]));
                }
            }
            return y;
        }
        for (int i = 0; i < kept.length; i++) {
            String level = data.value(column, kept[i]);
            int k = responseLevels.indexOf(level);
            if (k < 0) {
                throw new BadInputException(DesignMessages.UNSEEN_RESPONSE_LEVEL, data.location(kept[i], column),
                        level, listLevels(responseLevels));
            }
            y[i] = k;
        }
        return y;
    }

    private static double[] weights(DataSet data, String column, double[] values, int[] kept) {
        double[] out = new double[kept.length];
        for (int i = 0; i < kept.length; i++) {
            double w = values[kept[i]];
            if (!(w >= 0) || w == Double.POSITIVE_INFINITY) {
                throw new BadInputException(DesignMessages.WEIGHT_NOT_VALID, data.location(kept[i], column),
                        data.value(column, kept[i]));
            }
            out[i] = w;
        }
        return out;
    }

    private static BadInputException nonFinite(DataSet data, int row, String name, List<String> cols, String why) {
        String line = data.source() + ": line " + data.lineOf(row);
        if (cols.isEmpty()) {
            return new BadInputException(DesignMessages.CONSTANT_TERM_NOT_FINITE, line, name, why);
        }
        String where = cols.size() == 1 ? data.location(row, cols.get(0))
                : line + ", columns '" + String.join("', '", cols) + "'";
        return new BadInputException(DesignMessages.TERM_NOT_FINITE, where, name, why, cellValues(data, row, cols));
    }

    /** {@code a = 1, b = 2}: the values as written of some columns in a row. */
    private static String cellValues(DataSet data, int row, List<String> cols) {
        List<String> values = new ArrayList<>();
        for (String c : cols) {
            values.add(c + " = " + data.value(c, row));
        }
        return String.join(", ", values);
    }

    // ------------------------------------------------------------------------------------ helpers

    /** A used variable before its levels are known: a text column or {@code C(col)} is a factor. */
    private static Variable draftVariable(Term t, DataSet data) {
        if (t instanceof Term.Column c && data.kind(c.column()) == ColumnKind.STRING) {
            return new FactorVariable(t, c.column(), List.of());
        }
        if (t instanceof Term.Factor f) {
            return new FactorVariable(t, f.column(), List.of());
        }
        return numericVariable(t);
    }

    /** A variable that is not a factor. */
    private static Variable numericVariable(Term t) {
        if (t instanceof Term.Column c) {
            return new NumericVariable(t, new Expr.Variable(c.column()));
        }
        if (t instanceof Term.Transform tr) {
            return new NumericVariable(t, tr.expression());
        }
        if (t instanceof Term.Identity id) {
            return new NumericVariable(t, id.expression());
        }
        if (t instanceof Term.Ramp || t instanceof Term.Poly) {
            return new BasisVariable(t);
        }
        throw new IllegalArgumentException("not a numeric variable: " + t);
    }

    /**
     * Fails with R-like wording when the formula or the weights name a column the data lacks; messages
     * quote the formula as given ({@code formula}), the columns are those of its expansion ({@code model}).
     */
    private static void checkColumns(Formula formula, Formula model, DataSet data, boolean withResponse,
                                     String weightsColumn) {
        for (String c : usedColumns(model, withResponse)) {
            if (!data.hasColumn(c)) {
                throw new BadInputException(DesignMessages.UNKNOWN_FORMULA_COLUMN, data.source(), c, formula.text(),
                        data.describeColumns());
            }
        }
        if (weightsColumn != null && !data.hasColumn(weightsColumn)) {
            throw new BadInputException(DesignMessages.UNKNOWN_WEIGHTS_COLUMN, data.source(), weightsColumn,
                    data.describeColumns());
        }
    }

    /**
     * The columns of the model frame: the response's (when built), then every variable's (also of
     * removed terms) and every offset's, in order of appearance.
     */
    private static Set<String> usedColumns(Formula model, boolean withResponse) {
        Set<String> out = new LinkedHashSet<>();
        if (withResponse) {
            out.addAll(model.responseColumns());
        }
        out.addAll(model.rhsColumns());
        return out;
    }

    /**
     * The rows of the model frame: checks that the columns read as numbers hold numbers, then finds
     * rows with a missing value in a used column (an error unless {@code dropMissing}).
     */
    private static int[] frameRows(Formula formula, Formula model, DataSet data, List<Variable> variables,
                                   boolean withResponse, boolean numericResponse, String weightsColumn,
                                   boolean dropMissing) {
        boolean hasResponse = withResponse && model.response().isPresent();
        Set<String> used = usedColumns(model, hasResponse);
        if (weightsColumn != null) {
            used.add(weightsColumn);
        }
        Set<String> plainColumns = new HashSet<>();
        for (Variable v : variables) {
            if (v instanceof NumericVariable && v.term() instanceof Term.Column c) {
                plainColumns.add(c.column());
            }
        }
        for (String c : numericRoles(model, variables, hasResponse, numericResponse, weightsColumn)) {
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
        String[] columns = used.toArray(String[]::new);
        int n = data.rows();
        int[] kept = new int[n];
        int count = 0;
        for (int row = 0; row < n; row++) {
            String missing = null;
            for (String c : columns) {
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

    /**
     * The columns read as numbers: those of the numeric variables in terms, of the offsets, of a
     * numeric or {@code cbind} response, and the prior weights.
     */
    private static Set<String> numericRoles(Formula model, List<Variable> variables, boolean withResponse,
                                            boolean numericResponse, String weightsColumn) {
        Set<String> out = new LinkedHashSet<>();
        if (withResponse && model.response().isPresent()) {
            if (model.counts().isPresent()) {
                out.addAll(model.counts().get().columns());
            } else if (numericResponse) {
                out.add(model.response().get());
            }
        }
        for (Variable v : variables) {
            if (v != null && !(v instanceof FactorVariable)) {
                out.addAll(v.term().columns());
            }
        }
        for (Formula.Offset o : model.offsets()) {
            out.addAll(o.expression().columns());
        }
        if (weightsColumn != null) {
            out.add(weightsColumn);
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
