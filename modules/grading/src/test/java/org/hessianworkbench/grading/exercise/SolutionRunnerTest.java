package org.hessianworkbench.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
}
