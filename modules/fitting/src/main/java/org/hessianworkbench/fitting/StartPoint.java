package org.hessianworkbench.fitting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.derivatives.error.BadInputException;

/** Start points written as text: {@code zeros}, {@code ones}, or {@code b1,b2,...}. */
public final class StartPoint {

    private StartPoint() {
    }

    /**
     * The point for {@code text} with one value per parameter.
     *
     * @param text  {@code zeros}, {@code ones} or comma-separated numbers
     * @param names the parameters' names
     * @throws BadInputException for a wrong count or a value that is not a finite number
     */
    public static double[] parse(String text, List<String> names) {
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
            throw lengthMismatch(parts.length, names);
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new BadInputException(e, FittingMessages.START_POINT_NOT_A_NUMBER, i + 1, parts[i].trim());
            }
            if (!Double.isFinite(v[i])) {
                throw new BadInputException(FittingMessages.START_POINT_NOT_FINITE, i + 1);
            }
        }
        return v;
    }

    /**
     * The failure of a start point with {@code length} values for parameters {@code names}.
     *
     * @param length the start point's values
     * @param names  the model's parameters
     * @return the exception to throw
     */
    static BadInputException lengthMismatch(int length, List<String> names) {
        return new BadInputException(FittingMessages.START_POINT_LENGTH, length, names.size(),
                String.join(", ", names));
    }
}
