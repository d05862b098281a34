package org.hessianworkbench.models.expression;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.ModelMessages;

/**
 * What makes the family of a model written as expression text, as asked for (the command line's
 * {@code --loss}, {@code --link}, {@code --param}, {@code --mean}) and as saved in a model file.
 *
 * @param loss       the loss of one observation, for a custom model; for a named model its link's loss
 *                   (saved for the reader) or null
 * @param link       the named model's link, null for its default (or a custom loss)
 * @param parameters the named constants
 * @param mean       the mean in {@code eta}, for a custom model; null when it has none
 */
public record LossSpec(String loss, String link, Map<String, Double> parameters, String mean) {

    /** Nothing asked: a built-in model's. */
    public static final LossSpec NONE = new LossSpec(null, null, Map.of(), null);

    /** Defensive copy in, order kept. */
    public LossSpec {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters == null ? Map.of() : parameters));
    }

    /** Whether nothing is asked. */
    public boolean isNone() {
        return loss == null && link == null && parameters.isEmpty() && mean == null;
    }

    /** The saved form of an expression family. */
    public static LossSpec of(Family family) {
        // a named model's mean is its link's: saved by the link's name, not as text
        return new LossSpec(family.expression().text(), family.linkName(), family.parameters(),
                family.namedModel() == null ? family.meanText() : null);
    }

    /**
     * Checks what is asked of a named model whose parameter is left out to be estimated (the negative
     * binomial without k): its link, if given, is one of its own, it is given no loss or mean, and no
     * parameter it does not have.
     *
     * @throws BadInputException for an unknown link or parameter, or a loss or mean
     */
    public void requireShapeEstimable(ModelKind kind) {
        NamedModel named = kind.namedModel().orElseThrow(() -> new IllegalStateException(kind + " is not a named model"));
        if (link != null && named.link(link).isEmpty()) {
            throw new BadInputException(ExpressionMessages.UNKNOWN_LINK, named.cliName(), link,
                    String.join(", ", named.links().stream().map(NamedModel.Link::name).toList()));
        }
        for (String name : parameters.keySet()) {
            if (named.parameters().stream().noneMatch(p -> p.name().equals(name))) {
                throw new BadInputException(ModelMessages.UNKNOWN_PARAMETER, name, named.cliName(),
                        String.join(", ", named.parameters().stream().map(NamedModel.Parameter::name).toList()));
            }
        }
        if (mean != null || loss != null && !loss.equals(named.link(link == null ? named.defaultLink().name() : link)
                .map(NamedModel.Link::loss).orElse(null))) {
            throw new BadInputException(ModelMessages.LOSS_FOR_NAMED, kind.cliName());
        }
    }

    /**
     * The family of a formula model of this kind.
     *
     * @throws BadInputException for a custom model without a loss, a loss, link or parameter given to a
     *                           built-in model, a loss or mean given to a named model (its loss is its
     *                           own), or what {@link Family#named} and {@link Family#custom} refuse
     */
    public Family family(ModelKind kind) {
        if (kind.structure() == ModelKind.Structure.BUILT_IN) {
            if (!isNone()) {
                throw new BadInputException(ModelMessages.LOSS_FOR_BUILT_IN, kind.cliName());
            }
            return kind.family();
        }
        if (kind == ModelKind.CUSTOM) {
            if (loss == null) {
                throw new BadInputException(ModelMessages.CUSTOM_WITHOUT_LOSS);
            }
            if (link != null) {
                throw new BadInputException(ModelMessages.LINK_FOR_CUSTOM);
            }
            return Family.custom(loss, parameters, mean);
        }
        NamedModel named = kind.namedModel().orElseThrow(() -> new IllegalStateException(kind + " is not an expression"));
        Family family = Family.named(named, link, parameters);
        if (mean != null || loss != null && !loss.equals(family.expression().text())) {
            throw new BadInputException(ModelMessages.LOSS_FOR_NAMED, kind.cliName());
        }
        return family;
    }
}
