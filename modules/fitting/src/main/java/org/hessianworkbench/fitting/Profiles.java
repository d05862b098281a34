package org.hessianworkbench.fitting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.derivatives.Objective;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.derivatives.diagnosis.DiagnosisCode;
import org.hessianworkbench.derivatives.diagnosis.Remedy;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.inference.Coefficient;
import org.hessianworkbench.inference.Separation;
import org.hessianworkbench.models.FirthLogisticObjective;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.optimizers.OptimizationResult;
import org.hessianworkbench.optimizers.Optimizers;
import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.MathRuntimeException;

/**
 * Profile-likelihood intervals by root finding on the exact profile deviance. For coefficient \(j\)
 * the profile deviance is \(D_j(b) = \min_{\beta:\,\beta_j = b} 2f(\beta)\), \(f\) the loss the fit
 * minimised (the negative log-likelihood; with Firth's penalty the penalised one, as R's logistf
 * profiles the penalised likelihood ratio), each value a constrained refit
 * ({@link FixedCoordinateObjective}) warm-started from the previous point. The signed root
 * \[ r_j(b) = \mathrm{sign}(b - \hat\beta_j)\sqrt{(D_j(b) - D_j(\hat\beta_j))/\hat\phi}, \]
 * with \(\hat\phi\) the dispersion the standard errors use (\(\hat\sigma^2\) for the linear model,
 * Pearson's for quasi-likelihood fits, else 1), is compared with the fit's critical value \(c\) (a t
 * quantile when the dispersion is estimated): the interval is \(\{b : |r_j(b)| \le c\}\) (Venables
 * &amp; Ripley, <i>Modern Applied Statistics with S</i>, 4th ed., 2002, section 8.4, MASS's
 * {@code profile.glm}, which interpolates a spline through \(r_j\) where this finds its roots). For
 * the linear model \(r_j(b) = (b - \hat\beta_j)/\mathrm{SE}_j\) exactly, so the interval is the t
 * interval of R's {@code confint(lm)}.
 *
 * <p>Each end is bracketed by stepping outward from the estimate in multiples of \(c\,\mathrm{SE}_j\)
 * ({@link #STEPS}) and then found by Brent's method to {@link #ROOT_TOLERANCE} times
 * \(\mathrm{SE}_j\) (scale-free). When \(|r_j|\) stays below \(c\) out to the last step, or a
 * constrained refit fails, the end is missing (NaN) and the fit is diagnosed
 * {@code unbounded-interval}. When the estimate does not exist (separation) no profile is computed:
 * every end is missing, and the coefficients along which the data separate are named with the side
 * on which their interval is unbounded.
 */
public final class Profiles {

    /** Accuracy of each end relative to the coefficient's standard error: far below any digit reported. */
    public static final double ROOT_TOLERANCE = 1e-8;

    /**
     * The bracketing steps, in units of \(c\,\mathrm{SE}_j\) from the estimate: fine near the Wald end
     * (1), where most profiles cross, so that the points drawn show the profile's shape, then doubling
     * out to 64 (a profile that has not crossed there is reported unbounded).
     */
    static final double[] STEPS = {0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64};

    /** Function evaluations (constrained refits) Brent's method may take for one end. */
    private static final int MAX_ROOT_EVALUATIONS = 100;

    /** Order of the bracketing Brent solver (Hipparchus's default). */
    private static final int SOLVER_ORDER = 5;

    /** A component of the separating direction counts when above this fraction of the largest. */
    private static final double DIRECTION_EPS = 1e-8;

    private Profiles() {
    }

    /**
     * {@code fit} with the intervals of {@code kind}: for {@link IntervalKind#WALD} the fit itself,
     * else the fit with its profile intervals ({@link FitReport#profile()}) and their diagnoses.
     *
     * @param model   the model fitted
     * @param options the options it was fitted with (Firth's penalty, the optimiser's tolerances)
     * @param fit     its fit by {@link Fitter#fit}
     * @param kind    the intervals asked for
     * @return the fit with profile intervals
     * @throws BadInputException when profile intervals are asked for a loss that is not a likelihood
     */
    public static FitReport attach(RegressionModel model, FitOptions options, FitReport fit, IntervalKind kind) {
        if (!kind.profile()) {
            return fit;
        }
        if (!model.hasLikelihood()) {
            throw new BadInputException(FittingMessages.PROFILE_NEEDS_LIKELIHOOD, model.kind().cliName());
        }
        List<Coefficient> rows = fit.coefficients();
        int[] free = java.util.stream.IntStream.range(0, rows.size()).filter(j -> !rows.get(j).aliased()).toArray();
        RegressionModel reduced = free.length == model.p() ? model : model.withColumns(free);
        double[] estimate = Aliasing.keep(fit.estimate(), free);
        List<ProfileIntervals.Profile> profiles = new ArrayList<>();
        List<Diagnosis> diagnoses = new ArrayList<>();
        if (rows.stream().anyMatch(Coefficient::withheld)) {
            diagnoses.addAll(separated(reduced, estimate, free, rows));
            for (Coefficient c : rows) {
                profiles.add(new ProfileIntervals.Profile(c.name(), Double.NaN, Double.NaN, List.of()));
            }
            return fit.withProfile(new ProfileIntervals(kind, ROOT_TOLERANCE, profiles), diagnoses);
        }
        Objective objective = options.firth() ? FirthLogisticObjective.of(reduced) : reduced.objective();
        double phi = reduced.kind().estimatesDispersion() ? fit.stats().sigma() * fit.stats().sigma()
                : fit.dispersion() != null ? fit.dispersion().used() : 1;
        Profiler profiler = new Profiler(objective, estimate, phi, fit.critical(), options);
        for (int j = 0, m = 0; j < rows.size(); j++) {
            Coefficient c = rows.get(j);
            if (c.aliased()) {
                profiles.add(new ProfileIntervals.Profile(c.name(), Double.NaN, Double.NaN, List.of()));
                continue;
            }
            int k = m++;
            if (!(c.stdError() > 0 && Double.isFinite(c.stdError()))) {
                profiles.add(new ProfileIntervals.Profile(c.name(), Double.NaN, Double.NaN, List.of()));
                continue;
            }
            List<double[]> points = new ArrayList<>();
            points.add(new double[] {estimate[k], 0});
            End lower = profiler.end(k, c.stdError(), -1, points);
            End upper = profiler.end(k, c.stdError(), +1, points);
            points.sort(Comparator.comparingDouble(p -> p[0]));
            profiles.add(new ProfileIntervals.Profile(c.name(), lower.value(), upper.value(), points));
            if (lower.missing() != null || upper.missing() != null) {
                diagnoses.add(unbounded(c.name(), lower, upper, fit.critical()));
            }
        }
        return fit.withProfile(new ProfileIntervals(kind, ROOT_TOLERANCE, profiles), diagnoses);
    }

    /** One end: its value, or NaN and why it is missing. */
    private record End(double value, String missing) {
    }

    /** The profiles of one fit: the constrained refits and the root finding. */
    private static final class Profiler {
        private final Objective objective;
        private final double[] estimate;
        private final double minimum;
        private final double phi;
        private final double critical;
        private final FitOptions options;
        private final String optimizer;
        /** Why the last constrained refit that failed did. */
        private String failure;

        Profiler(Objective objective, double[] estimate, double phi, double critical, FitOptions options) {
            this.objective = objective;
            this.estimate = estimate.clone();
            this.minimum = objective.value(estimate);
            this.phi = phi;
            this.critical = critical;
            this.options = options;
            this.optimizer = options.firth() ? Fitter.FIRTH_OPTIMIZER : "newton";
        }

        /** The end on {@code side} (-1 lower, +1 upper) of coefficient {@code j}; adds the points computed. */
        End end(int j, double se, int side, List<double[]> points) {
            double[] warm = FixedCoordinateObjective.drop(estimate, j);
            double inner = estimate[j];
            for (double step : STEPS) {
                double b = estimate[j] + side * step * critical * se;
                Point p = refit(j, b, warm);
                if (p == null) {
                    return new End(Double.NaN, "the constrained refit at " + fmt(b) + " did not converge: " + failure);
                }
                points.add(new double[] {b, p.r()});
                warm = p.others();
                if (Math.abs(side * p.r() - critical) <= ROOT_TOLERANCE) {
                    // a root on the grid (the linear model's r is linear in b: its root is the Wald end)
                    return new End(b, null);
                }
                if (side * p.r() >= critical) {
                    double r = root(j, se, side, inner, b, warm, points);
                    return Double.isNaN(r) ? new End(r, "the root between " + fmt(inner) + " and " + fmt(b)
                            + " was not found: " + failure) : new End(r, null);
                }
                inner = b;
            }
            return new End(Double.NaN, String.format(Locale.ROOT, "the signed root of the profile deviance stays below"
                    + " %s out to %s standard errors from the estimate", fmt(critical),
                    fmt(STEPS[STEPS.length - 1] * critical)));
        }

        private double root(int j, double se, int side, double inner, double outer, double[] warm, List<double[]> points) {
            double[][] state = {warm};
            BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(0, ROOT_TOLERANCE * se, 0,
                    SOLVER_ORDER);
            try {
                return solver.solve(MAX_ROOT_EVALUATIONS, b -> {
                    Point p = refit(j, b, state[0]);
                    if (p == null) {
                        failure = "the constrained refit at " + fmt(b) + " did not converge: " + failure;
                        throw new IllegalStateException(failure);
                    }
                    state[0] = p.others();
                    points.add(new double[] {b, p.r()});
                    return p.r() - side * critical;
                }, Math.min(inner, outer), Math.max(inner, outer), AllowedSolution.ANY_SIDE);
            } catch (IllegalStateException e) {
                return Double.NaN; // the refit's failure is in {@code failure}
            } catch (MathRuntimeException e) {
                failure = e.getMessage();
                return Double.NaN;
            }
        }

        /** The constrained refit at \(\beta_j = b\) from {@code warm}, or null when it does not converge. */
        private Point refit(int j, double b, double[] warm) {
            FixedCoordinateObjective g = new FixedCoordinateObjective(objective, j, b);
            OptimizationResult o = Optimizers.byName(optimizer, options.settings()).minimize(g, warm,
                    FitStopping.options(g, warm, options.optimizerOptions()));
            if (!o.converged()) {
                failure = o.stopReason().label() + ": " + o.message();
                return null;
            }
            double d = Math.max(0, 2 * (o.loss() - minimum)) / phi;
            return new Point(Math.signum(b - estimate[j]) * Math.sqrt(d), o.estimate());
        }
    }

    /** A profile point: the signed root and the other coefficients at it. */
    private record Point(double r, double[] others) {
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /** The diagnosis of a coefficient whose interval lacks an end. */
    private static Diagnosis unbounded(String name, End lower, End upper, double critical) {
        List<String> sides = new ArrayList<>();
        if (lower.missing() != null) {
            sides.add("below (" + lower.missing() + ")");
        }
        if (upper.missing() != null) {
            sides.add("above (" + upper.missing() + ")");
        }
        return Diagnosis.warning(DiagnosisCode.UNBOUNDED_INTERVAL, "the profile-likelihood interval of " + name
                + " is unbounded " + String.join(" and ", sides) + ": that end is missing", List.of(name));
    }

    /**
     * Under separation: the estimate does not exist, so no profile is computed; the coefficients along
     * which the data separate have intervals unbounded on the side the separating direction points to.
     */
    private static List<Diagnosis> separated(RegressionModel reduced, double[] estimate, int[] free,
                                             List<Coefficient> rows) {
        Separation.Result s = EstimateExistence.of(reduced, estimate).separation();
        double[] d = s == null ? null : s.direction();
        List<Diagnosis> out = new ArrayList<>();
        if (d == null || d.length != free.length) {
            return out;
        }
        double top = 0;
        for (double v : d) {
            top = Math.max(top, Math.abs(v));
        }
        for (int k = 0; k < free.length; k++) {
            if (Math.abs(d[k]) > DIRECTION_EPS * top) {
                String name = rows.get(free[k]).name();
                out.add(Diagnosis.warning(DiagnosisCode.UNBOUNDED_INTERVAL, "the profile-likelihood interval of " + name
                        + " is unbounded " + (d[k] > 0 ? "above" : "below") + ": the data separate the responses along a "
                        + "direction in which " + name + (d[k] > 0 ? " grows" : " falls") + " without bound while the "
                        + "likelihood rises; both ends are missing (the estimate does not exist)", List.of(name),
                        Remedy.FIRTH));
            }
        }
        return out;
    }
}
