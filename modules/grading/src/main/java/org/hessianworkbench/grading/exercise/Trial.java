package org.hessianworkbench.grading.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Assume;

/**
 * One call of a solution on one case, checked against the reference. A failure is thrown as one of
 * three exception types ({@link WrongShape}, {@link NotFinite}, {@link WrongValues}), each from its
 * own line, so that jqwik, which shrinks only towards samples failing the same way, keeps the kind of
 * the first failure while it shrinks; an exception of the solution propagates as it is. The case in
 * flight is published for the time-limit watchdog of the checking JVM.
 */
public final class Trial {

    /** The case the solution is running on, or null between calls. */
    static volatile ExerciseCase inFlight;

    /** The case of the latest call (kept when the call threw). */
    static volatile ExerciseCase last;

    /** The first OutOfMemoryError of the solution with a stack trace, or null. */
    static volatile OutOfMemoryError firstOutOfMemory;

    /** Calls made so far. */
    static final AtomicInteger CALLS = new AtomicInteger();

    private Trial() {
    }

    /** The answer does not have the shape of the reference. */
    static final class WrongShape extends AssertionError {
        private static final long serialVersionUID = 1L;
        final transient double[][] got;

        WrongShape(String problem, double[][] got) {
            super(problem);
            this.got = got;
        }
    }

    /** The answer has a NaN or infinite entry. */
    static final class NotFinite extends AssertionError {
        private static final long serialVersionUID = 1L;
        final transient double[][] got;

        NotFinite(String problem, double[][] got) {
            super(problem);
            this.got = got;
        }
    }

    /** The answer differs from the reference. */
    static final class WrongValues extends AssertionError {
        private static final long serialVersionUID = 1L;
        final transient double[][] expected;
        final transient double[][] got;
        final transient Comparison comparison;

        WrongValues(double[][] expected, double[][] got, Comparison comparison) {
            super(comparison.differing().size() + " entries differ from the reference");
            this.expected = expected;
            this.got = got;
            this.comparison = comparison;
        }
    }

    /** The solution ran out of memory: its {@link OutOfMemoryError} as an ordinary exception. */
    static final class OutOfMemory extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfMemory(OutOfMemoryError cause) {
            super(cause.toString(), cause);
        }
    }

    /**
     * Runs the solution on {@code c} and compares its answer with the reference.
     *
     * @throws WrongShape  when the answer is null or of the wrong shape
     * @throws NotFinite   when an entry is NaN or infinite
     * @throws WrongValues when an entry differs from the reference
     */
    static void check(Exercise e, Object solution, ExerciseCase c) {
        // a case that cannot judge (a Newton step's ill-conditioned Hessian) is discarded, not tried
        Assume.that(e.judges(c));
        double[][] expected = e.reference(c);
        double[][] got = call(e.kind(), solution, c);
        String shape = shapeProblem(e.kind(), got, expected.length == 1 && e.kind().vector()
                ? expected[0].length : expected.length);
        if (shape != null) {
            throw new WrongShape(shape, got);
        }
        String notFinite = notFinite(e.kind(), got);
        if (notFinite != null) {
            throw new NotFinite(notFinite, got);
        }
        Comparison cmp = Comparison.of(expected, got);
        if (!cmp.agree()) {
            throw new WrongValues(expected, got, cmp);
        }
    }

    /** The solution's answer as a matrix (a gradient as one row; null stays null), the case published while it runs. */
    static double[][] call(ExerciseKind kind, Object solution, ExerciseCase c) {
        CALLS.incrementAndGet();
        ExerciseHarness.CAPTURE.reset();
        last = c;
        inFlight = c;
        Object raw;
        try {
            raw = kind.invoke(solution, c);
        } catch (OutOfMemoryError e) {
            // jqwik and the JUnit Platform rethrow an OutOfMemoryError past everything; as an ordinary
            // failure it is shrunk and reported like any exception of the solution. The JVM throws
            // repeated ones without a stack trace: keep the first that has one, for the report
            if (firstOutOfMemory == null && e.getStackTrace().length > 0) {
                firstOutOfMemory = e;
            }
            throw new OutOfMemory(e);
        }
        inFlight = null;
        if (raw == null) {
            return null;
        }
        if (raw instanceof double[] v) {
            return new double[][] {v.clone()};
        }
        double[][] m = (double[][]) raw;
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i] == null ? null : m[i].clone();
        }
        return copy;
    }

    /** What is wrong with the shape of {@code got} for {@code p} coefficients, or null. */
    static String shapeProblem(ExerciseKind kind, double[][] got, int p) {
        if (got == null) {
            return "the solution returned null";
        }
        if (kind.vector()) {
            return got[0].length == p ? null : String.format(Locale.ROOT,
                    "the %s has length %d, expected %d (one entry per coefficient)",
                    kind == ExerciseKind.NEWTON_STEP ? "step" : "gradient", got[0].length, p);
        }
        if (got.length != p) {
            return String.format(Locale.ROOT, "the Hessian has %d rows, expected %d (one per coefficient)", got.length, p);
        }
        for (int i = 0; i < p; i++) {
            if (got[i] == null) {
                return String.format(Locale.ROOT, "row %d of the Hessian is null", i);
            }
            if (got[i].length != p) {
                return String.format(Locale.ROOT, "row %d of the Hessian has length %d, expected %d", i, got[i].length, p);
            }
        }
        return null;
    }

    /** The non-finite entries of {@code got} (named as in the student's code), or null. */
    static String notFinite(ExerciseKind kind, double[][] got) {
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < got.length; i++) {
            for (int j = 0; j < got[i].length; j++) {
                if (!Double.isFinite(got[i][j])) {
                    bad.add(entry(kind, i, j) + " = " + got[i][j]);
                }
            }
        }
        if (bad.isEmpty()) {
            return null;
        }
        return "the answer is not finite: " + String.join(", ", bad.subList(0, Math.min(4, bad.size())))
                + (bad.size() > 4 ? " and " + (bad.size() - 4) + " more" : "");
    }

    /** An entry as the student's code names it: {@code g[j]} or {@code h[i][j]}. */
    public static String entry(ExerciseKind kind, int i, int j) {
        return kind.vector() ? (kind == ExerciseKind.NEWTON_STEP ? "s[" : "g[") + j + "]" : "h[" + i + "][" + j + "]";
    }
}
