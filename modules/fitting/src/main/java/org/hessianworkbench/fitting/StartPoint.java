package org.hessianworkbench.fitting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.derivatives.error.BadInputException;

/** Start points given on the command line: {@code zeros}, {@code ones}, or {@code b1,b2,...}. */
public final class StartPoint {

    private StartPoint() {
    }

    /**
     * The point for {@code text} with one value per parameter.
     *
     * @param text   {@code zeros}, {@code ones} or comma-separated numbers
     * @param option the option's name, for messages
     * @param names  the parameters' names
     * @throws BadInputException for a wrong count or a value that is not a finite number
     */
    public static double[] parse(String text, String option, List<String> names) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("zeros") || t.equals("zero")) {
            return new double[names.size()];
        }
        if (t.equals("ones") || t.equals("one")) {
            double[] v = new double[names.size()];
            Arrays.fill(v, 1);
            return v;
        }
        String[] parts = text.split(",");
        if (parts.length != names.size()) {
            throw new BadInputException(String.format(Locale.ROOT, "%s has %d values, the model has %d parameters (%s)",
                    option, parts.length, names.size(), String.join(", ", names)));
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new BadInputException(option + ": value " + (i + 1) + " '" + parts[i].trim()
                        + "' is not a number (expected zeros, ones or b1,b2,...)");
            }
            if (!Double.isFinite(v[i])) {
                throw new BadInputException(option + ": value " + (i + 1) + " must be finite");
            }
        }
        return v;
    }
}
