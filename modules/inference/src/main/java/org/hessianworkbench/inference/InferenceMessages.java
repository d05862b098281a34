package org.hessianworkbench.inference;

import org.hessianworkbench.derivatives.error.Message;

/** The messages of the inference module. */
public enum InferenceMessages implements Message {

    /** A confidence level outside (0, 1): the level. */
    LEVEL_OUT_OF_RANGE("confidence level must be in (0, 1), not %s");

    private final String format;

    InferenceMessages(String format) {
        this.format = format;
    }

    @Override
    public String format() {
        return format;
    }
}
