package org.hessianworkbench.models;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.derivatives.ObservationLoss;

/** The regression families with one linear predictor, named as on the command line. */
public enum Family {

    /** Binary response, logit link: {@link LogisticLoss}. */
    LOGISTIC("logistic", LogisticLoss.INSTANCE),
    /** Count response, log link: {@link PoissonLoss}. */
    POISSON("poisson", PoissonLoss.INSTANCE),
    /** Gaussian response, identity link, half the SSE: {@link GaussianLoss}. */
    LINEAR("linear", GaussianLoss.INSTANCE);

    private final String cliName;
    private final ObservationLoss loss;

    Family(String cliName, ObservationLoss loss) {
        this.cliName = cliName;
        this.loss = loss;
    }

    /** The name used on the command line. */
    public String cliName() {
        return cliName;
    }

    /** The per-observation loss. */
    public ObservationLoss loss() {
        return loss;
    }

    /**
     * The family with this command-line name.
     *
     * @throws BadInputException naming the known families when there is none
     */
    public static Family fromCliName(String name) {
        for (Family f : values()) {
            if (f.cliName.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new BadInputException("unknown model '" + name + "' (known: "
                + Arrays.stream(values()).map(Family::cliName).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public String toString() {
        return cliName;
    }
}
