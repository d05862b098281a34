package org.hessianworkbench.models.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.hessianworkbench.derivatives.LossPanel;
import org.hessianworkbench.derivatives.ObservationLoss;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.compile.Program;
import org.hessianworkbench.symbolic.diff.Differentiator;
import org.hessianworkbench.symbolic.eval.Evaluator;
import org.hessianworkbench.symbolic.parse.Parser;
import org.hessianworkbench.symbolic.simplify.Simplifier;
import org.hessianworkbench.symbolic.steps.Trace;
import org.hipparchus.CalculusFieldElement;

/**
 * The loss of one observation written as an expression in its linear predictors (by default one,
 * {@code eta}), the response {@code y}, the number of trials {@code m} (1 unless the data are grouped
 * binomial counts) and named constant parameters: e.g. the probit model's
 * {@code -(y*log(Phi(eta)) + (1 - y)*log(1 - Phi(eta)))}.
 *
 * <p>Every engine comes from the one expression. The text is parsed, the parameters are substituted,
 * and the numerically stable forms replace those that lose everything in a tail
 * ({@code log(Phi(z))} becomes {@code logPhi(z)}, {@code log(1 - Phi(z))} becomes {@code logPhi(-z)},
 * see {@link Simplifier#stable()}): that is <em>the definition</em>. The <b>analytic</b> derivatives
 * \(\partial\ell/\partial\eta_k\) and \(\partial^2\ell/\partial\eta_j\partial\eta_k\) are its symbolic
 * derivatives (the differentiation rules of the symbolic module, each simplified), compiled with the
 * loss into one {@link Program} evaluated on panels of rows; <b>automatic differentiation</b>
 * evaluates the definition over Hipparchus derivative structures
 * ({@link #value(CalculusFieldElement[], double)}), so the analytic engine, which is the symbolic
 * derivation, is checked against AD like any model's. Immutable and thread-safe.
 */
public final class ExpressionLoss implements ObservationLoss {

    /** The response's symbol. */
    public static final String RESPONSE = "y";

    /** The symbol of the number of trials of grouped binomial data. */
    public static final String TRIALS = "m";

    /** The default linear predictor's name. */
    public static final String ETA = "eta";

    /** Rows per evaluation of the program on the panel path: longer panels are evaluated in slices of this many. */
    static final int SLICE_ROWS = 256;

    private final String text;
    private final List<String> predictors;
    private final Map<String, Double> parameters;
    private final Expr loss;
    private final List<Expr> gradient;
    private final List<Expr> hessian;
    private final Program program;
    /** The loss alone, for {@link #values(int, LossPanel)}. */
    private final Program valueProgram;
    private final boolean usesTrials;
    private final ThreadLocal<Single> single;
    private final ThreadLocal<Slices> slices;

    private ExpressionLoss(String text, List<String> predictors, Map<String, Double> parameters, Expr loss,
                           List<Expr> gradient, List<Expr> hessian) {
        this.text = text;
        this.predictors = List.copyOf(predictors);
        this.parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.loss = loss;
        this.gradient = List.copyOf(gradient);
        this.hessian = List.copyOf(hessian);
        List<Expr> outputs = new ArrayList<>();
        outputs.add(loss);
        outputs.addAll(gradient);
        outputs.addAll(hessian);
        this.program = Program.compile(outputs, inputs(predictors));
        this.valueProgram = Program.compile(List.of(loss), inputs(predictors));
        this.usesTrials = loss.dependsOn(TRIALS);
        this.single = ThreadLocal.withInitial(() -> new Single(program, predictors.size()));
        this.slices = ThreadLocal.withInitial(() -> new Slices(program, valueProgram, predictors.size()));
    }

    /** Per-thread buffers of the one-row path. */
    private static final class Single {
        final Program.Workspace ws;
        final double[][] in;

        Single(Program program, int k) {
            this.ws = program.workspace(1);
            this.in = new double[k + 2][1];
        }
    }

    /**
     * Per-thread buffers of the panel path: workspaces of {@value #SLICE_ROWS} rows for both programs,
     * the inputs of one slice, and a column of ones for the trials of rows without them.
     */
    private static final class Slices {
        final Program.Workspace ws;
        final Program.Workspace valueWs;
        final double[][] in;
        final double[] ones;

        Slices(Program program, Program valueProgram, int k) {
            this.ws = program.workspace(SLICE_ROWS);
            this.valueWs = valueProgram.workspace(SLICE_ROWS);
            this.in = new double[k + 2][SLICE_ROWS];
            this.ones = new double[SLICE_ROWS];
            java.util.Arrays.fill(ones, 1);
        }

        /** Rows {@code [from, from + len)} of the panel's inputs into {@link #in}, trials 1 when it has none. */
        double[][] inputs(LossPanel panel, int from, int len) {
            int k = panel.predictors();
            for (int j = 0; j < k; j++) {
                System.arraycopy(panel.eta(j), from, in[j], 0, len);
            }
            System.arraycopy(panel.y(), from, in[k], 0, len);
            if (panel.hasTrials()) {
                System.arraycopy(panel.trials(), from, in[k + 1], 0, len);
            } else {
                System.arraycopy(ones, 0, in[k + 1], 0, len);
            }
            return in;
        }
    }

    /** The program's inputs: the predictors, then y and m. */
    static List<String> inputs(List<String> predictors) {
        List<String> in = new ArrayList<>(predictors);
        in.add(RESPONSE);
        in.add(TRIALS);
        return in;
    }

    /** A loss in the one linear predictor {@code eta}, without parameters. */
    public static ExpressionLoss parse(String text) {
        return parse(text, List.of(ETA), Map.of());
    }

    /**
     * Parses, checks and compiles a loss.
     *
     * @param text       the loss of one observation
     * @param predictors the names of its linear predictors, in the order of the design blocks
     * @param parameters named constants, substituted before differentiation
     * @return the loss
     * @throws BadInputException for a syntax error (naming the column), a name that cannot be a
     *                           predictor or parameter, symbols that are none of the predictors,
     *                           {@code y}, {@code m} and the parameters, or a loss that does not depend on
     *                           any predictor
     */
    public static ExpressionLoss parse(String text, List<String> predictors, Map<String, Double> parameters) {
        checkNames(predictors, parameters);
        Expr parsed = Parser.parse(text);
        Set<String> unknown = new TreeSet<>(parsed.symbols());
        unknown.removeAll(predictors);
        unknown.removeAll(parameters.keySet());
        unknown.remove(RESPONSE);
        unknown.remove(TRIALS);
        if (!unknown.isEmpty()) {
            throw new BadInputException(ExpressionMessages.LOSS_UNKNOWN_SYMBOLS, text, quoted(unknown),
                    String.join(", ", predictors), parameters.isEmpty() ? "(none given)" : String.join(", ",
                            parameters.keySet()));
        }
        if (predictors.stream().noneMatch(parsed::dependsOn)) {
            throw new BadInputException(ExpressionMessages.LOSS_WITHOUT_PREDICTOR, text, String.join(", ", predictors));
        }
        Expr e = parsed;
        for (Map.Entry<String, Double> p : parameters.entrySet()) {
            e = Expr.substitute(e, p.getKey(), new Expr.Num(p.getValue()));
        }
        Simplifier stable = Simplifier.stable();
        Expr definition = stable.simplify(e);
        Differentiator d = Differentiator.standard();
        List<Expr> gradient = new ArrayList<>();
        for (String k : predictors) {
            gradient.add(stable.simplify(d.derive(definition, k, Trace.NONE)));
        }
        List<Expr> hessian = new ArrayList<>();
        for (int j = 0; j < predictors.size(); j++) {
            for (int k = j; k < predictors.size(); k++) {
                hessian.add(stable.simplify(d.derive(gradient.get(j), predictors.get(k), Trace.NONE)));
            }
        }
        return new ExpressionLoss(text, predictors, parameters, definition, gradient, hessian);
    }

    private static void checkNames(List<String> predictors, Map<String, Double> parameters) {
        Set<String> seen = new TreeSet<>();
        for (String p : predictors) {
            if (!Expr.isValidName(p) || RESPONSE.equals(p) || TRIALS.equals(p) || !seen.add(p)) {
                throw new BadInputException(ExpressionMessages.PREDICTOR_NAME, p);
            }
        }
        for (Map.Entry<String, Double> p : parameters.entrySet()) {
            String name = p.getKey();
            if (!Expr.isValidName(name) || RESPONSE.equals(name) || TRIALS.equals(name) || !seen.add(name)) {
                throw new BadInputException(ExpressionMessages.PARAMETER_NAME, name);
            }
            if (p.getValue() == null || !Double.isFinite(p.getValue())) {
                throw new BadInputException(ExpressionMessages.PARAMETER_NOT_FINITE, name, p.getValue());
            }
        }
    }

    private static String quoted(Set<String> names) {
        return names.stream().map(n -> "'" + n + "'").reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** The loss as given. */
    public String text() {
        return text;
    }

    /** The linear predictors' names. */
    public List<String> predictorNames() {
        return predictors;
    }

    /** The parameters, in the order given. */
    public Map<String, Double> parameters() {
        return parameters;
    }

    /** The definition: the loss with the parameters substituted, in its numerically stable form. */
    public Expr definition() {
        return loss;
    }

    /** \(\partial\ell/\partial\eta_k\), symbolic and simplified, in predictor order. */
    public List<Expr> gradient() {
        return gradient;
    }

    /** \(\partial^2\ell/\partial\eta_j\partial\eta_k\) for \(j \le k\), row by row of the upper triangle. */
    public List<Expr> hessian() {
        return hessian;
    }

    /** The compiled program: outputs the loss, the gradient, then the Hessian's upper triangle. */
    public Program program() {
        return program;
    }

    /** Whether the loss reads the number of trials {@code m}. */
    public boolean usesTrials() {
        return usesTrials;
    }

    /** Whether the loss has kinks ({@code abs}, {@code min}, {@code max}, {@code step}). */
    public boolean hasKinks() {
        return program.hasKinks();
    }

    @Override
    public int predictors() {
        return predictors.size();
    }

    /** The definition over any field, with \(m = 1\). */
    @Override
    public <T extends CalculusFieldElement<T>> T value(T[] eta, double y) {
        return value(eta, y, 1);
    }

    /** The definition over any field: the tree evaluated with Hipparchus's arithmetic. */
    @Override
    public <T extends CalculusFieldElement<T>> T value(T[] eta, double y, double m) {
        T zero = eta[0].getField().getZero();
        Function<String, T> symbols = name -> {
            if (RESPONSE.equals(name)) {
                return zero.add(y);
            }
            if (TRIALS.equals(name)) {
                return zero.add(m);
            }
            int k = predictors.indexOf(name);
            return k >= 0 ? eta[k] : null;
        };
        return Evaluator.evaluate(loss, symbols, eta[0].getField());
    }

    @Override
    public double value(double[] eta, double y) {
        return evaluateOne(eta, y, 1)[0][0];
    }

    /**
     * Whether the loss reads the trials {@code m} ({@link #usesTrials()}): only then do its
     * three-argument methods differ from the two-argument ones, and only then does
     * {@link org.hessianworkbench.derivatives.LinearPredictorObjective} take trials for it.
     */
    @Override
    public boolean acceptsTrials() {
        return usesTrials;
    }

    /** The loss at one row with \(m\) trials, compiled. */
    @Override
    public double value(double[] eta, double y, double m) {
        return evaluateOne(eta, y, m)[0][0];
    }

    @Override
    public double derivatives(double[] eta, double y, double[] d1, double[] d2) {
        return derivatives(eta, y, 1, d1, d2);
    }

    /** The loss and its compiled derivatives at one row with \(m\) trials (see {@link ObservationLoss#derivatives}). */
    @Override
    public double derivatives(double[] eta, double y, double m, double[] d1, double[] d2) {
        double[][] out = evaluateOne(eta, y, m);
        int k = predictors.size();
        for (int j = 0; j < k; j++) {
            d1[j] = out[1 + j][0];
        }
        int at = 1 + k;
        for (int j = 0; j < k; j++) {
            for (int l = j; l < k; l++) {
                double v = out[at++][0];
                d2[j * k + l] = v;
                d2[l * k + j] = v;
            }
        }
        return out[0][0];
    }

    /**
     * The loss and its compiled derivatives on a panel of rows, the program evaluated once per slice of
     * up to 256 rows: each instruction one loop over the slice. Row by row the same
     * numbers as {@link #derivatives(double[], double, double, double[], double[])} (the same
     * instructions on the same inputs; trials 1 for a panel without them), bit for bit. Nothing is
     * allocated: the workspace is this thread's.
     */
    @Override
    public void derivatives(int count, LossPanel panel) {
        int k = requirePredictors(panel);
        Slices s = slices.get();
        int pairs = LossPanel.pairs(k);
        for (int from = 0; from < count; from += SLICE_ROWS) {
            int len = Math.min(SLICE_ROWS, count - from);
            double[][] out = program.evaluate(s.inputs(panel, from, len), len, s.ws);
            System.arraycopy(out[0], 0, panel.values(), from, len);
            for (int j = 0; j < k; j++) {
                System.arraycopy(out[1 + j], 0, panel.d1(j), from, len);
            }
            for (int t = 0; t < pairs; t++) {
                System.arraycopy(out[1 + k + t], 0, panel.d2(t), from, len);
            }
        }
    }

    /** The loss alone on a panel of rows, slice by slice as {@link #derivatives(int, LossPanel)}; bit for bit {@link #value(double[], double, double)}. */
    @Override
    public void values(int count, LossPanel panel) {
        requirePredictors(panel);
        Slices s = slices.get();
        for (int from = 0; from < count; from += SLICE_ROWS) {
            int len = Math.min(SLICE_ROWS, count - from);
            double[][] out = valueProgram.evaluate(s.inputs(panel, from, len), len, s.valueWs);
            System.arraycopy(out[0], 0, panel.values(), from, len);
        }
    }

    private int requirePredictors(LossPanel panel) {
        if (panel.predictors() != predictors.size()) {
            throw new IllegalArgumentException("a panel of " + panel.predictors() + " linear predictors for the loss '"
                    + text + "' of " + predictors.size());
        }
        return predictors.size();
    }

    private double[][] evaluateOne(double[] eta, double y, double m) {
        Single s = single.get();
        int k = predictors.size();
        for (int j = 0; j < k; j++) {
            s.in[j][0] = eta[j];
        }
        s.in[k][0] = y;
        s.in[k + 1][0] = m;
        return program.evaluate(s.in, 1, s.ws);
    }

    @Override
    public int piece(double[] eta, double y) {
        if (!program.hasKinks()) {
            return 0;
        }
        Single s = single.get();
        int k = predictors.size();
        for (int j = 0; j < k; j++) {
            s.in[j][0] = eta[j];
        }
        s.in[k][0] = y;
        s.in[k + 1][0] = 1;
        long[] piece = new long[1];
        program.pieces(s.in, 1, s.ws, piece);
        return Long.hashCode(piece[0]);
    }

    @Override
    public String toString() {
        return text;
    }
}
