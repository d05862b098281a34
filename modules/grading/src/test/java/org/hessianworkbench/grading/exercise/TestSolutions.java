package org.hessianworkbench.grading.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The test solutions of the exercises ({@code solutions/EXERCISE/NAME.java} beside this class): right
 * ones, typical mistakes and misbehaving ones. Checked in-process here ({@link ExerciseVerdictsTest})
 * and end to end through the checking JVM by the command line's tests, which get them from this
 * module's test-jar: a solution inside a jar is copied to a file first (the checker compiles files).
 */
public final class TestSolutions {

    private static Path extracted;

    private TestSolutions() {
    }

    /** The file of the test solution {@code name} of {@code exercise}. */
    public static synchronized Path path(String exercise, String name) {
        String resource = "solutions/" + exercise + "/" + name + ".java";
        URL url = TestSolutions.class.getResource(resource);
        if (url == null) {
            throw new AssertionError("no test solution " + exercise + "/" + name);
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            if (extracted == null) {
                extracted = Files.createTempDirectory("workbench-test-solutions");
                extracted.toFile().deleteOnExit();
            }
            Path file = extracted.resolve(exercise).resolve(name + ".java");
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                try (InputStream in = url.openStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new AssertionError(url.toString(), e);
        }
    }
}
