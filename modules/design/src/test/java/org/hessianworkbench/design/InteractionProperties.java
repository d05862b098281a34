package org.hessianworkbench.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.testkit.Tolerances;

/**
 * Interactions on random data: {@code a*b} is {@code a + b + a:b} column for column; the columns of a
 * formula with an intercept and every lower-order term do not depend on the order its terms are
 * written in; removing a term and adding it back gives the same columns; an interaction's columns
 * are the products of its variables' columns.
 */
class InteractionProperties {

    /**
     * A product of three values multiplied in another order differs by at most two roundings, about
     * 4.4e-16 relative; 1e-15 leaves room and would still catch a wrong factor.
     */
    private static final double REORDERED_PRODUCT = 1e-15;

    /**
     * The variables the formulas are made of: numeric columns, transforms, an {@code I()} expression,
     * a text factor and a numeric-coded factor.
     */
    enum Variable {
        U("u", false), V("v", false), LOG("log(u + 6)", false), SQUARE("I(v^2)", false), EXP("exp(v)", false),
        TEXT_FACTOR("g", true), NUMERIC_FACTOR("C(k)", true);

        final String text;
        final boolean factor;

        Variable(String text, boolean factor) {
            this.text = text;
            this.factor = factor;
        }
    }

    /** Random data: y, u, v in [-5, 5], g with levels among a..d, k with levels among 1, 2, 3, 10. */
    record Frame(double[] y, double[] u, double[] v, List<String> g, List<Integer> k) {
        DataSet data() {
            StringBuilder b = new StringBuilder("y,u,v,g,k\n");
            for (int i = 0; i < y.length; i++) {
                b.append(y[i]).append(',').append(u[i]).append(',').append(v[i]).append(',').append(g.get(i))
                        .append(',').append(k.get(i)).append('\n');
            }
            return DataSet.fromCsvText("random.csv", b.toString());
        }
    }

    private static Arbitrary<double[]> values(int n) {
        return Arbitraries.doubles().between(-5, 5).ofScale(3).array(double[].class).ofSize(n);
    }

    /** Two distinct levels at least, so that each factor is a factor. */
    private static <T> Arbitrary<List<T>> levels(List<T> pool, int n) {
        return Arbitraries.of(pool).list().ofSize(n).filter(l -> new HashSet<>(l).size() > 1);
    }

    @Provide
    Arbitrary<Frame> frames() {
        return Arbitraries.integers().between(4, 20).flatMap(n -> Combinators.combine(values(n), values(n), values(n),
                levels(List.of("a", "b", "c", "d"), n), levels(List.of(1, 2, 3, 10), n)).as(Frame::new));
    }

    /** The columns of a design by name; an interaction's name with its parts sorted, so that a:b is b:a. */
    private static Map<String, double[]> columnsByName(DesignMatrix m) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int j = 0; j < m.columns(); j++) {
            String name = Arrays.stream(m.columnNames().get(j).split(":")).sorted().collect(Collectors.joining(":"));
            out.put(name, m.column(j));
        }
        return out;
    }

    private static void assertSameColumns(DesignMatrix expected, DesignMatrix actual, String what) {
        Map<String, double[]> want = columnsByName(expected);
        Map<String, double[]> got = columnsByName(actual);
        assertEquals(want.keySet(), got.keySet(), what);
        for (Map.Entry<String, double[]> e : want.entrySet()) {
            double[] w = e.getValue();
            double[] g = got.get(e.getKey());
            for (int i = 0; i < w.length; i++) {
                assertEquals(w[i], g[i], REORDERED_PRODUCT * Math.abs(w[i]), what + ": column " + e.getKey() + ", row " + i);
            }
        }
    }

    private static DesignMatrix build(String formula, DataSet data) {
        return DesignMatrix.build(Formula.parse(formula), data, false);
    }

    @Property(tries = 200)
    void starIsBothTermsAndTheirInteraction(@ForAll("frames") Frame frame, @ForAll Variable a,
                                            @ForAll Variable b, @ForAll boolean intercept) {
        Statistics.label("kinds").collect(a.factor ? (b.factor ? "factor x factor" : "factor x numeric")
                : (b.factor ? "numeric x factor" : "numeric x numeric"));
        Statistics.label("intercept").collect(intercept);
        Statistics.label("same variable").collect(a == b);
        Statistics.label("kinds").coverage(cov -> {
            for (String k : List.of("factor x factor", "factor x numeric", "numeric x factor", "numeric x numeric")) {
                cov.check(k).count(n -> n > 0);
            }
        });
        Statistics.label("intercept").coverage(cov -> cov.check(false).count(n -> n > 0));
        Statistics.label("same variable").coverage(cov -> cov.check(true).count(n -> n > 0));

        DataSet data = frame.data();
        String noIntercept = intercept ? "" : " - 1";
        DesignMatrix star = build("y ~ " + a.text + " * " + b.text + noIntercept, data);
        DesignMatrix sum = build("y ~ " + a.text + " + " + b.text + " + " + a.text + ":" + b.text + noIntercept, data);
        assertEquals(sum.columnNames(), star.columnNames());
        assertArrayEquals(sum.toRowMajor(), star.toRowMajor(), Tolerances.EXACT);
    }

    @Provide
    Arbitrary<List<Variable>> distinctVariables() {
        return Arbitraries.of(Variable.class).list().ofMinSize(2).ofMaxSize(4).uniqueElements();
    }

    @Property(tries = 200)
    void columnsDoNotDependOnTheOrderOfTheTerms(@ForAll("frames") Frame frame,
                                                @ForAll("distinctVariables") List<Variable> vars,
                                                @ForAll("permutationSeeds") List<Integer> keys) {
        Statistics.label("factors").collect(vars.stream().filter(v -> v.factor).count());
        Statistics.label("factors").coverage(cov -> {
            cov.check(0L).count(n -> n > 0);
            cov.check(1L).count(n -> n > 0);
            cov.check(2L).count(n -> n > 0);
        });
        List<Variable> shuffled = new ArrayList<>(vars);
        shuffled.sort((x, y) -> Integer.compare(keys.get(x.ordinal()), keys.get(y.ordinal())));
        DataSet data = frame.data();
        // every interaction up to order 2 (or 3 for three variables or more) beside every lower-order term
        int order = vars.size() > 2 ? 3 : 2;
        DesignMatrix written = build("y ~ (" + join(vars) + ")^" + order, data);
        DesignMatrix reordered = build("y ~ (" + join(shuffled) + ")^" + order, data);
        assertSameColumns(written, reordered, join(vars) + " reordered as " + join(shuffled));
    }

    @Provide
    Arbitrary<List<Integer>> permutationSeeds() {
        return Arbitraries.integers().between(0, 1000).list().ofSize(Variable.values().length).uniqueElements();
    }

    @Property(tries = 200)
    void removingATermAndAddingItBackGivesTheSameColumns(@ForAll("frames") Frame frame,
                                                         @ForAll("distinctVariables") List<Variable> vars,
                                                         @ForAll("indices") int pick) {
        DataSet data = frame.data();
        String full = "y ~ (" + join(vars) + ")^2";
        List<Term> terms = Formula.parse(full).terms();
        Term t = terms.get(pick % terms.size());
        Statistics.label("term removed").collect(t instanceof Term.Interaction ? "interaction" : "variable");
        Statistics.label("term removed").coverage(cov -> {
            cov.check("interaction").count(n -> n > 0);
            cov.check("variable").count(n -> n > 0);
        });
        DesignMatrix original = build(full, data);
        DesignMatrix again = build(full + " - " + t.name() + " + " + t.name(), data);
        assertSameColumns(original, again, full + " - " + t.name() + " + " + t.name());
    }

    @Provide
    Arbitrary<Integer> indices() {
        return Arbitraries.integers().between(0, 100);
    }

    @Property(tries = 200)
    void anInteractionIsTheProductOfItsVariablesColumns(@ForAll("frames") Frame frame,
                                                        @ForAll Variable a,
                                                        @ForAll Variable b) {
        Statistics.label("kinds").collect(a.factor + " x " + b.factor);
        Statistics.label("kinds").coverage(cov -> {
            cov.check("true x true").count(n -> n > 0);
            cov.check("false x false").count(n -> n > 0);
        });
        DataSet data = frame.data();
        // alone and without intercept a factor has a column for every level, as each factor of a lone a:b
        DesignMatrix ab = build("y ~ 0 + " + a.text + ":" + b.text, data);
        DesignMatrix aAlone = build("y ~ 0 + " + a.text, data);
        DesignMatrix right = build("y ~ 0 + " + b.text, data);
        if (a == b) {
            assertEquals(aAlone.columnNames(), ab.columnNames(), "a:a is a");
            return;
        }
        assertEquals(ab.columns(), aAlone.columns() * right.columns());
        for (int q = 0; q < right.columns(); q++) {
            for (int p = 0; p < aAlone.columns(); p++) {
                int j = p + aAlone.columns() * q;
                assertEquals(aAlone.columnNames().get(p) + ":" + right.columnNames().get(q), ab.columnNames().get(j));
                double[] x = aAlone.column(p);
                double[] z = right.column(q);
                double[] got = ab.column(j);
                for (int i = 0; i < got.length; i++) {
                    assertEquals(x[i] * z[i], got[i], Tolerances.EXACT, ab.columnNames().get(j) + ", row " + i);
                }
            }
        }
    }

    private static String join(List<Variable> vars) {
        return vars.stream().map(v -> v.text).collect(Collectors.joining(" + "));
    }
}
