package org.hessianworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.cli.demo.Demo;
import org.hessianworkbench.report.AtomicFiles;
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

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default) or html: the whole demo as one self-contained page, its plots inline")
    DemoFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "with --format html: write the page here (the text "
            + "demo still prints); without it the page goes to standard output")
    Path page;

    /** The demo's formats. */
    enum DemoFormat {
        /** For a terminal. */
        TEXT,
        /** One page. */
        HTML
    }

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
        if (page != null && format != DemoFormat.HTML) {
            throw new BadInputException(CliErrors.DEMO_OUT_WITHOUT_HTML);
        }
        Demo demo = new Demo(dir, out.normalize());
        if (format == DemoFormat.TEXT) {
            spec.commandLine().getOut().print(demo.run());
            return 0;
        }
        Demo.Output output = demo.run(Pages.command(spec));
        if (page == null) {
            spec.commandLine().getOut().print(output.page());
        } else {
            AtomicFiles.write(page, output.page());
            spec.commandLine().getOut().print(output.text());
        }
        return 0;
    }
}
