package org.hessianworkbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.grading.verify.VerifyModel;
import org.hessianworkbench.grading.verify.VerifyRunner;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.expression.LossSpec;
import org.hessianworkbench.models.expression.NamedModel;
import org.hessianworkbench.report.Format;
import org.hessianworkbench.report.VerifyRenderer;
import org.hessianworkbench.symbolic.parse.Parser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench verify}: the Hessian cross-validation as property-based tests, on demand. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check every model's gradient and Hessian engines against each other on random designs and points "
                + "(jqwik property tests), with a seed to reproduce and shrunk counterexamples. Exit 0 all hold, 1 one failed"
                + " or could not be checked.")
final class VerifyCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--models", split = ",", paramLabel = "NAMES",
            description = "logistic,poisson,linear,linear-product,linear-product-ce (the default: all of these); also"
                    + " probit, cloglog, negative-binomial (--param k=VALUE), gamma (--link log or inverse), huber"
                    + " (--param delta=VALUE) and custom (--loss EXPR)")
    List<String> models;

    @Mixin
    LossOptions loss = new LossOptions();

    @Option(names = "--responses", paramLabel = "KIND",
            description = "custom model: what its random responses are, binary (the default), counts, positive or real")
    String responses;

    @Option(names = "--tries", defaultValue = "1000", description = "random cases per property (default ${DEFAULT-VALUE})")
    int tries;

    @Option(names = "--seed", description = "jqwik's random seed (default: a new one, printed)")
    Long seed;

    @Option(names = "--format", defaultValue = "text", description = "text, json, markdown or html (one self-contained page)")
    Format format;

    @Override
    public Integer call() {
        List<ModelKind> kinds = models == null ? VerifyRunner.MODELS.stream().map(VerifyModel::kind).toList()
                : models.stream().map(ModelKind::fromCliName).distinct().toList();
        if (tries < 1) {
            throw new BadInputException(CliErrors.TRIES_TOO_FEW, tries);
        }
        List<VerifyModel> chosen = chosen(kinds);
        long s = seed != null ? seed : new java.util.Random().nextLong() >>> 1;
        List<VerifyRunner.Outcome> outcomes = VerifyRunner.run(chosen, tries, s,
                o -> spec.commandLine().getErr().println(VerifyRenderer.progress(o)));
        spec.commandLine().getOut().print(format == Format.HTML
                ? org.hessianworkbench.report.html.VerifyHtml.render(outcomes, s, Pages.command(spec))
                : VerifyRenderer.render(outcomes, s, format));
        return outcomes.stream().allMatch(VerifyRunner.Outcome::passed) ? 0 : 1;
    }

    /**
     * The models to verify, each with its family: a named model takes the {@code --param} values it
     * has and {@code --link} when it has that link, the custom model {@code --loss}, {@code --responses}
     * and the {@code --param} values its loss names or no other model has. Each family is made by {@link LossSpec#family}, whose
     * refusals are the library's (said with the flags' names, {@link CliMessages}); a {@code --param} or
     * {@code --link} that no model takes is refused by the first model that would take such a flag.
     *
     * @throws BadInputException for {@code --loss} or {@code --responses} without the custom model, a
     *                           {@code --param} or {@code --link} no model takes, or what
     *                           {@link LossSpec#family} refuses
     */
    private List<VerifyModel> chosen(List<ModelKind> kinds) {
        boolean custom = kinds.contains(ModelKind.CUSTOM);
        if (loss.loss != null && !custom) {
            throw new BadInputException(CliErrors.LOSS_WITHOUT_CUSTOM);
        }
        if (responses != null && !custom) {
            throw new BadInputException(CliErrors.RESPONSES_WITHOUT_CUSTOM);
        }
        NamedModel.Response asked = responses == null ? NamedModel.Response.BINOMIAL : responses(responses);
        Map<String, Double> parameters = loss.parameters();
        Map<String, Boolean> taken = new LinkedHashMap<>();
        parameters.keySet().forEach(name -> taken.put(name, custom));
        boolean linkTaken = false;
        List<VerifyModel> out = new ArrayList<>();
        for (ModelKind kind : kinds) {
            if (kind == ModelKind.CUSTOM) {
                out.add(VerifyModel.of(new LossSpec(loss.loss, null, customParameters(kinds, parameters), null)
                        .family(kind), asked));
            } else if (kind.isExpression()) {
                NamedModel named = kind.namedModel().orElseThrow();
                Map<String, Double> own = new LinkedHashMap<>();
                for (NamedModel.Parameter p : named.parameters()) {
                    if (parameters.containsKey(p.name())) {
                        own.put(p.name(), parameters.get(p.name()));
                        taken.put(p.name(), true);
                    }
                }
                String link = loss.link != null && named.link(loss.link).isPresent() ? loss.link : null;
                linkTaken |= link != null;
                out.add(VerifyModel.of(new LossSpec(null, link, own, null).family(kind)));
            } else {
                out.add(VerifyModel.of(kind));
            }
        }
        boolean unused = taken.containsValue(false);
        if (unused || loss.link != null && !linkTaken) {
            // the library says why: the first formula model refuses the flag (a named model names its
            // parameters or links, a built-in one says its loss is its own, the custom one has no links)
            Map<String, Double> refused = new LinkedHashMap<>();
            taken.forEach((name, used) -> {
                if (!used) {
                    refused.put(name, parameters.get(name));
                }
            });
            String link = linkTaken ? null : loss.link;
            for (ModelKind kind : kinds) {
                if (!kind.isProduct() && (kind != ModelKind.CUSTOM || link != null)) {
                    new LossSpec(kind == ModelKind.CUSTOM ? loss.loss : null, link, refused, null).family(kind);
                }
            }
            throw new BadInputException(CliErrors.LOSS_OPTIONS_FOR_PRODUCT_MODELS, ModelKind.names(kinds));
        }
        return out;
    }

    /**
     * The custom loss's parameters: those its text names, and those no other model chosen has (as
     * {@code fit} gives a custom loss every {@code --param}).
     */
    private Map<String, Double> customParameters(List<ModelKind> kinds, Map<String, Double> parameters) {
        java.util.Set<String> named = loss.loss == null ? java.util.Set.of() : Parser.parse(loss.loss).symbols();
        Map<String, Double> own = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            boolean another = kinds.stream().anyMatch(k -> k.namedModel().map(m -> m.parameters().stream()
                    .anyMatch(p -> p.name().equals(name))).orElse(false));
            if (named.contains(name) || !another) {
                own.put(name, value);
            }
        });
        return own;
    }

    /** The responses {@code --responses} names. */
    private static NamedModel.Response responses(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "binary" -> NamedModel.Response.BINOMIAL;
            case "counts" -> NamedModel.Response.COUNT;
            case "positive" -> NamedModel.Response.POSITIVE;
            case "real" -> NamedModel.Response.REAL;
            default -> throw new BadInputException(CliErrors.RESPONSES_UNKNOWN, name);
        };
    }
}
