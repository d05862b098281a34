package org.hessianworkbench.grading.exercise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hessianworkbench.derivatives.DesignBlock;

/**
 * One case a solution is checked on: a design of one block \(X\) ({@code x2} null) or of two
 * groups \(X_1, X_2\), the responses \(y\) and the point \(\beta\) (for two groups
 * \((\beta_1, \beta_2)\) concatenated). Immutable: the arrays are copied in and out.
 *
 * @param x1   the design (group 1's design for a product exercise), {@code n} rows of {@code p1} columns
 * @param x2   group 2's design, {@code n} rows of {@code p2} columns, or null
 * @param y    the {@code n} responses
 * @param beta the coefficients, length {@code p1} or {@code p1 + p2}
 */
public record ExerciseCase(double[][] x1, double[][] x2, double[] y, double[] beta) {

    /** A case; the arrays are copied. */
    public ExerciseCase {
        x1 = copy(x1);
        x2 = x2 == null ? null : copy(x2);
        y = y.clone();
        beta = beta.clone();
    }

    /** The design (group 1's), a copy. */
    @Override
    public double[][] x1() {
        return copy(x1);
    }

    /** Group 2's design, a copy, or null. */
    @Override
    public double[][] x2() {
        return x2 == null ? null : copy(x2);
    }

    /** The responses, a copy. */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** The coefficients, a copy. */
    @Override
    public double[] beta() {
        return beta.clone();
    }

    /** Whether this is a two-group case. */
    public boolean product() {
        return x2 != null;
    }

    /** Number of observations \(n\). */
    public int n() {
        return y.length;
    }

    /** Columns of the first block. */
    public int p1() {
        return x1[0].length;
    }

    /** Columns of the second block (0 for one block). */
    public int p2() {
        return x2 == null ? 0 : x2[0].length;
    }

    /** The design blocks, for the reference objective. */
    List<DesignBlock> blocks() {
        List<DesignBlock> blocks = new ArrayList<>();
        blocks.add(DesignBlock.of(product() ? "g1" : "", names(product() ? "g1." : "x", p1()), x1));
        if (product()) {
            blocks.add(DesignBlock.of("g2", names("g2.", p2()), x2));
        }
        return blocks;
    }

    private static List<String> names(String prefix, int p) {
        List<String> n = new ArrayList<>();
        for (int j = 1; j <= p; j++) {
            n.add(prefix + j);
        }
        return n;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExerciseCase c && Arrays.deepEquals(x1, c.x1) && Arrays.deepEquals(x2, c.x2)
                && Arrays.equals(y, c.y) && Arrays.equals(beta, c.beta);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {x1, x2, y, beta});
    }

    /** Java-like text, e.g. {@code x = [[1.0]], y = [0.0], beta = [0.0]}. */
    @Override
    public String toString() {
        return (product() ? "x1 = " + Arrays.deepToString(x1) + ", x2 = " + Arrays.deepToString(x2)
                : "x = " + Arrays.deepToString(x1)) + ", y = " + Arrays.toString(y) + ", beta = " + Arrays.toString(beta);
    }
}
