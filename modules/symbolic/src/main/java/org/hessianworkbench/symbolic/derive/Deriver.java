package org.hessianworkbench.symbolic.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.ExpressionException;
import org.hessianworkbench.symbolic.SymbolicMessages;
import org.hessianworkbench.symbolic.check.Checker;
import org.hessianworkbench.symbolic.check.TypedAnswer;
import org.hessianworkbench.symbolic.check.TypedAnswerChecker;
import org.hessianworkbench.symbolic.diff.Differentiator;
import org.hessianworkbench.symbolic.parse.Parser;
import org.hessianworkbench.symbolic.simplify.Simplifier;
import org.hessianworkbench.symbolic.steps.Step;
import org.hessianworkbench.symbolic.steps.Trace;

/**
 * Derives the gradient (and the Hessian) of an expression step by step and checks every step: the
 * entry point of the symbolic module. Stateless and thread-safe.
 */
public final class Deriver {

    private Deriver() {
    }

    /**
     * Parses and derives.
     *
     * @throws ExpressionException when the text does not parse
     * @throws BadInputException when there is no variable, a variable is repeated or not a valid name
     */
    public static Derivation derive(String expression, List<String> wrt, DeriveOptions options) {
        return derive(Parser.parse(expression), wrt, options);
    }

    /**
     * The checked derivation of {@code f} in the variables {@code wrt}.
     *
     * @throws BadInputException when there is no variable, a variable is repeated or not a valid name
     */
    public static Derivation derive(Expr f, List<String> wrt, DeriveOptions options) {
        if (wrt.isEmpty()) {
            throw new BadInputException(SymbolicMessages.NO_VARIABLE);
        }
        if (new LinkedHashSet<>(wrt).size() != wrt.size()) {
            throw new BadInputException(SymbolicMessages.VARIABLE_REPEATED, wrt.toString());
        }
        for (String x : wrt) {
            if (!Expr.isValidName(x)) {
                throw new BadInputException(SymbolicMessages.NOT_A_SYMBOL_NAME, x);
            }
        }
        Set<String> symbols = new LinkedHashSet<>(f.symbols());
        symbols.addAll(wrt);
        Checker checker = new Checker(symbols, options.domain(), options.points(), options.seed());
        Differentiator differentiator = Differentiator.standard();
        List<Part> parts = new ArrayList<>();
        Map<String, Expr> gradient = new LinkedHashMap<>();
        for (String x : wrt) {
            Part p = part(differentiator, checker, f, List.of(x));
            parts.add(p);
            gradient.put(x, p.result());
        }
        Map<String, Map<String, Expr>> hessian = new LinkedHashMap<>();
        if (options.order() == 2) {
            for (String x : wrt) {
                hessian.put(x, new LinkedHashMap<>());
            }
            for (int i = 0; i < wrt.size(); i++) {
                for (int j = i; j < wrt.size(); j++) {
                    String x = wrt.get(i);
                    String z = wrt.get(j);
                    Part p = part(differentiator, checker, gradient.get(x), List.of(x, z));
                    parts.add(p);
                    hessian.get(x).put(z, p.result());
                    hessian.get(z).put(x, p.result());
                }
            }
            // rows in the order of the variables
            for (String x : wrt) {
                Map<String, Expr> row = new LinkedHashMap<>();
                for (String z : wrt) {
                    row.put(z, hessian.get(x).get(z));
                }
                hessian.put(x, row);
            }
        }
        List<ResultCheck.Entry> entries = new ArrayList<>();
        for (int i = 0; i < wrt.size(); i++) {
            Expr g = gradient.get(wrt.get(i));
            entries.add(new ResultCheck.Entry(List.of(wrt.get(i)), g, checker.gradient(f, wrt, i, g)));
        }
        if (options.order() == 2) {
            for (int i = 0; i < wrt.size(); i++) {
                for (int j = i; j < wrt.size(); j++) {
                    Expr h = hessian.get(wrt.get(i)).get(wrt.get(j));
                    entries.add(new ResultCheck.Entry(List.of(wrt.get(i), wrt.get(j)), h,
                            checker.hessian(f, wrt, i, j, h)));
                }
            }
        }
        return new Derivation(f, wrt, options, parts, gradient, hessian,
                new ResultCheck(options.points(), entries), Optional.empty());
    }

    /** One derivative of {@code g} in the last of {@code wrt}, every step checked. */
    private static Part part(Differentiator differentiator, Checker checker, Expr g, List<String> wrt) {
        String x = wrt.get(wrt.size() - 1);
        Trace trace = new Trace();
        Expr start = new Expr.Diff(g, x);
        Expr result = differentiator.eliminate(start, trace);
        List<CheckedStep> steps = new ArrayList<>();
        for (Step s : trace.steps()) {
            steps.add(new CheckedStep(s, checker.step(s)));
        }
        return new Part(wrt, start, steps, result);
    }

    /**
     * The derivation with {@code answer} compared with its target (the first derivative in the first
     * variable for order 1, the second for order 2).
     */
    public static Derivation checkAnswer(Derivation d, Expr answer) {
        return checkAnswer(d, TypedAnswer.scalar(answer, d.wrt().get(0), d.order()));
    }

    /**
     * The derivation with each entry of {@code answer} (one expression, a gradient vector or a Hessian
     * matrix, see {@link TypedAnswer#parse}) checked against automatic differentiation of the expression.
     *
     * @throws BadInputException when the answer uses a symbol the expression does not have
     */
    public static Derivation checkAnswer(Derivation d, TypedAnswer answer) {
        return d.withAnswer(TypedAnswerChecker.check(d.expression(), d.wrt(), answer, d::derivative,
                d.options().domain(), d.options().points(), d.options().seed()));
    }

    /** The simplified form of an expression with its steps checked (for showing a rewrite such as a stable form). */
    public static Part simplify(Expr e, Simplifier simplifier, DeriveOptions options) {
        Checker checker = new Checker(e.symbols(), options.domain(), options.points(), options.seed());
        Trace trace = new Trace();
        Expr result = simplifier.simplify(e, trace);
        List<CheckedStep> steps = new ArrayList<>();
        for (Step s : trace.steps()) {
            steps.add(new CheckedStep(s, checker.step(s)));
        }
        return new Part(List.of(), e, steps, result);
    }
}
