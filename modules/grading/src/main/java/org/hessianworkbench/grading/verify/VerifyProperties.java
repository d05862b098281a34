package org.hessianworkbench.grading.verify;

import java.util.ArrayList;
import org.hessianworkbench.models.ModelKind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.hessianworkbench.derivatives.FiniteDifferences;
import org.hessianworkbench.derivatives.HessianComparison;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.derivatives.HessianEstimate;
import org.hessianworkbench.derivatives.HessianMethod;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.Matrices;
import org.hessianworkbench.derivatives.SecondOrder;
import org.hessianworkbench.testkit.AliasedDesigns;
import org.hessianworkbench.testkit.Designs;
import org.hessianworkbench.testkit.MixedScaleDesigns;
import org.hessianworkbench.testkit.RandomProblem;
import org.hessianworkbench.testkit.Separations;

/**
 * The properties {@code workbench verify} checks for the session's model. jqwik instantiates this
 * class; the model, tries and seed come from {@link VerifySession}.
 */
@AddLifecycleHook(value = VerifySession.Hook.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
public class VerifyProperties {

    /** Analytic and AD are exact up to rounding of sums of at most 500 terms. */
    static final double EXACT_REL_TOL = 1e-10;

    /** The analytic Hessian is symmetric by construction; AD to rounding. */
    static final double SYMMETRY_REL_TOL = 1e-12;

    /** Eigenvalues of a convex loss's Hessian may dip below zero by rounding only. */
    static final double PSD_REL_TOL = 1e-10;

    /**
     * Taylor remainder of a correct second-order model shrinks like h^3 (faster, h^4, where the third
     * derivative along the direction vanishes, e.g. a logistic loss at eta = 0); a wrong Hessian
     * leaves an h^2 term, a wrong gradient an h term. Slopes at least 2.5 pass.
     */
    static final double SLOPE_LOW = 2.5;

    /**
     * The session model's problems, from the testkit's generators: regression models one block of
     * 1..8 columns, half of them at one scale (rows 1..500, scale 1e-3, 1 or 1e3, an intercept in half
     * of them, {@link Designs#regression()}) and half with mixed column scales from 1e-3 to 1e4 in one
     * design, covariates offset from zero in half ({@link MixedScaleDesigns}); product models 1..3 groups of
     * 1..5 columns at scale 1; responses as the model expects. For the regression models one problem in
     * eight has an aliased column ({@link AliasedDesigns}); for logistic and Poisson models a quarter of
     * the problems come from {@link Separations} instead (complete and quasi-complete separation,
     * nearly separated and overlapping responses, columns at mixed scales). For a loss written as an
     * expression a third of the problems have every covariate and coefficient non-negative
     * ({@link #positivePredictors}), so that every linear predictor is positive: the domain of a loss
     * such as the gamma family's with the inverse link, \(y\eta - \log\eta\), which most other
     * problems leave.
     */
    @Provide
    Arbitrary<Problem> problems() {
        return problems(VerifySession.model);
    }

    /** The problems of {@code model} (see {@link #problems()}). */
    static Arbitrary<Problem> problems(VerifyModel model) {
        ModelKind kind = model.kind();
        Designs.Response responses = model.generated();
        Arbitrary<RandomProblem> designs = kind.isProduct() ? Designs.products().withResponses(responses).arbitrary()
                : Arbitraries.oneOf(Designs.regression().withResponses(responses).arbitrary(),
                        MixedScaleDesigns.regression(responses).map(MixedScaleDesigns.Problem::problem));
        if (!kind.isProduct()) {
            // one problem in eight has an aliased column (an exact linear combination of the others, the
            // columns at mixed scales): a singular Hessian whose derivatives must hold all the same
            designs = Arbitraries.frequencyOf(Tuple.of(7, designs),
                    Tuple.of(1, AliasedDesigns.designs().map(d -> aliasedProblem(d, responses))));
        }
        if (kind == ModelKind.LOGISTIC || kind == ModelKind.POISSON) {
            // a quarter of the problems have separated, nearly separated or overlapping responses by
            // construction, the columns at mixed scales (1e-3 .. 1e4)
            designs = Arbitraries.frequencyOf(Tuple.of(3, designs), Tuple.of(1, Separations.cases(kind == ModelKind.POISSON,
                    Separations.COLUMN_SCALES).map(Separations.Case::problem)));
        }
        if (model.expression()) {
            designs = Arbitraries.frequencyOf(Tuple.of(2, designs), Tuple.of(1, Designs.regression()
                    .withResponses(responses).arbitrary().map(VerifyProperties::positivePredictors)));
        }
        return Combinators.combine(designs, Arbitraries.longs().between(0, 1L << 40))
                .as((design, directions) -> new Problem(model, design, directions));
    }

    /**
     * The problem with every covariate and coefficient replaced by its absolute value: each linear
     * predictor \(\sum_j |x_{ij}||\beta_j|\) is positive (unless its row or the point is all zeros),
     * of the same size as before; an intercept stays a column of ones, a near-collinear column stays one.
     */
    static RandomProblem positivePredictors(RandomProblem pr) {
        List<double[][]> blocks = new ArrayList<>();
        for (double[][] x : pr.blocks()) {
            for (double[] row : x) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = Math.abs(row[j]);
                }
            }
            blocks.add(x);
        }
        double[] beta = pr.point();
        for (int j = 0; j < beta.length; j++) {
            beta[j] = Math.abs(beta[j]);
        }
        return new RandomProblem(blocks, pr.y(), beta, pr.scale(), pr.collinear(), pr.intercept());
    }

    /**
     * An aliased design as a problem with {@code responses}: 0/1 by sign, counts 0..3 from the size,
     * positive as \(e^y\), or real as drawn; and a point whose linear predictor stays moderate,
     * \(\beta_j = \pm 1/(2p\,s_j)\) with \(s_j\) the column's scale.
     */
    static RandomProblem aliasedProblem(AliasedDesigns.AliasedDesign d, Designs.Response responses) {
        double[] y = d.y();
        double[] r = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            r[i] = switch (responses) {
                case BINARY -> y[i] > 0 ? 1 : 0;
                case COUNTS -> Math.min(3, Math.floor(Math.abs(y[i]) * 2));
                case POSITIVE -> Math.exp(y[i]);
                case REAL -> y[i];
                default -> throw new IllegalArgumentException("no aliased problems with responses " + responses);
            };
        }
        int p = d.p();
        double[] beta = new double[p];
        for (int j = 0; j < p; j++) {
            beta[j] = (j % 2 == 0 ? 1 : -1) / (2.0 * p * d.scales()[j]);
        }
        return new RandomProblem(List.<double[][]>of(d.x()), r, beta, 1, false, d.intercept());
    }

    @Property
    void gradientAnalyticVsAd(@ForAll("problems") Problem pr) {
        LinearPredictorObjective f = objective(pr);
        double[] b = pr.point();
        double[] an = f.gradient(b);
        double[] ad = f.automaticGradient(b).gradient();
        double[] scale = f.gradientTermScale(b);
        double top = Arrays.stream(scale).max().orElse(0);
        for (int j = 0; j < an.length; j++) {
            if (Math.abs(an[j] - ad[j]) > EXACT_REL_TOL * top) {
                throw new AssertionError(String.format(Locale.ROOT, "gradient entry %d: analytic %.17g, ad %.17g", j, an[j], ad[j]));
            }
        }
    }

    @Property
    void hessianAnalyticVsAd(@ForAll("problems") Problem pr) {
        LinearPredictorObjective f = objective(pr);
        double[] b = pr.point();
        compare("analytic", f.hessian(b), f.automaticHessian(b).hessian(), EXACT_REL_TOL);
    }

    @Property
    void hessianFdCentralVsAd(@ForAll("problems") Problem pr) {
        fdAgainstAd(pr, HessianMethod.FD_CENTRAL);
    }

    @Property
    void hessianFdRichardsonVsAd(@ForAll("problems") Problem pr) {
        fdAgainstAd(pr, HessianMethod.FD_RICHARDSON);
    }

    @Property
    void symmetry(@ForAll("problems") Problem pr) {
        LinearPredictorObjective f = objective(pr);
        double[] b = pr.point();
        for (double[][] h : List.of(f.hessian(b), f.automaticHessian(b).hessian())) {
            double asym = Matrices.maxAsymmetry(h);
            if (asym > SYMMETRY_REL_TOL * Matrices.maxAbs(h)) {
                throw new AssertionError("asymmetry " + asym + " of a Hessian with largest entry " + Matrices.maxAbs(h));
            }
        }
    }

    @Property
    void positiveSemidefiniteWhereConvex(@ForAll("problems") Problem pr) {
        assume(pr.convex(), Discard.NOT_CONVEX);
        double[][] h = objective(pr).hessian(pr.point());
        HessianDiagnostics d = HessianDiagnostics.of(h);
        double top = Math.abs(d.maxEigenvalue());
        if (d.minEigenvalue() < -PSD_REL_TOL * top) {
            throw new AssertionError("convex loss with a negative eigenvalue " + d.minEigenvalue() + " (largest " + top + ")");
        }
    }

    @Property
    void taylorRemainder(@ForAll("problems") Problem pr) {
        LinearPredictorObjective f = objective(pr);
        double[] b = pr.point();
        if (pr.model().kind() == ModelKind.LINEAR_PRODUCT_CE) {
            assume(Problem.interior(f, b), Discard.KINK);
        }
        TaylorTest.Result t = TaylorTest.run(f, b, pr.directions(),
                pr.model().hasKinks() ? beta -> pr.pieces(f, beta) : TaylorTest.Pieces.SMOOTH);
        if (t.quadratic()) {
            VerifySession.note(new Tally.Note(null, null, true));
            return;
        }
        assume(t.conclusive(), Discard.SLOPE_UNREADABLE);
        VerifySession.note(new Tally.Note(null, t.slope(), false));
        if (!(t.slope() >= SLOPE_LOW)) {
            throw new AssertionError(String.format(Locale.ROOT, "Taylor remainder slope %.3f (expected near 3; near 2 means a wrong "
                    + "Hessian, near 1 a wrong gradient); remainders %s at steps %s", t.slope(),
                    Arrays.toString(t.remainders()), Arrays.toString(t.steps())));
        }
    }

    private static void fdAgainstAd(Problem pr, HessianMethod method) {
        LinearPredictorObjective f = objective(pr);
        double[] b = pr.point();
        double[] steps = FiniteDifferences.largestSteps(method, f, b);
        assume(f.kinksCrossed(b, steps) == 0, Discard.KINK);
        if (pr.model().expression()) {
            assume(finiteWithin(f, b, steps, domainMargin(method)), Discard.NOT_FINITE);
        }
        SecondOrder ad = f.automaticHessian(b);
        HessianEstimate e = method.compute(f, b);
        if (pr.model().expression()) {
            // a difference only where finite differences cannot resolve the entry is no failure of the engine
            double[] scale = f.gradientTermScale(b);
            List<int[]> differ = differing(e.hessian(), ad.hessian(), method.tolerance());
            assume(differ.isEmpty() || differ.stream().anyMatch(ij -> resolvable(scale, steps, ad.hessian(),
                    method.tolerance(), ij[0], ij[1])), Discard.FD_ROUND_OFF);
        }
        compare(method.cliName(), e.hessian(), ad.hessian(), method.tolerance());
    }

    /**
     * The problem's objective; for a loss written as an expression, the try is discarded unless the
     * loss, its gradient and its Hessian are finite at the point (inside the loss's domain). The
     * built-in losses are finite wherever the generators go.
     */
    private static LinearPredictorObjective objective(Problem pr) {
        LinearPredictorObjective f = pr.objective();
        if (pr.model().expression()) {
            assume(finiteAt(f, pr.point()), Discard.NOT_FINITE);
        }
        return f;
    }

    /** Whether the value, the analytic gradient and the analytic Hessian are finite at {@code beta}. */
    static boolean finiteAt(LinearPredictorObjective f, double[] beta) {
        SecondOrder s = f.analyticSecondOrder(beta);
        if (!Double.isFinite(s.value()) || !Arrays.stream(s.gradient()).allMatch(Double::isFinite)) {
            return false;
        }
        return Arrays.stream(s.hessian()).allMatch(row -> Arrays.stream(row).allMatch(Double::isFinite));
    }

    /**
     * How far beyond an engine's largest steps the loss must be defined for the engine to be held to its
     * tolerance. The edge of a loss's domain is a singularity (\(-\log\eta\) at \(\eta = 0\)); at a
     * distance \(\rho\) it leaves a central difference with step \(h\) an error of about
     * \((h/\rho)^2\) relative to the curvature, within fd-central's 1e-6 for \(\rho \ge 1000h\)
     * (500 of its largest steps, \(2h\)). Richardson's extrapolation takes the entry of its tableau with
     * the smallest error estimate, which a singularity near its first steps does not spoil: its steps need
     * only stay in the domain.
     */
    static double domainMargin(HessianMethod method) {
        return method == HessianMethod.FD_CENTRAL ? 500 : 1;
    }

    /**
     * Whether the value and the analytic gradient are finite at \(\beta \pm m s_j e_j\) for every
     * \(j\): the ends of the segments the finite-difference engines step along, {@code margin} times
     * longer. Each linear predictor moves linearly along a segment, so a domain that is an interval of
     * \(\eta\) (\(\eta > 0\)) holds along the whole segment when it holds at its ends.
     */
    static boolean finiteWithin(LinearPredictorObjective f, double[] beta, double[] steps, double margin) {
        for (int j = 0; j < beta.length; j++) {
            for (double sign : new double[] {-1, 1}) {
                double[] x = beta.clone();
                x[j] += sign * margin * steps[j];
                var fg = f.valueAndGradient(x);
                if (!Double.isFinite(fg.value()) || !Arrays.stream(fg.gradient()).allMatch(Double::isFinite)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether finite differences with these largest steps can resolve entry \((i, j)\) of {@code h} to
     * the tolerance: its round-off, at least \(\epsilon\min(s_j/h_i, s_i/h_j)\) for gradient terms of
     * size \(s\), within \(\mathrm{tol}\sqrt{|H_{ii}H_{jj}|}\). The built-in losses' terms have
     * curvature where they have a gradient; a loss linear in places (Huber's beyond \(\delta\)) may not.
     */
    static boolean resolvable(double[] termScale, double[] steps, double[][] h, double tolerance, int i, int j) {
        double roundOff = Math.ulp(1.0) * Math.min(termScale[j] / steps[i], termScale[i] / steps[j]);
        return roundOff <= tolerance * Math.sqrt(Math.abs(h[i][i] * h[j][j]));
    }

    /** jqwik's assumption, with the reason a try is discarded noted for the report. */
    private static void assume(boolean condition, Discard reason) {
        if (!condition) {
            VerifySession.note(new Tally.Note(reason, null, false));
        }
        Assume.that(condition);
    }

    /** The entries \((i, j)\), \(i \le j\), outside the tolerance relative to their curvature (see {@link #compare}). */
    private static List<int[]> differing(double[][] a, double[][] reference, double tolerance) {
        List<int[]> differ = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            for (int j = i; j < a.length; j++) {
                double d = Math.abs(a[i][j] - reference[i][j]);
                double ok = tolerance * Math.sqrt(Math.abs(reference[i][i])) * Math.sqrt(Math.abs(reference[j][j]));
                if (!(d <= ok) && d > 0) {
                    differ.add(new int[] {i, j});
                }
            }
        }
        return differ;
    }

    /**
     * Every entry within the tolerance relative to its curvature, \(|A-B|_{jk} \le
     * \mathrm{tol}\sqrt{|B_{jj}B_{kk}|}\) (the equilibrated difference of {@link HessianComparison}, which
     * the units of the columns cannot fool); an engine's own error estimate never excuses a difference.
     */
    private static void compare(String name, double[][] a, double[][] reference, double tolerance) {
        HessianComparison c = HessianComparison.of(name, a, "ad", reference, tolerance);
        if (c.agree()) {
            return;
        }
        List<String> differ = new ArrayList<>();
        for (int[] ij : differing(a, reference, tolerance)) {
            int i = ij[0];
            int j = ij[1];
            differ.add(String.format(Locale.ROOT, "(%d,%d): %s %.10g, ad %.10g", i + 1, j + 1, name, a[i][j],
                    reference[i][j]));
        }
        throw new AssertionError(String.format(Locale.ROOT, "%s differs from ad by %.3g relative to the curvature "
                + "(tolerance %.1g) at %d entries, e.g. %s", name, c.maxScaledDiff(), tolerance, differ.size(),
                String.join("; ", differ.subList(0, Math.min(3, differ.size())))));
    }
}
