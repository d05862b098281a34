package org.hessianworkbench.grading.exercise;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.derivatives.error.InternalException;
import org.hessianworkbench.grading.GradingMessages;

/**
 * A course: the exercise files of one folder, in the order of their file names ({@code README.md}
 * is not an exercise). The project's own course is the top-level {@code exercises/} folder: read
 * from the workbench's home when the launcher names it (system property {@code workbench.home}),
 * else from the copy the build puts in the jar. Immutable.
 */
public final class Course {

    /** The project's course folder, relative to the workbench's home. */
    public static final String FOLDER = "exercises";

    /** Where the build copies the project's course on the class path. */
    static final String RESOURCE = "org/hessianworkbench/grading/exercise/course";

    /** How {@link Exercise#argument()} marks a resource of the built-in course. */
    static final String RESOURCE_PREFIX = "resource:";

    /** A course folder's file that is not an exercise. */
    static final String README = "README.md";

    private static volatile Course builtIn;

    /** The kind of every exercise loaded in this JVM, by name (for reading results back). */
    private static final Map<String, ExerciseKind> KINDS = new ConcurrentHashMap<>();

    private final String where;
    private final Map<String, Exercise> exercises;

    private Course(String where, Map<String, Exercise> exercises) {
        this.where = where;
        this.exercises = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(exercises));
    }

    /**
     * The exercises of the folder {@code dir}.
     *
     * @throws BadInputException when the folder does not exist, holds no exercise file, holds a bad
     *                           file, or two files of one name
     */
    public static Course of(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(GradingMessages.COURSE_NOT_FOUND, dir);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> isExerciseFile(p.getFileName().toString()) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException ex) {
            throw new BadInputException(ex, GradingMessages.EXERCISE_FILE_NOT_READ, dir, ex.getMessage());
        }
        if (files.isEmpty()) {
            throw new BadInputException(GradingMessages.COURSE_EMPTY, dir);
        }
        Map<String, Exercise> m = new LinkedHashMap<>();
        for (Path f : files) {
            add(m, ExerciseFile.read(f));
        }
        return new Course(dir.toString(), m);
    }

    /** The project's own course (read once). */
    public static Course builtIn() {
        Course c = builtIn;
        if (c == null) {
            synchronized (Course.class) {
                c = builtIn;
                if (c == null) {
                    c = loadBuiltIn();
                    builtIn = c;
                }
            }
        }
        return c;
    }

    /** The course in {@code dir}, or the project's own when {@code dir} is null. */
    public static Course orBuiltIn(Path dir) {
        return dir == null ? builtIn() : of(dir);
    }

    private static Course loadBuiltIn() {
        String home = System.getProperty("workbench.home");
        if (home != null && Files.isDirectory(Path.of(home, FOLDER))) {
            return of(Path.of(home, FOLDER));
        }
        URL url = Course.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new InternalException(GradingMessages.BUILT_IN_COURSE_NOT_READ, RESOURCE + " is not on the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return fromResources(fs.getPath("/" + RESOURCE));
                }
            }
            return fromResources(Path.of(uri));
        } catch (IOException | URISyntaxException ex) {
            throw new InternalException(ex, GradingMessages.BUILT_IN_COURSE_NOT_READ, ex.getMessage());
        }
    }

    private static Course fromResources(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> isExerciseFile(p.getFileName().toString())).sorted(
                    (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        }
        Map<String, Exercise> m = new LinkedHashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            add(m, ExerciseFile.parse(Files.readString(f, StandardCharsets.UTF_8), FOLDER + "/" + name, null));
        }
        return new Course(FOLDER, m);
    }

    /** The one exercise of the built-in course in this class-path resource. */
    static Exercise resource(String name) {
        try (java.io.InputStream in = Course.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new InternalException(GradingMessages.BUILT_IN_COURSE_NOT_READ, name + " is not on the class path");
            }
            String file = name.substring(name.lastIndexOf('/') + 1);
            return ExerciseFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), FOLDER + "/" + file, null);
        } catch (IOException ex) {
            throw new InternalException(ex, GradingMessages.BUILT_IN_COURSE_NOT_READ, ex.getMessage());
        }
    }

    private static boolean isExerciseFile(String name) {
        return name.endsWith(ExerciseFile.SUFFIX) && !name.equals(README);
    }

    private static void add(Map<String, Exercise> m, Exercise e) {
        Exercise before = m.putIfAbsent(e.cliName(), e);
        if (before != null) {
            throw new BadInputException(GradingMessages.EXERCISE_NAME_TWICE, e.cliName(), before.source(), e.source());
        }
    }

    /** Records the kind of an exercise just read. */
    static void register(Exercise e) {
        KINDS.put(e.cliName(), e.kind());
    }

    /** The kind of the exercise of this name loaded in this JVM, or null. */
    static ExerciseKind kindOf(String name) {
        return KINDS.get(name);
    }

    /** The exercise with this name. @throws BadInputException when there is none */
    public Exercise byName(String name) {
        Exercise e = exercises.get(name);
        if (e == null) {
            throw new BadInputException(GradingMessages.UNKNOWN_EXERCISE, name, String.join(", ", names()));
        }
        return e;
    }

    /** The exercises, in order. */
    public List<Exercise> exercises() {
        return List.copyOf(exercises.values());
    }

    /** The names, in order. */
    public List<String> names() {
        return new ArrayList<>(exercises.keySet());
    }

    /** Where the course was read from. */
    public String where() {
        return where;
    }
}
