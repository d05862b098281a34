package org.hessianworkbench.grading.verify;

import java.util.Objects;
import org.hessianworkbench.derivatives.ObservationLoss;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.expression.NamedModel;
import org.hessianworkbench.models.product.CrossEntropyProductLoss;
import org.hessianworkbench.testkit.Designs;

/**
 * A model as {@code workbench verify} checks it: its kind, its family (a built-in one, a named
 * model with its link and parameters, or a custom loss; none for a product model) and the responses
 * its random problems get. Instances are immutable.
 *
 * @param kind      the model's kind
 * @param family    its regression family, null for a product model
 * @param responses what its generated responses are: the family's response, or for a custom loss
 *                  (whose text says nothing of its domain) what was asked
 */
public record VerifyModel(ModelKind kind, Family family, NamedModel.Response responses) {

    /**
     * Checks the parts fit together.
     *
     * @throws IllegalArgumentException for a product model with a family, a formula model without one,
     *                                  a family of another kind, or no responses
     */
    public VerifyModel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(responses, "responses");
        if (kind.isProduct() != (family == null) || family != null && family.kind() != kind) {
            throw new IllegalArgumentException("model " + kind + " with family " + family);
        }
    }

    /**
     * A built-in or product model.
     *
     * @throws IllegalArgumentException for an expression kind (its family takes text and parameters:
     *                                  {@link #of(Family)}, {@link #of(Family, NamedModel.Response)})
     */
    public static VerifyModel of(ModelKind kind) {
        return switch (kind.structure()) {
            case BUILT_IN -> of(kind.family());
            case PRODUCT -> new VerifyModel(kind, null, kind.binaryResponse() ? NamedModel.Response.BINOMIAL
                    : NamedModel.Response.REAL);
            case EXPRESSION -> throw new IllegalArgumentException(kind + " needs its family: VerifyModel.of(Family)");
        };
    }

    /** A formula model whose responses are its family's: binary, counts, positive or real. */
    public static VerifyModel of(Family family) {
        return new VerifyModel(family.kind(), family, family.response());
    }

    /** A formula model with the responses given (for a custom loss, whose family cannot say). */
    public static VerifyModel of(Family family, NamedModel.Response responses) {
        return new VerifyModel(family.kind(), family, responses);
    }

    /**
     * The name in the report: the model's, with a named model's link when not its default and the
     * parameters, e.g. {@code gamma (link inverse)} or {@code huber (delta = 1.345)}.
     */
    public String name() {
        return family == null ? kind.cliName() : family.description();
    }

    /** Whether the loss is written as expression text (a named model or a custom loss). */
    public boolean expression() {
        return kind.isExpression();
    }

    /** The loss of one observation for a problem of {@code groups} design blocks. */
    ObservationLoss loss(int groups) {
        return kind.isProduct() ? kind.productLoss(groups, CrossEntropyProductLoss.DEFAULT_EPS) : family.loss();
    }

    /** Whether the loss is convex in \(\beta\): the regression families other than a custom loss. */
    public boolean convex() {
        return kind.convex();
    }

    /**
     * Whether the loss is only piecewise smooth: the clipped cross-entropy, Huber's loss, and a custom
     * loss with {@code abs}, {@code min}, {@code max} or {@code step}.
     */
    public boolean hasKinks() {
        return kind.hasKinks() || family != null && family.expression() != null && family.expression().hasKinks();
    }

    /** The testkit's responses for these problems. */
    Designs.Response generated() {
        return switch (responses) {
            case BINOMIAL -> Designs.Response.BINARY;
            case COUNT -> Designs.Response.COUNTS;
            case POSITIVE -> Designs.Response.POSITIVE;
            case REAL -> Designs.Response.REAL;
        };
    }

    @Override
    public String toString() {
        return name();
    }
}
