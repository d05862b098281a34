package org.hessianworkbench.symbolic.check;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.SymbolicMessages;
import org.hessianworkbench.symbolic.print.Printer;

/**
 * Where checks draw their random points: an interval per symbol, and a default interval for the
 * others. The default, \([0.1, 2]\), keeps every symbol positive and moderate so that {@code log},
 * {@code sqrt} and quotients of typical losses are defined and nothing overflows. Immutable.
 *
 * @param ranges   intervals of named symbols
 * @param fallback the interval of every other symbol
 */
public record Domain(Map<String, Interval> ranges, Interval fallback) {

    /** The default interval's lower end: positive, so logarithms and square roots are defined. */
    public static final double DEFAULT_LO = 0.1;

    /** The default interval's upper end: moderate, so exponentials of products do not overflow. */
    public static final double DEFAULT_HI = 2;

    /** A closed interval \([lo, hi]\), \(lo \le hi\), both finite. */
    public record Interval(double lo, double hi) {

        /** An interval; the ends must be finite and ordered. */
        public Interval {
            if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo > hi) {
                throw new IllegalArgumentException("not an interval: [" + lo + ", " + hi + "]");
            }
        }

        /** The point a fraction {@code u} in [0, 1) of the way from {@code lo} to {@code hi}. */
        public double at(double u) {
            return lo + u * (hi - lo);
        }

        @Override
        public String toString() {
            return "[" + Printer.number(lo) + ", " + Printer.number(hi) + "]";
        }
    }

    /** A domain; the map is copied. */
    public Domain {
        ranges = Map.copyOf(ranges);
        Objects.requireNonNull(fallback, "fallback");
    }

    /** Every symbol in \([0.1, 2]\). */
    public static Domain standard() {
        return new Domain(Map.of(), new Interval(DEFAULT_LO, DEFAULT_HI));
    }

    /** This domain with the symbol {@code name} in \([lo, hi]\). */
    public Domain with(String name, double lo, double hi) {
        Map<String, Interval> m = new TreeMap<>(ranges);
        m.put(name, new Interval(lo, hi));
        return new Domain(m, fallback);
    }

    /** The interval of a symbol. */
    public Interval of(String name) {
        return ranges.getOrDefault(name, fallback);
    }

    /**
     * This domain with the intervals of a specification such as {@code y=0:1,x=-1:1}.
     *
     * @throws BadInputException naming the part that is not {@code NAME=LO:HI}
     */
    public Domain with(String spec) {
        Domain d = this;
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            int colon = p.indexOf(':', Math.max(eq, 0));
            if (eq <= 0 || colon < 0) {
                throw new BadInputException(SymbolicMessages.DOMAIN_PART_MALFORMED, p);
            }
            String name = p.substring(0, eq).trim();
            if (!Expr.isValidName(name)) {
                throw new BadInputException(SymbolicMessages.DOMAIN_NOT_A_SYMBOL_NAME, name);
            }
            double lo;
            double hi;
            try {
                lo = Double.parseDouble(p.substring(eq + 1, colon).trim());
                hi = Double.parseDouble(p.substring(colon + 1).trim());
            } catch (NumberFormatException e) {
                throw new BadInputException(e, SymbolicMessages.DOMAIN_INTERVAL_MALFORMED, p);
            }
            if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo > hi) {
                throw new BadInputException(SymbolicMessages.DOMAIN_INTERVAL_MALFORMED, p);
            }
            d = d.with(name, lo, hi);
        }
        return d;
    }

    /** The domain as text, e.g. {@code symbols in [0.1, 2]; y in [0, 1]}. */
    public String describe() {
        StringBuilder b = new StringBuilder(ranges.isEmpty() ? "symbols in " : "other symbols in ").append(fallback);
        new TreeMap<>(ranges).forEach((k, v) -> b.append(String.format(Locale.ROOT, "; %s in %s", k, v)));
        return b.toString();
    }
}
