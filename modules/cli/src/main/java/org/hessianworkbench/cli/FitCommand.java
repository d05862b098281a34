package org.hessianworkbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.design.Formula;
import org.hessianworkbench.derivatives.HessianMethod;
import org.hessianworkbench.models.Model;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.models.product.Normalization;
import org.hessianworkbench.models.product.ProductModel;
import org.hessianworkbench.optimizers.OptimizationResult;
import org.hessianworkbench.fitting.DispersionMethod;
import org.hessianworkbench.fitting.FitOptions;
import org.hessianworkbench.fitting.IntervalKind;
import org.hessianworkbench.fitting.Profiles;
import org.hessianworkbench.report.ProfilePlot;
import org.hessianworkbench.fitting.StandardErrors;
import org.hessianworkbench.fitting.FitReport;
import org.hessianworkbench.fitting.Information;
import org.hessianworkbench.fitting.ModelSaving;
import org.hessianworkbench.fitting.Fitter;
import org.hessianworkbench.fitting.FittingMessages;
import org.hessianworkbench.fitting.ModelRequest;
import org.hessianworkbench.fitting.ModelTests;
import org.hessianworkbench.fitting.PredictorsFitter;
import org.hessianworkbench.models.expression.PredictorsModel;
import org.hessianworkbench.fitting.ProductFitReport;
import org.hessianworkbench.fitting.ProductFitter;
import org.hessianworkbench.fitting.StartPoint;
import org.hessianworkbench.report.AtomicFiles;
import org.hessianworkbench.report.TraceCsv;
import org.hessianworkbench.report.BinsPlot;
import org.hessianworkbench.report.ConvergencePlot;
import org.hessianworkbench.models.file.ModelFile;
import org.hessianworkbench.report.FitRenderer;
import org.hessianworkbench.report.ProductRenderer;
import org.hessianworkbench.report.Format;
import org.hessianworkbench.report.html.FitHtml;
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

    @Mixin
    OptimizerCliOptions optimization;

    @Option(names = "--optimizer", paramLabel = "NAME",
            description = "newton (default), newton-pure, bfgs, bfgs-b, lbfgs, trust-region (product models' default), "
                    + "gradient-descent, hipparchus-cg; qr = least squares (linear's default)")
    String optimizer;

    @Option(names = "--hessian", paramLabel = "METHOD", defaultValue = "analytic",
            description = "analytic (default), ad, fd-central, fd-richardson, fd-nested")
    String hessian;

    @Option(names = "--level", defaultValue = "0.95", description = "confidence level of the intervals, Wald and profile (default 0.95)")
    double level;

    @Option(names = "--z", paramLabel = "VALUE", description = "use this critical value instead of the exact quantile (the logistic-Hessian notebook used 1.96)")
    Double z;

    @Option(names = "--trace", paramLabel = "FILE", description = "write the optimiser's trace (one row per iteration) as CSV")
    Path trace;

    @Option(names = "--plot-convergence", paramLabel = "FILE", description = "write the loss above the best and the gradient norm against the iteration as a PNG")
    Path plot;

    @Option(names = "--format", defaultValue = "text", description = "text, json, markdown or html (one self-contained page)")
    Format format;

    @Option(names = "--save", paramLabel = "FILE", description = "write the fitted model as JSON, for 'workbench predict'")
    Path save;

    @Option(names = "--plot-bins", paramLabel = "FILE",
            description = "write actual and predicted means in 20 equal-width bins of each variable as a PNG")
    Path bins;

    @Option(names = "--normalize", defaultValue = "mean-one", paramLabel = "HOW",
            description = "product models: mean-one (default; every group but the first has mean prediction 1), "
                    + "bias-one (every group but the first has bias 1), none (diagnosis only, no SEs)")
    String normalize;

    @Option(names = "--dispersion", defaultValue = "fixed", paramLabel = "HOW",
            description = "poisson: fixed (default; dispersion 1, z tests) or pearson (quasi-Poisson: SEs times "
                    + "sqrt(Pearson X^2/df), t tests with n - p df, as R's quasipoisson)")
    String dispersion;

    @Option(names = "--firth", description = "logistic: maximise Firth's penalised likelihood l(b) + 1/2 log det I(b), "
            + "whose estimate exists on separated data; standard errors from the inverse Fisher information")
    boolean firth;

    @Option(names = "--ci", defaultValue = "wald", paramLabel = "KIND",
            description = "intervals: wald (default; estimate +/- critical x SE), profile (profile likelihood, each end "
                    + "a root of the profile deviance, as R's MASS confint; penalised with --firth) or both")
    String ci;

    @Option(names = "--plot-profile", paramLabel = "FILE",
            description = "write each coefficient's profile (signed root of the profile deviance against the value, "
                    + "with the Wald line and the interval ends) as a PNG; needs --ci profile or both")
    Path plotProfile;

    @Option(names = "--test", paramLabel = "TERM", description = "test a term of the formula (e.g. C(rank)): Wald "
            + "joint test and likelihood-ratio test by refitting without it (F test for linear and quasi-likelihood "
            + "fits); repeatable")
    List<String> tests = List.of();

    @Option(names = "--se", defaultValue = "model", paramLabel = "TYPE",
            description = "standard errors: model (default; the inverse Hessian) or the sandwich hc0, hc1, hc2, hc3 "
                    + "(R's sandwich::vcovHC), for the linear model and the models of one linear predictor")
    String se;

    @Option(names = "--information", defaultValue = "observed", paramLabel = "KIND",
            description = "observed (default; the Hessian of the loss) or expected (Fisher's X'WX from the family's "
                    + "mean and variance, as R's glm; equal for canonical links), for the models of one linear predictor")
    String information;

    @Override
    public Integer call() {
        if (!(level > 0 && level < 1)) {
            throw new BadInputException(CliErrors.LEVEL_OUT_OF_RANGE, level);
        }
        if (z != null && !(z > 0 && Double.isFinite(z))) {
            throw new BadInputException(CliErrors.Z_NOT_POSITIVE, z);
        }
        HessianMethod method = HessianMethod.fromCliName(hessian);
        ModelRequest request = model.request();
        DataSet data = DataSet.read(request.data());
        Model loaded = request.load(data);
        double[] start = optimization.start == null ? null
                : StartPoint.parse(optimization.start, loaded.parameterNames());
        FitOptions options = new FitOptions(optimizer, method, level, z == null ? Double.NaN : z, start,
                optimization.limits(FitOptions.defaults().optimizerOptions()), optimization.settings(),
                Normalization.fromCliName(normalize)).withDispersion(DispersionMethod.fromCliName(dispersion))
                .withFirth(firth).withStandardErrors(StandardErrors.fromCliName(se));
        IntervalKind intervals = IntervalKind.fromCliName(ci);
        if (plotProfile != null && !intervals.profile()) {
            throw new BadInputException(CliErrors.PLOT_PROFILE_WITHOUT_PROFILE);
        }
        if (intervals.profile() && !(loaded instanceof RegressionModel)) {
            throw new BadInputException(CliErrors.PROFILE_FOR_ONE_PREDICTOR, loaded.kind().cliName());
        }
        if (!tests.isEmpty() && !(loaded instanceof RegressionModel)) {
            throw new BadInputException(CliErrors.TEST_FOR_ONE_PREDICTOR, loaded.kind().cliName());
        }
        Information info = Information.fromCliName(information);
        if (info == Information.EXPECTED && !(loaded instanceof RegressionModel)) {
            throw new BadInputException(FittingMessages.EXPECTED_INFORMATION_NOT_AVAILABLE, loaded.kind().cliName(),
                    "not a model of one linear predictor");
        }
        if (loaded instanceof ProductModel pm) {
            if (firth) {
                throw new BadInputException(FittingMessages.FIRTH_NOT_LOGISTIC, pm.kind().cliName());
            }
            return fitProduct(pm, request, options, data);
        }
        if (loaded instanceof PredictorsModel pm) {
            return fitPredictors(pm, options);
        }
        RegressionModel m = (RegressionModel) loaded;
        FitReport report = Fitter.fit(m, options, info);
        if (!tests.isEmpty()) {
            report = report.withTests(ModelTests.terms(m, report, options, tests));
        }

        report = Profiles.attach(m, options, report, intervals);
        if ((trace != null || plot != null) && report.optimization() == null) {
            throw new BadInputException(CliErrors.TRACE_WITHOUT_ITERATIONS);
        }
        byte[] png = report.optimization() == null ? null
                : writeOptimizerFiles(report.optimization(), report.model() + " " + report.formula());
        String withheld = ModelTests.withheldReason(report);
        String rendered = format == Format.HTML
                ? FitHtml.render(report, CliWording.INSTANCE, Pages.command(spec), png, tests.isEmpty() ? null : withheld)
                : FitRenderer.render(report, format, CliWording.INSTANCE);
        if (!tests.isEmpty() && withheld != null && format != Format.JSON && format != Format.HTML) {
            rendered += "\nTests of terms withheld: " + withheld + ".\n";
        }
        if (save != null) {
            AtomicFiles.write(save, ModelFile.toJson(ModelSaving.of(m, report)));
        }
        if (plotProfile != null) {
            ProfilePlot.write(plotProfile, "Profile likelihood" + (report.firth() ? " (Firth's penalised)" : "") + ": "
                    + report.model() + " " + report.formula(), report);
        }
        if (bins != null) {
            writeBins(data, Formula.parse(request.formula()).columns(), m.design().sourceRows(), m.response(),
                    m.fitted(report.estimate()));
        }
        spec.commandLine().getOut().print(rendered);
        return Diagnosis.anyFails(report.diagnoses()) ? WorkbenchCommand.EXIT_NUMERICAL_FAILURE : 0;
    }

    private int fitPredictors(PredictorsModel m, FitOptions options) {
        if (save != null) {
            throw new BadInputException(CliErrors.SEVERAL_PREDICTORS_NOT_SAVED, "--save");
        }
        if (bins != null) {
            throw new BadInputException(CliErrors.SEVERAL_PREDICTORS_NOT_SAVED, "--plot-bins");
        }
        FitReport report = PredictorsFitter.fit(m, options);
        byte[] png = writeOptimizerFiles(report.optimization(), report.model() + " " + report.formula());
        String rendered = format == Format.HTML
                ? FitHtml.render(report, CliWording.INSTANCE, Pages.command(spec), png)
                : FitRenderer.render(report, format, CliWording.INSTANCE);
        spec.commandLine().getOut().print(rendered);
        return Diagnosis.anyFails(report.diagnoses()) ? WorkbenchCommand.EXIT_NUMERICAL_FAILURE : 0;
    }

    private int fitProduct(ProductModel m, ModelRequest request, FitOptions options, DataSet data) {
        ProductFitReport report = ProductFitter.fit(m, options);
        byte[] png = writeOptimizerFiles(report.optimization(), report.model() + " " + report.description());
        String rendered = format == Format.HTML
                ? FitHtml.render(report, CliWording.INSTANCE, Pages.command(spec), png)
                : ProductRenderer.render(report, format, CliWording.INSTANCE);
        if (save != null) {
            AtomicFiles.write(save, ModelFile.toJson(ModelSaving.of(m, report)));
        }
        if (bins != null) {
            writeBins(data, m.variables(), m.sourceRows(), m.response(), m.predict(report.estimate()));
        }
        spec.commandLine().getOut().print(rendered);
        return Diagnosis.anyFails(report.diagnoses()) ? WorkbenchCommand.EXIT_NUMERICAL_FAILURE : 0;
    }

    private void writeBins(DataSet data, List<String> variables, int[] rows, double[] actual, double[] predicted) {
        List<double[]> values = new java.util.ArrayList<>();
        for (String v : variables) {
            double[] all = data.numeric(v);
            double[] x = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                x[i] = all[rows[i]];
            }
            values.add(x);
        }
        BinsPlot.write(bins, variables, values, actual, predicted);
    }

    /** Writes the trace and the convergence plot asked for; the plot's PNG bytes, or null when none was asked. */
    private byte[] writeOptimizerFiles(OptimizationResult result, String title) {
        if (trace != null) {
            AtomicFiles.write(trace, TraceCsv.of(List.of(result)));
        }
        if (plot == null) {
            return null;
        }
        byte[] png = ConvergencePlot.png("Convergence: " + title, List.of(result),
                ConvergencePlot.threshold(optimization.limits(FitOptions.defaults().optimizerOptions())));
        AtomicFiles.write(plot, png);
        return png;
    }
}
