package org.hessianworkbench.symbolic.doc;

import java.util.List;
import java.util.Locale;
import org.hessianworkbench.symbolic.check.StepCheck;
import org.hessianworkbench.symbolic.print.Printer;

/** Shared notation of the renderers: derivative labels and check summaries. Stateless. */
public final class Notation {

    private Notation() {
    }

    /** \(\partial f/\partial x\), \(\partial^2 f/\partial x^2\) or \(\partial^2 f/\partial x\,\partial z\) in LaTeX. */
    public static String derivativeLatex(String function, List<String> wrt) {
        if (wrt.size() == 1) {
            return "\\frac{\\partial " + function + "}{\\partial " + Printer.latexSymbol(wrt.get(0)) + "}";
        }
        String x = Printer.latexSymbol(wrt.get(0));
        String z = Printer.latexSymbol(wrt.get(1));
        return "\\frac{\\partial^2 " + function + "}{"
                + (x.equals(z) ? "\\partial " + x + "^2" : "\\partial " + x + "\\,\\partial " + z) + "}";
    }

    /** A relative difference with 2 significant digits, {@code 0} for exactly 0. */
    public static String relDiff(double v) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NA" : "Inf";
        }
        return String.format(Locale.ROOT, "%.1e", v);
    }

    /** A check as words: {@code checked}, {@code FAILED} or {@code not checked}. */
    public static String verdict(StepCheck c) {
        return switch (c.status()) {
            case PASSED -> "checked";
            case FAILED -> "FAILED";
            case UNCHECKED -> "not checked";
        };
    }
}
