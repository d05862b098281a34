package org.hessianworkbench.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.grading.exercise.SolutionRunner;

/**
 * The training run of the launcher's class-data-sharing archive: {@code ./workbench} runs this class
 * once after a build, in a JVM started with {@code -XX:ArchiveClassesAtExit=FILE}, and the commands
 * after it with {@code -XX:SharedArchiveFile=FILE}: the classes these commands load are then mapped
 * from the archive, already parsed and verified, instead of read from the jars (docs/benchmarks.md,
 * "Start-up"). Its output is discarded; a command that fails only leaves its classes out.
 *
 * <p>Run from the workbench's home (the launcher's directory), which holds {@link #COMMANDS}' files.
 */
public final class ArchiveTraining {

    /** The exercise solution the training checks (a right one: the grading module's reference). */
    static final String SOLUTION =
            "modules/grading/src/test/resources/org/hessianworkbench/grading/exercise/solutions/logistic-hessian/Reference.java";

    /**
     * The command lines run, relative to the workbench's home: the short commands whose start-up
     * counts (a derivation, a fit on a small data set, an engine check, an exercise check, the help).
     */
    static final List<List<String>> COMMANDS = List.of(
            List.of("--help"),
            List.of("derive", "--expr", "-(y*log(sigmoid(b*x)) + (1-y)*log(1-sigmoid(b*x)))", "--wrt", "b"),
            List.of("fit", "--data", "data/spector.csv", "--model", "logistic", "--formula", "GRADE ~ GPA + TUCE + PSI"),
            List.of("check", "--data", "data/spector.csv", "--model", "logistic", "--formula", "GRADE ~ GPA + TUCE + PSI"),
            List.of("exercise", "check", "logistic-hessian", "--solution", SOLUTION, "--tries", "50", "--seed", "1"));

    private ArchiveTraining() {
    }

    /**
     * Runs {@link #COMMANDS} whose files exist under {@code home}; the exit codes, in order.
     *
     * @param home the workbench's home (the command lines' files are relative to it)
     */
    static List<Integer> run(Path home) {
        List<Integer> codes = new ArrayList<>();
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        for (List<String> command : COMMANDS) {
            List<String> args = new ArrayList<>();
            boolean present = true;
            for (int i = 0; i < command.size(); i++) {
                String a = command.get(i);
                if (i > 0 && (command.get(i - 1).equals("--data") || command.get(i - 1).equals("--solution"))) {
                    Path file = home.resolve(a);
                    present &= Files.isRegularFile(file);
                    a = file.toString();
                }
                args.add(a);
            }
            codes.add(present ? WorkbenchCommand.run(args.toArray(String[]::new), sink, sink) : null);
        }
        return codes;
    }

    /**
     * Entry point: runs the commands from {@code workbench.home} (default: the working directory); exit
     * 0. The exercise check's JVM dumps its own archive when the launcher asks for one ({@link
     * SolutionRunner#CREATE_ARCHIVE_PROPERTY}); an archive that JVM would not map is deleted.
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        run(Path.of(System.getProperty("workbench.home", ".")));
        String checkArchive = System.getProperty(SolutionRunner.CREATE_ARCHIVE_PROPERTY, "");
        if (!checkArchive.isBlank()) {
            Path archive = Path.of(checkArchive);
            if (Files.isRegularFile(archive) && !SolutionRunner.archiveUsable(archive)) {
                try {
                    Files.deleteIfExists(archive);
                } catch (IOException e) {
                    // the launcher removes it
                }
            }
        }
        System.exit(0);
    }
}
