package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * The README's JShell quick-start, run as a reader runs it: from the repository root (Failsafe's
 * working directory), against the packaged jar the README names ({@code jshell --class-path ...}),
 * through {@code jdk.jshell}, one snippet per line of the README's {@code jshell} block. Every
 * snippet must be accepted and run without an exception; the printed table must be the coefficient
 * table and the last snippet, the comparison of two Hessian engines, must say they agree.
 */
class ReadmeJShellIT {

    private static final Pattern COMMAND = Pattern.compile("(?m)^jshell --class-path (\\S+)\\s*$");
    private static final Pattern SNIPPETS = Pattern.compile("(?s)```jshell\\n(.*?)```");

    @Test
    void theQuickStartRunsAsWritten() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher command = COMMAND.matcher(readme);
        assertTrue(command.find(), "README.md shows no 'jshell --class-path JAR' line");
        Path jar = Path.of(command.group(1));
        assertTrue(Files.isRegularFile(jar), jar + " (named by the README) was not built");
        Matcher block = SNIPPETS.matcher(readme);
        assertTrue(block.find(command.end()), "README.md has no ```jshell block after the jshell command");
        List<String> lines = new ArrayList<>();
        for (String line : block.group(1).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String last = null;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
             JShell shell = JShell.builder().out(out).err(out).remoteVMOptions("--class-path", jar.toString()).build()) {
            for (String line : lines) {
                // as the jshell tool does: complete a statement that lacks only its semicolon
                SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(line);
                assertTrue(info.completeness().isComplete(), () -> "not a complete snippet: " + line);
                List<SnippetEvent> events = shell.eval(info.source());
                assertFalse(events.isEmpty(), () -> "nothing evaluated for: " + line);
                for (SnippetEvent e : events) {
                    assertTrue(e.status() == Snippet.Status.VALID || e.status() == Snippet.Status.OVERWRITTEN,
                            () -> "snippet rejected (" + e.status() + "): " + line + " "
                                    + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
                    assertEquals(null, e.exception(), () -> "snippet threw: " + line + ": " + e.exception());
                }
                last = events.get(events.size() - 1).value();
            }
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Estimate") && text.contains("Std. Error") && text.contains("GPA"),
                () -> "the quick-start did not print the coefficient table:\n" + text);
        assertEquals("true", last, "the last snippet compares two Hessian engines and must say they agree");
    }
}
