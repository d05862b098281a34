package org.hessianworkbench.grading.exercise;

import java.util.ArrayList;
import java.util.List;

/**
 * Shrinks a counterexample further after jqwik: drops rows and columns (with their coefficients)
 * while the solution still fails the same way (the same exception type, as jqwik requires). jqwik
 * shrinks the number of columns by keeping the first ones, so a failure that needs the second column
 * stops at a case with a useless first column; dropping any one column gets past that. The bias
 * column of a cross-entropy case stays (it keeps the predictions inside the clip), and a case with
 * equal group widths keeps them equal. Deterministic.
 */
final class Minimizer {

    /** Solution calls spent at most. */
    static final int MAX_CALLS = 300;

    private Minimizer() {
    }

    /**
     * The minimised failure.
     *
     * @param sample  the smallest failing case found
     * @param failure what the solution's failure there is
     */
    record Failure(ExerciseCase sample, Throwable failure) {
    }

    /** A smaller case failing like {@code failure} at {@code c}, or {@code c} itself. */
    static Failure minimise(Exercise e, Object solution, ExerciseCase c, Throwable failure) {
        Class<?> kind = failure.getClass();
        int calls = 0;
        boolean smaller = true;
        while (smaller && calls < MAX_CALLS) {
            smaller = false;
            for (ExerciseCase candidate : candidates(c, e.insideClip())) {
                calls++;
                Throwable t = failureAt(e, solution, candidate);
                if (t != null && t.getClass() == kind) {
                    c = candidate;
                    failure = t;
                    smaller = true;
                    break;
                }
                if (calls == MAX_CALLS) {
                    break;
                }
            }
        }
        return new Failure(c, failure);
    }

    /** The failure of the solution at {@code c}, or null when it passes there. */
    static Throwable failureAt(Exercise e, Object solution, ExerciseCase c) {
        try {
            Trial.check(e, solution, c);
            return null;
        } catch (Throwable t) {
            return t;
        } finally {
            Trial.inFlight = null;
        }
    }

    /** Every case with one row, one column, or (equal widths) one column of each group removed. */
    static List<ExerciseCase> candidates(ExerciseCase c, boolean keepBias) {
        List<ExerciseCase> out = new ArrayList<>();
        int first = keepBias ? 1 : 0;
        for (int i = 0; c.n() > 1 && i < c.n(); i++) {
            out.add(new ExerciseCase(dropRow(c.x1(), i), c.product() ? dropRow(c.x2(), i) : null, dropAt(c.y(), i),
                    c.beta()));
        }
        if (!c.product()) {
            for (int j = first; c.p1() > 1 && j < c.p1(); j++) {
                out.add(new ExerciseCase(dropColumn(c.x1(), j), null, c.y(), dropAt(c.beta(), j)));
            }
            return out;
        }
        int p1 = c.p1();
        if (p1 == c.p2()) {
            for (int j = first; p1 > 1 && j < p1; j++) {
                for (int k = first; k < p1; k++) {
                    out.add(new ExerciseCase(dropColumn(c.x1(), j), dropColumn(c.x2(), k), c.y(),
                            dropAt(dropAt(c.beta(), p1 + k), j)));
                }
            }
        }
        for (int j = first; p1 > 1 && j < p1; j++) {
            out.add(new ExerciseCase(dropColumn(c.x1(), j), c.x2(), c.y(), dropAt(c.beta(), j)));
        }
        for (int k = first; c.p2() > 1 && k < c.p2(); k++) {
            out.add(new ExerciseCase(c.x1(), dropColumn(c.x2(), k), c.y(), dropAt(c.beta(), p1 + k)));
        }
        return out;
    }

    private static double[] dropAt(double[] v, int at) {
        double[] r = new double[v.length - 1];
        for (int i = 0, k = 0; i < v.length; i++) {
            if (i != at) {
                r[k++] = v[i];
            }
        }
        return r;
    }

    private static double[][] dropRow(double[][] m, int at) {
        double[][] r = new double[m.length - 1][];
        for (int i = 0, k = 0; i < m.length; i++) {
            if (i != at) {
                r[k++] = m[i];
            }
        }
        return r;
    }

    private static double[][] dropColumn(double[][] m, int at) {
        double[][] r = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            r[i] = dropAt(m[i], at);
        }
        return r;
    }
}
