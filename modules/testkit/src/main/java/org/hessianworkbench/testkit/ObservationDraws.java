package org.hessianworkbench.testkit;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * What an observation brings besides its response and design row, drawn for a problem of {@code n}
 * rows: prior weights (integer frequencies, or fractional with exact zeros), offsets and numbers of
 * binomial trials. Every value is a jqwik value that shrinks (weights towards 1 or 0, offsets
 * towards 0, extra trials towards 0), as the rest of {@link Designs}.
 */
public final class ObservationDraws {

    /** Largest integer weight. */
    public static final int MAX_INTEGER_WEIGHT = 3;

    /** Fractional weights are uniform on [0, this]. */
    public static final double MAX_WEIGHT = 3;

    /** Most trials beyond the response (the trials are at least the response and at least 1). */
    public static final int MAX_EXTRA_TRIALS = 4;

    private ObservationDraws() {
    }

    /** Integer weights 0..{@value #MAX_INTEGER_WEIGHT}, each equally likely, shrinking towards 0. */
    public static Arbitrary<double[]> integerWeights(int n) {
        return Arbitraries.integers().between(0, MAX_INTEGER_WEIGHT).list().ofSize(n).map(ObservationDraws::doubles);
    }

    /** Weights 0 or 1 (a row kept or removed), 1 three times in four. */
    public static Arbitrary<double[]> zeroOneWeights(int n) {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(1.0)), Tuple.of(1, Arbitraries.just(0.0)))
                .list().ofSize(n).map(ObservationDraws::values);
    }

    /**
     * Fractional weights: exactly 0 one time in five, else uniform on (0, {@value #MAX_WEIGHT}]
     * (mapped from a uniform value on [-1, 1], so they shrink towards {@value #MAX_WEIGHT}/2).
     */
    public static Arbitrary<double[]> weights(int n) {
        Arbitrary<Double> positive = Designs.uniform().map(u -> MAX_WEIGHT / 2 * (1 + u)).filter(w -> w > 0);
        return Arbitraries.frequencyOf(Tuple.of(4, positive), Tuple.of(1, Arbitraries.just(0.0)))
                .list().ofSize(n).map(ObservationDraws::values);
    }

    /** Offsets: independent standard normal values, shrinking towards 0. */
    public static Arbitrary<double[]> offsets(int n) {
        return Designs.normals(n);
    }

    /**
     * Trials for responses {@code y} (each \(\ge 0\)): \(m_i = \max(1, \lceil y_i\rceil) + e_i\) with
     * \(e_i\) in 0..{@value #MAX_EXTRA_TRIALS}, so that \(0 \le y_i \le m_i\); \(e_i\) shrinks towards 0.
     */
    public static Arbitrary<double[]> trials(double[] y) {
        double[] base = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            if (!(y[i] >= 0)) {
                throw new IllegalArgumentException("response " + (i + 1) + " is " + y[i] + ": trials need responses >= 0");
            }
            base[i] = Math.max(1, Math.ceil(y[i]));
        }
        return Arbitraries.integers().between(0, MAX_EXTRA_TRIALS).list().ofSize(y.length).map(extra -> {
            double[] m = new double[base.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = base[i] + extra.get(i);
            }
            return m;
        });
    }

    private static double[] doubles(List<Integer> v) {
        return v.stream().mapToDouble(Integer::doubleValue).toArray();
    }

    private static double[] values(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
