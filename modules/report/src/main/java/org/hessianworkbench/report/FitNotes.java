package org.hessianworkbench.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.hessianworkbench.fitting.Dispersion;
import org.hessianworkbench.fitting.DispersionMethod;
import org.hessianworkbench.models.ModelKind;

/**
 * The lines a fit report adds about its own trustworthiness: the flag on the inferential columns of a
 * fit that did not converge, and the Poisson (or grouped binomial) dispersion (text and JSON).
 */
final class FitNotes {

    private FitNotes() {
    }

    /**
     * Below the coefficient table of a fit that did not converge: the standard errors, statistics,
     * p-values and intervals are those of an unconverged point. Empty when it converged.
     */
    static String untrusted(boolean converged, String statistic) {
        if (converged) {
            return "";
        }
        return String.format(Locale.ROOT, "  !! NOT converged: Std. Error, %1$s value, Pr(>|%1$s|) and the interval are"
                + " computed at an unconverged point and are not to be trusted%n", statistic);
    }

    /** The same as a Markdown paragraph after a table (a blank line first, so that it does not join the table). */
    static String untrustedMarkdown(boolean converged, String statistic) {
        String line = untrusted(converged, statistic);
        return line.isEmpty() ? "" : "\n**" + line.strip().replace("!! ", "") + ".**\n";
    }

    /**
     * "Dispersion: Pearson X^2 / df = 2069.35 / 1997 = 1.036 (standard errors assume 1)", with a newline;
     * empty for null. The quasi-likelihood is quasi-binomial for a logistic model (grouped data), else
     * quasi-Poisson.
     */
    static String dispersionLine(Dispersion d, ModelKind model) {
        if (d == null) {
            return "";
        }
        if (d.method() == DispersionMethod.HUBER) {
            return String.format(Locale.ROOT, "Scale: Huber's (sum psi^2 / %d) / (mean psi') = %s (standard errors times"
                    + " sqrt(%s), z tests)%n", d.df(), Fmt.sig(d.estimate(), 6), Fmt.sig(d.estimate(), 6));
        }
        String quasi = switch (model) {
            case LOGISTIC, PROBIT, CLOGLOG -> "quasi-binomial";
            case GAMMA -> "gamma";
            case NEGATIVE_BINOMIAL -> "quasi-negative-binomial";
            default -> "quasi-Poisson";
        };
        return String.format(Locale.ROOT, "Dispersion: Pearson X^2 / df = %s / %d = %s (%s)%n", Fmt.sig(d.pearsonChi2(), 8),
                d.df(), Fmt.sig(d.estimate(), 6), d.estimated()
                        ? quasi + ": standard errors times sqrt(" + Fmt.sig(d.estimate(), 6) + "), t with " + d.df() + " df"
                        : "standard errors assume 1");
    }

    /** Puts {@code "dispersion": {method, pearson_chi2, df, estimate, used}} into {@code o}; nothing for null. */
    static void dispersionJson(ObjectNode o, Dispersion d) {
        if (d == null) {
            return;
        }
        ObjectNode n = o.putObject("dispersion");
        n.put("method", d.method().cliName());
        Json.put(n, "pearson_chi2", d.pearsonChi2());
        n.put("df", d.df());
        Json.put(n, "estimate", d.estimate());
        Json.put(n, "used", d.used());
    }
}
