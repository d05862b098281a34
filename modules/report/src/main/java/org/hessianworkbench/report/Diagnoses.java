package org.hessianworkbench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;

/**
 * Diagnoses as every report shows them: in text, one line each above the tables, starting
 * {@code Note:} or {@code WARNING:}, with the remedies said by a {@link Wording}; in JSON, the
 * {@code "diagnoses"} array of {@code {code, severity, message, coefficients, remedies}}
 * ({@code coefficients} and {@code remedies} only when there are some).
 */
public final class Diagnoses {

    private Diagnoses() {
    }

    /** The lines, each ending with a newline; empty when there are none. */
    public static String text(List<Diagnosis> diagnoses, Wording wording) {
        StringBuilder b = new StringBuilder();
        for (Diagnosis d : diagnoses) {
            b.append(line(d, wording)).append('\n');
        }
        return b.toString();
    }

    /** {@code WARNING: message (coefficients: a, b). Remedy: ...} on one line. */
    public static String line(Diagnosis d, Wording wording) {
        StringBuilder b = new StringBuilder(d.severity() == Diagnosis.Severity.WARNING ? "WARNING: " : "Note: ");
        b.append(d.message());
        if (!d.remedies().isEmpty()) {
            b.append(endsWithStop(d.message()) ? " " : ". ").append("Remedy: ")
                    .append(d.remedies().stream().map(wording::remedy).collect(Collectors.joining("; or ")))
                    .append('.');
        }
        return b.toString();
    }

    /** Puts the {@code "diagnoses"} array into {@code o}. */
    public static ArrayNode json(ObjectNode o, List<Diagnosis> diagnoses) {
        ArrayNode a = o.putArray("diagnoses");
        for (Diagnosis d : diagnoses) {
            ObjectNode n = a.addObject();
            n.put("code", d.code().id());
            n.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
            n.put("message", d.message());
            if (!d.coefficients().isEmpty()) {
                ArrayNode c = n.putArray("coefficients");
                d.coefficients().forEach(c::add);
            }
            if (!d.remedies().isEmpty()) {
                ArrayNode r = n.putArray("remedies");
                d.remedies().forEach(x -> r.add(x.id()));
            }
        }
        return a;
    }

    private static boolean endsWithStop(String s) {
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?");
    }
}
