package org.hessianworkbench.symbolic.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.Expr.Add;
import org.hessianworkbench.symbolic.Expr.Call;
import org.hessianworkbench.symbolic.Expr.Div;
import org.hessianworkbench.symbolic.Expr.Mul;
import org.hessianworkbench.symbolic.Expr.Neg;
import org.hessianworkbench.symbolic.Expr.Num;
import org.hessianworkbench.symbolic.Expr.Pow;
import org.hessianworkbench.symbolic.Expr.Sub;
import org.hessianworkbench.symbolic.Expr.Sym;
import org.hessianworkbench.symbolic.Fn;
import org.hessianworkbench.symbolic.SpecialFunctions;

/**
 * Several expressions compiled once into one straight-line program of double operations, evaluated
 * on panels of rows: the fast path of a loss written as an expression (its value, first and second
 * derivatives are outputs of one program, so what they share is computed once per row).
 *
 * <p><b>Compilation.</b> The trees are turned into a directed acyclic graph in which equal subtrees
 * are one node (common subexpressions, across all outputs), constants are folded, then listed in
 * evaluation order as instructions, each reading registers and writing one. Registers are reused
 * once the last instruction reading them has run, so a program of hundreds of nodes needs a few
 * dozen registers of one panel each.
 *
 * <p><b>Evaluation</b> runs instruction by instruction over a whole panel of rows
 * ({@link #evaluate(double[][], int, Workspace)}): the dispatch on the operation is paid once per
 * instruction and panel, and each instruction is a tight loop over the rows that the JIT compiles
 * to plain arithmetic. Results are exactly those of evaluating the trees with {@link Fn#value} and
 * Java's operators, row by row (integer powers are repeated products, as
 * {@link org.hessianworkbench.symbolic.eval.Evaluator} computes them).
 *
 * <p>Instances are immutable and thread-safe; each thread evaluates with its own {@link Workspace}.
 */
public final class Program {

    /** Integer exponents up to this magnitude are computed by repeated multiplication. */
    private static final int MAX_PRODUCT_EXPONENT = 16;

    /**
     * The operations. The functions of the common losses ({@code exp}, {@code log}, {@code log1p},
     * {@code sqrt}, {@code sigmoid}, {@code softplus}) have their own, so that their loops call them
     * directly; the other functions go through {@link Fn#value} ({@code CALL1}, {@code CALL2}).
     */
    private enum Op { CONST, ADD, SUB, MUL, DIV, NEG, SQUARE, IPOW, POW, EXP, LOG, LOG1P, SQRT, SIGMOID, SOFTPLUS, CALL1,
        CALL2 }

    private final List<String> inputs;
    private final int registers;
    private final Op[] ops;
    private final int[] dst;
    private final int[] a;
    private final int[] b;
    private final double[] constant;
    private final Fn[] fn;
    private final int[] outputRegisters;
    private final int[] kinkInstructions;

    private Program(List<String> inputs, int registers, Op[] ops, int[] dst, int[] a, int[] b, double[] constant,
                    Fn[] fn, int[] outputRegisters, int[] kinkInstructions) {
        this.inputs = List.copyOf(inputs);
        this.registers = registers;
        this.ops = ops;
        this.dst = dst;
        this.a = a;
        this.b = b;
        this.constant = constant;
        this.fn = fn;
        this.outputRegisters = outputRegisters;
        this.kinkInstructions = kinkInstructions;
    }

    /**
     * Compiles {@code outputs} as functions of {@code inputs}.
     *
     * @param outputs expressions without unevaluated derivatives
     * @param inputs  the symbols, in the order the caller supplies their values; every symbol of the
     *                outputs must be among them
     * @return the program
     * @throws IllegalArgumentException for a symbol not among the inputs or a derivative left in an output
     */
    public static Program compile(List<Expr> outputs, List<String> inputs) {
        return new Builder(inputs).build(outputs);
    }

    /** The input symbols, in order. */
    public List<String> inputs() {
        return inputs;
    }

    /** The number of outputs. */
    public int outputs() {
        return outputRegisters.length;
    }

    /** The number of instructions (after common subexpressions are merged): the work per row. */
    public int instructions() {
        return ops.length;
    }

    /** A workspace for panels of at most {@code panel} rows (one per thread). */
    public Workspace workspace(int panel) {
        return new Workspace(this, panel);
    }

    /** The registers of one evaluating thread. */
    public static final class Workspace {
        private final double[][] regs;
        private final double[][] out;
        private final int panel;

        private Workspace(Program p, int panel) {
            this.panel = panel;
            this.regs = new double[p.registers][];
            for (int r = p.inputs.size(); r < p.registers; r++) {
                regs[r] = new double[panel];
            }
            this.out = new double[p.outputRegisters.length][];
        }

        /** The largest number of rows evaluated at once. */
        public int panel() {
            return panel;
        }
    }

    /**
     * Evaluates the program for {@code count} rows.
     *
     * @param in    the inputs: {@code in[k][r]} is input {@code k} on row {@code r}; read only
     * @param count rows, at most the workspace's panel
     * @param ws    this thread's workspace
     * @return the outputs, {@code out[o][r]} for {@code r < count}: arrays of the workspace (the outer
     *         one too), valid until its next use; nothing is allocated
     */
    public double[][] evaluate(double[][] in, int count, Workspace ws) {
        run(in, count, ws, ops.length);
        double[][] out = ws.out;
        for (int o = 0; o < out.length; o++) {
            out[o] = ws.regs[outputRegisters[o]];
        }
        return out;
    }

    /** Runs the instructions before {@code end} on {@code count} rows. */
    private void run(double[][] in, int count, Workspace ws, int end) {
        if (count > ws.panel) {
            throw new IllegalArgumentException(count + " rows for a workspace of " + ws.panel);
        }
        double[][] regs = ws.regs;
        for (int k = 0; k < inputs.size(); k++) {
            regs[k] = in[k];
        }
        for (int k = 0; k < end; k++) {
            double[] r = regs[dst[k]];
            double[] x = a[k] >= 0 ? regs[a[k]] : null;
            double[] y = b[k] >= 0 ? regs[b[k]] : null;
            switch (ops[k]) {
                case CONST -> Arrays.fill(r, 0, count, constant[k]);
                case ADD -> {
                    for (int i = 0; i < count; i++) {
                        r[i] = x[i] + y[i];
                    }
                }
                case SUB -> {
                    for (int i = 0; i < count; i++) {
                        r[i] = x[i] - y[i];
                    }
                }
                case MUL -> {
                    for (int i = 0; i < count; i++) {
                        r[i] = x[i] * y[i];
                    }
                }
                case DIV -> {
                    for (int i = 0; i < count; i++) {
                        r[i] = x[i] / y[i];
                    }
                }
                case NEG -> {
                    for (int i = 0; i < count; i++) {
                        r[i] = -x[i];
                    }
                }
                case SQUARE -> {
                    for (int i = 0; i < count; i++) {
                        r[i] = x[i] * x[i];
                    }
                }
                case IPOW -> {
                    int e = (int) constant[k];
                    for (int i = 0; i < count; i++) {
                        r[i] = integerPower(x[i], e);
                    }
                }
                case POW -> {
                    for (int i = 0; i < count; i++) {
                        r[i] = Math.pow(x[i], y[i]);
                    }
                }
                case EXP -> {
                    for (int i = 0; i < count; i++) {
                        r[i] = Math.exp(x[i]);
                    }
                }
                case LOG -> {
                    for (int i = 0; i < count; i++) {
                        r[i] = Math.log(x[i]);
                    }
                }
                case LOG1P -> {
                    for (int i = 0; i < count; i++) {
                        r[i] = Math.log1p(x[i]);
                    }
                }
                case SQRT -> {
                    for (int i = 0; i < count; i++) {
                        r[i] = Math.sqrt(x[i]);
                    }
                }
                case SIGMOID -> {
                    for (int i = 0; i < count; i++) {
                        r[i] = SpecialFunctions.sigmoid(x[i]);
                    }
                }
                case SOFTPLUS -> {
                    for (int i = 0; i < count; i++) {
                        r[i] = SpecialFunctions.softplus(x[i]);
                    }
                }
                case CALL1 -> {
                    Fn f = fn[k];
                    for (int i = 0; i < count; i++) {
                        r[i] = f.value(x[i]);
                    }
                }
                case CALL2 -> {
                    Fn f = fn[k];
                    for (int i = 0; i < count; i++) {
                        r[i] = f.value(x[i], y[i]);
                    }
                }
            }
        }
    }

    /** The outputs at one point (the inputs in {@link #inputs()} order). */
    public double[] evaluate(double... point) {
        double[][] in = new double[point.length][];
        for (int k = 0; k < point.length; k++) {
            in[k] = new double[] {point[k]};
        }
        double[][] out = evaluate(in, 1, workspace(1));
        double[] v = new double[out.length];
        for (int o = 0; o < v.length; o++) {
            v[o] = out[o][0];
        }
        return v;
    }

    /**
     * Which side of each kink ({@code abs} and {@code step} at 0, {@code min} and {@code max} at a tie)
     * each of {@code count} rows is on, as one number per row: rows with equal numbers are on the same
     * smooth piece of every output. 0 for a program without kinks.
     *
     * @param in    the inputs, as for {@link #evaluate(double[][], int, Workspace)}
     * @param count rows
     * @param ws    this thread's workspace
     * @param piece receives one number per row
     */
    public void pieces(double[][] in, int count, Workspace ws, long[] piece) {
        Arrays.fill(piece, 0, count, 0L);
        if (kinkInstructions.length == 0) {
            return;
        }
        // the kinks' operands are registers that later instructions may reuse: evaluate up to each kink
        for (int j = 0; j < kinkInstructions.length; j++) {
            int k = kinkInstructions[j];
            double[][] regs = ws.regs;
            run(in, count, ws, k);
            double[] x = regs[a[k]];
            double[] y = b[k] >= 0 ? regs[b[k]] : null;
            long bit = 1L << (j % Long.SIZE);
            for (int i = 0; i < count; i++) {
                boolean side = switch (fn[k]) {
                    case ABS, STEP -> x[i] < 0;
                    case MIN -> x[i] > y[i];
                    case MAX -> x[i] < y[i];
                    default -> false;
                };
                if (side) {
                    piece[i] ^= bit;
                }
            }
        }
    }

    /** Whether any output has a kink. */
    public boolean hasKinks() {
        return kinkInstructions.length > 0;
    }

    private static double integerPower(double x, int e) {
        int n = Math.abs(e);
        double result = 1;
        double base = x;
        while (n > 0) {
            if ((n & 1) != 0) {
                result *= base;
            }
            base *= base;
            n >>= 1;
        }
        return e < 0 ? 1 / result : result;
    }

    /** Builds the DAG, orders it and allocates registers. */
    private static final class Builder {
        private final List<String> inputs;
        private final Map<String, Integer> inputIndex = new HashMap<>();
        /** A node: operation, operands (node ids or -1), constant, function. */
        private final List<Node> nodes = new ArrayList<>();
        private final Map<Node, Integer> ids = new HashMap<>();
        private final Map<Expr, Integer> memo = new IdentityHashMap<>();

        Builder(List<String> inputs) {
            this.inputs = inputs;
            for (int i = 0; i < inputs.size(); i++) {
                if (inputIndex.put(inputs.get(i), i) != null) {
                    throw new IllegalArgumentException("input '" + inputs.get(i) + "' listed twice");
                }
            }
        }

        record Node(Op op, int a, int b, double constant, Fn fn, int input) {
        }

        private int intern(Node n) {
            Integer id = ids.get(n);
            if (id != null) {
                return id;
            }
            nodes.add(n);
            ids.put(n, nodes.size() - 1);
            return nodes.size() - 1;
        }

        private int constant(double v) {
            return intern(new Node(Op.CONST, -1, -1, v + 0.0, null, -1));
        }

        private boolean isConstant(int id) {
            return nodes.get(id).op() == Op.CONST && nodes.get(id).input() < 0;
        }

        private double constantOf(int id) {
            return nodes.get(id).constant();
        }

        /** A node for the operation, folded when its operands are constants. */
        private int op(Op op, int x, int y, double c, Fn f) {
            boolean foldable = x >= 0 && isConstant(x) && (y < 0 || isConstant(y));
            if (foldable) {
                double u = constantOf(x);
                double v = y >= 0 ? constantOf(y) : Double.NaN;
                double r = switch (op) {
                    case ADD -> u + v;
                    case SUB -> u - v;
                    case MUL -> u * v;
                    case DIV -> u / v;
                    case NEG -> -u;
                    case SQUARE -> u * u;
                    case IPOW -> integerPower(u, (int) c);
                    case POW -> Math.pow(u, v);
                    case EXP -> Math.exp(u);
                    case LOG -> Math.log(u);
                    case LOG1P -> Math.log1p(u);
                    case SQRT -> Math.sqrt(u);
                    case SIGMOID -> SpecialFunctions.sigmoid(u);
                    case SOFTPLUS -> SpecialFunctions.softplus(u);
                    case CALL1 -> f.value(u);
                    case CALL2 -> f.value(u, v);
                    case CONST -> c;
                };
                return constant(r);
            }
            return intern(new Node(op, x, y, c, f, -1));
        }

        private int node(Expr e) {
            Integer known = memo.get(e);
            if (known != null) {
                return known;
            }
            int id = build(e);
            memo.put(e, id);
            return id;
        }

        private int build(Expr e) {
            if (e instanceof Num n) {
                return constant(n.value());
            } else if (e instanceof Sym s) {
                Integer i = inputIndex.get(s.name());
                if (i == null) {
                    throw new IllegalArgumentException("the symbol '" + s.name() + "' is not an input " + inputs);
                }
                return intern(new Node(Op.CONST, -1, -1, 0, null, i));
            } else if (e instanceof Add || e instanceof Sub) {
                return sum(e);
            } else if (e instanceof Mul x) {
                return op(Op.MUL, node(x.left()), node(x.right()), 0, null);
            } else if (e instanceof Div x) {
                return op(Op.DIV, node(x.left()), node(x.right()), 0, null);
            } else if (e instanceof Neg x) {
                return op(Op.NEG, node(x.operand()), -1, 0, null);
            } else if (e instanceof Pow p) {
                int base = node(p.base());
                int exponent = node(p.exponent());
                if (isConstant(exponent)) {
                    double k = constantOf(exponent);
                    if (k == 2) {
                        return op(Op.SQUARE, base, -1, 0, null);
                    }
                    if (k == Math.rint(k) && Math.abs(k) <= MAX_PRODUCT_EXPONENT) {
                        return op(Op.IPOW, base, -1, k, null);
                    }
                    if (k == 0.5) {
                        return op(Op.SQRT, base, -1, 0, null);
                    }
                }
                return op(Op.POW, base, exponent, 0, null);
            } else if (e instanceof Call c) {
                if (c.fn().arity() == 2) {
                    int x = node(c.arg());
                    int y = node(c.second());
                    return c.fn() == Fn.POW ? op(Op.POW, x, y, 0, null) : op(Op.CALL2, x, y, 0, c.fn());
                }
                int x = node(c.arg());
                return switch (c.fn()) {
                    case EXP -> op(Op.EXP, x, -1, 0, null);
                    case LOG -> op(Op.LOG, x, -1, 0, null);
                    case LOG1P -> op(Op.LOG1P, x, -1, 0, null);
                    case SQRT -> op(Op.SQRT, x, -1, 0, null);
                    case SIGMOID -> op(Op.SIGMOID, x, -1, 0, null);
                    case SOFTPLUS -> op(Op.SOFTPLUS, x, -1, 0, null);
                    default -> op(Op.CALL1, x, -1, 0, c.fn());
                };
            }
            throw new IllegalArgumentException("cannot compile " + e + " (an unevaluated derivative?)");
        }

        /**
         * A sum of several terms, added in an order that lets exact data cancel first: the terms
         * made of inputs and numbers alone (the response {@code y}, the trials {@code m}) before the
         * others, each group in its written order. In the cloglog Hessian
         * \(e^\eta[A/B + m - y + C]\) with \(y = m\), adding \(m\) to \(A/B\) first would lose
         * \(A/B\) (about \(e^{\eta - e^\eta}\)) before \(m - y = 0\) is reached; in this order
         * \(m - y\) is 0 exactly and nothing is lost. Any order rounds as naive summation does.
         */
        private int sum(Expr e) {
            List<Expr> terms = new ArrayList<>();
            List<Boolean> negative = new ArrayList<>();
            flatten(e, false, terms, negative);
            List<Integer> order = new ArrayList<>();
            for (int pass = 0; pass < 2; pass++) {
                for (int t = 0; t < terms.size(); t++) {
                    if (dataOnly(terms.get(t)) == (pass == 0)) {
                        order.add(t);
                    }
                }
            }
            int first = order.get(0);
            int acc = node(terms.get(first));
            if (negative.get(first)) {
                acc = op(Op.NEG, acc, -1, 0, null);
            }
            for (int k = 1; k < order.size(); k++) {
                int t = order.get(k);
                acc = op(negative.get(t) ? Op.SUB : Op.ADD, acc, node(terms.get(t)), 0, null);
            }
            return acc;
        }

        private static void flatten(Expr e, boolean negated, List<Expr> terms, List<Boolean> negative) {
            if (e instanceof Add x) {
                flatten(x.left(), negated, terms, negative);
                flatten(x.right(), negated, terms, negative);
            } else if (e instanceof Sub x) {
                flatten(x.left(), negated, terms, negative);
                flatten(x.right(), !negated, terms, negative);
            } else {
                terms.add(e);
                negative.add(negated);
            }
        }

        /** Whether {@code e} is built of inputs and numbers with + - * alone (data, computed exactly or nearly). */
        private static boolean dataOnly(Expr e) {
            if (e instanceof Num || e instanceof Sym) {
                return true;
            }
            if (e instanceof Mul x) {
                return dataOnly(x.left()) && dataOnly(x.right());
            }
            if (e instanceof Neg x) {
                return dataOnly(x.operand());
            }
            return false;
        }

        Program build(List<Expr> outputs) {
            int[] roots = new int[outputs.size()];
            for (int o = 0; o < roots.length; o++) {
                roots[o] = node(Objects.requireNonNull(outputs.get(o), "output"));
            }
            // nodes are created after their operands: list order is an evaluation order. Keep only
            // those an output needs.
            boolean[] needed = new boolean[nodes.size()];
            for (int r : roots) {
                needed[r] = true;
            }
            for (int id = nodes.size() - 1; id >= 0; id--) {
                if (needed[id]) {
                    Node n = nodes.get(id);
                    if (n.a() >= 0) {
                        needed[n.a()] = true;
                    }
                    if (n.b() >= 0) {
                        needed[n.b()] = true;
                    }
                }
            }
            int[] lastUse = new int[nodes.size()];
            Arrays.fill(lastUse, -1);
            for (int id = 0; id < nodes.size(); id++) {
                if (needed[id]) {
                    Node n = nodes.get(id);
                    if (n.a() >= 0) {
                        lastUse[n.a()] = id;
                    }
                    if (n.b() >= 0) {
                        lastUse[n.b()] = id;
                    }
                }
            }
            for (int r : roots) {
                lastUse[r] = Integer.MAX_VALUE; // outputs live to the end
            }
            // registers: the inputs first, then allocated and freed in evaluation order
            int[] register = new int[nodes.size()];
            Arrays.fill(register, -1);
            List<Integer> free = new ArrayList<>();
            int next = inputs.size();
            List<Op> ops = new ArrayList<>();
            List<int[]> operands = new ArrayList<>();
            List<Double> constants = new ArrayList<>();
            List<Fn> fns = new ArrayList<>();
            List<Integer> kinks = new ArrayList<>();
            List<List<Integer>> releaseAt = new ArrayList<>();
            for (int id = 0; id < nodes.size(); id++) {
                releaseAt.add(new ArrayList<>());
            }
            for (int id = 0; id < nodes.size(); id++) {
                if (lastUse[id] >= 0 && lastUse[id] != Integer.MAX_VALUE) {
                    releaseAt.get(lastUse[id]).add(id);
                }
            }
            for (int id = 0; id < nodes.size(); id++) {
                if (!needed[id]) {
                    continue;
                }
                Node n = nodes.get(id);
                if (n.input() >= 0) {
                    register[id] = n.input();
                    continue;
                }
                int ra = n.a() >= 0 ? register[n.a()] : -1;
                int rb = n.b() >= 0 ? register[n.b()] : -1;
                // operands whose last use is this node give their registers back first (an input's never)
                for (int dead : releaseAt.get(id)) {
                    if (register[dead] >= inputs.size() && !free.contains(register[dead])) {
                        free.add(register[dead]);
                    }
                }
                int r = free.isEmpty() ? next++ : free.remove(free.size() - 1);
                register[id] = r;
                if (n.fn() != null && n.fn().hasKink()) {
                    kinks.add(ops.size());
                }
                ops.add(n.op());
                operands.add(new int[] {r, ra, rb});
                constants.add(n.constant());
                fns.add(n.fn());
            }
            int count = ops.size();
            int[] dst = new int[count];
            int[] a = new int[count];
            int[] b = new int[count];
            double[] c = new double[count];
            for (int k = 0; k < count; k++) {
                dst[k] = operands.get(k)[0];
                a[k] = operands.get(k)[1];
                b[k] = operands.get(k)[2];
                c[k] = constants.get(k);
            }
            int[] out = new int[roots.length];
            for (int o = 0; o < roots.length; o++) {
                out[o] = register[roots[o]];
            }
            return new Program(inputs, Math.max(next, inputs.size()), ops.toArray(new Op[0]), dst, a, b, c,
                    fns.toArray(new Fn[0]), out, kinks.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
