package org.hessianworkbench.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.report.Format;
import org.hessianworkbench.report.VerifyRenderer;
import org.hessianworkbench.grading.verify.VerifyRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench verify}: the Hessian cross-validation as property-based tests, on demand. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check every model's gradient and Hessian engines against each other on random designs and points "
                + "(jqwik property tests), with a seed to reproduce and shrunk counterexamples. Exit 0 all hold, 1 one failed.")
final class VerifyCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--models", split = ",", paramLabel = "NAMES",
            description = "logistic,poisson,linear,linear-product,linear-product-ce (default: all)")
    List<String> models;

    @Option(names = "--tries", defaultValue = "1000", description = "random cases per property (default ${DEFAULT-VALUE})")
    int tries;

    @Option(names = "--seed", description = "jqwik's random seed (default: a new one, printed)")
    Long seed;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown")
    Format format;

    @Override
    public Integer call() {
        List<ModelKind> chosen = models == null ? VerifyRunner.MODELS
                : models.stream().map(ModelKind::fromCliName).toList();
        if (tries < 1) {
            throw new BadInputException(CliErrors.TRIES_TOO_FEW, tries);
        }
        long s = seed != null ? seed : new java.util.Random().nextLong() >>> 1;
        List<VerifyRunner.Outcome> outcomes = VerifyRunner.run(chosen, tries, s,
                o -> spec.commandLine().getErr().println(VerifyRenderer.progress(o)));
        spec.commandLine().getOut().print(VerifyRenderer.render(outcomes, s, format));
        return outcomes.stream().allMatch(VerifyRunner.Outcome::passed) ? 0 : 1;
    }
}
