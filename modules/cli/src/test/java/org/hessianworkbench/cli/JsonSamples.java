package org.hessianworkbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hessianworkbench.grading.exercise.CheckResult;
import org.hessianworkbench.grading.exercise.ExerciseCase;
import org.hessianworkbench.grading.exercise.Hint;
import org.hessianworkbench.grading.exercise.Verdict;
import org.hessianworkbench.grading.verify.Discard;
import org.hessianworkbench.grading.verify.Tally;
import org.hessianworkbench.grading.verify.VerifyModel;
import org.hessianworkbench.grading.verify.VerifyRunner;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.report.ExerciseRenderer;
import org.hessianworkbench.report.Format;
import org.hessianworkbench.report.Json;
import org.hessianworkbench.report.VerifyRenderer;

/**
 * Every command's JSON document, from runs through {@link Workbench#run} on the repository's data,
 * chosen so that together they show every key the documents can have (a linear fit for
 * {@code sigma}, a singular Hessian for {@code explanation} and for {@code se_unavailable}, a wrong answer for
 * {@code counterexample}, ...); two outcomes no command gives on demand (a failed {@code verify}
 * property, a product exercise's counterexample) are rendered by the command's own renderer. Each
 * sample names its section of {@code docs/json.md}. Computed once per test JVM:
 * {@link JsonContractTest} and {@link SchemaVersionTest} share them.
 */
final class JsonSamples {

    /** The section of docs/json.md for {@code fit} of logistic, poisson and linear models. */
    static final String FIT = "`fit` (logistic, poisson, linear)";

    /** The section for {@code fit} of the product models. */
    static final String FIT_PRODUCT = "`fit` (linear-product, linear-product-ce)";

    /** The section for {@code check}. */
    static final String CHECK = "`check`";

    /** The section for {@code compare-optimizers}. */
    static final String COMPARE = "`compare-optimizers`";

    /** The section for {@code verify}. */
    static final String VERIFY = "`verify`";

    /** The section for {@code derive --expr}. */
    static final String DERIVE = "`derive --expr`";

    /** The section for {@code derive NAME}. */
    static final String DERIVE_BUILT_IN = "`derive NAME` (built-in derivations)";

    /** The section for {@code exercise list}. */
    static final String EXERCISE_LIST = "`exercise list`";

    /** The section for {@code exercise check}. */
    static final String EXERCISE_CHECK = "`exercise check`";

    /** Every section, in the page's order. */
    static final List<String> SECTIONS = List.of(FIT, FIT_PRODUCT, CHECK, COMPARE, VERIFY, DERIVE, DERIVE_BUILT_IN,
            EXERCISE_LIST, EXERCISE_CHECK);

    private static final String LOGISTIC_LOSS = "-(y*log(sigmoid(b*x)) + (1-y)*log(1-sigmoid(b*x)))";

    private static List<Sample> samples;

    private JsonSamples() {
    }

    /**
     * One document.
     *
     * @param section  its section of docs/json.md
     * @param command  the command line that printed it (or what rendered it)
     * @param json     the document
     * @param text     the document as printed
     */
    record Sample(String section, String command, JsonNode json, String text) {
    }

    /** Every sample (runs the commands on first use). */
    static synchronized List<Sample> all() {
        if (samples == null) {
            samples = List.copyOf(compute());
        }
        return samples;
    }

    /** The header and the first {@code rows} rows of {@code data}, in a temporary file. */
    private static Path prefix(Path data, int rows) {
        try {
            Path p = Files.createTempFile("workbench-json-sample", ".csv");
            p.toFile().deleteOnExit();
            return Files.write(p, Files.readAllLines(data).subList(0, rows + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The samples; the exercise check, which mostly waits for its checking JVM, runs beside the others. */
    private static List<Sample> compute() {
        String seed42 = Repository.data("logistic_seed42.csv").toString();
        String spector = Repository.data("spector.csv").toString();
        String longley = Repository.data("longley.csv").toString();
        // the keys do not depend on n: the product fits read the first 5,000 of the notebook's 100,000 rows
        String product = prefix(Repository.data("linear_product_seed42.csv"), 5000).toString();
        String bfgs200 = Repository.data("newton_bfgs_200.csv").toString();
        ExecutorService beside = Executors.newSingleThreadExecutor();
        Future<Sample> check = beside.submit(() -> run(EXERCISE_CHECK, "exercise", "check", "logistic-hessian",
                "--solution", ExerciseCli.resource("logistic-hessian", "SignError").toString(), "--tries", "50", "--seed",
                "7", "--format", "json"));
        beside.shutdown();
        List<Sample> s = new ArrayList<>();
        s.add(run(FIT, "fit", "--data", seed42, "--model", "logistic", "--formula", "y ~ x1 + x2 - 1", "--format", "json"));
        s.add(run(FIT, "fit", "--data", longley, "--model", "linear", "--formula",
                "TOTEMP ~ GNPDEFL + GNP + UNEMP + ARMED + POP + YEAR", "--test", "GNP", "--format", "json"));
        s.add(run(FIT, "fit", "--data", Repository.data("ucla_binary.csv").toString(), "--model", "logistic", "--formula",
                "admit ~ gre + gpa + C(rank)", "--test", "C(rank)", "--ci", "both", "--format", "json"));
        s.add(run(FIT, "fit", "--data", spector, "--model", "poisson", "--formula", "GRADE ~ GPA + I(2*GPA)", "--format",
                "json"));
        s.add(run(FIT, "fit", "--data", Repository.data("aliased.csv").toString(), "--model", "linear", "--formula",
                "y ~ x1 + x2 + x3", "--format", "json"));
        s.add(singularHessian(spector));
        s.add(run(FIT, "fit", "--data", spector, "--model", "logistic", "--formula", "GRADE ~ GPA", "--hessian",
                "fd-nested", "--format", "json"));
        String separated = Repository.data("separated.csv").toString();
        s.add(runExiting(1, FIT, "fit", "--data", separated, "--model", "logistic", "--formula", "y ~ x", "--format", "json"));
        s.add(run(FIT, "fit", "--data", separated, "--model", "logistic", "--formula", "y ~ x", "--firth", "--format",
                "json"));
        s.add(run(FIT, "fit", "--data", spector, "--model", "logistic", "--formula", "GRADE ~ GPA + TUCE + PSI", "--se",
                "hc3", "--format", "json"));
        s.add(run(FIT, "fit", "--data", Repository.data("gamma_positive.csv").toString(), "--model", "gamma", "--formula",
                "y ~ x1 + x2", "--format", "json"));
        s.add(run(FIT, "fit", "--data", spector, "--model", "probit", "--formula", "GRADE ~ GPA + TUCE + PSI",
                "--information", "expected", "--format", "json"));
        s.add(run(FIT, "fit", "--data", Repository.data("huber_outliers.csv").toString(), "--model", "huber", "--param",
                "delta=1.345", "--formula", "y ~ x", "--format", "json"));
        s.add(run(FIT, "fit", "--data", spector, "--model", "custom", "--loss",
                "-(y*log(Phi(eta)) + (1 - y)*log(1 - Phi(eta)))", "--formula", "GRADE ~ GPA", "--format", "json"));
        s.add(run(FIT, "fit", "--data", Repository.data("heteroscedastic.csv").toString(), "--model", "custom", "--loss",
                "0.5*((y - mu)/exp(ls))^2 + ls", "--eta", "mu=~ x1 + x2", "--eta", "ls=~ x1", "--response", "y",
                "--format", "json"));
        s.add(run(FIT, "fit", "--data", Repository.data("overdispersed_counts.csv").toString(), "--model",
                "negative-binomial", "--formula", "count ~ x + dose", "--format", "json"));
        s.add(run(FIT_PRODUCT, "fit", "--data", product, "--model", "linear-product", "--response", "y", "--group",
                "x1=x1", "--group", "x2=x2", "--format", "json"));
        s.add(run(FIT_PRODUCT, "fit", "--data", product, "--model", "linear-product-ce", "--response", "y_binary",
                "--group", "x1=x1", "--group", "x2=x2", "--normalize", "none", "--format", "json"));
        s.add(run(CHECK, "check", "--data", seed42, "--model", "logistic", "--formula", "y ~ x1 + x2 - 1", "--format",
                "json"));
        s.add(run(CHECK, "check", "--data", spector, "--model", "logistic", "--formula", "GRADE ~ GPA + I(2*GPA)", "--at",
                "zero", "--format", "json"));
        s.add(run(COMPARE, "compare-optimizers", "--data", bfgs200, "--model", "logistic", "--formula",
                "Y ~ X1 + X2 + X3 + X4 + X5 - 1", "--start", "ones", "--optimizers", "newton,bfgs", "--format", "json"));
        s.add(run(VERIFY, "verify", "--models", "logistic", "--tries", "10", "--seed", "7", "--format", "json"));
        s.add(failedVerify());
        s.add(run(DERIVE, "derive", "--expr", LOGISTIC_LOSS, "--wrt", "b", "--order", "2", "--answer",
                "sigmoid(b*x)*(1 - sigmoid(b*x))*x", "--format", "json"));
        s.add(run(DERIVE, "derive", "--expr", LOGISTIC_LOSS, "--wrt", "b", "--answer", "x*sigmoid(x*b) - x*y",
                "--format", "json"));
        s.add(run(DERIVE, "derive", "--expr", LOGISTIC_LOSS, "--wrt", "b", "--answer", "x*(1 + tanh(b*x/2))/2 - x*y",
                "--format", "json"));
        s.add(run(DERIVE, "derive", "--expr", "log(1 + exp(a + b*x)) - y*(a + b*x)", "--wrt", "a,b", "--order", "2",
                "--answer", "[sigmoid(a+b*x)*(1-sigmoid(a+b*x)), sigmoid(a+b*x)*(1-sigmoid(a+b*x))*x; "
                        + "sigmoid(a+b*x)*(1-sigmoid(a+b*x)), sigmoid(a+b*x)*(1-sigmoid(a+b*x))*x^2]", "--format", "json"));
        for (String name : List.of("logistic", "linear-product", "linear-product-ce")) {
            s.add(run(DERIVE_BUILT_IN, "derive", name, "--format", "json"));
        }
        s.add(run(EXERCISE_LIST, "exercise", "list", "--format", "json"));
        try {
            s.add(check.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
        s.add(productCheck());
        return s;
    }

    private static Sample run(String section, String... args) {
        List<String> all = List.of(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WorkbenchCommand.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        String command = "workbench " + String.join(" ", all.stream().map(MarkdownExamples::quote).toList());
        if (code != 0 && !(section.equals(EXERCISE_CHECK) || section.equals(DERIVE))) {
            throw new AssertionError(command + " exited with " + code + ": " + err);
        }
        return sample(section, command, out.toString());
    }

    /** A run that must exit with {@code expected} (a diagnosis that fails the verdict prints its JSON too). */
    private static Sample runExiting(int expected, String section, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WorkbenchCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        String command = "workbench " + String.join(" ", List.of(args).stream().map(MarkdownExamples::quote).toList());
        if (code != expected) {
            throw new AssertionError(command + " exited with " + code + ", expected " + expected + ": " + err);
        }
        return sample(section, command, out.toString());
    }

    /**
     * A fit whose Hessian is singular although the design has full rank (an aliased design is fitted
     * without its aliased columns): logistic at a point where every weight underflows to 0, rendered
     * by {@code fit}'s renderer.
     */
    private static Sample singularHessian(String spector) {
        org.hessianworkbench.fitting.FitOptions o = org.hessianworkbench.fitting.FitOptions.defaults()
                .withStart(new double[] {800, 0});
        o = new org.hessianworkbench.fitting.FitOptions(o.optimizer(), o.hessian(), o.level(), o.z(), o.start(),
                o.optimizerOptions().withMaxIterations(0), o.settings(), o.normalization());
        var model = org.hessianworkbench.fitting.Workbench.model(org.hessianworkbench.fitting.Workbench.read(spector),
                "logistic", "GRADE ~ GPA");
        return sample(FIT, "FitRenderer.render(logistic GRADE ~ GPA stopped at (800, 0), where every weight is 0, JSON)",
                org.hessianworkbench.report.FitRenderer.render(org.hessianworkbench.fitting.Workbench.fit(model, o),
                        Format.JSON));
    }

    /** A failed property (no command fails on demand): rendered by {@code verify}'s renderer. */
    private static Sample failedVerify() {
        VerifyRunner.Outcome failed = new VerifyRunner.Outcome(VerifyModel.of(ModelKind.LINEAR_PRODUCT_CE), "hessian-fd-central-vs-ad",
                "7", false, "design [[1.0]], point [0.5]", "fd-central differs from ad at 1 entries",
                new Tally(2, 1, Map.of(Discard.KINK, 1), List.of(), 0));
        return sample(VERIFY, "VerifyRenderer.render(a failed property, JSON)",
                VerifyRenderer.render(List.of(failed), 7, Format.JSON));
    }

    /**
     * A product exercise's wrong answer (its counterexample has two designs), rendered by
     * {@code exercise check}'s renderer: one checking JVM per test run is enough.
     */
    private static Sample productCheck() {
        double[][] x1 = {{1, 2}};
        double[][] x2 = {{1, 0.5}};
        double[][] expected = {{1, 2, 1, 0.5}, {2, 4, 2, 1}, {1, 2, 1, 0.5}, {0.5, 1, 0.5, 0.25}};
        double[][] got = {{1, 2, 0, 0.5}, {2, 4, 2, 1}, {0, 2, 1, 0.5}, {0.5, 1, 0.5, 0.25}};
        CheckResult r = new CheckResult("linear-product-hessian", "MyProductHessian", Verdict.WRONG, 3, 7,
                new ExerciseCase(x1, x2, new double[] {1}, new double[] {1, 0, 1, 0}), expected, got,
                List.of(new int[] {0, 2}, new int[] {2, 0}), Hint.MISSING_RESIDUAL_TERM,
                "2 of 16 entries differ from the reference", List.of(), "printed\n");
        return sample(EXERCISE_CHECK, "ExerciseRenderer.render(a product exercise's wrong answer, JSON)",
                ExerciseRenderer.render(r, ExerciseRenderer.Output.JSON, Path.of("MyProductHessian.java")));
    }

    private static Sample sample(String section, String command, String text) {
        try {
            return new Sample(section, command, Json.mapper().readTree(text), text);
        } catch (IOException e) {
            throw new UncheckedIOException(command + " did not print JSON: " + text, e);
        }
    }
}
