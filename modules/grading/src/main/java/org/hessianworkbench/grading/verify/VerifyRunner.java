package org.hessianworkbench.grading.verify;

import java.io.ByteArrayOutputStream;
import org.hessianworkbench.derivatives.error.InternalException;
import org.hessianworkbench.grading.GradingMessages;
import org.hessianworkbench.models.ModelKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.hessianworkbench.grading.PropertyLauncher;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the verification properties through the jqwik engine, launched programmatically with the
 * JUnit Platform launcher, one model at a time.
 */
public final class VerifyRunner {

    private static final Logger LOG = LogManager.getLogger(VerifyRunner.class);

    /**
     * The models verified by default, in report order: the built-in and product models (the
     * expression models need their family: {@link VerifyModel#of(org.hessianworkbench.models.Family)}).
     */
    public static final List<VerifyModel> MODELS = java.util.Arrays.stream(ModelKind.values()).filter(k -> !k.isExpression())
            .map(VerifyModel::of).toList();

    /** The properties every model has. */
    static final List<String> COMMON = List.of("gradientAnalyticVsAd", "hessianAnalyticVsAd", "hessianFdCentralVsAd",
            "hessianFdRichardsonVsAd", "symmetry", "taylorRemainder");

    private VerifyRunner() {
    }

    /**
     * Runs every property of each model.
     *
     * @param models   the models
     * @param tries    tries per property
     * @param seed     jqwik's random seed
     * @param progress called as each property finishes
     * @return the outcomes, in order
     */
    public static synchronized List<Outcome> run(List<VerifyModel> models, int tries, long seed, Consumer<Outcome> progress) {
        List<Outcome> all = new ArrayList<>();
        Path directory;
        try {
            directory = Files.createTempDirectory("workbench-verify");
        } catch (IOException e) {
            throw new InternalException(e, GradingMessages.SCRATCH_DIRECTORY_NOT_CREATED, e.getMessage());
        }
        Path database = directory.resolve("jqwik-database");
        PrintStream stdout = System.out;
        // jqwik's informational notes (java.util.logging) are not for the user of this report
        java.util.logging.Logger.getLogger("net.jqwik").setLevel(java.util.logging.Level.WARNING);
        ByteArrayOutputStream engineOutput = new ByteArrayOutputStream();
        try {
            for (VerifyModel model : models) {
                VerifySession.model = model;
                VerifySession.tries = tries;
                VerifySession.seed = Long.toString(seed);
                synchronized (VerifySession.OUTCOMES) {
                    VerifySession.OUTCOMES.clear();
                }
                VerifySession.progress = progress;
                List<String> properties = new ArrayList<>(COMMON);
                if (model.convex()) {
                    properties.add(4, "positiveSemidefiniteWhereConvex");
                }
                // the engine writes to standard output; the report must own it
                System.setOut(new PrintStream(engineOutput, true, StandardCharsets.UTF_8));
                TestExecutionSummary summary;
                try {
                    summary = PropertyLauncher.run(VerifyProperties.class, properties, Problem.class, database.toString());
                } finally {
                    System.setOut(stdout);
                }
                LOG.debug("{}: {} properties found, {} run, {} failed", model, summary.getTestsFoundCount(),
                        summary.getTestsStartedCount(), summary.getTestsFailedCount());
                summary.getFailures().forEach(f -> LOG.debug("failure: {}", f.getException().toString()));
                synchronized (VerifySession.OUTCOMES) {
                    all.addAll(VerifySession.OUTCOMES);
                }
            }
        } finally {
            System.setOut(stdout);
            LOG.debug("jqwik engine output: {}", engineOutput.toString(StandardCharsets.UTF_8));
            try {
                Files.deleteIfExists(database);
                Files.deleteIfExists(directory);
            } catch (IOException ignored) {
                // a temporary file: the system cleans it up
            }
        }
        return all;
    }

    /**
     * One property's outcome.
     *
     * @param model          the model, with its family
     * @param property       the property's name
     * @param seed           the seed to reproduce it
     * @param passed         whether it held
     * @param counterexample the shrunk counterexample, or null
     * @param failure        what failed there, or null
     * @param tally          how its tries went: checked (passed, failed) or discarded (why), and the
     *                       Taylor slopes
     */
    public record Outcome(VerifyModel model, String property, String seed, boolean passed, String counterexample,
                          String failure, Tally tally) {

        /** Tries made: checked and discarded. */
        public int tries() {
            return tally.tries();
        }

        /** Tries checked (not discarded by an assumption). */
        public int checks() {
            return tally.checks();
        }

        /**
         * Whether no try was checked, every one discarded (e.g. a loss not finite anywhere the
         * generators go): then the property did not hold, and did not fail on a counterexample either.
         */
        public boolean unchecked() {
            return !passed && tally.tries() > 0 && tally.checks() == 0;
        }

        /** The Taylor slopes read (taylor-remainder only), in try order. */
        public List<Double> slopes() {
            return tally.slopes();
        }
    }
}
