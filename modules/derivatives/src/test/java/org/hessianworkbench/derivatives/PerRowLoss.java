package org.hessianworkbench.derivatives;

import org.hipparchus.CalculusFieldElement;

/**
 * A loss that forwards only the one-row methods of another, so that its panel methods are
 * {@link ObservationLoss}'s defaults (the row-by-row loop): the reference a loss's own panel path
 * is compared with. Shared through the test-jar.
 */
public final class PerRowLoss implements ObservationLoss {

    private final ObservationLoss loss;

    private PerRowLoss(ObservationLoss loss) {
        this.loss = loss;
    }

    /** {@code loss} row by row. */
    public static PerRowLoss of(ObservationLoss loss) {
        return new PerRowLoss(loss);
    }

    @Override
    public int predictors() {
        return loss.predictors();
    }

    @Override
    public <T extends CalculusFieldElement<T>> T value(T[] eta, double y) {
        return loss.value(eta, y);
    }

    @Override
    public double value(double[] eta, double y) {
        return loss.value(eta, y);
    }

    @Override
    public double derivatives(double[] eta, double y, double[] d1, double[] d2) {
        return loss.derivatives(eta, y, d1, d2);
    }

    @Override
    public boolean acceptsTrials() {
        return loss.acceptsTrials();
    }

    @Override
    public <T extends CalculusFieldElement<T>> T value(T[] eta, double y, double m) {
        return loss.value(eta, y, m);
    }

    @Override
    public double value(double[] eta, double y, double m) {
        return loss.value(eta, y, m);
    }

    @Override
    public double derivatives(double[] eta, double y, double m, double[] d1, double[] d2) {
        return loss.derivatives(eta, y, m, d1, d2);
    }

    @Override
    public int piece(double[] eta, double y) {
        return loss.piece(eta, y);
    }

    @Override
    public String toString() {
        return loss + " (row by row)";
    }
}
