package org.hessianworkbench.grading.exercise;

import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.derivatives.error.InternalException;
import org.hessianworkbench.exercise.api.GradientSolution;
import org.hessianworkbench.grading.GradingMessages;
import org.hipparchus.util.FastMath;

/**
 * Compiles a solution's single source file with the JDK's compiler API
 * ({@link ToolProvider#getSystemJavaCompiler()}) against the exercise API and Hipparchus' core
 * (for FastMath and the special functions), and checks that it is a solution of the exercise: one public top-level class with a public no-argument constructor
 * that implements the exercise's interface. The file may have any name (the public class need not
 * match it). No annotation processors run, so nothing of the student's runs here.
 */
public final class SolutionCompiler {

    /** Compiler errors reported at most. */
    static final int MAX_ERRORS = 10;

    private SolutionCompiler() {
    }

    /**
     * The outcome of compiling.
     *
     * @param className the binary name of the solution class, or null on failure
     * @param failure   {@link Verdict#COMPILE_ERROR} or {@link Verdict#NOT_A_SOLUTION}, or null on success
     * @param message   one line: what is wrong, or null on success
     * @param errors    the compiler's errors, {@code File.java:line: message}, at most {@value #MAX_ERRORS}
     */
    record Compilation(String className, Verdict failure, String message, List<String> errors) {
        Compilation {
            errors = List.copyOf(errors);
        }

        boolean ok() {
            return failure == null;
        }

        static Compilation failed(Verdict v, String message, List<String> errors) {
            return new Compilation(null, v, message, errors);
        }
    }

    /** Where the exercise API's classes are (a jar, or a directory during the build). */
    public static Path apiLocation() {
        try {
            return Path.of(GradientSolution.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new InternalException(e, GradingMessages.EXERCISE_API_NOT_FOUND, e.getMessage());
        }
    }

    /** Where Hipparchus' core classes are: solutions may use FastMath and org.hipparchus.special. */
    static Path hipparchusLocation() {
        try {
            return Path.of(FastMath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new InternalException(e, GradingMessages.EXERCISE_API_NOT_FOUND, e.getMessage());
        }
    }

    /**
     * Compiles {@code source} (the text of {@code file}) into {@code classes}.
     *
     * @throws BadInputException when this Java runtime has no compiler
     */
    static Compilation compile(ExerciseKind kind, Path file, String source, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new BadInputException(GradingMessages.NO_COMPILER);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
            files.setLocation(StandardLocation.CLASS_PATH, List.of(apiLocation().toFile(), hipparchusLocation().toFile()));
            StringWriter notes = new StringWriter();
            JavacTask task = (JavacTask) javac.getTask(notes, files, diagnostics,
                    List.of("--release", "17", "-proc:none", "-g", "-Xlint:none", "-implicit:none"), null,
                    List.of(new Source(file, source)));
            List<TypeElement> types = new ArrayList<>();
            for (Element e : task.analyze()) {
                if (e instanceof TypeElement t && t.getNestingKind() == NestingKind.TOP_LEVEL) {
                    types.add(t);
                }
            }
            List<String> errors = errors(diagnostics, file);
            if (!errors.isEmpty()) {
                return Compilation.failed(Verdict.COMPILE_ERROR, errorCount(diagnostics) + " compile error"
                        + (errorCount(diagnostics) == 1 ? "" : "s") + ": " + errors.get(0), errors);
            }
            Compilation c = solutionClass(kind, types, task);
            if (!c.ok()) {
                return c;
            }
            task.generate();
            errors = errors(diagnostics, file);
            if (!errors.isEmpty()) {
                return Compilation.failed(Verdict.COMPILE_ERROR, errors.get(0), errors);
            }
            return c;
        } catch (IOException e) {
            throw new InternalException(e, GradingMessages.SOLUTION_NOT_COMPILED, e.getMessage());
        }
    }

    /** The one public class, checked against the exercise's interface and for a public no-arg constructor. */
    private static Compilation solutionClass(ExerciseKind kind, List<TypeElement> types, JavacTask task) {
        String api = kind.api().getSimpleName();
        List<TypeElement> publics = new ArrayList<>();
        for (TypeElement t : types) {
            if (t.getModifiers().contains(Modifier.PUBLIC)) {
                publics.add(t);
            }
        }
        if (publics.isEmpty()) {
            String name = types.isEmpty() ? "MySolution" : types.get(0).getSimpleName().toString();
            return Compilation.failed(Verdict.NOT_A_SOLUTION, "the file has no public class: declare it as 'public class "
                    + name + " implements " + api + "'", List.of());
        }
        if (publics.size() > 1) {
            List<String> names = new ArrayList<>();
            publics.forEach(t -> names.add(t.getSimpleName().toString()));
            return Compilation.failed(Verdict.NOT_A_SOLUTION, "the file declares " + publics.size() + " public classes ("
                    + String.join(", ", names) + "): a solution is one public class", List.of());
        }
        TypeElement t = publics.get(0);
        String simple = t.getSimpleName().toString();
        if (t.getKind() != ElementKind.CLASS && t.getKind() != ElementKind.RECORD) {
            return Compilation.failed(Verdict.NOT_A_SOLUTION, simple + " is " + article(t.getKind()) + ", not a class",
                    List.of());
        }
        Types typeUtils = task.getTypes();
        TypeMirror self = typeUtils.erasure(t.asType());
        if (!typeUtils.isAssignable(self, typeUtils.erasure(task.getElements().getTypeElement(kind.api().getName()).asType()))) {
            List<String> other = new ArrayList<>();
            for (ExerciseKind k : ExerciseKind.values()) {
                TypeElement o = task.getElements().getTypeElement(k.api().getName());
                if (k != kind && typeUtils.isAssignable(self, typeUtils.erasure(o.asType()))) {
                    other.add(k.api().getSimpleName());
                }
            }
            return Compilation.failed(Verdict.NOT_A_SOLUTION, simple + (other.isEmpty() ? " does not implement " + api
                    : " implements " + String.join(", ", other) + ", but this exercise needs " + api)
                    + ": declare 'public class " + simple + " implements " + api + "' with the method "
                    + kind.signature(), List.of());
        }
        if (t.getModifiers().contains(Modifier.ABSTRACT)) {
            return Compilation.failed(Verdict.NOT_A_SOLUTION, simple + " is abstract: the workbench must be able to "
                    + "create an instance", List.of());
        }
        boolean constructor = false;
        for (ExecutableElement c : ElementFilter.constructorsIn(t.getEnclosedElements())) {
            constructor |= c.getModifiers().contains(Modifier.PUBLIC) && c.getParameters().isEmpty();
        }
        if (!constructor) {
            return Compilation.failed(Verdict.NOT_A_SOLUTION, simple + " has no public constructor without arguments",
                    List.of());
        }
        return new Compilation(task.getElements().getBinaryName(t).toString(), null, null, List.of());
    }

    private static String article(ElementKind k) {
        String s = k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return (s.startsWith("e") || s.startsWith("i") || s.startsWith("a") ? "an " : "a ") + s;
    }

    private static long errorCount(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).count();
    }

    /** The errors as {@code File.java:12: cannot find symbol; symbol: variable eta; location: class MyHessian}. */
    private static List<String> errors(DiagnosticCollector<JavaFileObject> diagnostics, Path file) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR || errors.size() == MAX_ERRORS) {
                continue;
            }
            String where = d.getSource() == null ? "" : file.getFileName() + ":" + d.getLineNumber() + ": ";
            List<String> lines = new ArrayList<>();
            d.getMessage(Locale.ROOT).lines().map(String::strip).filter(l -> !l.isEmpty())
                    .forEach(l -> lines.add(l.replaceAll("\\s+", " ")));
            errors.add(where + String.join("; ", lines));
        }
        return errors;
    }

    /** The source text, under the real file's URI (for messages), compatible with any class name. */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(Path file, String text) {
            super(file.toAbsolutePath().toUri(), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }

        @Override
        public boolean isNameCompatible(String simpleName, Kind kind) {
            return kind == Kind.SOURCE;
        }
    }
}
