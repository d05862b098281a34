package org.hessianworkbench.runner;

import java.util.concurrent.Callable;
import org.hessianworkbench.data.BadInputException;
import org.hessianworkbench.derivatives.HessianMethod;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.optimizers.OptimizerOptions;
import org.hessianworkbench.runner.fitting.FitOptions;
import org.hessianworkbench.runner.fitting.FitReport;
import org.hessianworkbench.runner.fitting.Fitter;
import org.hessianworkbench.runner.fitting.ModelRequest;
import org.hessianworkbench.runner.report.FitRenderer;
import org.hessianworkbench.runner.report.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench fit}: estimate, Hessian, standard errors, tests and intervals. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fit a model by maximum likelihood (least squares for linear) and report inference from the Hessian.")
final class FitCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Option(names = "--optimizer", paramLabel = "NAME", description = "newton (default), bfgs; qr = least squares (linear's default)")
    String optimizer;

    @Option(names = "--hessian", paramLabel = "METHOD", defaultValue = "analytic",
            description = "analytic (default), ad, fd-central, fd-richardson, fd-nested")
    String hessian;

    @Option(names = "--level", defaultValue = "0.95", description = "confidence level of the Wald intervals (default 0.95)")
    double level;

    @Option(names = "--z", paramLabel = "VALUE", description = "use this critical value instead of the exact quantile (the seed used 1.96)")
    Double z;

    @Option(names = "--gtol", defaultValue = "1e-10", description = "gradient-norm tolerance (default ${DEFAULT-VALUE}; "
            + "raised to the gradient's rounding floor when that is higher)")
    double gtol;

    @Option(names = "--max-iterations", defaultValue = "1000", description = "iteration limit (default 1000)")
    int maxIterations;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown")
    Format format;

    @Override
    public Integer call() {
        if (!(level > 0 && level < 1)) {
            throw new BadInputException("--level must be between 0 and 1, not " + level);
        }
        if (z != null && !(z > 0 && Double.isFinite(z))) {
            throw new BadInputException("--z must be a positive number, not " + z);
        }
        HessianMethod method = Inputs.parse(() -> HessianMethod.fromCliName(hessian));
        OptimizerOptions limits = Inputs.parse(() -> new OptimizerOptions(gtol, maxIterations));
        ModelRequest request = model.request();
        RegressionModel m = request.load();
        FitOptions options = new FitOptions(optimizer, method, level, z == null ? Double.NaN : z, null, limits);
        FitReport report = Fitter.fit(m, request, options);
        spec.commandLine().getOut().print(FitRenderer.render(report, format));
        return 0;
    }
}
