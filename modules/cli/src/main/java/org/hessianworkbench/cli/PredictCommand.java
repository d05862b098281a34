package org.hessianworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.report.AtomicFiles;
import org.hessianworkbench.models.file.ModelFile;
import org.hessianworkbench.models.file.SavedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench predict}: predictions of a saved model on data, and leave-one-group-out predictions. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict with a model saved by 'fit --save': one CSV row per data row (line, prediction, "
                + "and for product models the leave-one-group-out predictions asked for).")
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

    @Override
    public Integer call() {
        SavedModel model = ModelFile.read(modelFile);
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
        if (out != null) {
            AtomicFiles.write(out, csv.toString());
        } else {
            spec.commandLine().getOut().print(csv);
        }
        return 0;
    }
}
