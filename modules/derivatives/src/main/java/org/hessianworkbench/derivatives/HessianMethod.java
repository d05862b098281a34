package org.hessianworkbench.derivatives;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hessianworkbench.derivatives.error.BadInputException;

/**
 * The Hessian engines, named as on the command line.
 *
 * <p>Each engine has a documented tolerance against the AD reference, as a relative difference
 * \(\max|A-B| / \max|B|\) (see {@link HessianComparison}).
 */
public enum HessianMethod {

    /** The model's own hand-derived formula; agrees with AD to rounding. */
    ANALYTIC("analytic", 1e-10),
    /** Automatic differentiation (Hipparchus {@code DerivativeStructure}, order 2): the reference. */
    AD("ad", 1e-10),
    /**
     * The logistic-Hessian notebook's {@code numerical_hessian}: central differences of a forward-difference
     * gradient of the loss, both with step {@code eps} = 1e-6. Round-off alone is about
     * \(2\epsilon_{mach}|f|/\mathrm{eps}^2\), i.e. 1e-4 relative or worse: the bad example.
     */
    FD_NESTED("fd-nested", 1e-3),
    /**
     * Central differences of the analytic gradient with \(h_i = \epsilon_{mach}^{1/3}\max(1,|\beta_i|)\),
     * symmetrised. Truncation \(O(h^2)\) plus round-off \(O(\epsilon/h)\): about 1e-10 relative at
     * best; the tolerance 1e-6 leaves room for badly scaled problems.
     */
    FD_CENTRAL("fd-central", 1e-6),
    /**
     * Richardson extrapolation of central differences of the analytic gradient over four halving
     * steps (as R numDeriv: initial step \(0.1|\beta_i|\), or 1e-4 near zero), with a per-entry
     * error estimate. Usually 1e-10 relative or better; tolerance 1e-8.
     */
    FD_RICHARDSON("fd-richardson", 1e-8);

    private final String cliName;
    private final double tolerance;

    HessianMethod(String cliName, double tolerance) {
        this.cliName = cliName;
        this.tolerance = tolerance;
    }

    /** The name used on the command line and in reports. */
    public String cliName() {
        return cliName;
    }

    /** Relative tolerance when compared with the AD reference. */
    public double tolerance() {
        return tolerance;
    }

    /** Computes the Hessian of {@code f} at {@code beta} with this engine's default settings. */
    public HessianEstimate compute(Objective f, double[] beta) {
        return switch (this) {
            case ANALYTIC -> new HessianEstimate(this, f.hessian(beta), null, 0, 1);
            case AD -> new HessianEstimate(this, f.automaticHessian(beta).hessian(), null, 0, 1);
            case FD_NESTED -> FiniteDifferences.nested(f, beta, FiniteDifferences.NOTEBOOK_EPS);
            case FD_CENTRAL -> FiniteDifferences.central(f, beta, true);
            case FD_RICHARDSON -> FiniteDifferences.richardson(f, beta);
        };
    }

    /**
     * The engine with this command-line name.
     *
     * @throws BadInputException with the known names, when there is none
     */
    public static HessianMethod fromCliName(String name) {
        for (HessianMethod m : values()) {
            if (m.cliName.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new BadInputException(DerivativesMessages.UNKNOWN_HESSIAN_METHOD, name,
                Arrays.stream(values()).map(HessianMethod::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
