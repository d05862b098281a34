package org.hessianworkbench.models;

import org.hessianworkbench.derivatives.ObservationLoss;

/**
 * The regression families with one linear predictor: the loss of one observation and the mean as a
 * function of the linear predictor. Their names are their {@link ModelKind}'s.
 */
public enum Family {

    /** Binary response, logit link: {@link LogisticLoss}. */
    LOGISTIC(LogisticLoss.INSTANCE),
    /** Count response, log link: {@link PoissonLoss}. */
    POISSON(PoissonLoss.INSTANCE),
    /** Gaussian response, identity link, half the SSE: {@link GaussianLoss}. */
    LINEAR(GaussianLoss.INSTANCE);

    private final ObservationLoss loss;

    Family(ObservationLoss loss) {
        this.loss = loss;
    }

    /** The per-observation loss. */
    public ObservationLoss loss() {
        return loss;
    }

    /** The mean \(\mu = g^{-1}(\eta)\): \(\sigma(\eta)\), \(e^\eta\) or \(\eta\). */
    public double mean(double eta) {
        return switch (this) {
            case LOGISTIC -> LogisticLoss.sigmoid(eta);
            case POISSON -> Math.exp(eta);
            case LINEAR -> eta;
        };
    }

    /** The model kind of this family. */
    public ModelKind kind() {
        return switch (this) {
            case LOGISTIC -> ModelKind.LOGISTIC;
            case POISSON -> ModelKind.POISSON;
            case LINEAR -> ModelKind.LINEAR;
        };
    }

    @Override
    public String toString() {
        return kind().cliName();
    }
}
