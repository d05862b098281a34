package org.hessianworkbench.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.hessianworkbench.models.Model;
import org.hessianworkbench.optimizers.OptimizerOptions;
import org.hessianworkbench.fitting.ModelRequest;
import org.hessianworkbench.fitting.OptimizerComparison;
import org.hessianworkbench.fitting.StartPoint;
import org.hessianworkbench.report.AtomicFiles;
import org.hessianworkbench.report.TraceCsv;
import org.hessianworkbench.report.ConvergencePlot;
import org.hessianworkbench.report.ComparisonRenderer;
import org.hessianworkbench.report.Format;
import org.hessianworkbench.report.html.ComparisonHtml;
import org.hessianworkbench.report.PathPlot;
import org.hessianworkbench.derivatives.error.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench compare-optimizers}: every optimiser on one model, side by side. */
@Command(name = "compare-optimizers", mixinStandardHelpOptions = true,
        description = "Run several optimisers on one model from one start point; one row per method, a convergence plot and a plot of the paths.")
final class CompareOptimizersCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Mixin
    OptimizerCliOptions optimization;

    @Option(names = "--optimizers", split = ",", paramLabel = "NAMES",
            description = "comma-separated (default: newton,bfgs,bfgs-b,lbfgs,trust-region,gradient-descent,hipparchus-cg)")
    List<String> optimizers;

    @Option(names = "--plot", paramLabel = "FILE", description = "write every method's loss above the best and gradient norm against the iteration as one PNG")
    Path plot;

    @Option(names = "--plot-path", paramLabel = "FILE", description = "write contours of the loss on the plane of two "
            + "parameters through the best estimate, with every method's path, as a PNG")
    Path plotPath;

    @Option(names = "--path-params", paramLabel = "A,B", description = "--plot-path: the two parameters "
            + "(default: the first two)")
    String pathParams;

    @Option(names = "--trace", paramLabel = "FILE", description = "write every method's trace as one CSV")
    Path trace;

    @Option(names = "--format", defaultValue = "text", description = "text, json, markdown or html (one self-contained page)")
    Format format;

    @Override
    public Integer call() {
        ModelRequest request = model.request();
        Model m = request.load();
        double[] start = optimization.start == null ? m.defaultStart()
                : StartPoint.parse(optimization.start, m.parameterNames());
        int[] plane = plotPath == null ? null : plane(m.parameterNames(), m.description());
        List<String> names = optimizers == null ? OptimizerComparison.DEFAULT : optimizers;
        OptimizerOptions limits = optimization.limits(OptimizerOptions.DEFAULTS);
        OptimizerComparison c = OptimizerComparison.run(m.objective(), names, start, limits, optimization.settings());
        String problem = "Optimisers on " + m.kind() + " " + m.description() + " (" + m.n()
                + " observations) from " + Arrays.toString(start);
        String rendered = ComparisonRenderer.render(c, format);
        if (format == Format.TEXT) {
            rendered = problem + "\n\n" + rendered;
        }
        if (trace != null) {
            AtomicFiles.write(trace, TraceCsv.of(c.results()));
        }
        if (plot != null) {
            ConvergencePlot.write(plot, "Optimisers on " + m.kind(), c.results(), ConvergencePlot.threshold(limits));
        }
        if (plotPath != null) {
            PathPlot.write(plotPath, "Optimisers on " + m.kind(), m.objective(), c.results(), plane[0], plane[1],
                    PathPlot.gridSize(m.n()));
        }
        if (format == Format.HTML) {
            List<ComparisonHtml.Plot> plots = new java.util.ArrayList<>();
            if (plot != null) {
                plots.add(new ComparisonHtml.Plot(Pages.png(plot),
                        "The loss above the best and the gradient norm against the iteration"));
            }
            if (plotPath != null) {
                plots.add(new ComparisonHtml.Plot(Pages.png(plotPath), "The optimisers' paths over the loss's contours"));
            }
            rendered = ComparisonHtml.render(c, problem, Pages.command(spec), plots);
        }
        spec.commandLine().getOut().print(rendered);
        return 0;
    }

    /** The indices of {@code --path-params} among the parameters (the first two by default). */
    private int[] plane(List<String> parameters, String model) {
        if (parameters.size() < 2) {
            throw new BadInputException(CliErrors.PATH_NEEDS_TWO_PARAMETERS, model, parameters.size(), parameters);
        }
        if (pathParams == null) {
            return new int[] {0, 1};
        }
        String[] parts = pathParams.split(",", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank() || parts[0].trim().equals(parts[1].trim())) {
            throw new BadInputException(CliErrors.PATH_PARAMS_NOT_TWO, pathParams);
        }
        int[] plane = new int[2];
        for (int i = 0; i < 2; i++) {
            plane[i] = parameters.indexOf(parts[i].trim());
            if (plane[i] < 0) {
                throw new BadInputException(CliErrors.PATH_PARAMS_UNKNOWN, parts[i].trim(), String.join(", ", parameters));
            }
        }
        return plane;
    }
}
