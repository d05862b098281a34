package org.hessianworkbench.cli;

import java.util.function.Supplier;
import org.hessianworkbench.derivatives.error.BadInputException;

/** Turns the libraries' argument checks on user-given values into bad-input errors (exit code 2). */
final class Inputs {

    private Inputs() {
    }

    /** Runs a parse or validation of a user-given value; its {@link IllegalArgumentException} is bad input. */
    static <T> T parse(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
