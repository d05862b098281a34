package org.hessianworkbench.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.testkit.Tolerances;

/**
 * Design matrices against a direct computation on random data and random formulas; factor and ramp
 * identities.
 */
class DesignMatrixProperties {

    /** The numeric columns of the random frames; {@code "v 2"} needs backquotes in a formula. */
    private static final List<String> COLUMNS = List.of("v0", "x_1", "v 2", "w.3");
    /** The values of the factor column {@code k}: numeric order differs from text order. */
    private static final List<Integer> K_LEVELS = List.of(1, 2, 3, 10);

    // ------------------------------------------------------------------------------------ generators

    /** Random data: response y, four numeric columns and the integer factor column k. */
    record Frame(int n, double[] y, List<double[]> v, int[] k) {
        String csv() {
            StringBuilder b = new StringBuilder("y,").append(String.join(",", COLUMNS)).append(",k\n");
            for (int i = 0; i < n; i++) {
                b.append(y[i]);
                for (double[] c : v) {
                    b.append(',').append(c[i]);
                }
                b.append(',').append(k[i]).append('\n');
            }
            return b.toString();
        }
    }

    enum Kind { COLUMN, LOG, EXP, SQRT, SQUARE, PRODUCT, RAMP, FACTOR }

    /** One random term: kind, the columns it reads, knots for a ramp, and whether it is written with spaces. */
    record TermSpec(Kind kind, int i, int j, List<Double> knots, boolean spaced) {
        String text() {
            String s = spaced ? " " : "";
            String a = q(i);
            return switch (kind) {
                case COLUMN -> a;
                case LOG -> "log(" + s + a + s + "+" + s + "6" + s + ")";
                case EXP -> "exp(" + s + a + s + ")";
                case SQRT -> "sqrt(" + s + "abs(" + s + a + s + ")" + s + ")";
                case SQUARE -> "I(" + s + a + s + "^" + s + "2" + s + ")";
                case PRODUCT -> "I(" + s + a + s + "*" + s + q(j) + s + "-" + s + "1" + s + ")";
                case RAMP -> "ramp(" + s + a + knots.stream().map(k -> s + "," + s + plain(k))
                        .collect(Collectors.joining()) + s + ")";
                case FACTOR -> "C(" + s + "k" + s + ")";
            };
        }

        /** Identity of the term independent of spacing: equal keys are the same term. */
        String key() {
            return switch (kind) {
                case COLUMN, LOG, EXP, SQRT, SQUARE -> kind + ":" + i;
                case PRODUCT -> kind + ":" + i + ":" + j;
                case RAMP -> kind + ":" + i + ":" + knots;
                case FACTOR -> kind.name();
            };
        }
    }

    /** A random formula on a random frame. */
    record Case(Frame frame, List<TermSpec> terms, int interceptStyle) {
        boolean intercept() {
            return interceptStyle == 0;
        }

        String formula() {
            String rhs = terms.stream().map(TermSpec::text).collect(Collectors.joining(" + "));
            return switch (interceptStyle) {
                case 0 -> "y ~ " + rhs;
                case 1 -> "y ~ " + rhs + " - 1";
                case 2 -> "y ~ " + rhs + " + 0";
                default -> "y ~ 0 + " + rhs;
            };
        }
    }

    private static String q(int column) {
        String name = COLUMNS.get(column);
        return name.contains(" ") ? "`" + name + "`" : name;
    }

    /** Knot text by an oracle independent of the code under test. */
    private static String plain(double k) {
        return BigDecimal.valueOf(k).stripTrailingZeros().toPlainString();
    }

    private static Arbitrary<double[]> values(int n) {
        return Arbitraries.doubles().between(-5, 5).ofScale(3).array(double[].class).ofSize(n);
    }

    private static Arbitrary<Frame> frames() {
        return Arbitraries.integers().between(2, 25).flatMap(n -> Combinators.combine(
                values(n), values(n), values(n), values(n), values(n),
                Arbitraries.of(K_LEVELS).array(Integer[].class).ofSize(n)).as((y, a, b, c, d, k) -> {
                    int[] levels = new int[n];
                    for (int i = 0; i < n; i++) {
                        levels[i] = k[i];
                    }
                    if (levels[0] == levels[1]) {
                        levels[1] = levels[0] == 1 ? 10 : 1;
                    }
                    return new Frame(n, y, List.of(a, b, c, d), levels);
                }));
    }

    private static Arbitrary<List<Double>> knots() {
        return Arbitraries.doubles().between(-5, 5).ofScale(2).list().ofMinSize(1).ofMaxSize(4)
                .map(ks -> ks.stream().map(k -> k + 0.0).distinct().sorted().toList());
    }

    private static Arbitrary<TermSpec> termSpecs() {
        Arbitrary<Integer> column = Arbitraries.integers().between(0, COLUMNS.size() - 1);
        return Combinators.combine(Arbitraries.of(Kind.class), column, column, knots(), Arbitraries.of(true, false))
                .as(TermSpec::new);
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(frames(), termSpecs().list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.integers().between(0, 3)).as(Case::new);
    }

    // ------------------------------------------------------------------------------------ oracle

    /** A design column computed directly. */
    record Expected(String name, double[] values) {
    }

    private static List<Expected> expected(Case c) {
        Frame f = c.frame();
        List<Expected> out = new ArrayList<>();
        if (c.intercept()) {
            out.add(new Expected("(Intercept)", fill(f.n(), i -> 1)));
        }
        Set<String> seen = new HashSet<>();
        boolean fullUsed = c.intercept();
        for (TermSpec t : c.terms()) {
            if (!seen.add(t.key())) {
                continue;
            }
            double[] a = f.v().get(t.i());
            double[] b = f.v().get(t.j());
            String name = t.text();
            switch (t.kind()) {
                case COLUMN -> out.add(new Expected(name, a.clone()));
                case LOG -> out.add(new Expected(name, fill(f.n(), i -> Math.log(a[i] + 6))));
                case EXP -> out.add(new Expected(name, fill(f.n(), i -> Math.exp(a[i]))));
                case SQRT -> out.add(new Expected(name, fill(f.n(), i -> Math.sqrt(Math.abs(a[i])))));
                case SQUARE -> out.add(new Expected(name, fill(f.n(), i -> a[i] * a[i])));
                case PRODUCT -> out.add(new Expected(name, fill(f.n(), i -> a[i] * b[i] - 1)));
                case RAMP -> {
                    String col = COLUMNS.get(t.i());
                    List<Double> k = t.knots();
                    int m = k.size();
                    out.add(new Expected(col + ".bias", fill(f.n(), i -> 1)));
                    out.add(new Expected(col + ".min(" + plain(k.get(0)) + ")", fill(f.n(), i -> Math.min(a[i], k.get(0)))));
                    for (int p = 0; p + 1 < m; p++) {
                        double lo = k.get(p);
                        double hi = k.get(p + 1);
                        out.add(new Expected(col + ".clip(" + plain(lo) + "," + plain(hi) + ")",
                                fill(f.n(), i -> a[i] < lo ? lo : a[i] > hi ? hi : a[i])));
                    }
                    out.add(new Expected(col + ".max(" + plain(k.get(m - 1)) + ")",
                            fill(f.n(), i -> Math.max(a[i], k.get(m - 1)))));
                }
                case FACTOR -> {
                    TreeSet<Integer> levels = new TreeSet<>();
                    for (int v : f.k()) {
                        levels.add(v);
                    }
                    List<Integer> sorted = List.copyOf(levels);
                    for (int p = fullUsed ? 1 : 0; p < sorted.size(); p++) {
                        int level = sorted.get(p);
                        out.add(new Expected(name + level, fill(f.n(), i -> f.k()[i] == level ? 1 : 0)));
                    }
                    fullUsed = true;
                }
                default -> throw new AssertionError(t);
            }
        }
        return out;
    }

    private interface RowFunction {
        double at(int row);
    }

    private static double[] fill(int n, RowFunction f) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = f.at(i);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------ properties

    @Property(tries = 300)
    void designMatrixEqualsDirectComputation(@ForAll("cases") Case c) {
        Set<String> keys = new HashSet<>();
        boolean duplicate = false;
        for (TermSpec t : c.terms()) {
            Statistics.label("kind").collect(t.kind());
            duplicate |= !keys.add(t.key());
        }
        Statistics.label("intercept").collect(c.intercept());
        Statistics.label("duplicate term").collect(duplicate);
        Statistics.label("intercept").coverage(cov -> cov.check(false).count(n -> n > 0));
        Statistics.label("duplicate term").coverage(cov -> cov.check(true).count(n -> n > 0));
        Statistics.label("kind").coverage(cov -> {
            for (Kind k : Kind.values()) {
                cov.check(k).count(n -> n > 0);
            }
        });

        DataSet data = DataSet.fromCsvText("random.csv", c.frame().csv());
        List<Expected> expected = expected(c);
        List<String> names = expected.stream().map(Expected::name).toList();
        boolean clash = new HashSet<>(names).size() < names.size();
        Statistics.label("name clash").collect(clash);
        Statistics.label("name clash").coverage(cov -> cov.check(false).count(n -> n > 0));
        if (clash) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> DesignMatrix.build(Formula.parse(c.formula()), data, false));
            assertTrue(e.getMessage().contains("design column names must be unique"), e.getMessage());
            assertEquals(DesignMessages.DUPLICATE_DESIGN_COLUMN, e.key());
            return;
        }
        DesignMatrix m = DesignMatrix.build(Formula.parse(c.formula()), data, false);
        assertEquals(names, m.columnNames(), c.formula());
        assertEquals(c.frame().n(), m.rows());
        assertEquals(c.intercept(), m.hasIntercept());
        for (int j = 0; j < expected.size(); j++) {
            double[] want = expected.get(j).values();
            double[] got = m.column(j);
            for (int i = 0; i < want.length; i++) {
                assertEquals(want[i], got[i], Tolerances.REORDERED * Math.max(1, Math.abs(want[i])),
                        c.formula() + ": column " + expected.get(j).name() + ", row " + i);
            }
        }
        double[] y = m.response();
        for (int i = 0; i < y.length; i++) {
            assertEquals(c.frame().y()[i], y[i], 0);
        }
    }

    /** Factor data: the levels of {@code g} and which formula uses them. */
    record FactorCase(List<String> g, boolean intercept, boolean numericFirst) {
        String formula() {
            String terms = numericFirst ? "x + C(g)" : "C(g)";
            return "y ~ " + terms + (intercept ? "" : " - 1");
        }

        String csv() {
            StringBuilder b = new StringBuilder("y,x,g\n");
            for (int i = 0; i < g.size(); i++) {
                b.append(i).append(',').append(i * 0.5).append(",\"").append(g.get(i)).append("\"\n");
            }
            return b.toString();
        }
    }

    @Provide
    Arbitrary<FactorCase> factorCases() {
        Arbitrary<List<String>> levels = Arbitraries.of("a", "b", "B", "c d", "zz", "10", "9", "2")
                .list().ofMinSize(2).ofMaxSize(30)
                .map(g -> {
                    if (new HashSet<>(g).size() > 1) {
                        return g;
                    }
                    List<String> fixed = new ArrayList<>(g);
                    fixed.set(0, g.get(0).equals("a") ? "b" : "a");
                    return fixed;
                });
        Arbitrary<List<String>> numericLevels = Arbitraries.of("10", "9", "2", "1.5")
                .list().ofMinSize(2).ofMaxSize(30)
                .filter(g -> new HashSet<>(g).size() > 1);
        return Combinators.combine(Arbitraries.oneOf(levels, numericLevels), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(FactorCase::new);
    }

    @Property(tries = 300)
    void eachRowHasExactlyOneLevelIndicator(@ForAll("factorCases") FactorCase c) {
        Set<String> distinct = new HashSet<>(c.g());
        Statistics.label("levels").collect(distinct.size() == 2 ? "2" : distinct.size() < 5 ? "3-4" : "5+");
        Statistics.label("intercept").collect(c.intercept());
        Statistics.label("numeric levels").collect(c.g().stream().allMatch(s -> s.matches("[0-9.]+")));
        Statistics.label("levels").coverage(cov -> {
            cov.check("2").count(n -> n > 0);
            cov.check("5+").count(n -> n > 0);
        });
        Statistics.label("intercept").coverage(cov -> cov.check(false).count(n -> n > 0));
        Statistics.label("numeric levels").coverage(cov -> {
            cov.check(true).count(n -> n > 0);
            cov.check(false).count(n -> n > 0);
        });

        DesignMatrix m = DesignMatrix.build(Formula.parse(c.formula()), DataSet.fromCsvText("f.csv", c.csv()), false);
        List<String> dummies = new ArrayList<>();
        List<Integer> dummyColumns = new ArrayList<>();
        for (int j = 0; j < m.columns(); j++) {
            if (m.columnNames().get(j).startsWith("C(g)")) {
                dummies.add(m.columnNames().get(j).substring("C(g)".length()));
                dummyColumns.add(j);
            }
        }
        assertEquals(c.intercept() ? distinct.size() - 1 : distinct.size(), dummies.size());
        Set<String> reference = new HashSet<>(distinct);
        dummies.forEach(reference::remove);
        assertEquals(c.intercept() ? 1 : 0, reference.size(), "levels without a dummy");
        for (int i = 0; i < m.rows(); i++) {
            String level = c.g().get(i);
            double sum = c.intercept() && reference.contains(level) ? 1 : 0;
            for (int p = 0; p < dummies.size(); p++) {
                double v = m.get(i, dummyColumns.get(p));
                assertEquals(dummies.get(p).equals(level) ? 1 : 0, v, 0, "row " + i);
                sum += v;
            }
            assertEquals(1, sum, 0, "row " + i + " level " + level);
            if (c.intercept()) {
                assertEquals(m.get(i, 0), sum, 0);
            }
        }
    }

    /** Knots and one value of x. */
    record RampCase(List<Double> knots, double x) {
        String region() {
            if (knots.contains(x)) {
                return "at a knot";
            }
            if (x < knots.get(0)) {
                return "below";
            }
            return x > knots.get(knots.size() - 1) ? "above" : "between";
        }
    }

    @Provide
    Arbitrary<RampCase> rampCases() {
        Arbitrary<List<Double>> knots = Arbitraries.doubles().between(-100, 100).ofScale(3)
                .list().ofMinSize(1).ofMaxSize(6)
                .map(ks -> ks.stream().map(k -> k + 0.0).distinct().sorted().toList());
        return knots.flatMap(ks -> Arbitraries.oneOf(
                Arbitraries.doubles().between(-150, 150),
                Arbitraries.of(ks)).map(x -> new RampCase(ks, x + 0.0)));
    }

    @Property(tries = 500)
    void rampColumnsSumTelescopicallyToX(@ForAll("rampCases") RampCase c) {
        Statistics.label("region").collect(c.region());
        Statistics.label("knots").collect(c.knots().size() == 1 ? "1" : "2+");
        Statistics.label("region").coverage(cov -> {
            cov.check("below").count(n -> n > 0);
            cov.check("at a knot").count(n -> n > 0);
            cov.check("between").count(n -> n > 0);
            cov.check("above").count(n -> n > 0);
        });
        Statistics.label("knots").coverage(cov -> cov.check("1").count(n -> n > 0));

        String rhs = "ramp(x, " + c.knots().stream().map(DesignMatrixProperties::plain)
                .collect(Collectors.joining(", ")) + ")";
        DataSet data = DataSet.fromCsvText("ramp.csv", "x\n" + c.x() + "\n");
        DesignMatrix m = DesignMatrix.buildRhs(Formula.parseRhs(rhs), data, false, false);
        List<Double> k = c.knots();
        int last = k.size() + 1;
        assertEquals(k.size() + 2, m.columns());
        assertEquals(1, m.get(0, 0), 0);
        double sum = m.get(0, 1) + (m.get(0, last) - k.get(k.size() - 1));
        double scale = Math.abs(c.x());
        for (int i = 0; i + 1 < k.size(); i++) {
            double clip = m.get(0, 2 + i);
            assertTrue(clip >= k.get(i) && clip <= k.get(i + 1), "clip " + i + " = " + clip);
            sum += clip - k.get(i);
            scale += Math.abs(k.get(i)) + Math.abs(k.get(i + 1));
        }
        assertEquals(c.x(), sum, 1e-12 * Math.max(1, scale), rhs + " at " + c.x());
    }

    /** Term texts with random spaces; the name of each parsed term must be its text. */
    @Provide
    Arbitrary<List<TermSpec>> termLists() {
        return termSpecs().list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 300)
    void parsedNamesAreTheTermTextsAndReparseToTheSameTerm(@ForAll("termLists") List<TermSpec> specs) {
        for (TermSpec t : specs) {
            Statistics.label("kind").collect(t.kind());
            Statistics.label("spaced").collect(t.spaced());
            Statistics.label("backquoted").collect(t.text().contains("`"));
        }
        Statistics.label("kind").coverage(cov -> {
            for (Kind k : Kind.values()) {
                cov.check(k).count(n -> n > 0);
            }
        });
        Statistics.label("spaced").coverage(cov -> cov.check(true).count(n -> n > 0));
        Statistics.label("backquoted").coverage(cov -> cov.check(true).count(n -> n > 0));

        String text = "y ~ " + specs.stream().map(TermSpec::text).collect(Collectors.joining("  +  "));
        Formula f = Formula.parse(text);
        List<String> expectedNames = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (TermSpec t : specs) {
            if (keys.add(t.key())) {
                expectedNames.add(t.text());
            }
        }
        assertEquals(expectedNames, f.terms().stream().map(Term::name).toList(), text);
        for (Term t : f.terms()) {
            Formula again = Formula.parseRhs(t.name());
            assertEquals(1, again.terms().size());
            assertEquals(t, again.terms().get(0));
            assertEquals(t.canonical(), again.terms().get(0).canonical());
        }
    }
}
