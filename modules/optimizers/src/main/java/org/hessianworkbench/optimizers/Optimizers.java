package org.hessianworkbench.optimizers;

import java.util.List;
import java.util.Locale;
import org.hessianworkbench.derivatives.error.BadInputException;

/** The optimisers by command-line name. */
public final class Optimizers {

    /** Names accepted by {@link #byName}, in the order reports list them. */
    public static final List<String> NAMES = List.of("newton", "newton-pure", "bfgs", "bfgs-b", "lbfgs",
            "trust-region", "gradient-descent", "hipparchus-cg");

    private Optimizers() {
    }

    /** The optimiser with this name and the default settings. */
    public static Optimizer byName(String name) {
        return byName(name, MethodSettings.DEFAULTS);
    }

    /** Whether {@link #byName} knows this name (case and surrounding blanks ignored). */
    public static boolean isKnown(String name) {
        return NAMES.contains(name.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * The optimiser with this name.
     *
     * @throws BadInputException naming the known optimisers when there is none
     */
    public static Optimizer byName(String name, MethodSettings s) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "newton" -> Newton.of(s.armijo(), s.shrink());
            case "newton-pure" -> FullStepNewton.withDefaults();
            case "bfgs" -> Bfgs.withDefaults();
            case "bfgs-b" -> DirectBfgs.of(s.b0(), s.armijo(), s.shrink());
            case "lbfgs" -> Lbfgs.of(s.memory());
            case "trust-region" -> TrustRegion.withDefaults();
            case "gradient-descent" -> GradientDescent.of(s.armijo(), s.shrink());
            case "hipparchus-cg" -> HipparchusCg.withDefaults();
            default -> throw new BadInputException(OptimizerMessages.UNKNOWN_OPTIMIZER, name, String.join(", ", NAMES));
        };
    }
}
