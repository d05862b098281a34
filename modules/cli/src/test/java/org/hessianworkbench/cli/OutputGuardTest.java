package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hessianworkbench.report.ReportMessages;
import org.hessianworkbench.testkit.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * An output file that is an input file is refused with exit code 2 before any work, for every
 * command that writes files; the input is left as it was.
 */
class OutputGuardTest {

    private static final String FORMULA = "GRADE ~ GPA + TUCE + PSI";

    /** The options that name directories, not files (the demo's). */
    private static final Set<String> DIRECTORIES = Set.of("--data-dir", "--out-dir");

    @TempDir
    Path dir;

    private Path data;
    private byte[] before;

    @BeforeEach
    void copyTheData() throws IOException {
        data = dir.resolve("data.csv");
        Files.copy(TestData.file("spector.csv"), data);
        before = Files.readAllBytes(data);
    }

    private String d() {
        return data.toString();
    }

    /** Exit 2, one line naming both flags and both files, nothing on stdout, the input unchanged. */
    private void assertRefused(Cli r, String outputFlag, String output, String inputFlag, String input)
            throws IOException {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), err);
        assertTrue(err.contains(outputFlag + " " + output + " is the same file as " + inputFlag + " " + input), err);
        assertTrue(err.contains("would destroy the input"), err);
        assertArrayEquals(before, Files.readAllBytes(data), "the input is unchanged");
    }

    @Test
    void fitSaveOverTheDataIsRefused() throws IOException {
        Cli r = Cli.run("fit", "--save", d(), "--data", d(), "--model", "logistic", "--formula", FORMULA);
        assertRefused(r, "--save", d(), "--data", d());
        assertEquals("workbench fit: error: --save " + d() + " is the same file as --data " + d()
                + ": writing it would destroy the input; choose another output file", r.err().strip());
    }

    @Test
    void everyOutputOfFitIsGuarded() throws IOException {
        for (String output : List.of("--trace", "--plot-convergence", "--plot-bins", "--save", "--plot-profile")) {
            Cli r = Cli.run("fit", "--data", d(), "--model", "logistic", "--formula", FORMULA, "--optimizer", "bfgs",
                    output, d());
            assertRefused(r, output, d(), "--data", d());
        }
    }

    @Test
    void theRefusalComesBeforeAnyWork() throws IOException {
        // the data are read after the check: a formula with an unknown column is not even looked at
        Cli r = Cli.run("fit", "--data", d(), "--model", "logistic", "--formula", "GRADE ~ NOPE", "--save", d());
        assertRefused(r, "--save", d(), "--data", d());
    }

    @Test
    void linksAndOtherSpellingsOfThePathAreTheSameFile() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), data);
        Cli r = Cli.run("fit", "--data", d(), "--model", "logistic", "--formula", FORMULA, "--save", link.toString());
        assertRefused(r, "--save", link.toString(), "--data", d());
        Files.createDirectory(dir.resolve("x"));
        String roundabout = dir.resolve("x").resolve("..").resolve("data.csv").toString();
        Cli r2 = Cli.run("fit", "--data", roundabout, "--model", "logistic", "--formula", FORMULA, "--trace", d());
        assertRefused(r2, "--trace", d(), "--data", roundabout);
    }

    @Test
    void aNewFileOrAnotherFileIsWritten() throws IOException {
        Path model = dir.resolve("model.json");
        Cli r = Cli.run("fit", "--data", d(), "--model", "logistic", "--formula", FORMULA, "--save", model.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(model) > 0);
        Cli again = Cli.run("fit", "--data", d(), "--model", "logistic", "--formula", FORMULA, "--save",
                model.toString());
        assertEquals(0, again.code(), "an existing output that is not an input is overwritten: " + again.err());
    }

    @Test
    void compareOptimizersOutputsAreGuarded() throws IOException {
        for (String output : List.of("--plot", "--trace")) {
            Cli r = Cli.run("compare-optimizers", "--data", d(), "--model", "logistic", "--formula", FORMULA,
                    "--optimizers", "newton", output, d());
            assertRefused(r, output, d(), "--data", d());
        }
    }

    @Test
    void predictOutIsGuardedAgainstTheModelFileAndTheData() throws IOException {
        Path model = dir.resolve("model.json");
        assertEquals(0, Cli.run("fit", "--data", d(), "--model", "logistic", "--formula", FORMULA, "--save",
                model.toString()).code());
        byte[] saved = Files.readAllBytes(model);
        Cli overModel = Cli.run("predict", "--model-file", model.toString(), "--data", d(), "--out", model.toString());
        assertEquals(2, overModel.code(), overModel.err());
        assertTrue(overModel.err().contains("--out " + model + " is the same file as --model-file " + model),
                overModel.err());
        assertArrayEquals(saved, Files.readAllBytes(model));
        Cli overData = Cli.run("predict", "--model-file", model.toString(), "--data", d(), "--out", d());
        assertRefused(overData, "--out", d(), "--data", d());
    }

    @Test
    void theLibraryMessageNamesNoFlag() {
        CommandLine cl = WorkbenchCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        CommandLine.ParseResult parsed = cl.parseArgs("fit", "--data", d(), "--model", "logistic", "--formula",
                FORMULA, "--save", d()).subcommand();
        OutputGuard.SameFile e = assertThrows(OutputGuard.SameFile.class, () -> OutputGuard.check(parsed));
        assertEquals(ReportMessages.OUTPUT_IS_INPUT, e.key());
        assertEquals(List.of(data, data), e.values());
        assertEquals("--save", e.outputFlag());
        assertEquals("--data", e.inputFlag());
        assertFalse(e.getMessage().contains("--"), e.getMessage());
        assertTrue(e.getMessage().contains("the output file " + d() + " is the input file " + d()), e.getMessage());
    }

    @Test
    void everyFileOptionOfEveryCommandIsAnInputOrAnOutput() {
        CommandLine cl = WorkbenchCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        List<String> unclassified = new ArrayList<>();
        collect(cl, unclassified);
        assertEquals(List.of(), unclassified, "add each to OutputGuard.OUTPUTS or OutputGuard.INPUTS");
    }

    private static void collect(CommandLine c, List<String> unclassified) {
        for (OptionSpec o : c.getCommandSpec().options()) {
            if (o.type() != Path.class) {
                continue;
            }
            String name = o.longestName();
            if (!OutputGuard.OUTPUTS.contains(name) && !OutputGuard.INPUTS.contains(name)
                    && !DIRECTORIES.contains(name)) {
                unclassified.add(c.getCommandSpec().qualifiedName() + " " + name);
            }
        }
        c.getSubcommands().values().forEach(s -> collect(s, unclassified));
    }
}
