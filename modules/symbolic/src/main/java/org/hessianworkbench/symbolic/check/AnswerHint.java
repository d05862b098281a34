package org.hessianworkbench.symbolic.check;

import java.util.Optional;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.print.Printer;

/**
 * What a wrong entry of a typed answer looks like, for the common mistakes of the exercises' hints:
 * the entry equals the true derivative transformed by the mistake at every point where it was
 * compared. Immutable.
 *
 * @param kind   the mistake
 * @param inner  for {@link Kind#MISSING_CHAIN_FACTOR}: the inner argument whose derivative is missing
 * @param factor for {@link Kind#MISSING_CHAIN_FACTOR}: the missing factor (the inner argument's derivative,
 *               or the product of two for a second derivative)
 */
public record AnswerHint(Kind kind, Optional<Expr> inner, Optional<Expr> factor) {

    /** The mistakes recognised. */
    public enum Kind {
        /** The entry is \(-\partial\): a sign is flipped. */
        SIGN("sign"),
        /** The entry is \(2\partial\) or \(\partial/2\). */
        FACTOR_2("factor-2"),
        /** The entry is \(\partial\) divided by the derivative of an inner argument: the chain rule's factor is missing. */
        MISSING_CHAIN_FACTOR("missing-chain-factor");

        private final String reportName;

        Kind(String reportName) {
            this.reportName = reportName;
        }

        /** The name in reports, e.g. {@code sign}. */
        public String reportName() {
            return reportName;
        }
    }

    /** A hint with no inner argument. */
    public static AnswerHint of(Kind kind) {
        return new AnswerHint(kind, Optional.empty(), Optional.empty());
    }

    /** A missing chain factor: {@code factor}, the derivative of {@code inner}. */
    public static AnswerHint chain(Expr inner, Expr factor) {
        return new AnswerHint(Kind.MISSING_CHAIN_FACTOR, Optional.of(inner), Optional.of(factor));
    }

    /** What to look for, one sentence. */
    public String advice() {
        return switch (kind) {
            case SIGN -> "it is the negative of the derivative: a sign is flipped (the derivative of the "
                    + "log-likelihood instead of the loss, or a term's sign)";
            case FACTOR_2 -> "it is twice or half the derivative: a constant factor is off (a 1/2 dropped or a term "
                    + "counted twice)";
            case MISSING_CHAIN_FACTOR -> "it is the derivative without the factor " + Printer.text(factor.orElseThrow())
                    + ", the derivative of the inner " + Printer.text(inner.orElseThrow())
                    + ": the chain rule's factor is missing";
        };
    }
}
