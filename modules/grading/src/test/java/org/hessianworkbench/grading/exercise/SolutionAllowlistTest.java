package org.hessianworkbench.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The allowlist on small compiled classes: what numerical solutions write (lambdas, string
 * concatenation, records, enums, streams, collections, FastMath, the special functions) passes; each
 * way out is refused, naming the API and the line. Compiled in-process, no JVM started.
 */
class SolutionAllowlistTest {

    @TempDir
    Path dir;

    private static final String HEAD = "import org.hessianworkbench.exercise.api.HessianSolution;\n"
            + "import java.util.*;\nimport java.util.function.*;\nimport java.util.stream.*;\n";

    /** The uses the allowlist refuses in {@code body}, the members of {@code public class S}, starting on line 6. */
    private List<SolutionAllowlist.Use> check(String body) throws IOException {
        String source = HEAD + "public class S implements HessianSolution {\n" + body
                + "\n  public double[][] hessian(double[][] x, double[] y, double[] b) { return new double[1][1]; }\n}\n";
        Path file = dir.resolve("S.java");
        Files.writeString(file, source);
        SolutionCompiler.Compilation c = SolutionCompiler.compile(ExerciseKind.HESSIAN, file, source, dir.resolve("classes"));
        assertTrue(c.ok(), c + "\n" + source);
        return SolutionAllowlist.check(dir.resolve("classes"));
    }

    @Test
    void whatNumericalSolutionsWriteIsAllowed() throws IOException {
        List<SolutionAllowlist.Use> uses = check(String.join("\n",
                "  enum Link { LOGIT, PROBIT }",
                "  record Pair(double a, double b) { }",
                "  static final class Acc extends AbstractList<Double> { public Double get(int i) { return 0.0; }",
                "    public int size() { return 0; } }",
                "  private final Map<String, double[]> cache = new HashMap<>();",
                "  double f(double[] v, Link link, String s) {",
                "    assert v.length > 0 : \"empty \" + v.length;",
                "    DoubleUnaryOperator sig = t -> 1 / (1 + org.hipparchus.util.FastMath.exp(-t));",
                "    Function<Double, Double> e = Math::exp;",
                "    double sum = Arrays.stream(v).map(sig).sum() + IntStream.range(0, 3).mapToDouble(i -> i).sum();",
                "    List<Pair> ps = new ArrayList<>(List.of(new Pair(1, 2)));",
                "    ps.sort(Comparator.comparingDouble(Pair::a));",
                "    double[] w = v.clone(); System.arraycopy(v, 0, w, 0, v.length);",
                "    switch (s) { case \"a\" -> sum += 1; default -> sum += 2; }",
                "    switch (link) { case LOGIT -> sum += 1; default -> sum += StrictMath.log1p(2); }",
                "    Link[] all = Link.values();",
                "    long t0 = System.nanoTime();",
                // printing is allowed; the snippet is compiled and its bytecode read, never run (so this test
                // prints nothing); the stream names are spliced so that the source has no print statement
                "    System" + ".out.println(String.format(Locale.ROOT, \"%.3f %s\", sum, ps) + Link.valueOf(\"LOGIT\"));",
                "    System" + ".err.printf(\"%d%n\", all.length);",
                "    StringBuilder b = new StringBuilder().append(sum); Objects.requireNonNull(b);",
                "    Optional<Pair> first = ps.stream().filter(p -> p.b() > 0).findFirst();",
                "    if (Double.isNaN(sum) || sum > Integer.MAX_VALUE) { throw new IllegalStateException(\"bad \" + sum); }",
                "    try { return org.hipparchus.special.Gamma.logGamma(sum) + org.hipparchus.special.Erf.erf(0.5); }",
                "    catch (ArithmeticException ex) { return Double.NaN; }",
                "  }",
                "  class Inner { double g() { return f(new double[1], Link.LOGIT, \"a\"); } }",
                "  static double parallelSum(double[] v) { return 0; }",
                "  double k() { return parallelSum(new double[0]); }",
                "  double h() { return new Inner().g() + new Random(1).nextGaussian() + cache.size()"
                        + " + getClass().getSimpleName().length(); }"));
        assertEquals(List.of(), uses);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "  void f() throws Exception { new ProcessBuilder(\"touch\", \"x\").start(); }"
                + "| java.lang.ProcessBuilder.start",
        "  void f() throws Exception { Runtime.getRuntime().exec(\"touch x\"); }| java.lang.Runtime.getRuntime",
        "  void f() { System.exit(3); }| java.lang.System.exit",
        "  void f() { Runtime.getRuntime().halt(3); }| java.lang.Runtime.getRuntime",
        "  String f() { return System.getenv(\"HOME\"); }| java.lang.System.getenv",
        "  String f() { return System.getProperty(\"user.home\"); }| java.lang.System.getProperty",
        "  void f() { System.setProperty(\"a\", \"b\"); }| java.lang.System.setProperty",
        "  void f() { System.setOut(System" + ".err); }| java.lang.System.setOut",
        "  void f() { System.loadLibrary(\"x\"); }| java.lang.System.loadLibrary",
        "  native double f();| native method S.f",
        "  void f() throws Exception { java.nio.file.Files.writeString(java.nio.file.Path.of(\"x\"), \"x\"); }"
                + "| java.nio.file.Files.writeString",
        "  void f() throws Exception { new java.io.FileWriter(\"x\").close(); }| new java.io.FileWriter",
        "  boolean f() { return new java.io.File(\"x\").delete(); }| java.io.File.delete",
        "  void f() throws Exception { new java.net.Socket(\"localhost\", 80).close(); }| new java.net.Socket",
        "  void f() { new Thread(() -> { }).start(); }| java.lang.Thread.start",
        "  static class T extends Thread { }| java.lang.Thread",
        "  void f() { java.util.concurrent.Executors.newFixedThreadPool(2); }"
                + "| java.util.concurrent.Executors.newFixedThreadPool",
        "  double f(double[] v) { return Arrays.stream(v).parallel().sum(); }| java.util.stream.DoubleStream.parallel",
        "  void f(double[] v) { Arrays.parallelSort(v); }| java.util.Arrays.parallelSort",
        "  static class L extends ArrayList<Double> { long f() { return parallelStream().count(); } }| S.L.parallelStream",
        "  Object f() throws Exception { return Class.forName(\"org.hessianworkbench.grading.exercise.Trial\"); }"
                + "| java.lang.Class.forName",
        "  Object f() { return getClass().getDeclaredFields(); }| java.lang.Class.getDeclaredFields",
        "  Object f() { return getClass().getClassLoader(); }| java.lang.Class.getClassLoader",
        "  Object f() { return java.lang.invoke.MethodHandles.lookup(); }| java.lang.invoke.MethodHandles.lookup",
        "  Object f() { return String.class.getMethods(); }| java.lang.Class.getMethods",
        "  static class L extends ClassLoader { }| java.lang.ClassLoader",
        "  Object f() { return Thread.currentThread(); }| java.lang.Thread.currentThread",
        "  Object f() { return ServiceLoader.load(Runnable.class); }| java.util.ServiceLoader.load",
        "  void f() { Locale.setDefault(Locale.ROOT); }| java.util.Locale.setDefault",
        "  Object f() { return new Scanner(System.in); }| java.lang.System.in",
        "  java.io.File file;| java.io.File",
        "  Runnable f() { return System::gc; }| java.lang.System.gc",
        "  Object f() { return Object.class.getResourceAsStream(\"/x\"); }| java.lang.Class.getResourceAsStream",
        "  void f() throws Exception { ProcessHandle.current().destroy(); }| java.lang.ProcessHandle.current"})
    void eachWayOutIsRefusedNamingTheApiAndTheLine(String member, String api) throws IOException {
        List<SolutionAllowlist.Use> uses = check(member);
        assertFalse(uses.isEmpty(), member);
        // a member's declaration has no line of its own in the class file: the class's line stands for it
        int line = member.contains("{") ? 6 : 5;
        assertEquals(line, uses.get(0).line(), uses.toString());
        assertTrue(uses.stream().anyMatch(u -> u.describe().equals(api + " (S.java:" + line + ")")), uses.toString());
    }

    @Test
    void theFirstUseIsReportedAndTheOthersListedOnceEachInSourceOrder() throws IOException {
        List<SolutionAllowlist.Use> uses = check(String.join("\n",
                "  void f() throws Exception {",
                "    System.getenv(\"A\");",
                "    new ProcessBuilder(\"a\").start();",
                "    System.getenv(\"B\");",
                "  }"));
        assertEquals(List.of("java.lang.System.getenv (S.java:7)", "new java.lang.ProcessBuilder (S.java:8)",
                "java.lang.ProcessBuilder.start (S.java:8)", "java.lang.ProcessBuilder (S.java:8)",
                "java.lang.Process (S.java:8)", "java.lang.System.getenv (S.java:9)"), uses.stream().map(SolutionAllowlist.Use::describe).toList());
        String message = ExerciseChecker.forbiddenMessage(uses);
        assertTrue(message.startsWith("the solution uses java.lang.System.getenv (S.java:7) (and 5 more forbidden uses)"),
                message);
    }
}
