package org.hessianworkbench.cli;

import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.report.DerivationText;
import org.hessianworkbench.report.DerivationLatex;
import org.hessianworkbench.report.DerivationJson;
import org.hessianworkbench.report.DerivationHtml;
import org.hessianworkbench.report.AtomicFiles;
import java.nio.file.Path;
import org.hessianworkbench.report.DeriveFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.ExpressionException;
import org.hessianworkbench.models.derivation.ModelDerivations;
import org.hessianworkbench.models.derivation.NamedDerivations;
import org.hessianworkbench.models.expression.ExpressionMessages;
import org.hessianworkbench.models.expression.NamedModel;
import org.hessianworkbench.symbolic.check.AnswerReport;
import org.hessianworkbench.symbolic.check.Domain;
import org.hessianworkbench.symbolic.check.TypedAnswer;
import org.hessianworkbench.symbolic.derive.DeriveOptions;
import org.hessianworkbench.symbolic.derive.Derivation;
import org.hessianworkbench.symbolic.derive.Deriver;
import org.hessianworkbench.symbolic.doc.Document;
import org.hessianworkbench.report.DerivationMarkdown;
import org.hessianworkbench.symbolic.parse.Parser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code workbench derive}: a derivation step by step, every step checked. */
@Command(name = "derive", mixinStandardHelpOptions = true,
        description = {"Derive the gradient (and Hessian) of an expression one rule at a time, every step checked "
                + "numerically and every result against automatic differentiation; or check an answer; or show a "
                + "built-in derivation of the workbench's models (logistic, linear-product, linear-product-ce, probit, "
                + "cloglog, negative-binomial, gamma, huber).",
            "Exit code 0 when every check passes (and the answer is right), 1 when not, 2 on bad input."})
public final class DeriveCommand implements Callable<Integer> {

    /** Points per check at most: each check evaluates two expressions at each point. */
    static final int MAX_POINTS = 10_000;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "BUILTIN",
            description = "a built-in derivation, as --model")
    String builtin;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "a model's derivation: logistic, linear-product, linear-product-ce, probit, cloglog, "
                    + "negative-binomial, gamma or huber")
    String model;

    @Option(names = "--link", paramLabel = "LINK", description = "with --model gamma: log (default) or inverse")
    String link;

    @Option(names = "--expr", paramLabel = "EXPR",
            description = "the expression, e.g. \"-(y*log(sigmoid(b*x)) + (1-y)*log(1-sigmoid(b*x)))\"; functions: exp, "
                    + "log, log1p, expm1, sqrt, sigmoid, softplus, sin, cos, tanh, sinh, cosh, abs, step, Phi, phi, "
                    + "logPhi, invmills, erf, erfc, lgamma, digamma, trigamma, polygamma(n, u), pow(u, v), min(u, v), "
                    + "max(u, v)")
    String expr;

    @Option(names = "--wrt", split = ",", paramLabel = "VAR", description = "the variables, e.g. b or b,c")
    List<String> wrt;

    @Option(names = "--order", defaultValue = "1", description = "1: the gradient (default); 2: also the Hessian")
    int order;

    @Option(names = "--points", defaultValue = "20", description = "random points each step is checked at (default 20)")
    int points;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the random points (default 42)")
    long seed;

    @Option(names = "--domain", paramLabel = "NAME=LO:HI[,...]",
            description = "where the random points are drawn, e.g. y=0:1,x=-1:1 (default: every symbol in [0.1, 2])")
    String domain;

    @Option(names = "--answer", paramLabel = "EXPR",
            description = "check this answer: the first derivative in the one --wrt variable (the second with --order 2); "
                    + "for several variables the gradient \"[d/da, d/db]\" or with --order 2 the Hessian "
                    + "\"[h11, h12; h21, h22]\" (rows separated by ';')")
    String answer;

    @Option(names = "--format", defaultValue = "text", description = "text (default), markdown, latex, json or html")
    DeriveFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the report here (default: standard output)")
    Path out;

    @Override
    public Integer call() {
        if (builtin != null && model != null && !builtin.trim().equalsIgnoreCase(model.trim())) {
            throw new BadInputException(CliErrors.TWO_DERIVATIONS, builtin, model);
        }
        if (builtin != null || model != null) {
            return builtin(model != null ? model : builtin);
        }
        if (link != null) {
            throw new BadInputException(CliErrors.LINK_WITHOUT_MODEL);
        }
        if (expr == null) {
            throw new BadInputException(CliErrors.NOTHING_TO_DERIVE, derivationNames());
        }
        if (wrt == null || wrt.isEmpty()) {
            throw new BadInputException(CliErrors.WRT_MISSING);
        }
        List<String> variables = new ArrayList<>();
        for (String w : wrt) {
            String v = w.trim();
            if (!Expr.isValidName(v)) {
                throw new BadInputException(CliErrors.WRT_NOT_A_SYMBOL, v);
            }
            if (variables.contains(v)) {
                throw new BadInputException(CliErrors.WRT_TWICE, v);
            }
            variables.add(v);
        }
        if (order != 1 && order != 2) {
            throw new BadInputException(CliErrors.ORDER_OUT_OF_RANGE, order);
        }
        if (points < 1 || points > MAX_POINTS) {
            throw new BadInputException(CliErrors.POINTS_OUT_OF_RANGE, MAX_POINTS, points);
        }
        if (answer != null && variables.size() != 1 && !answer.trim().startsWith("[")) {
            throw new BadInputException(CliErrors.ANSWER_WITH_SEVERAL_VARIABLES, String.join(", ", variables),
                    TypedAnswer.example(variables, order));
        }
        Domain d = Domain.standard();
        if (domain != null) {
            try {
                d = d.with(domain);
            } catch (BadInputException e) {
                throw new BadInputException(e, CliErrors.DOMAIN_NOT_READ, e.getMessage());
            }
        }
        Expr f = Parser.parse(expr);
        TypedAnswer a = answer == null ? null : answer(answer, variables, order);
        Derivation derivation = Deriver.derive(f, variables, new DeriveOptions(order, points, seed, d));
        if (a != null) {
            try {
                derivation = Deriver.checkAnswer(derivation, a);
            } catch (BadInputException e) {
                throw new BadInputException(e, CliErrors.ANSWER_NOT_READ, e.getMessage());
            }
        }
        write(render(derivation));
        boolean right = derivation.answer().map(AnswerReport::right).orElse(true);
        return derivation.passed() && right ? 0 : 1;
    }

    /** The names of the built-in derivations. */
    static String derivationNames() {
        return ModelKind.names(ModelDerivations.KINDS) + ", " + NamedModel.names();
    }

    private int builtin(String given) {
        String name = given.trim().toLowerCase(Locale.ROOT);
        Optional<ModelKind> kind = ModelDerivations.KINDS.stream().filter(k -> k.cliName().equals(name)).findFirst();
        Optional<NamedModel> named = NamedModel.find(name);
        if (kind.isEmpty() && named.isEmpty()) {
            throw new BadInputException(CliErrors.UNKNOWN_DERIVATION, given, derivationNames());
        }
        NamedModel.Link chosen = null;
        if (named.isPresent()) {
            chosen = link == null ? named.get().defaultLink() : named.get().link(link).orElseThrow(() ->
                    new BadInputException(ExpressionMessages.UNKNOWN_LINK, named.get().cliName(), link,
                            named.get().links().stream().map(NamedModel.Link::name).collect(
                                    java.util.stream.Collectors.joining(", "))));
        } else if (link != null) {
            throw new BadInputException(ExpressionMessages.UNKNOWN_LINK, name, link, "none to choose");
        }
        List<String> extra = new ArrayList<>();
        for (String option : List.of("--expr", "--wrt", "--order", "--answer", "--points", "--seed", "--domain")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                extra.add(option);
            }
        }
        if (!extra.isEmpty()) {
            throw new BadInputException(CliErrors.BUILTIN_WITH_EXPRESSION_OPTIONS, name, String.join(", ", extra));
        }
        Document doc = kind.isPresent() ? ModelDerivations.document(kind.get())
                : NamedDerivations.document(named.get(), chosen);
        write(render(doc));
        return doc.passed() ? 0 : 1;
    }

    /**
     * The answer: one expression, a gradient vector or a Hessian matrix; its syntax and shape errors
     * name {@code --answer} (the expression's do not).
     */
    private static TypedAnswer answer(String text, List<String> variables, int order) {
        try {
            return TypedAnswer.parse(text, variables, order);
        } catch (BadInputException e) {
            throw new BadInputException(e, CliErrors.ANSWER_NOT_READ, e.getMessage());
        }
    }

    /** The report to standard output, or to {@code --out} (written atomically). */
    private void write(String report) {
        if (out != null) {
            AtomicFiles.write(out, report);
        } else {
            spec.commandLine().getOut().print(report);
        }
    }

    private String render(Derivation d) {
        return switch (format) {
            case TEXT -> DerivationText.render(d);
            case MARKDOWN -> DerivationMarkdown.derivation(d);
            case LATEX -> DerivationLatex.render(d);
            case JSON -> DerivationJson.render(d);
            case HTML -> DerivationHtml.render(d, Pages.command(spec));
        };
    }

    private String render(Document doc) {
        return switch (format) {
            case TEXT -> DerivationText.render(doc);
            case MARKDOWN -> DerivationMarkdown.document(doc);
            case LATEX -> DerivationLatex.render(doc);
            case JSON -> DerivationJson.render(doc);
            case HTML -> DerivationHtml.render(doc, Pages.command(spec));
        };
    }
}
