package org.hessianworkbench.fitting;

import java.util.List;

/**
 * The profile-likelihood intervals of a fit ({@link Profiles}), one per coefficient in the fit's
 * order. Instances are immutable.
 *
 * @param kind      which intervals were asked for ({@link IntervalKind#PROFILE} or {@link IntervalKind#BOTH})
 * @param tolerance the accuracy of each end, relative to the coefficient's standard error: an end
 *                  \(b\) is within {@code tolerance}\(\cdot\mathrm{SE}_j\) of the exact root
 * @param profiles  one per coefficient
 */
public record ProfileIntervals(IntervalKind kind, double tolerance, List<Profile> profiles) {

    /** Defensive copy in. */
    public ProfileIntervals {
        profiles = List.copyOf(profiles);
    }

    /**
     * One coefficient's profile.
     *
     * @param name   the coefficient
     * @param lower  the lower end, NaN when it does not exist (the profile never crosses the critical
     *               value below the estimate) or was not computed (aliased, or no estimate)
     * @param upper  the upper end, NaN likewise
     * @param points the points \((b, r(b))\) computed, in increasing \(b\): the value and the signed root
     *               \(r(b) = \mathrm{sign}(b - \hat b)\sqrt{(D(b) - D(\hat b))/\hat\phi}\); empty when
     *               none was computed
     */
    public record Profile(String name, double lower, double upper, List<double[]> points) {

        /** Defensive copies in. */
        public Profile {
            points = points.stream().map(double[]::clone).toList();
        }

        /** The points (copies). */
        @Override
        public List<double[]> points() {
            return points.stream().map(double[]::clone).toList();
        }
    }
}
