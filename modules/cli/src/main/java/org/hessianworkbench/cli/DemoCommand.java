package org.hessianworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.cli.demo.Demo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench demo}: the main job. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "The two examples the workbench grew from, reproduced (the logistic-Hessian notebook and the Newton/BFGS tutorial), then published references.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "where the data sets are (default: data/ of the workbench)")
    Path dataDir;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "where the demo's plots go (default: out/demo of the workbench)")
    Path outDir;

    @Override
    public Integer call() {
        Path home = Path.of(System.getProperty("workbench.home", "."));
        Path dir = dataDir != null ? dataDir : home.resolve("data");
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(CliErrors.DATA_DIRECTORY_MISSING, dir);
        }
        Path out = outDir != null ? outDir : home.resolve("out").resolve("demo");
        try {
            Files.createDirectories(out);
        } catch (java.io.IOException e) {
            throw new BadInputException(e, CliErrors.OUTPUT_DIRECTORY_NOT_CREATED, out, e.getMessage());
        }
        spec.commandLine().getOut().print(new Demo(dir, out.normalize()).run());
        return 0;
    }
}
