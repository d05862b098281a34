package org.hessianworkbench.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checking JVM's surroundings, without starting one: its environment and its capped output. */
class SolutionRunnerTest {

    @Test
    void theEnvironmentInheritsNothing() {
        Map<String, String> env = new HashMap<>(Map.of("GITHUB_TOKEN", "secret", "HOME", "/home/grader", "PATH", "/bin",
                "JAVA_TOOL_OPTIONS", "-javaagent:spy.jar"));
        Path home = Path.of("/tmp/workbench-exercise1/home");
        SolutionRunner.environment(env, home);
        assertEquals(home.toString(), env.get("HOME"));
        assertTrue(Set.of("HOME", "LC_ALL").containsAll(env.keySet()), env.toString());
        assertTrue(!env.containsKey("LC_ALL") || env.get("LC_ALL").equals("C.UTF-8"), env.toString());
    }

    @Test
    void theOutputIsCappedAndTheRestDrained() throws InterruptedException {
        String line = "x".repeat(1023) + "\n";
        byte[] threeMegabytes = line.repeat(3 * 1024).getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(threeMegabytes);
        List<String> kept = new SolutionRunner.Drain(in, "test-drain").lines();
        assertEquals(SolutionRunner.OUTPUT_LIMIT / line.length(), kept.size());
        assertEquals(0, in.available(), "drained to the end");
    }

    @Test
    void noArchiveOptionsUnlessTheLauncherNamesAnArchive() {
        assertEquals(List.of(), SolutionRunner.archiveOptions(), "the tests' JVM names no archive");
    }

    @Test
    void anArchiveTheCheckingJvmCannotMapIsNotUsable(@TempDir Path dir) throws IOException {
        Path cut = Files.write(dir.resolve("cut.jsa"), new byte[4096]);
        assertFalse(SolutionRunner.archiveUsable(cut), "4 kB of zeros is no archive");
        assertFalse(SolutionRunner.archiveUsable(dir.resolve("absent.jsa")), "an absent file is no archive");
    }
}
