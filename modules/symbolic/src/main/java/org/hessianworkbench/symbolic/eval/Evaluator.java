package org.hessianworkbench.symbolic.eval;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.Expr.Add;
import org.hessianworkbench.symbolic.Expr.Call;
import org.hessianworkbench.symbolic.Expr.Diff;
import org.hessianworkbench.symbolic.Expr.Div;
import org.hessianworkbench.symbolic.Expr.Mul;
import org.hessianworkbench.symbolic.Expr.Neg;
import org.hessianworkbench.symbolic.Expr.Num;
import org.hessianworkbench.symbolic.Expr.Pow;
import org.hessianworkbench.symbolic.Expr.Sub;
import org.hessianworkbench.symbolic.Expr.Sym;
import org.hipparchus.CalculusFieldElement;
import org.hipparchus.Field;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.FDSFactory;
import org.hipparchus.analysis.differentiation.FieldDerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.analysis.differentiation.GradientField;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.util.Binary64;
import org.hipparchus.util.Binary64Field;

/**
 * Evaluates an expression over any Hipparchus field with one definition,
 * {@link #evaluate(Expr, Function, Field)}: over {@link Binary64} it gives values, over
 * {@link Gradient} first derivatives and over {@link DerivativeStructure} derivatives of any order,
 * by automatic differentiation of the same tree, and over {@link Dfp} the same in 40-digit decimal
 * arithmetic, to tell a rounding difference from a real one. An unevaluated derivative
 * \(\partial u/\partial x\) is itself evaluated by automatic differentiation of \(u\) (a
 * {@link FieldDerivativeStructure} over the current field), so nested derivatives work too.
 * Stateless and thread-safe.
 */
public final class Evaluator {

    /** Exponents that are integers of at most this magnitude use repeated multiplication (exact signs). */
    private static final double MAX_INTEGER_EXPONENT = 1 << 20;

    /**
     * Digits of the precise path: inputs are doubles (17 significant digits), so 40 digits leave
     * more than 20 for cancellation inside an expression before the result loses double accuracy.
     */
    public static final int PRECISE_DIGITS = 40;

    /** Digits of the confirming evaluation: the precise value stands only when these agree with it. */
    public static final int CONFIRM_DIGITS = 60;

    /**
     * The decimal fields, made when first used: a {@link DfpField} computes its constants (pi, e, ln 2,
     * ...) to its digits when made, which is most of a short derivation's time when the precise path is
     * never taken (the double values agree).
     */
    private static final class Fields {
        static final DfpField PRECISE = new DfpField(PRECISE_DIGITS);
        static final DfpField CONFIRM = new DfpField(CONFIRM_DIGITS);

        private Fields() {
        }
    }

    /**
     * Relative agreement of the {@value #PRECISE_DIGITS}- and {@value #CONFIRM_DIGITS}-digit values
     * that makes the first determined: far below the checks' 1e-9, far above 40 digits' rounding.
     */
    public static final double DETERMINED = 1e-20;

    private Evaluator() {
    }

    /**
     * The value of {@code e} over {@code field}.
     *
     * @param symbols the value of each symbol; it must not return null for a symbol of {@code e}
     * @throws IllegalArgumentException when a symbol has no value
     */
    public static <T extends CalculusFieldElement<T>> T evaluate(Expr e, Function<String, T> symbols, Field<T> field) {
        if (e instanceof Num n) {
            return field.getZero().add(n.value());
        } else if (e instanceof Sym s) {
            T v = symbols.apply(s.name());
            if (v == null) {
                throw new IllegalArgumentException("no value for the symbol '" + s.name() + "'");
            }
            return v;
        } else if (e instanceof Add a) {
            return evaluate(a.left(), symbols, field).add(evaluate(a.right(), symbols, field));
        } else if (e instanceof Sub s) {
            return evaluate(s.left(), symbols, field).subtract(evaluate(s.right(), symbols, field));
        } else if (e instanceof Mul m) {
            return evaluate(m.left(), symbols, field).multiply(evaluate(m.right(), symbols, field));
        } else if (e instanceof Div d) {
            return evaluate(d.left(), symbols, field).divide(evaluate(d.right(), symbols, field));
        } else if (e instanceof Neg n) {
            return evaluate(n.operand(), symbols, field).negate();
        } else if (e instanceof Pow p) {
            return power(p, symbols, field);
        } else if (e instanceof Call c) {
            if (c.fn().arity() == 2) {
                return c.fn().apply(evaluate(c.arg(), symbols, field), evaluate(c.second(), symbols, field));
            }
            return call(c, evaluate(c.arg(), symbols, field), field);
        } else if (e instanceof Diff d) {
            return derivative(d, symbols, field);
        }
        throw new IllegalStateException("unknown node " + e);
    }

    /**
     * Beyond this argument {@code exp}, {@code expm1}, {@code sinh} and {@code cosh} overflow a double
     * (at 709.8 and 710.5), {@code sigmoid} and {@code tanh} are \(\pm1\) or 0 and {@code softplus} is
     * \(u\) or 0 to double precision; the guard returns those values directly, so
     * that 40-digit arithmetic never spends its time computing \(e^{10^6}\).
     */
    private static final double MAX_EXP_ARGUMENT = 1000;

    private static <T extends CalculusFieldElement<T>> T call(Call c, T u, Field<T> field) {
        double r = u.getReal();
        if (Math.abs(r) > MAX_EXP_ARGUMENT) {
            switch (c.fn()) {
                case EXP -> {
                    return field.getZero().add(r > 0 ? Double.POSITIVE_INFINITY : 0);
                }
                case SIGMOID -> {
                    return field.getZero().add(r > 0 ? 1 : 0);
                }
                case TANH -> {
                    return field.getZero().add(Math.signum(r));
                }
                case EXPM1 -> {
                    return field.getZero().add(r > 0 ? Double.POSITIVE_INFINITY : -1);
                }
                case SINH -> {
                    return field.getZero().add(r > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
                }
                case COSH -> {
                    return field.getZero().add(Double.POSITIVE_INFINITY);
                }
                case SOFTPLUS -> {
                    return r > 0 ? u : field.getZero();
                }
                default -> {
                }
            }
        }
        return c.fn().apply(u);
    }

    /** Whether \(b^k\) is far outside the range of a double (then it is computed as a double: 0 or infinite). */
    private static boolean outOfRange(double base, double k) {
        return Math.abs(k * Math.log(Math.abs(base))) > MAX_EXP_ARGUMENT;
    }

    /** A constant exponent as a double (integers use exact repeated multiplication, so negative bases work). */
    private static <T extends CalculusFieldElement<T>> T power(Pow p, Function<String, T> symbols, Field<T> field) {
        T base = evaluate(p.base(), symbols, field);
        if (p.exponent().symbols().isEmpty() && !p.exponent().hasDiff()) {
            double k = value(p.exponent(), Map.of());
            if (k == Math.rint(k) && Math.abs(k) <= MAX_INTEGER_EXPONENT) {
                return base.pow((int) k);
            }
            if (outOfRange(base.getReal(), k)) {
                return field.getZero().add(Math.pow(base.getReal(), k));
            }
            return base.pow(k);
        }
        T exponent = evaluate(p.exponent(), symbols, field);
        if (outOfRange(base.getReal(), exponent.getReal())) {
            return field.getZero().add(Math.pow(base.getReal(), exponent.getReal()));
        }
        return base.pow(exponent);
    }

    /** \(\partial u/\partial x\) over the field: \(u\) evaluated on a one-variable first-order FDS. */
    private static <T extends CalculusFieldElement<T>> T derivative(Diff d, Function<String, T> symbols, Field<T> field) {
        if (!d.body().dependsOn(d.wrt())) {
            return field.getZero();
        }
        T at = symbols.apply(d.wrt());
        if (at == null) {
            throw new IllegalArgumentException("no value for the symbol '" + d.wrt() + "'");
        }
        FDSFactory<T> factory = new FDSFactory<>(field, 1, 1);
        FieldDerivativeStructure<T> x = factory.variable(0, at);
        Function<String, FieldDerivativeStructure<T>> inner = name -> {
            if (name.equals(d.wrt())) {
                return x;
            }
            T v = symbols.apply(name);
            return v == null ? null : factory.constant(v);
        };
        return evaluate(d.body(), inner, factory.getDerivativeField()).getPartialDerivative(1);
    }

    /** The value at a point (over {@link Binary64}); NaN or infinite outside the domain. */
    public static double value(Expr e, Map<String, Double> point) {
        Binary64Field f = Binary64Field.getInstance();
        return evaluate(e, name -> {
            Double v = point.get(name);
            return v == null ? null : new Binary64(v);
        }, f).getReal();
    }

    /**
     * The derivatives of {@code e} up to {@code order} in {@code variables} at a point, by
     * automatic differentiation ({@link DSFactory} with one free parameter per variable; every other
     * symbol is a constant).
     */
    public static DerivativeStructure derivatives(Expr e, List<String> variables, Map<String, Double> point, int order) {
        DSFactory factory = new DSFactory(variables.size(), order);
        return evaluate(e, name -> {
            int i = variables.indexOf(name);
            Double v = point.get(name);
            if (v == null) {
                return null;
            }
            return i >= 0 ? factory.variable(i, v) : factory.constant(v);
        }, factory.getDerivativeField());
    }

    /** The gradient of {@code e} in {@code variables} at a point, by automatic differentiation ({@link Gradient}). */
    public static double[] gradient(Expr e, List<String> variables, Map<String, Double> point) {
        int n = variables.size();
        GradientField field = GradientField.getField(n);
        return evaluate(e, name -> {
            int i = variables.indexOf(name);
            Double v = point.get(name);
            if (v == null) {
                return null;
            }
            return i >= 0 ? Gradient.variable(n, i, v) : Gradient.constant(n, v);
        }, field).getGradient();
    }

    /**
     * The value at a point in {@value #PRECISE_DIGITS}-digit decimal arithmetic; NaN when those digits
     * do not determine it ({@link #determined}).
     */
    public static Dfp precise(Expr e, Map<String, Double> point) {
        return determined(precise(e, point, Fields.PRECISE), precise(e, point, Fields.CONFIRM));
    }

    private static Dfp precise(Expr e, Map<String, Double> point, DfpField field) {
        return evaluate(e, name -> {
            Double v = point.get(name);
            return v == null ? null : field.newDfp(v);
        }, field);
    }

    /**
     * The {@value #PRECISE_DIGITS}-digit value when the same evaluation in {@value #CONFIRM_DIGITS}
     * digits agrees with it to {@link #DETERMINED} relative, else NaN: an expression whose value the
     * digits do not fix (e.g. {@code sin(b^665)}, whose argument has hundreds of digits) is not
     * determined at that point, and a check there would judge rounding, not algebra.
     */
    static Dfp determined(Dfp value, Dfp confirm) {
        if (!value.isFinite() || !confirm.isFinite()) {
            return value;
        }
        Dfp scale = confirm.abs();
        Dfp one = confirm.getOne(); // compared within the confirming field: Dfps of two fields do not compare
        if (scale.lessThan(one)) {
            scale = one;
        }
        double gap = Fields.PRECISE.newDfp(value.subtract(Fields.PRECISE.newDfp(confirm.toString())).abs().toString())
                .divide(Fields.PRECISE.newDfp(scale.toString())).toDouble();
        return gap <= DETERMINED ? value : Fields.PRECISE.getZero().divide(Fields.PRECISE.getZero());
    }

    /**
     * A partial derivative at a point by automatic differentiation in {@value #PRECISE_DIGITS}-digit
     * decimal arithmetic.
     *
     * @param orders the order of the derivative in each variable, e.g. {@code {1, 1}} for \(\partial^2/\partial x\partial z\)
     */
    public static Dfp preciseDerivative(Expr e, List<String> variables, Map<String, Double> point, int... orders) {
        return determined(preciseDerivative(e, variables, point, Fields.PRECISE, orders),
                preciseDerivative(e, variables, point, Fields.CONFIRM, orders));
    }

    private static Dfp preciseDerivative(Expr e, List<String> variables, Map<String, Double> point, DfpField field,
                                         int... orders) {
        int order = 0;
        for (int k : orders) {
            order += k;
        }
        FDSFactory<Dfp> factory = new FDSFactory<>(field, variables.size(), order);
        return evaluate(e, name -> {
            int i = variables.indexOf(name);
            Double v = point.get(name);
            if (v == null) {
                return null;
            }
            return i >= 0 ? factory.variable(i, field.newDfp(v)) : factory.constant(field.newDfp(v));
        }, factory.getDerivativeField()).getPartialDerivative(orders);
    }
}
