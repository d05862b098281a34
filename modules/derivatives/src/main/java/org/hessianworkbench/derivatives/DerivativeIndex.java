package org.hessianworkbench.derivatives;

import org.hipparchus.analysis.differentiation.DSCompiler;
import org.hipparchus.analysis.differentiation.DSFactory;

/**
 * Where the value, first and second partial derivatives sit in a Hipparchus
 * {@link org.hipparchus.analysis.differentiation.DerivativeStructure} array of order 2. The
 * positions are read from the compiler ({@link DSCompiler#getPartialDerivativeIndex}) rather than
 * assumed. Instances are immutable.
 */
final class DerivativeIndex {

    private final int p;
    private final int size;
    private final int[] first;
    private final int[][] second;

    private DerivativeIndex(DSCompiler compiler, int p) {
        this.p = p;
        this.size = compiler.getSize();
        this.first = new int[p];
        this.second = new int[p][p];
        int[] orders = new int[p];
        for (int i = 0; i < p; i++) {
            orders[i] = 1;
            first[i] = compiler.getPartialDerivativeIndex(orders);
            orders[i] = 0;
        }
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                orders[i]++;
                orders[j]++;
                second[i][j] = compiler.getPartialDerivativeIndex(orders);
                second[j][i] = second[i][j];
                orders[i] = 0;
                orders[j] = 0;
            }
        }
    }

    /** The index for a factory of order 2. */
    static DerivativeIndex of(DSFactory factory) {
        DSCompiler compiler = factory.getCompiler();
        if (compiler.getOrder() != 2) {
            throw new IllegalArgumentException("derivation order must be 2, not " + compiler.getOrder());
        }
        return new DerivativeIndex(compiler, compiler.getFreeParameters());
    }

    /** Length of the derivative array. */
    int size() {
        return size;
    }

    /** Position of \(\partial/\partial\beta_i\). */
    int first(int i) {
        return first[i];
    }

    /** Positions of the second partial derivatives, {@code [i][j]} (a copy). */
    int[][] secondIndices() {
        int[][] c = new int[p][];
        for (int i = 0; i < p; i++) {
            c[i] = second[i].clone();
        }
        return c;
    }

    /** Value, gradient and Hessian from a derivative array. */
    SecondOrder unpack(double[] all) {
        double[] g = new double[p];
        double[][] h = new double[p][p];
        for (int i = 0; i < p; i++) {
            g[i] = all[first[i]];
            for (int j = 0; j < p; j++) {
                h[i][j] = all[second[i][j]];
            }
        }
        return new SecondOrder(all[0], g, h);
    }
}
