package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hessianworkbench.cli.MarkdownExamples.Block;
import org.hessianworkbench.cli.MarkdownExamples.Example;
import org.hessianworkbench.cli.MarkdownExamples.Item;
import org.hessianworkbench.cli.MarkdownExamples.Output;
import org.hessianworkbench.cli.MarkdownExamples.Page;
import org.hessianworkbench.cli.MarkdownExamples.SourceFile;
import org.hessianworkbench.report.Json;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every example of {@code README.md} and {@code docs/**}{@code /*.md} and compares it with what
 * the page says: the exit code, and each output block after it.
 *
 * <p><b>Marking</b> (see {@link MarkdownExamples}): a fenced block {@code ```sh example} (or
 * {@code ```sh example exit=1}) holds {@code ./workbench} commands; a following {@code ```json output}
 * or {@code ```text output} block their standard output, {@code ```text stderr} their error output,
 * where a line {@code ...} stands for any number of lines; {@code ```java file=MyHessian.java} a file
 * the page's later examples use. Synopses and {@code ./workbench bench} stay unmarked; so does
 * {@code ./workbench demo} (several seconds: {@code .ci/run} runs it).
 *
 * <p><b>Running</b>: all examples run in one child JVM ({@link DocExampleRunner}: this test's class
 * path, this JVM's locale, the client compiler only as {@code ./workbench} uses for short commands)
 * whose working directory is a fresh temporary directory holding a copy of the repository's
 * {@code data/}: {@code --data data/spector.csv} reads the repository's file, and files the examples
 * write ({@code model.json}, {@code trace.csv}, {@code conv.png}) land in the temporary directory,
 * never in the repository. Pages run in file order (README.md first, then docs/ sorted), each
 * page's items in page order, in that one directory: a page that reads a file an example writes must
 * write it first itself. ({@code exercise check} examples run on a second thread beside the others:
 * see {@link DocExampleRunner}.) The time each command took goes to
 * {@code modules/cli/target/doc-examples-times.txt}.
 *
 * <p><b>Masking</b> ({@link OutputMask}): before comparing, both the documented and the real output
 * have times ({@code "seconds"} in JSON, the {@code seconds} column of tables), seeds drawn at random
 * (only when the example gives no {@code --seed}) and absolute paths (of the scratch directory, the
 * repository, the temporary directory, the home directory, and the placeholder
 * {@code /path/to/hessian-workbench}) replaced by placeholders, and white space at line ends dropped.
 * Everything else must match exactly.
 *
 * <p><b>Regenerating</b>: {@value #REGENERATE} rewrites every output block from the real output:
 * masked values as produced, except that paths are written under {@code /path/to/hessian-workbench};
 * an elided block ({@code ...}) keeps its elisions when it still matches and is written in full when
 * not. Exit codes are never rewritten. Review the diff.
 */
class DocExamplesTest {

    /** The command that rewrites the output blocks. */
    static final String REGENERATE = "mvn -q -pl modules/cli -am test -Dtest=DocExamplesTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dregenerate.docs=true";

    /** The child JVM's time limit: every example together takes about 15 seconds. */
    private static final long TIMEOUT_SECONDS = 300;

    /** Where the time each command took is written, to find the slow ones (Maven runs tests in the module). */
    private static final Path TIMES = Path.of("target", "doc-examples-times.txt");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyExampleDoesWhatItsPageSays() throws IOException, InterruptedException {
        Path repo = Repository.root();
        List<Page> pages = new ArrayList<>();
        List<String> markupErrors = new ArrayList<>();
        for (Path file : Repository.markdownPages(repo)) {
            String name = repo.relativize(file).toString().replace('\\', '/');
            try {
                pages.add(MarkdownExamples.parse(name, Files.readString(file, StandardCharsets.UTF_8)));
            } catch (MarkdownExamples.MarkupException e) {
                markupErrors.add(e.getMessage());
            }
        }
        // two JVMs side by side, each in a copy of the repository's root: the exercise pages (whose checks
        // mostly wait for their checking JVMs) and the others
        List<List<Page>> groups = List.of(new ArrayList<>(), new ArrayList<>());
        for (Page page : pages) {
            groups.get(page.name().startsWith("docs/exercises") ? 1 : 0).add(page);
        }
        List<Path> dirs = new ArrayList<>();
        List<String> masked = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Path dir = Files.createDirectories(work.resolve("group-" + g).resolve("repository-root"));
            copyData(repo.resolve("data"), dir.resolve("data"));
            dirs.add(dir);
            masked.add(dir.toString());
            masked.add(dir.toRealPath().toString());
        }
        ExecutorService beside = Executors.newSingleThreadExecutor();
        StringBuffer times = new StringBuffer("milliseconds per command (" + TIMES + ")\n");
        Future<Map<Example, JsonNode[]>> exercisePages = beside.submit(() -> run(groups.get(1), dirs.get(1), times));
        beside.shutdown();
        Map<Example, JsonNode[]> results = new LinkedHashMap<>(run(groups.get(0), dirs.get(0), times));
        try {
            results.putAll(exercisePages.get());
        } catch (ExecutionException e) {
            throw new AssertionError("the exercise pages' examples", e.getCause());
        }
        if (Files.isDirectory(TIMES.getParent())) {
            Files.writeString(TIMES, times, StandardCharsets.UTF_8);
        }
        masked.addAll(List.of(repo.toString(), repo.toRealPath().toString(), System.getProperty("java.io.tmpdir"),
                System.getProperty("user.home")));
        OutputMask mask = new OutputMask(masked);
        if (Boolean.getBoolean("regenerate.docs")) {
            regenerate(repo, pages, results, mask);
            List<Page> rewritten = new ArrayList<>();
            Map<Example, JsonNode[]> same = new HashMap<>();
            for (Page page : pages) {
                Page now = MarkdownExamples.parse(page.name(),
                        Files.readString(repo.resolve(page.name()), StandardCharsets.UTF_8));
                for (int k = 0; k < page.examples().size(); k++) {
                    same.put(now.examples().get(k), results.get(page.examples().get(k)));
                }
                rewritten.add(now);
            }
            pages = rewritten;
            results = same;
        }
        Map<Example, JsonNode[]> resultOf = results;
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the pages' markup", () -> assertTrue(markupErrors.isEmpty(),
                () -> "bad example markup:\n  " + String.join("\n  ", markupErrors))));
        for (Page page : pages) {
            for (Example e : page.examples()) {
                String name = e.where() + " " + e.text().lines().findFirst().orElse("");
                tests.add(DynamicTest.dynamicTest(name, () -> check(e, resultOf.get(e), mask)));
            }
        }
        return tests.stream();
    }

    /** Each example's results, one per command. */
    private static Map<Example, JsonNode[]> run(List<Page> pages, Path dir, StringBuffer times)
            throws IOException, InterruptedException {
        ArrayNode jobs = Json.mapper().createArrayNode();
        Map<Integer, Example> byId = new HashMap<>();
        Map<Integer, Integer> commandOf = new HashMap<>();
        int id = 0;
        for (Page page : pages) {
            for (Item item : page.items()) {
                if (item instanceof SourceFile f) {
                    ObjectNode j = jobs.addObject();
                    j.put("file", f.name());
                    j.put("content", String.join("\n", f.block().content()) + "\n");
                } else if (item instanceof Example e) {
                    for (int k = 0; k < e.commands().size(); k++) {
                        ObjectNode j = jobs.addObject();
                        j.put("id", id);
                        ArrayNode a = j.putArray("args");
                        e.commands().get(k).forEach(a::add);
                        byId.put(id, e);
                        commandOf.put(id, k);
                        id++;
                    }
                }
            }
        }
        Path jobFile = dir.getParent().resolve("jobs.json");
        Path resultFile = dir.getParent().resolve("results.json");
        Json.mapper().writeValue(jobFile.toFile(), jobs);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:-UsePerfData", "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8", "-Duser.language=" + System.getProperty("user.language"),
                "-Duser.country=" + System.getProperty("user.country"), "-cp", System.getProperty("java.class.path"),
                DocExampleRunner.class.getName(), jobFile.toString(), resultFile.toString()));
        Path log = dir.getParent().resolve("runner.log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the examples ran past " + TIMEOUT_SECONDS + " s; the runner's output:\n" + Files.readString(log));
        }
        if (p.exitValue() != 0 || !Files.exists(resultFile)) {
            fail("the examples' JVM failed (exit " + p.exitValue() + "):\n" + Files.readString(log));
        }
        Map<Example, JsonNode[]> results = new LinkedHashMap<>();
        for (JsonNode r : Json.mapper().readTree(resultFile.toFile())) {
            Example e = byId.get(r.get("id").asInt());
            int k = commandOf.get(r.get("id").asInt());
            results.computeIfAbsent(e, x -> new JsonNode[x.commands().size()])[k] = r;
            times.append(String.format("%7d  %s  %s%n", r.get("millis").asLong(), e.where(),
                    String.join(" ", e.commands().get(k))));
        }
        return results;
    }

    /** The exit codes and outputs of one example against its page. */
    private static void check(Example e, JsonNode[] results, OutputMask mask) {
        StringBuilder problems = new StringBuilder();
        for (int k = 0; k < e.commands().size(); k++) {
            JsonNode r = results[k];
            if (r.get("code").asInt() != e.exit()) {
                problems.append(String.format("exit code %d, the page says %d (%s)%n  stderr: %s%n", r.get("code").asInt(),
                        e.exit(), e.commands().size() > 1 ? "command " + (k + 1) : "the command",
                        r.get("err").asText().strip().replace("\n", "\n  ")));
            }
        }
        for (Output o : e.outputs()) {
            List<String> expected = mask.mask(String.join("\n", o.block().content()), !e.givesSeed());
            List<String> actual = mask.mask(output(results, o.stream()), !e.givesSeed());
            if (MarkdownExamples.match(expected, actual) == null) {
                problems.append(String.format("the %s block at line %d differs from the real output (masked):%n%s",
                        MarkdownExamples.info(o.block()), o.block().line(), difference(expected, actual)));
            }
        }
        if (problems.length() > 0) {
            fail(e.where() + ": " + e.text() + "\n" + problems + "If the new output is right, regenerate the output "
                    + "blocks with: " + REGENERATE + " (exit codes are edited by hand)");
        }
        assertEquals(e.commands().size(), results.length);
    }

    private static String output(JsonNode[] results, MarkdownExamples.Stream stream) {
        StringBuilder b = new StringBuilder();
        for (JsonNode r : results) {
            b.append(r.get(stream == MarkdownExamples.Stream.STDOUT ? "out" : "err").asText());
        }
        return b.toString();
    }

    /** The first differing line and a few lines around it, or the whole of both when elided. */
    static String difference(List<String> expected, List<String> actual) {
        if (MarkdownExamples.elided(expected)) {
            return "  documented (with elisions):\n    " + String.join("\n    ", expected) + "\n  real:\n    "
                    + String.join("\n    ", actual) + "\n";
        }
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format("  first difference at output line %d:%n", i + 1));
        int from = Math.max(0, i - 2);
        b.append("  documented:\n");
        for (int k = from; k < Math.min(expected.size(), i + 3); k++) {
            b.append(k == i ? "  > " : "    ").append(expected.get(k)).append('\n');
        }
        if (i >= expected.size()) {
            b.append("  > (end)\n");
        }
        b.append("  real:\n");
        for (int k = from; k < Math.min(actual.size(), i + 3); k++) {
            b.append(k == i ? "  > " : "    ").append(actual.get(k)).append('\n');
        }
        if (i >= actual.size()) {
            b.append("  > (end)\n");
        }
        return b.toString();
    }

    /** Rewrites every output block from the real output. */
    private static void regenerate(Path repo, List<Page> pages, Map<Example, JsonNode[]> results, OutputMask mask)
            throws IOException {
        for (Page page : pages) {
            Map<Block, List<String>> replacement = new HashMap<>();
            for (Example e : page.examples()) {
                for (Output o : e.outputs()) {
                    String real = mask.paths(output(results.get(e), o.stream()), OutputMask.PATH_PLACEHOLDER);
                    List<String> lines = MarkdownExamples.trimmed(real);
                    List<String> old = o.block().content();
                    if (MarkdownExamples.elided(old)) {
                        int[] at = MarkdownExamples.match(mask.mask(String.join("\n", old), !e.givesSeed()),
                                mask.mask(real, !e.givesSeed()));
                        if (at != null) {
                            List<String> kept = new ArrayList<>();
                            for (int k = 0; k < old.size(); k++) {
                                kept.add(at[k] < 0 ? old.get(k) : lines.get(at[k]));
                            }
                            lines = kept;
                        }
                    }
                    if (lines.stream().anyMatch(l -> l.strip().startsWith(o.block().fence()))) {
                        throw new IllegalStateException(e.where() + ": the output contains the block's fence "
                                + o.block().fence() + "; use a longer fence");
                    }
                    replacement.put(o.block(), lines);
                }
            }
            if (!replacement.isEmpty()) {
                String text = MarkdownExamples.rewrite(page, replacement);
                Path file = repo.resolve(page.name());
                if (!text.equals(Files.readString(file, StandardCharsets.UTF_8))) {
                    Files.writeString(file, text, StandardCharsets.UTF_8);
                }
            }
        }
    }

    private static void copyData(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, to.resolve(f.getFileName().toString()));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
