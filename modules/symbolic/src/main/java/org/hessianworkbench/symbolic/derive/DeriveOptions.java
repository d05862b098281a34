package org.hessianworkbench.symbolic.derive;

import java.util.Objects;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.symbolic.SymbolicMessages;
import org.hessianworkbench.symbolic.check.Domain;

/**
 * How to derive and check. Immutable.
 *
 * @param order  1 for the gradient, 2 for the gradient and the Hessian
 * @param points how many random points each step is checked at, at least 1
 * @param seed   the seed of the random points (the same seed gives the same points and output)
 * @param domain where the random points are drawn from
 */
public record DeriveOptions(int order, int points, long seed, Domain domain) {

    /** Points per check by default. */
    public static final int DEFAULT_POINTS = 20;

    /** The default seed: every run with the defaults prints the same numbers. */
    public static final long DEFAULT_SEED = 42;

    /**
     * Options; the order must be 1 or 2 and at least one point is needed.
     *
     * @throws BadInputException for another order or fewer points
     */
    public DeriveOptions {
        if (order != 1 && order != 2) {
            throw new BadInputException(SymbolicMessages.ORDER_OUT_OF_RANGE, order);
        }
        if (points < 1) {
            throw new BadInputException(SymbolicMessages.TOO_FEW_POINTS, points);
        }
        Objects.requireNonNull(domain, "domain");
    }

    /** Order 1, 20 points, seed 42, the standard domain. */
    public static DeriveOptions defaults() {
        return new DeriveOptions(1, DEFAULT_POINTS, DEFAULT_SEED, Domain.standard());
    }

    /** These options with another order. */
    public DeriveOptions withOrder(int newOrder) {
        return new DeriveOptions(newOrder, points, seed, domain);
    }

    /** These options with another domain. */
    public DeriveOptions withDomain(Domain newDomain) {
        return new DeriveOptions(order, points, seed, newDomain);
    }
}
