package org.hessianworkbench.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiling a solution in-process: errors with file:line, and what makes a class a solution. */
class SolutionCompilerTest {

    @TempDir
    Path dir;

    private SolutionCompiler.Compilation compile(ExerciseKind kind, String fileName, String source) throws IOException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, source);
        return SolutionCompiler.compile(kind, file, source, dir.resolve("classes"));
    }

    private static final String BODY = " { public double[][] hessian(double[][] x, double[] y, double[] b) { return null; } }";

    @Test
    void aSolutionInAPackageAndAFileOfAnyNameCompiles() throws IOException {
        SolutionCompiler.Compilation c = compile(ExerciseKind.HESSIAN, "answer.java",
                "package hw3;\nimport org.hessianworkbench.exercise.api.HessianSolution;\n"
                        + "public class MyHessian implements HessianSolution" + BODY);
        assertTrue(c.ok(), c.toString());
        assertEquals("hw3.MyHessian", c.className());
        assertTrue(Files.isRegularFile(dir.resolve("classes/hw3/MyHessian.class")));
    }

    @Test
    void compileErrorsNameFileAndLine() throws IOException {
        SolutionCompiler.Compilation c = compile(ExerciseKind.HESSIAN, "Bad.java",
                "import org.hessianworkbench.exercise.api.HessianSolution;\n"
                        + "public class Bad implements HessianSolution {\n"
                        + "  public double[][] hessian(double[][] x, double[] y, double[] b) { return h }\n"
                        + "}\n");
        assertEquals(Verdict.COMPILE_ERROR, c.failure());
        assertTrue(c.message().matches("\\d compile errors?: Bad\\.java:3: .*"), c.message());
        assertTrue(c.errors().get(0).startsWith("Bad.java:3: ';' expected"), c.errors().toString());
        assertNull(c.className());
    }

    @Test
    void theWrongInterfaceNamesTheRightOne() throws IOException {
        SolutionCompiler.Compilation c = compile(ExerciseKind.PRODUCT_HESSIAN, "H.java",
                "import org.hessianworkbench.exercise.api.HessianSolution;\n"
                        + "public class H implements HessianSolution" + BODY);
        assertEquals(Verdict.NOT_A_SOLUTION, c.failure());
        assertTrue(c.message().contains("H implements HessianSolution, but this exercise needs ProductHessianSolution"),
                c.message());
        assertTrue(c.message().contains("double[][] hessian(double[][] x1, double[][] x2, double[] y, double[] beta)"));
    }

    @Test
    void aSolutionNeedsOnePublicInstantiableClass() throws IOException {
        String imp = "import org.hessianworkbench.exercise.api.HessianSolution;\n";
        SolutionCompiler.Compilation none = compile(ExerciseKind.HESSIAN, "N.java", imp + "class N implements HessianSolution" + BODY);
        assertEquals(Verdict.NOT_A_SOLUTION, none.failure());
        assertTrue(none.message().contains("no public class: declare it as 'public class N implements HessianSolution'"),
                none.message());
        SolutionCompiler.Compilation two = compile(ExerciseKind.HESSIAN, "T.java", imp
                + "public class A implements HessianSolution" + BODY + "\npublic class B implements HessianSolution" + BODY);
        assertTrue(two.message().contains("2 public classes (A, B)"), two.message());
        SolutionCompiler.Compilation abs = compile(ExerciseKind.HESSIAN, "Abs.java", imp
                + "public abstract class Abs implements HessianSolution" + BODY);
        assertTrue(abs.message().contains("Abs is abstract"), abs.message());
        SolutionCompiler.Compilation ctor = compile(ExerciseKind.HESSIAN, "C.java", imp
                + "public class C implements HessianSolution { public C(int k) { }\n"
                + "public double[][] hessian(double[][] x, double[] y, double[] b) { return null; } }");
        assertTrue(ctor.message().contains("C has no public constructor without arguments"), ctor.message());
        SolutionCompiler.Compilation missing = compile(ExerciseKind.GRADIENT, "M.java", "public class M { }");
        assertTrue(missing.message().contains("M does not implement GradientSolution"), missing.message());
    }

    @Test
    void theCompilerSeesTheExerciseApiOnly() throws IOException {
        SolutionCompiler.Compilation c = compile(ExerciseKind.HESSIAN, "Peek.java",
                "import org.hessianworkbench.exercise.api.HessianSolution;\n"
                        + "import org.hessianworkbench.models.LogisticLoss;\n"
                        + "public class Peek implements HessianSolution" + BODY);
        assertEquals(Verdict.COMPILE_ERROR, c.failure());
        assertTrue(c.message().contains("Peek.java:2: package org.hessianworkbench.models does not exist"), c.message());
    }
}
