package org.hessianworkbench.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Responses that separate, nearly separate or overlap, for logistic and Poisson regressions: the
 * cases where the maximum-likelihood estimate does or does not exist. Built on {@link Designs}'
 * regression designs (jqwik values, so counterexamples shrink), with every non-intercept column
 * rescaled by its own factor from {@link #COLUMN_SCALES} (mixed scales in one design; separation
 * does not depend on them, a detector's tolerances might).
 *
 * <p>The shapes, and what is known of them by construction:
 * <ul>
 *   <li>{@link Shape#COMPLETE}: \(y_i = 1[x_i^\top\beta > 0]\), every \(|x_i^\top\beta|\) at least
 *       {@value #MARGIN} of the largest: \(\beta\) separates every observation.</li>
 *   <li>{@link Shape#QUASI_COMPLETE}: a 0/1 dummy column (the last); rows with dummy 1 all have
 *       \(y = 1\) (logistic) or \(y = 0\) (Poisson); the other rows come in tied pairs with
 *       \(y = 0\) and \(y = 1\) (logistic) or have counts drawn from the model with at least one
 *       positive (Poisson). The dummy's direction separates the dummy rows; the tied rows can never
 *       be predicted exactly. The dummy's coefficient runs off (\(+\infty\) logistic,
 *       \(-\infty\) Poisson).</li>
 *   <li>{@link Shape#OVERLAP}: logistic: random labels plus one witness row that puts the origin
 *       inside the rows' \(\pm x_i\) with positive weights (\(\sum_i\mu_i z_i = 0\),
 *       \(\mu_i \in [0.5, 1.5]\)), which no direction can separate (Gordan's alternative); Poisson:
 *       every count at least 1.</li>
 *   <li>{@link Shape#NEAR}: logistic: {@link Shape#COMPLETE} with the 1 to 3 rows nearest the
 *       separating hyperplane flipped; Poisson: counts drawn at a steep point (many zeros). Whether
 *       these separate is not known by construction: a test decides it by an independent route.</li>
 * </ul>
 * The problem's point is \(\beta\) (complete, near), the dummy's unit vector (quasi-complete), or the
 * design's point (overlap).
 */
public final class Separations {

    /** Scales of the non-intercept columns, one drawn per column; jqwik shrinks towards 1. */
    public static final List<Double> COLUMN_SCALES = List.of(1.0, 1e-3, 1e3, 1e4);

    /** Most columns of the base design (the quasi-complete dummy comes on top). */
    public static final int MAX_COLUMNS = 5;

    /** Complete separation keeps every \(|x_i^\top\beta|\) at least this fraction of the largest. */
    public static final double MARGIN = 1e-6;

    /** What the responses do. */
    public enum Shape {
        /** A direction predicts every observation exactly. */
        COMPLETE,
        /** A direction predicts some observations exactly, never all. */
        QUASI_COMPLETE,
        /** No direction predicts any observation exactly: the estimate exists. */
        OVERLAP,
        /** Nearly separated; which side is for an independent route to say. */
        NEAR
    }

    /**
     * One case. Instances are immutable.
     *
     * @param shape   how it was made
     * @param counts  Poisson counts (else 0/1 responses)
     * @param problem the design (one block), responses and point
     * @param dummy   the dummy column of a quasi-complete case, else -1
     */
    public record Case(Shape shape, boolean counts, RandomProblem problem, int dummy) {

        /** True or false when known by construction; null for {@link Shape#NEAR}. */
        public Boolean separated() {
            return switch (shape) {
                case COMPLETE, QUASI_COMPLETE -> true;
                case OVERLAP -> false;
                case NEAR -> null;
            };
        }

        /** The design (a copy). */
        public double[][] x() {
            return problem.block(0);
        }

        /** The responses (a copy). */
        public double[] y() {
            return problem.y();
        }

        @Override
        public String toString() {
            return shape + (counts ? " (counts)" : " (0/1)") + ": " + problem;
        }
    }

    private Separations() {
    }

    /** Logistic cases of the given shapes (all four when none are given). */
    public static Arbitrary<Case> logistic(Shape... shapes) {
        return cases(false, COLUMN_SCALES, shapes);
    }

    /** Poisson cases of the given shapes (all four when none are given; complete counts as quasi-complete). */
    public static Arbitrary<Case> poisson(Shape... shapes) {
        return cases(true, COLUMN_SCALES, shapes);
    }

    /**
     * Cases whose non-intercept columns take their scales from {@code columnScales} instead of
     * {@link #COLUMN_SCALES} (e.g. {@code List.of(1.0)}: every column at scale 1).
     *
     * @param counts       Poisson counts (else 0/1 responses)
     * @param columnScales the scales, jqwik shrinking towards the first
     * @param shapes       the shapes (all four when none are given)
     * @return the cases
     */
    public static Arbitrary<Case> cases(boolean counts, List<Double> columnScales, Shape... shapes) {
        Shape[] chosen = shapes.length == 0 ? Shape.values() : shapes;
        List<Double> scales = List.copyOf(columnScales);
        return Arbitraries.of(chosen).flatMap(s -> counts ? poissonCase(s, scales) : logisticCase(s, scales));
    }

    private static Designs.Spec base(Designs.Response response, double spread) {
        return Designs.regression().withColumns(1, MAX_COLUMNS).withRowsPerParameter(3, 30).withScales(1.0)
                .withoutCollinearColumns().withResponses(response).withSpread(spread);
    }

    /** The base problem with each non-intercept column times its own scale (the point divided by it). */
    private static Arbitrary<RandomProblem> mixed(Designs.Spec base, List<Double> scales) {
        return base.arbitrary().flatMap(pr -> Arbitraries.of(scales).list().ofSize(pr.p()).map(s -> rescaled(pr, s)));
    }

    private static RandomProblem rescaled(RandomProblem pr, List<Double> scales) {
        double[][] x = pr.block(0);
        double[] beta = pr.point();
        for (int j = 0; j < beta.length; j++) {
            double s = pr.intercept() && j == 0 ? 1 : scales.get(j);
            for (double[] row : x) {
                row[j] *= s;
            }
            beta[j] /= s;
        }
        return new RandomProblem(List.<double[][]>of(x), pr.y(), beta, pr.scale(), pr.collinear(), pr.intercept());
    }

    private static Arbitrary<Case> logisticCase(Shape shape, List<Double> scales) {
        return switch (shape) {
            case COMPLETE -> mixed(base(Designs.Response.BINARY, 1), scales).map(pr -> pr.withResponses(signs(pr)))
                    .filter(Separations::hasMargin).map(pr -> new Case(shape, false, pr, -1));
            case NEAR -> Combinators.combine(mixed(base(Designs.Response.BINARY, 1), scales).filter(pr -> hasMargin(pr.withResponses(signs(pr)))),
                    Arbitraries.integers().between(1, 3)).as((pr, k) -> new Case(shape, false, flipped(pr, k), -1));
            case QUASI_COMPLETE -> Combinators.combine(mixed(base(Designs.Response.BINARY, 1), scales), Arbitraries.integers().between(1, 20))
                    .as((pr, k) -> new Case(shape, false, quasi(pr, k, false), pr.p()));
            case OVERLAP -> mixed(base(Designs.Response.BINARY, 1), scales).flatMap(pr -> Designs.uniforms(pr.n())
                    .map(u -> new Case(shape, false, witnessed(pr, u), -1)));
        };
    }

    private static Arbitrary<Case> poissonCase(Shape shape, List<Double> scales) {
        return switch (shape) {
            case COMPLETE, QUASI_COMPLETE -> Combinators.combine(mixed(base(Designs.Response.POISSON_AT_POINT, 1), scales),
                            Arbitraries.integers().between(1, 20))
                    .as((pr, k) -> new Case(Shape.QUASI_COMPLETE, true, quasi(pr, k, true), pr.p()));
            case OVERLAP -> mixed(base(Designs.Response.POISSON_AT_POINT, 1), scales).map(pr -> {
                double[] y = pr.y();
                for (int i = 0; i < y.length; i++) {
                    y[i] += 1;
                }
                return new Case(shape, true, pr.withResponses(y), -1);
            });
            case NEAR -> mixed(base(Designs.Response.POISSON_AT_POINT, 4), scales).map(pr -> new Case(shape, true, pr, -1));
        };
    }

    /** \(1[x_i^\top\beta > 0]\). */
    private static double[] signs(RandomProblem pr) {
        double[] eta = pr.linearPredictors()[0];
        double[] y = new double[eta.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = eta[i] > 0 ? 1 : 0;
        }
        return y;
    }

    /** Every \(|x_i^\top\beta|\) is at least {@link #MARGIN} of the largest, which is positive. */
    static boolean hasMargin(RandomProblem pr) {
        double[] eta = pr.linearPredictors()[0];
        double top = 0;
        double bottom = Double.POSITIVE_INFINITY;
        for (double e : eta) {
            top = Math.max(top, Math.abs(e));
            bottom = Math.min(bottom, Math.abs(e));
        }
        return top > 0 && bottom >= MARGIN * top;
    }

    /** Complete separation with the {@code k} rows nearest the hyperplane flipped. */
    private static RandomProblem flipped(RandomProblem pr, int k) {
        double[] eta = pr.linearPredictors()[0];
        double[] y = signs(pr);
        Integer[] order = new Integer[eta.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(Math.abs(eta[a]), Math.abs(eta[b])));
        for (int r = 0; r < Math.min(k, order.length); r++) {
            y[order[r]] = 1 - y[order[r]];
        }
        return pr.withResponses(y);
    }

    /**
     * A dummy column appended: the first {@code k} rows (at least one, at most a third) get dummy 1
     * and response 1 (logistic) or 0 (Poisson); the other rows get dummy 0 and, for logistic, are
     * doubled into a tied pair with responses 0 and 1. The point is the dummy's unit vector.
     */
    private static RandomProblem quasi(RandomProblem pr, int k, boolean counts) {
        double[][] x = pr.block(0);
        double[] y = pr.y();
        int n = x.length;
        int q = x[0].length;
        int ones = Math.max(1, Math.min(k, n / 3));
        List<double[]> rows = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] r = Arrays.copyOf(x[i], q + 1);
            if (i < ones) {
                r[q] = 1;
                rows.add(r);
                ys.add(counts ? 0.0 : 1.0);
            } else if (counts) {
                rows.add(r);
                ys.add(y[i]);
            } else {
                rows.add(r);
                ys.add(0.0);
                rows.add(r.clone());
                ys.add(1.0);
            }
        }
        if (counts && ys.subList(ones, ys.size()).stream().noneMatch(v -> v > 0)) {
            ys.set(ys.size() - 1, 1.0);
        }
        double[] point = new double[q + 1];
        point[q] = counts ? -1 : 1;
        return new RandomProblem(List.<double[][]>of(rows.toArray(double[][]::new)), ys.stream().mapToDouble(Double::doubleValue).toArray(),
                point, pr.scale(), false, pr.intercept());
    }

    /**
     * The rows with their random labels plus one witness row \(z_{n+1} = -\sum_i\mu_i z_i/\mu_{n+1}\)
     * (\(\mu_i = 1 + u_i/2\); with an intercept, \(\mu_{n+1} = |\sum_i\mu_i z_{i0}|\) so that the
     * witness's intercept entry is 1, after adding 1 to \(\mu_1\) when that sum is below 1/4).
     */
    private static RandomProblem witnessed(RandomProblem pr, double[] u) {
        double[][] x = pr.block(0);
        double[] y = pr.y();
        int n = x.length;
        int q = x[0].length;
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = 1 + 0.5 * u[i];
        }
        double[] sum = sum(x, y, mu);
        if (pr.intercept() && Math.abs(sum[0]) < 0.25) {
            mu[0] += 1;
            sum = sum(x, y, mu);
        }
        double last = pr.intercept() ? Math.abs(sum[0]) : 1;
        double[] witness = new double[q];
        for (int j = 0; j < q; j++) {
            witness[j] = -sum[j] / last;
        }
        // z = x for y = 1, z = -x for y = 0; with an intercept the row's first entry must be +1
        boolean one = pr.intercept() ? witness[0] > 0 : u[n - 1] >= 0;
        double[] row = witness.clone();
        if (!one) {
            for (int j = 0; j < q; j++) {
                row[j] = -row[j];
            }
        }
        if (pr.intercept()) {
            row[0] = 1;
        }
        double[][] all = Arrays.copyOf(x, n + 1);
        all[n] = row;
        double[] ys = Arrays.copyOf(y, n + 1);
        ys[n] = one ? 1 : 0;
        return new RandomProblem(List.<double[][]>of(all), ys, pr.point(), pr.scale(), false, pr.intercept());
    }

    /** \(\sum_i \mu_i z_i\) with \(z_i = \pm x_i\). */
    private static double[] sum(double[][] x, double[] y, double[] mu) {
        double[] s = new double[x[0].length];
        for (int i = 0; i < x.length; i++) {
            double sign = y[i] == 1 ? 1 : -1;
            for (int j = 0; j < s.length; j++) {
                s[j] += mu[i] * sign * x[i][j];
            }
        }
        return s;
    }
}
