package org.hessianworkbench.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.derivatives.Objective;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.fitting.FittingMessages;
import org.hessianworkbench.models.FirthLogisticObjective;
import org.hessianworkbench.models.Model;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.models.product.ProductModel;
import org.hessianworkbench.fitting.CheckReport;
import org.hessianworkbench.fitting.Checker;
import org.hessianworkbench.fitting.FitOptions;
import org.hessianworkbench.fitting.Fitter;
import org.hessianworkbench.fitting.ModelRequest;
import org.hessianworkbench.fitting.PredictorsFitter;
import org.hessianworkbench.models.expression.PredictorsModel;
import org.hessianworkbench.fitting.ProductFitter;
import org.hessianworkbench.fitting.StartPoint;
import org.hessianworkbench.report.CheckRenderer;
import org.hessianworkbench.report.Format;
import org.hessianworkbench.report.HessianDiffPlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench check}: every Hessian engine at a point, compared with AD. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compute the Hessian with every engine at a point and compare each with automatic differentiation. "
                + "Exit code 0 when analytic, fd-central and fd-richardson agree with ad, 1 when not, 2 on bad input.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Option(names = "--at", defaultValue = "estimate", paramLabel = "POINT",
            description = "estimate (default: fit first), zero, ones, or comma-separated values b1,b2,...")
    String at;

    @Option(names = "--format", defaultValue = "text", description = "text, json, markdown or html (one self-contained page)")
    Format format;

    @Option(names = "--firth", description = "logistic: check the engines on Firth's penalised loss "
            + "-l(b) - 1/2 log det I(b) (at its estimate, by default) instead of the negative log-likelihood")
    boolean firth;

    @Option(names = "--plot-diff", paramLabel = "FILE", description = "write heat maps of the ad Hessian (log scale) "
            + "and of each engine's scaled difference from it, relative to its tolerance, as one PNG")
    Path plotDiff;

    @Override
    public Integer call() {
        ModelRequest request = model.request();
        Model m = request.load();
        if (firth && m.kind() != ModelKind.LOGISTIC) {
            throw new BadInputException(FittingMessages.FIRTH_NOT_LOGISTIC, m.kind().cliName());
        }
        Objective objective = firth ? FirthLogisticObjective.of((RegressionModel) m) : m.objective();
        double[] point;
        String label;
        switch (at.trim().toLowerCase(Locale.ROOT)) {
            case "estimate" -> {
                point = m instanceof ProductModel pm ? ProductFitter.fit(pm, FitOptions.defaults()).estimate()
                        : m instanceof PredictorsModel em ? PredictorsFitter.fit(em, FitOptions.defaults()).estimate()
                        : Fitter.fit((RegressionModel) m, FitOptions.defaults().withFirth(firth)).estimate();
                label = "estimate";
            }
            case "zero", "zeros" -> {
                point = new double[m.p()];
                label = "zero";
            }
            case "ones" -> {
                point = StartPoint.parse("ones", m.parameterNames());
                label = "ones";
            }
            default -> {
                point = StartPoint.parse(at, m.parameterNames());
                label = "given";
            }
        }
        if (m instanceof RegressionModel rm) {
            rm.requireFiniteLoss(point);
        } else if (m instanceof PredictorsModel em) {
            em.requireFiniteLoss(point);
        }
        CheckReport report = Checker.check(m.kind(), objective, label, point);
        if (plotDiff != null) {
            HessianDiffPlot.write(plotDiff, report);
        }
        spec.commandLine().getOut().print(format == Format.HTML
                ? org.hessianworkbench.report.html.CheckHtml.render(report, CliWording.INSTANCE, Pages.command(spec),
                        plotDiff == null ? null : Pages.png(plotDiff))
                : CheckRenderer.render(report, format, CliWording.INSTANCE));
        return report.agree() && !Diagnosis.anyFails(report.diagnoses()) ? 0 : WorkbenchCommand.EXIT_NUMERICAL_FAILURE;
    }
}
