package org.hessianworkbench.testkit;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Designs with exact linear dependencies among their columns, beside {@link Designs}: jqwik values,
 * so a counterexample shrinks (fewer columns, scale 1, coefficients towards 0).
 *
 * <p>A design has 1..{@value #MAX_BASE} independent <em>base</em> columns (the first all ones in half
 * of them), each standard normal times its own scale from {@link #SCALES} (so one design mixes
 * scales from 1e-3 to 1e4), and 1..{@value #MAX_DEPENDENT} <em>dependent</em> columns, each an
 * integer combination \(\sum_j c_j x_j\), \(c_j \in \{-2..2\}\) not all 0, of the base columns,
 * inserted somewhere after the last base column it uses; a dependent column that uses one base
 * column with coefficient 1 is an exact duplicate. Rows: the column count plus 2..40. The response is
 * standard normal. The aliased columns are exactly the dependent ones ({@link AliasedDesign#aliased()}).
 */
public final class AliasedDesigns {

    /** Most base columns. */
    public static final int MAX_BASE = 5;

    /** Most dependent columns. */
    public static final int MAX_DEPENDENT = 2;

    /** Column scales, one drawn per base column; jqwik shrinks towards the first, 1. */
    public static final List<Double> SCALES = List.of(1.0, 1e-3, 1e-1, 1e2, 1e4);

    private AliasedDesigns() {
    }

    /**
     * A design with its aliased columns.
     *
     * @param x         the design, rows of all columns
     * @param y         the response
     * @param aliased   whether each column is a dependent one
     * @param intercept whether the first column is all ones
     * @param scales    the scale of each column (for a dependent column, the largest of those it uses)
     * @param duplicate whether some dependent column is an exact copy of a base column
     */
    public record AliasedDesign(double[][] x, double[] y, boolean[] aliased, boolean intercept, double[] scales,
                                boolean duplicate) {

        /** Columns. */
        public int p() {
            return aliased.length;
        }

        /** Indices of the columns that are not aliased, ascending. */
        public int[] kept() {
            return java.util.stream.IntStream.range(0, aliased.length).filter(j -> !aliased[j]).toArray();
        }

        /** The design without the aliased columns. */
        public double[][] reduced() {
            int[] keep = kept();
            double[][] out = new double[x.length][keep.length];
            for (int i = 0; i < x.length; i++) {
                for (int k = 0; k < keep.length; k++) {
                    out[i][k] = x[i][keep[k]];
                }
            }
            return out;
        }

        /** Largest scale over smallest among the columns. */
        public double scaleSpread() {
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (double s : scales) {
                lo = Math.min(lo, s);
                hi = Math.max(hi, s);
            }
            return hi / lo;
        }

        @Override
        public String toString() {
            return "AliasedDesign[" + x.length + " x " + p() + ", aliased " + java.util.Arrays.toString(aliased)
                    + ", scales " + java.util.Arrays.toString(scales) + "]";
        }
    }

    /** One dependent column: coefficients on the base columns and where it goes (0 = right after its last source). */
    private record Dependent(List<Integer> coefficients, int slack) {
    }

    /** The designs. */
    public static Arbitrary<AliasedDesign> designs() {
        Arbitrary<Integer> base = Arbitraries.integers().between(1, MAX_BASE);
        return base.flatMap(b -> {
            Arbitrary<List<Double>> scales = Arbitraries.of(SCALES).list().ofSize(b);
            Arbitrary<Dependent> dependent = Combinators.combine(
                    Arbitraries.integers().between(-2, 2).list().ofSize(b),
                    Arbitraries.integers().between(0, MAX_BASE + MAX_DEPENDENT)).as(Dependent::new);
            Arbitrary<List<Dependent>> dependents = dependent.list().ofMinSize(1).ofMaxSize(MAX_DEPENDENT);
            Arbitrary<Integer> extraRows = Arbitraries.integers().between(2, 40);
            return Combinators.combine(scales, dependents, Arbitraries.of(false, true), extraRows)
                    .flatAs((s, deps, one, extra) -> {
                        int p = b + deps.size();
                        int n = p + extra;
                        return Combinators.combine(Designs.normals(n * b), Designs.normals(n))
                                .as((z, y) -> build(n, b, s, deps, one, z, y));
                    });
        });
    }

    private static AliasedDesign build(int n, int b, List<Double> scales, List<Dependent> deps, boolean one,
                                       double[] z, double[] y) {
        // columns as arrays, base first; then dependents inserted after their last source
        List<double[]> columns = new ArrayList<>();
        List<Boolean> aliased = new ArrayList<>();
        List<Double> scale = new ArrayList<>();
        List<Integer> baseIndex = new ArrayList<>();
        for (int j = 0; j < b; j++) {
            double[] c = new double[n];
            double s = one && j == 0 ? 1 : scales.get(j);
            for (int i = 0; i < n; i++) {
                c[i] = one && j == 0 ? 1 : s * z[i * b + j];
            }
            columns.add(c);
            aliased.add(false);
            scale.add(s);
            baseIndex.add(j);
        }
        boolean duplicate = false;
        for (Dependent d : deps) {
            int[] coef = d.coefficients().stream().mapToInt(Integer::intValue).toArray();
            boolean any = false;
            for (int c : coef) {
                any |= c != 0;
            }
            if (!any) {
                coef[coef.length - 1] = 1;
            }
            int nonzero = 0;
            int last = -1;
            double s = 0;
            for (int j = 0; j < b; j++) {
                if (coef[j] != 0) {
                    nonzero++;
                    last = j;
                    s = Math.max(s, one && j == 0 ? 1 : scales.get(j));
                }
            }
            duplicate |= nonzero == 1 && coef[last] == 1;
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                double v = 0;
                for (int j = 0; j < b; j++) {
                    v += coef[j] * columns.get(baseIndex.get(j))[i];
                }
                c[i] = v;
            }
            int after = baseIndex.get(last) + 1;
            int at = Math.min(columns.size(), after + d.slack());
            columns.add(at, c);
            aliased.add(at, true);
            scale.add(at, s);
            for (int j = 0; j < b; j++) {
                if (baseIndex.get(j) >= at) {
                    baseIndex.set(j, baseIndex.get(j) + 1);
                }
            }
        }
        int p = columns.size();
        double[][] x = new double[n][p];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < n; i++) {
                x[i][j] = columns.get(j)[i];
            }
        }
        boolean[] a = new boolean[p];
        double[] sc = new double[p];
        for (int j = 0; j < p; j++) {
            a[j] = aliased.get(j);
            sc[j] = scale.get(j);
        }
        return new AliasedDesign(x, y.clone(), a, one, sc, duplicate);
    }
}
