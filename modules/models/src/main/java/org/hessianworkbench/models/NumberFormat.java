package org.hessianworkbench.models;

import java.math.BigDecimal;

/** Locale-independent number text for messages. */
public final class NumberFormat {

    private NumberFormat() {
    }

    /** Shortest round-trip text, without a trailing ".0" for whole numbers. */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return BigDecimal.valueOf(v).toBigInteger().toString();
        }
        return Double.toString(v);
    }
}
