package org.hessianworkbench.optimizers;

import java.util.List;
import java.util.Locale;

/** The optimisers by command-line name. */
public final class Optimizers {

    /** Names accepted by {@link #byName(String)}, in the order reports list them. */
    public static final List<String> NAMES = List.of("newton", "bfgs");

    private Optimizers() {
    }

    /**
     * The optimiser with this name and its default settings.
     *
     * @throws IllegalArgumentException naming the known optimisers when there is none
     */
    public static Optimizer byName(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "newton" -> Newton.defaults();
            case "bfgs" -> Bfgs.defaults();
            default -> throw new IllegalArgumentException("unknown optimizer '" + name + "' (known: "
                    + String.join(", ", NAMES) + ")");
        };
    }
}
