package org.hessianworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The repository the tests run in: its root, its data and its Markdown pages. */
final class Repository {

    private Repository() {
    }

    /** The root: the nearest directory up from the working directory with {@code docs/}, {@code data/} and a README. */
    static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("docs")) && Files.isDirectory(p.resolve("data"))
                    && Files.isRegularFile(p.resolve("README.md"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root (docs/, data/, README.md) above " + Path.of("").toAbsolutePath());
    }

    /** A data set of the repository, by file name. */
    static Path data(String name) {
        return root().resolve("data").resolve(name);
    }

    /** {@code README.md}, then every {@code .md} file under {@code docs/} in sorted order. */
    static List<Path> markdownPages(Path root) throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(root.resolve("README.md"));
        try (Stream<Path> files = Files.walk(root.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }
}
