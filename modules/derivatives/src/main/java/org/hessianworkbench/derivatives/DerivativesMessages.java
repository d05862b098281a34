package org.hessianworkbench.derivatives;

import org.hessianworkbench.derivatives.error.Message;

/** The messages of the derivatives module. */
public enum DerivativesMessages implements Message {

    /** A Hessian engine's name that is not one: the name given, the known names. */
    UNKNOWN_HESSIAN_METHOD("unknown Hessian method '%s' (known: %s)");

    private final String format;

    DerivativesMessages(String format) {
        this.format = format;
    }

    @Override
    public String format() {
        return format;
    }
}
