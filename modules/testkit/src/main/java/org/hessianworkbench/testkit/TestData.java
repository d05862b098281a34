package org.hessianworkbench.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The repository's data sets ({@code data/*.csv}) as classpath resources under
 * {@code org/hessianworkbench/testkit/data/}: the testkit's build copies them there, so a test reads
 * {@code TestData.file("spector.csv")} wherever it runs, never a path relative to its module.
 *
 * <p>When the resources are plain files (the testkit's {@code target/classes}) the paths point at
 * them; when they are inside the testkit's jar, every data set is copied once per JVM to a
 * temporary directory (deleted at exit) and the paths point at the copies. The files are shared:
 * a test must not modify them. Provenance of each data set: {@code data/README.md}.
 */
public final class TestData {

    /** Where the data sets are on the class path. */
    static final String FOLDER = "org/hessianworkbench/testkit/data";

    private static Path directory;

    private TestData() {
    }

    /**
     * A data set as a real file.
     *
     * @param name the file's name, e.g. {@code "spector.csv"}
     * @return its path (a shared file: not to be modified)
     * @throws IllegalArgumentException when there is no such data set
     */
    public static Path file(String name) {
        Path p = directory().resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no data set " + name + " in " + FOLDER + " (data sets: " + names() + ")");
        }
        return p;
    }

    /**
     * A data set's text.
     *
     * @param name the file's name
     * @return the whole file, decoded as UTF-8
     */
    public static String text(String name) {
        try {
            return Files.readString(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A data set's lines (the header first).
     *
     * @param name the file's name
     * @return its lines
     */
    public static List<String> lines(String name) {
        try {
            return Files.readAllLines(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of all data sets, sorted. */
    public static List<String> names() {
        try (Stream<Path> s = Files.list(directory())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A directory holding every data set (what {@code workbench demo --data-dir} expects).
     *
     * @return the directory (shared: not to be modified)
     */
    public static synchronized Path directory() {
        if (directory == null) {
            directory = locate();
        }
        return directory;
    }

    private static Path locate() {
        URL url = TestData.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException(FOLDER + " is not on the class path: is the testkit built with its data resources?");
        }
        try {
            URI uri = url.toURI();
            if ("file".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            return copyOut(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the data sets at " + url, e);
        }
    }

    /** Copies the data sets out of a jar into a temporary directory, deleted when the JVM exits. */
    static Path copyOut(URI uri) throws IOException {
        Path target = Files.createTempDirectory("workbench-testdata");
        target.toFile().deleteOnExit();
        FileSystem fs;
        boolean opened = false;
        try {
            fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            fs = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        }
        try {
            List<Path> sources = new ArrayList<>();
            try (Stream<Path> s = Files.list(fs.provider().getPath(uri))) {
                s.filter(p -> p.getFileName().toString().endsWith(".csv")).forEach(sources::add);
            }
            Collections.sort(sources);
            for (Path source : sources) {
                Path copy = target.resolve(source.getFileName().toString());
                try (InputStream in = Files.newInputStream(source)) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                copy.toFile().deleteOnExit();
            }
        } finally {
            if (opened) {
                fs.close();
            }
        }
        return target;
    }
}
