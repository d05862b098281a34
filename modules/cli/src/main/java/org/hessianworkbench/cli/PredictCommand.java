package org.hessianworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.inference.Statistic;
import org.hessianworkbench.report.AtomicFiles;
import org.hessianworkbench.models.file.ModelFile;
import org.hessianworkbench.models.file.SavedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench predict}: predictions of a saved model on data, and leave-one-group-out predictions. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict with a model saved by 'fit --save': one CSV row per data row (line, prediction, "
                + "and for product models the leave-one-group-out predictions asked for); with --se the linear "
                + "predictor, delta-method standard errors and confidence intervals.")
final class PredictCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--model-file", required = true, paramLabel = "FILE", description = "a model saved by fit --save")
    Path modelFile;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV file with the model's columns")
    Path data;

    @Option(names = "--leave-out", paramLabel = "GROUP", split = ",",
            description = "product models: also the prediction without these groups (the product of the others)")
    java.util.List<String> leaveOut;

    @Option(names = "--out", paramLabel = "FILE", description = "write the CSV here (default: standard output)")
    Path out;

    @Option(names = "--drop-missing", description = "skip rows with a missing value in a column the model uses")
    boolean dropMissing;

    @Option(names = "--se", description = "also the linear predictor and delta-method standard errors on the link "
            + "and the response scale, and confidence intervals made on the link scale (columns link, link_se, "
            + "prediction, prediction_se, ci_low, ci_high); needs a model file saved with its covariance (version 2)")
    boolean se;

    @Option(names = "--level", defaultValue = "0.95", description = "with --se: the intervals' confidence level "
            + "(default 0.95)")
    double level;

    @Override
    public Integer call() {
        if (!(level > 0 && level < 1)) {
            throw new BadInputException(CliErrors.LEVEL_OUT_OF_RANGE, level);
        }
        SavedModel model = ModelFile.read(modelFile);
        if (se) {
            return withErrors(model);
        }
        if (leaveOut != null && !model.isProduct()) {
            throw new BadInputException(CliErrors.LEAVE_OUT_WITHOUT_GROUPS, modelFile, model.kind());
        }
        int[] left = leaveOut == null ? new int[0] : leaveOut.stream().mapToInt(model::partIndex).toArray();
        DataSet ds = DataSet.read(data);
        SavedModel.Predictions p = model.predict(ds, dropMissing, modelFile.toString());
        StringBuilder csv = new StringBuilder("line,prediction");
        for (int g : left) {
            csv.append(",leave_out_").append(model.parts().get(g).name());
        }
        csv.append('\n');
        for (int i = 0; i < p.values().length; i++) {
            csv.append(ds.lineOf(p.rows()[i])).append(',').append(p.values()[i]);
            for (int g : left) {
                csv.append(',').append(p.leaveOut().get(g)[i]);
            }
            csv.append('\n');
        }
        write(csv);
        return 0;
    }

    private int withErrors(SavedModel model) {
        if (model.inference() == null) {
            throw new BadInputException(CliErrors.PREDICT_SE_WITHOUT_INFERENCE, modelFile);
        }
        if (leaveOut != null && !model.isProduct()) {
            throw new BadInputException(CliErrors.LEAVE_OUT_WITHOUT_GROUPS, modelFile, model.kind());
        }
        int[] left = leaveOut == null ? new int[0] : leaveOut.stream().mapToInt(model::partIndex).toArray();
        DataSet ds = DataSet.read(data);
        SavedModel.Inference inference = model.inference();
        Statistic statistic = "t".equals(inference.statistic()) ? Statistic.t(inference.df()) : Statistic.z();
        SavedModel.Intervals p = model.predictWithErrors(ds, dropMissing, modelFile.toString(),
                statistic.critical(level));
        SavedModel.Predictions plain = left.length == 0 ? null : model.predict(ds, dropMissing, modelFile.toString());
        StringBuilder csv = new StringBuilder("line,link,link_se,prediction,prediction_se,ci_low,ci_high");
        for (int g : left) {
            csv.append(",leave_out_").append(model.parts().get(g).name());
        }
        csv.append('\n');
        for (int i = 0; i < p.rows().length; i++) {
            csv.append(ds.lineOf(p.rows()[i])).append(',').append(p.link()[i]).append(',').append(p.linkSe()[i])
                    .append(',').append(p.prediction()[i]).append(',').append(p.predictionSe()[i]).append(',')
                    .append(p.ciLow()[i]).append(',').append(p.ciHigh()[i]);
            for (int g : left) {
                csv.append(',').append(plain.leaveOut().get(g)[i]);
            }
            csv.append('\n');
        }
        write(csv);
        return 0;
    }

    private void write(CharSequence csv) {
        if (out != null) {
            AtomicFiles.write(out, csv.toString());
        } else {
            spec.commandLine().getOut().print(csv);
        }
    }
}
