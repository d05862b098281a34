package org.hessianworkbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hessianworkbench.report.Json;

/**
 * The documentation's examples, run in the JVM that {@link DocExamplesTest} starts in a scratch
 * directory, so that relative paths in the examples mean what they mean to a user in the
 * repository's root. Reads the jobs (files to write, commands to run) from a JSON file, runs each
 * command through {@link Workbench#run} in order, and writes each one's exit code, output and error
 * output to another JSON file. Prints nothing.
 *
 * <p>{@code exercise check} runs the solution in a JVM of its own and mostly waits for it, so those
 * commands run one after the other on a second thread, beside the others; a file is overwritten
 * only after the checks started before have finished (two statements both name their skeleton
 * {@code MyHessian.java}).
 */
final class DocExampleRunner {

    private DocExampleRunner() {
    }

    /**
     * Runs the jobs.
     *
     * @param args the jobs file, the results file
     */
    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        System.setProperty("java.awt.headless", "true");
        JsonNode jobs = Json.mapper().readTree(Path.of(args[0]).toFile());
        Map<Integer, ObjectNode> results = new ConcurrentSkipListMap<>();
        ExecutorService beside = Executors.newSingleThreadExecutor();
        List<Future<?>> pending = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (JsonNode job : jobs) {
            if (job.has("file")) {
                String name = job.get("file").asText();
                if (!written.add(name)) {
                    for (Future<?> f : pending) {
                        f.get();
                    }
                }
                Files.writeString(Path.of(name), job.get("content").asText(), StandardCharsets.UTF_8);
                continue;
            }
            List<String> a = new ArrayList<>();
            job.get("args").forEach(x -> a.add(x.asText()));
            int id = job.get("id").asInt();
            if (a.size() > 1 && a.get(0).equals("exercise") && a.get(1).equals("check")) {
                pending.add(beside.submit(() -> results.put(id, run(id, a))));
            } else {
                results.put(id, run(id, a));
            }
        }
        for (Future<?> f : pending) {
            f.get();
        }
        beside.shutdown();
        ArrayNode out = Json.mapper().createArrayNode();
        results.values().forEach(out::add);
        Path target = Path.of(args[1]);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Json.mapper().writeValue(tmp.toFile(), out);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Runs one command; a throwable is reported as exit code -1 with its stack trace as the error output. */
    private static ObjectNode run(int id, List<String> a) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code;
        try {
            code = WorkbenchCommand.run(a.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        } catch (RuntimeException | Error e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.append("WorkbenchCommand.run threw: ").append(trace.toString());
            code = -1;
        }
        ObjectNode r = Json.mapper().createObjectNode();
        r.put("id", id);
        r.put("code", code);
        r.put("out", out.toString());
        r.put("err", err.toString());
        r.put("millis", (System.nanoTime() - start) / 1_000_000);
        return r;
    }
}
